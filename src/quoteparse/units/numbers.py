"""Numbers as news writes them: numerals, fractions, number words and scales.

The patterns here are strings, written for *lower-cased* text, that the
quantity finder splices into its one scanning pattern; :func:`read_value`
turns the text of a value (``"2.7bn"``, ``"10-15"``, ``"twenty-five"``,
``"1 1/2"``) into numbers and the rounding step the writer used.

>>> read_value("2.7bn")
Value(low=2700000000.0, high=None, step=100000000.0)
>>> read_value("one and a half")
Value(low=1.5, high=None, step=0.5)
>>> read_value("between 10 and 15")
Value(low=10.0, high=15.0, step=1.0)
>>> read_value("banana") is None
True
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from quoteparse.units.trie import trie_pattern

__all__ = [
    "DIGIT_NUMBER",
    "DIGIT_RANGE",
    "DIGIT_VALUE",
    "FRACTION_WORDS",
    "GROUP_MARKS",
    "MONEY_VALUE",
    "NUMBER_WORDS",
    "RANGE_JOINER",
    "SCALES",
    "SCALE_PATTERN",
    "SCIENTIFIC",
    "VULGAR_FRACTIONS",
    "WORD_NUMBER",
    "Value",
    "digit_parts",
    "read_value",
]

#: Number words and their values; "hundred" and up multiply what comes before.
NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    # German ("zwei Stunden", "hundert Jahren"); "ein" and "elf" are left out as
    # they are also English words.
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "zwölf": 12,
    "zwanzig": 20,
    "dreißig": 30,
    "hundert": 100,
    # French ("trois mois", "vingt ans"); "six" is the English word, "sept" and
    # "cent" are left out ("Sept 11", cents).
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "douze": 12,
    "quinze": 15,
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
}

#: Fractions in words and their denominators, singular and plural, read
#: before "of a" or "of an": "a quarter of a mile", "three-quarters of an
#: hour", "a tenth of a second". ("half a mile" is read without the "of".)
FRACTION_WORDS: dict[str, int] = {
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "eighth": 8,
    "eighths": 8,
    "tenth": 10,
    "tenths": 10,
    "hundredth": 100,
    "hundredths": 100,
    "thousandth": 1_000,
    "thousandths": 1_000,
}

# The scale words a fraction in words may take: "a quarter of a million tonnes".
_FRACTION_SCALES = ("hundred", "thousand", "million", "billion", "trillion")

#: Scale words and suffixes written after digits: "5 million", "£2.7bn", "£50k".
#: "m" is also the metre; the quantity finder decides which one a writer meant.
SCALES: dict[str, int] = {
    "thousand": 1_000,
    "k": 1_000,
    "million": 1_000_000,
    "mn": 1_000_000,
    "m": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "tn": 1_000_000_000_000,
    # German and French: "1,2 Millionen Euro", "79 millions de dollars".
    "millionen": 1_000_000,
    "milliarden": 1_000_000_000,
    "millions de": 1_000_000,
    "milliards de": 1_000_000_000,
    "millones de": 1_000_000,  # Spanish: "10 millones de dólares"
}

#: Vulgar fraction characters: "2½ miles", "¾ mile".
VULGAR_FRACTIONS: dict[str, tuple[int, int]] = {
    "\N{VULGAR FRACTION ONE HALF}": (1, 2),
    "\N{VULGAR FRACTION ONE QUARTER}": (1, 4),
    "\N{VULGAR FRACTION THREE QUARTERS}": (3, 4),
    "\N{VULGAR FRACTION ONE THIRD}": (1, 3),
    "\N{VULGAR FRACTION TWO THIRDS}": (2, 3),
    "\N{VULGAR FRACTION ONE FIFTH}": (1, 5),
    "\N{VULGAR FRACTION ONE EIGHTH}": (1, 8),
    "\N{VULGAR FRACTION THREE EIGHTHS}": (3, 8),
    "\N{VULGAR FRACTION FIVE EIGHTHS}": (5, 8),
    "\N{VULGAR FRACTION SEVEN EIGHTHS}": (7, 8),
}

_SP = "[ \N{NO-BREAK SPACE}]"
_VULGAR = "".join(VULGAR_FRACTIONS)
# Currency signs that may repeat inside a money range ("$24-$26", "£4.2bn to £4.35bn").
_SIGNS = "$\N{POUND SIGN}\N{EURO SIGN}\N{YEN SIGN}\N{INDIAN RUPEE SIGN}\N{RUBLE SIGN}"

#: Thousands marks between groups of three digits, beside the comma: space and no-break
#: space (French, Scandinavian and SI style: "10 000"), thin and narrow no-break space
#: (SI typesetting), apostrophe and right single quote (Swiss: "1'000").
GROUP_MARKS = (
    " \N{NO-BREAK SPACE}\N{THIN SPACE}\N{NARROW NO-BREAK SPACE}'\N{RIGHT SINGLE QUOTATION MARK}"
)
_GROUP = f"[{GROUP_MARKS}]"
# Superscript digits 0 to 9: 1, 2 and 3 sit in Latin-1, the rest at U+2070 on.
_SUPERSCRIPTS = (
    "\N{SUPERSCRIPT ZERO}\N{SUPERSCRIPT ONE}\N{SUPERSCRIPT TWO}\N{SUPERSCRIPT THREE}"
    + "".join(chr(c) for c in range(0x2074, 0x207A))
)
# A power of ten's exponent: "^6", "^-30", "\N{MINUS SIGN}30" (only after "x10"), "⁶", "⁻³⁰".
_EXPONENT = rf"""(?:\^[-+\N{{MINUS SIGN}}]?[0-9]{{1,3}}
    | [\N{{SUPERSCRIPT MINUS}}\N{{SUPERSCRIPT PLUS SIGN}}]?[{_SUPERSCRIPTS}]{{1,3}})(?![0-9])"""

#: A number in scientific notation: "1.2e6", "1.99×10\N{MINUS SIGN}30", "1.2 x 10^6", "10⁶".
SCIENTIFIC = rf"""(?:
    [0-9]+(?:\.[0-9]+)?e[-+]?[0-9]{{1,3}}(?![0-9])          # 1.2e6
  | [0-9]+(?:\.[0-9]+)?{_SP}?[x\N{{MULTIPLICATION SIGN}}]{_SP}?10  # 1.99×10−30, 1.2 x 10^6
    (?:{_EXPONENT}|[-\N{{MINUS SIGN}}][0-9]{{1,3}}(?![0-9]))
  | 10{_EXPONENT}                                        # 10⁶, 10^6
)"""

#: A number in digits, for lower-cased text. Order matters: the longer readings first.
DIGIT_NUMBER = rf"""(?:
    {SCIENTIFIC}
  | [0-9]+{_SP}[0-9]+/[0-9]+(?![/0-9])             # mixed fraction: 1 1/2 (not a date 1 1/2/05)
  | [0-9]+/[0-9]+(?![/0-9])                     # slash fraction: 1/2 (not a date 1/2/2005)
  | (?:[0-9]{{1,3}}(?:,[0-9]{{3}})+               # 1,609 ("(?![0-9])" below: no backtracking)
      |[0-9]{{1,3}}(?:\.[0-9]{{3}}){{2,}}          # 1.234.567
      |[0-9]{{1,3}}\.[0-9]{{3}}(?=,[0-9])           # 1.234,5
      |[0-9]{{1,3}}(?:{_GROUP}[0-9]{{3}})+          # 10 000, 1'000 (the finder checks the mark)
      |[0-9]+)(?![0-9])                          # 1609
    (?:[.,][0-9]+(?![0-9]))?                     # decimals: 26.2, 5,5
    (?:{_SP}?[{_VULGAR}])?                 # vulgar fraction after digits: 2½
  | \.[0-9]+(?![0-9])                           # a decimal without its zero: .5
  | [{_VULGAR}]                            # vulgar fraction alone: ½ mile
)"""

_WORD = rf"(?:{trie_pattern(NUMBER_WORDS)})(?![a-z])"

#: A number in words, for lower-cased text: "eleven", "twenty-five", "one hundred
#: and twenty", "one and a half", "half a" (the "a" of "a dozen" is looked for
#: behind the match by the finder).
WORD_NUMBER = rf"""(?:
    (?:an?|{_WORD})(?:{_SP}|-)(?:{trie_pattern(FRACTION_WORDS)})  # a quarter, three-quarters
    {_SP}of{_SP}an?(?![a-z])                           # of a mile, of an hour
    (?:{_SP}(?:{"|".join(_FRACTION_SCALES)})(?![a-z]))?  # of a million tonnes
  | half{_SP}an?(?![a-z])                              # half a mile, half an hour
  | {_WORD}(?:(?:{_SP}|-|{_SP}and{_SP}){_WORD})*       # twenty-five, two hundred and ten
    (?:{_SP}and{_SP}an?{_SP}half(?![a-z]))?            # one and a half
)"""

#: A scale word or suffix after digits, for lower-cased text: attached ("5m", "2.7bn")
#: or, except the one-letter suffixes, after a space ("5 million", "3 bn"); "7 m" is metres.
SCALE_PATTERN = rf"""(?:
    (?:{trie_pattern(SCALES)})(?![a-z])
  | {_SP}(?:{trie_pattern(s for s in SCALES if len(s) > 1)})(?![a-z])
)"""

# A range joiner: "10-15", "10\N{EN DASH}15", "10 to 15", German "10 bis 12".
_DASH = "\N{EN DASH}"
_RANGE = rf"(?:{_SP}?(?:-|{_DASH})|{_SP}(?:to|bis)(?={_SP})){_SP}?"

#: A range joiner on its own, for a reader that takes the two ends apart.
RANGE_JOINER = _RANGE

#: A whole value: an optional minus, a number, an optional range, an optional scale.
#: A number in digits or a range: "18", "10-15", "10 to 15".
DIGIT_RANGE = rf"(?:{DIGIT_NUMBER}(?:{_RANGE}{DIGIT_NUMBER})?)"

#: A value in digits: a number or range, then an optional scale: "5m", "2.7bn", "3 million".
DIGIT_VALUE = rf"(?:{DIGIT_RANGE}{SCALE_PATTERN}?)"

#: A sum of money after its sign: a value, or a range with a scale and sign on both
#: ends ("4.2bn to $4.35bn", "24-$26").
MONEY_VALUE = rf"""(?:
    {DIGIT_NUMBER}{SCALE_PATTERN}(?={_RANGE}[{_SIGNS}]?[0-9]){_RANGE}[{_SIGNS}]?{DIGIT_NUMBER}{SCALE_PATTERN}?
  | {DIGIT_NUMBER}{_RANGE}[{_SIGNS}]{DIGIT_NUMBER}{SCALE_PATTERN}?
  | {DIGIT_VALUE}
)"""

# The longest value text read: "between 1,000,000,000 and 2,000,000,000" is 39.
_LONGEST = 120


class Value(NamedTuple):
    """A value as read: ``low`` (the value), ``high`` (a range's upper end) and
    ``step``, the rounding step the writer used (``18`` -> 1, ``2.7bn`` -> 1e8)."""

    low: float
    high: float | None
    step: float


_VALUE_RE = re.compile(
    rf"""
    (?:between{_SP})?
    (?P<low>{DIGIT_NUMBER}|(?:an?{_SP}(?=dozen|hundred|thousand|million|billion|trillion))?{WORD_NUMBER})
    (?P<low_scale>{SCALE_PATTERN}(?=(?:{_RANGE}|{_SP}and{_SP})[{_SIGNS}]?[0-9]))?  # £4.2bn to ...
    (?:(?:{_RANGE}|{_SP}and{_SP})[{_SIGNS}]?(?P<high>{DIGIT_NUMBER}|{WORD_NUMBER}))?
    (?P<scale>{SCALE_PATTERN})?
    \Z
    """,
    re.VERBOSE,
)

_DIGITS_RE = re.compile(
    rf"""
    (?P<num>[0-9](?:[0-9.,{GROUP_MARKS}]*[0-9])?|\.[0-9]+)?  # 1,609.34, 10 000, .5
    (?:{_SP}?(?P<vulgar>[{_VULGAR}]))?                     # 2½
    \Z
    """,
    re.VERBOSE,
)
_FRACTION_RE = re.compile(rf"(?:(?P<whole>[0-9]+){_SP})?(?P<num>[0-9]+)/(?P<den>[0-9]+)\Z")
_WORD_SPLIT_RE = re.compile(rf"{_SP}|-")
# A thousands mark other than the comma, between digits and before a group of three.
_GROUP_SEP_RE = re.compile(rf"(?<=[0-9]){_GROUP}(?=[0-9]{{3}}(?![0-9]))")
# Scientific notation as SCIENTIFIC matches it: mantissa, then "e" or "×10", then exponent.
_SCI_SUPERSCRIPT = str.maketrans(
    _SUPERSCRIPTS + "\N{SUPERSCRIPT MINUS}\N{SUPERSCRIPT PLUS SIGN}\N{MINUS SIGN}",
    "0123456789-+-",
)
_SCI_RE = re.compile(
    rf"""
    (?:(?P<mantissa>[0-9]+(?:\.(?P<dec>[0-9]+))?)  # 1.99 of 1.99×10−30
       (?:e|{_SP}?[x\N{{MULTIPLICATION SIGN}}]{_SP}?10\^?)
     | 10\^?)                                     # 10⁶, 10^6
    (?P<exp>[-+]?[0-9]{{1,3}})\Z
    """,
    re.VERBOSE,
)
_SCI_CHARS = frozenset("e^x\N{MULTIPLICATION SIGN}" + _SUPERSCRIPTS)
# Plain comma thousands and a decimal point, the common case: "1,609.34".
_THOUSANDS_RE = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})*(?:\.(?P<dec>[0-9]+))?\Z")


def digit_parts(num: str, *, decimal_comma: bool = False) -> tuple[str, str] | None:
    """The whole and decimal digits of a numeral with its marks; None when they make no sense.

    A mark followed by one, two or more than three digits is a decimal mark
    (``5,5``, ``2.25``); two or more of one mark group thousands (``1,234,567``,
    ``1.234.567``); with both, the last one is the decimal mark (``1.234,5``).
    Only one comma or dot followed by exactly three digits (``1,234``,
    ``1.234``) is ambiguous: ``decimal_comma`` says which convention the text
    follows.

    >>> digit_parts("1,234"), digit_parts("1,234", decimal_comma=True)
    (('1234', ''), ('1', '234'))
    >>> digit_parts("5,5"), digit_parts("1.234.567,89"), digit_parts("10\N{THIN SPACE}000")
    (('5', '5'), ('1234567', '89'), ('10000', ''))
    >>> digit_parts("1,2,3") is None
    True
    """
    if not num.isdecimal():
        num = _GROUP_SEP_RE.sub("", num)
    if num.startswith("."):
        return ("", num[1:]) if num[1:].isdecimal() else None
    commas, dots = num.count(","), num.count(".")
    if not commas and not dots:
        return (num, "") if num.isdecimal() else None
    if commas and dots:
        decimal = "," if num.rfind(",") > num.rfind(".") else "."
        group = "." if decimal == "," else ","
        if num.count(decimal) > 1:
            return None
        whole, _, dec = num.partition(decimal)
        groups = whole.split(group)
        if not _grouped(groups) or not dec.isdecimal():
            return None
        return "".join(groups), dec
    mark = "," if commas else "."
    parts = num.split(mark)
    if len(parts) > 2:
        return ("".join(parts), "") if _grouped(parts) else None
    head, tail = parts
    if not (head.isdecimal() and tail.isdecimal()):
        return None
    if len(tail) == 3 and len(head) <= 3 and (mark == ",") != decimal_comma:
        return head + tail, ""  # 1,234 (or 1.234 where the decimal mark is a comma)
    return head, tail


def _grouped(groups: list[str]) -> bool:
    """Whether digit groups are thousands: 1 to 3 digits, then exactly 3 each."""
    return (
        1 <= len(groups[0]) <= 3
        and groups[0].isdecimal()
        and all(len(g) == 3 and g.isdecimal() for g in groups[1:])
    )


def _number(text: str, decimal_comma: bool = False) -> tuple[float, float] | None:
    """A single number (digits, fraction, scientific notation or words) and its step."""
    if text[0].isdigit() or text[0] in VULGAR_FRACTIONS or text[0] == ".":
        m = _FRACTION_RE.match(text)
        if m:
            den = int(m["den"])
            if den == 0:
                return None
            return int(m["whole"] or 0) + int(m["num"]) / den, 1 / den
        if not _SCI_CHARS.isdisjoint(text):
            m = _SCI_RE.match(text.translate(_SCI_SUPERSCRIPT))
            if m:
                exp = int(m["exp"])
                mantissa = m["mantissa"] or "1"
                return float(f"{mantissa}e{exp}"), 10.0 ** (exp - len(m["dec"] or ""))
        m = _DIGITS_RE.match(text)
        if not m:
            return None
        value, step = 0.0, 1.0
        if m["num"]:
            parts = digit_parts(m["num"], decimal_comma=decimal_comma)
            if parts is None:
                return None
            whole, dec = parts
            value = float(whole) if whole else 0.0
            if dec:
                value += float("0." + dec)
                step = 10.0 ** -len(dec)
        if m["vulgar"]:
            num, den = VULGAR_FRACTIONS[m["vulgar"]]
            value += num / den
            step = 1 / den
        return value, step
    return _words(text)


def _words(text: str) -> tuple[float, float] | None:
    """Number words to a value: "twenty-five", "two hundred and ten", "one and a half"."""
    words = [w for w in _WORD_SPLIT_RE.split(text) if w]
    if "of" in words:
        return _fraction_words(words)
    if words[:1] in (["a"], ["an"]):
        # "a dozen", "a hundred": the article stands for one.
        words = words[1:]
    if words[:1] == ["half"]:
        return 0.5, 0.5
    half = words[-3:] in (["and", "a", "half"], ["and", "an", "half"])
    if half:
        words = words[:-3]
    total = 0
    current = 0
    previous = ""
    for word in words:
        if word == "and":
            # "and" joins only after a multiplier: "two hundred and ten".
            if previous not in ("hundred", "thousand", "million", "billion", "trillion"):
                return None
            previous = word
            continue
        n = NUMBER_WORDS.get(word)
        if n is None:
            return None
        if word in {"hundred", "hundert", "dozen"}:
            current = (current or 1) * n
        elif n >= 1000:
            total += (current or 1) * n
            current = 0
        elif current % 10 or (current and n >= current) or (current % 100 and n >= 10):
            # "five six", "twenty thirty", "twenty eleven" are not one number.
            return None
        else:
            current += n
        previous = word
    value = float(total + current)
    if half:
        return value + 0.5, 0.5
    last = NUMBER_WORDS.get(words[-1], 1) if words else 1
    return value, float(last if last >= 100 else 1)


def _fraction_words(words: list[str]) -> tuple[float, float] | None:
    """A fraction in words: "a quarter of a", "three quarters of an", "a third of a million"."""
    at = words.index("of")
    if at < 2 or words[at + 1 : at + 2] not in (["a"], ["an"]):
        return None
    den = FRACTION_WORDS.get(words[at - 1])
    scale = 1
    if len(words) == at + 3 and words[-1] in _FRACTION_SCALES:
        scale = NUMBER_WORDS[words[-1]]
    elif len(words) != at + 2 or den is None:
        return None
    if den is None:
        return None
    head = words[: at - 1]
    if head in (["a"], ["an"]):
        num = 1.0
    else:
        read = _words(" ".join(head))
        if read is None or read[0] != int(read[0]) or read[0] < 1:
            return None
        num = read[0]
    if (num == 1) == words[at - 1].endswith("s"):
        return None  # "a quarters of", "three quarter of"
    return num / den * scale, scale / den


def read_value(text: str, *, decimal_comma: bool = False) -> Value | None:
    """Read the text of a value; None when it is not one.

    ``text`` is what a :class:`~quoteparse.model.Quantity`'s ``value_span``
    covers, in any case: digits with separators and decimals, fractions,
    number words, a range (``10-15``, ``10 to 15``, ``between 10 and 15``)
    and a scale (``million``, ``bn``, ``m``, ``k``), scientific notation
    (``1.2e6``, ``1.99×10\N{MINUS SIGN}30``, ``10⁶``). A leading minus sign
    makes the value negative. Thousands may be grouped by commas, spaces,
    thin spaces or apostrophes (``10 000``, ``1'000``) or by dots where two or
    more group (``1.234.567``); see :func:`digit_parts` for the decimal mark and
    ``decimal_comma``, which decides only ``1,234`` and ``1.234``.

    >>> read_value("1,234").low, read_value("1,234", decimal_comma=True).low
    (1234.0, 1.234)
    >>> read_value("1.99\N{MULTIPLICATION SIGN}10\N{MINUS SIGN}30").low
    1.99e-30
    """
    if len(text) > _LONGEST:
        return None  # hundreds of digits are no quantity (and int() refuses them)
    if text.isascii() and text.isdecimal():
        return Value(float(text), None, 1.0)  # the common case: "18"
    if not decimal_comma and text.isascii():
        plain = _THOUSANDS_RE.match(text)
        if plain:  # "1,500", "2.5", "1,609.34"
            dec = plain["dec"]
            return Value(float(text.replace(",", "")), None, 10.0 ** -len(dec) if dec else 1.0)
    if text[:1].isalpha():
        one = _ONE_WORD.get(text.lower())
        if one is not None:
            return one  # "five", "dozen"
    else:
        scaled = _scaled(text)
        if scaled is not None:
            return scaled
    return _read(text, decimal_comma)


def _read(text: str, decimal_comma: bool = False) -> Value | None:
    """:func:`read_value` by the general pattern."""
    sign = 1.0
    if text[:1] in ("-", "\N{MINUS SIGN}", "+"):
        sign = -1.0 if text[0] != "+" else 1.0
        text = text[1:]
    elif text[:6].lower() == "minus ":
        sign = -1.0
        text = text[6:]
    m = _VALUE_RE.match(text.lower())
    if not m:
        return None
    low = _number(m["low"], decimal_comma)
    if low is None:
        return None
    high = _number(m["high"], decimal_comma) if m["high"] else None
    # A scale at the end covers the whole range ("10-15bn") unless the low end has its own.
    scale = _scale(m["scale"])
    low_scale = _scale(m["low_scale"]) if m["low_scale"] else scale
    if not math.isfinite(low[0] * low_scale) or (
        high is not None and not math.isfinite(high[0] * scale)
    ):
        return None
    return Value(
        low[0] * low_scale * sign,
        high[0] * scale if high is not None else None,
        low[1] * low_scale,
    )


_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _scaled(text: str) -> Value | None:
    """The common "5m", "2.7bn", "3 million" without the general pattern; None otherwise.

    Gives exactly what the general path gives for these texts (the same
    arithmetic as :func:`_number`); anything else, such as a comma, a range or
    two spaces, is left to it.
    """
    number = text.rstrip(_ASCII_LETTERS)
    scale = SCALES.get(text[len(number) :].lower())
    if scale is None:
        return None
    digits = number.rstrip(" \N{NO-BREAK SPACE}")
    gap = len(number) - len(digits)
    if gap > 1 or (gap and len(text) - len(number) < 2):
        return None  # "5  m", "5 m" (metres)
    whole, dot, decimals = digits.partition(".")
    if not (whole.isascii() and whole.isdigit()) or (
        dot and not (decimals.isascii() and decimals.isdigit())
    ):
        return None
    value = float(whole)
    step = 1.0
    if decimals:
        value += float("0." + decimals)
        step = 10.0 ** -len(decimals)
    return Value(value * scale, None, step * scale)


def _scale(text: str | None) -> float:
    return float(SCALES[text.strip(" \N{NO-BREAK SPACE}")]) if text else 1.0


# Each number word alone, read once by the general path: "five" is the commonest
# value in words.
_ONE_WORD: dict[str, Value] = {
    word: value for word in NUMBER_WORDS if (value := _read(word)) is not None
}
