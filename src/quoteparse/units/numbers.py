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
    "MONEY_VALUE",
    "NUMBER",
    "NUMBER_WORDS",
    "SCALES",
    "SCALE_PATTERN",
    "VULGAR_FRACTIONS",
    "WORD_NUMBER",
    "Value",
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
}

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

#: A number in digits, for lower-cased text. Order matters: the longer readings first.
DIGIT_NUMBER = rf"""(?:
    [0-9]+{_SP}[0-9]+/[0-9]+(?![/0-9])             # mixed fraction: 1 1/2 (not a date 1 1/2/05)
  | [0-9]+/[0-9]+(?![/0-9])                     # slash fraction: 1/2 (not a date 1/2/2005)
  | (?:[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+)(?![0-9])  # 1,609 or 1609 ("(?![0-9])": no backtracking)
    (?:\.[0-9]+(?![0-9]))?                      # decimals: 26.2
    (?:{_SP}?[{_VULGAR}])?                 # vulgar fraction after digits: 2½
  | [{_VULGAR}]                            # vulgar fraction alone: ½ mile
)"""

_WORD = rf"(?:{trie_pattern(NUMBER_WORDS)})(?![a-z])"

#: A number in words, for lower-cased text: "eleven", "twenty-five", "one hundred
#: and twenty", "one and a half", "half a" (the "a" of "a dozen" is looked for
#: behind the match by the finder).
WORD_NUMBER = rf"""(?:
    half{_SP}an?(?![a-z])                              # half a mile, half an hour
  | {_WORD}(?:(?:{_SP}|-|{_SP}and{_SP}){_WORD})*       # twenty-five, two hundred and ten
    (?:{_SP}and{_SP}an?{_SP}half(?![a-z]))?            # one and a half
)"""

#: A scale word or suffix after digits, for lower-cased text: attached ("5m", "2.7bn")
#: or, except the one-letter suffixes, after a space ("5 million", "3 bn"); "7 m" is metres.
SCALE_PATTERN = rf"""(?:
    (?:{trie_pattern(SCALES)})(?![a-z])
  | {_SP}(?:{trie_pattern(s for s in SCALES if len(s) > 1)})(?![a-z])
)"""

# A range joiner: "10-15", "10\N{EN DASH}15", "10 to 15".
_DASH = "\N{EN DASH}"
_RANGE = rf"(?:{_SP}?(?:-|{_DASH})|{_SP}to(?={_SP})){_SP}?"

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

#: Any value: "between 10 and 15", a value in digits, or number words.
NUMBER = rf"""(?:
    between{_SP}{DIGIT_NUMBER}{_SP}and{_SP}{DIGIT_NUMBER}
  | {DIGIT_VALUE}
  | {WORD_NUMBER}
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
    (?P<low>{DIGIT_NUMBER}|(?:an?{_SP}(?=dozen|hundred|thousand))?{WORD_NUMBER})
    (?P<low_scale>{SCALE_PATTERN}(?=(?:{_RANGE}|{_SP}and{_SP})[{_SIGNS}]?[0-9]))?  # £4.2bn to ...
    (?:(?:{_RANGE}|{_SP}and{_SP})[{_SIGNS}]?(?P<high>{DIGIT_NUMBER}|{WORD_NUMBER}))?
    (?P<scale>{SCALE_PATTERN})?
    \Z
    """,
    re.VERBOSE,
)

_DIGITS_RE = re.compile(
    rf"""
    (?P<whole>[0-9,]+)?(?:\.(?P<dec>[0-9]+))?     # 1,609.34
    (?:{_SP}?(?P<vulgar>[{_VULGAR}]))?         # 2½
    \Z
    """,
    re.VERBOSE,
)
_FRACTION_RE = re.compile(rf"(?:(?P<whole>[0-9]+){_SP})?(?P<num>[0-9]+)/(?P<den>[0-9]+)\Z")
_WORD_SPLIT_RE = re.compile(rf"{_SP}|-")


def _number(text: str) -> tuple[float, float] | None:
    """A single number (digits, fraction or words) and its step."""
    if text[0].isdigit() or text[0] in VULGAR_FRACTIONS or text[0] == ".":
        m = _FRACTION_RE.match(text)
        if m:
            den = int(m["den"])
            if den == 0:
                return None
            return int(m["whole"] or 0) + int(m["num"]) / den, 1 / den
        m = _DIGITS_RE.match(text)
        if not m:
            return None
        value = float(m["whole"].replace(",", "")) if m["whole"] else 0.0
        step = 10.0 ** -len(m["dec"]) if m["dec"] else 1.0
        if m["dec"]:
            value += float("0." + m["dec"])
        if m["vulgar"]:
            num, den = VULGAR_FRACTIONS[m["vulgar"]]
            value += num / den
            step = 1 / den
        return value, step
    return _words(text)


def _words(text: str) -> tuple[float, float] | None:
    """Number words to a value: "twenty-five", "two hundred and ten", "one and a half"."""
    words = [w for w in _WORD_SPLIT_RE.split(text) if w]
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
        if word in {"hundred", "dozen"}:
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


def read_value(text: str) -> Value | None:
    """Read the text of a value; None when it is not one.

    ``text`` is what a :class:`~quoteparse.model.Quantity`'s ``value_span``
    covers, in any case: digits with separators and decimals, fractions,
    number words, a range (``10-15``, ``10 to 15``, ``between 10 and 15``)
    and a scale (``million``, ``bn``, ``m``, ``k``). A leading minus sign
    makes the value negative.
    """
    if len(text) > _LONGEST:
        return None  # hundreds of digits are no quantity (and int() refuses them)
    plain = text.replace(",", "")
    if plain.isascii() and plain.isdecimal():
        return Value(float(plain), None, 1.0)  # the common cases: "18", "1,500", "2.5"
    whole, dot, decimals = plain.partition(".")
    if dot and plain.isascii() and whole.isdecimal() and decimals.isdecimal():
        return Value(float(plain), None, 10.0 ** -len(decimals))
    if text[:1].isalpha():
        one = _ONE_WORD.get(text.lower())
        if one is not None:
            return one  # "five", "dozen"
    else:
        scaled = _scaled(text)
        if scaled is not None:
            return scaled
    return _read(text)


def _read(text: str) -> Value | None:
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
    low = _number(m["low"])
    if low is None:
        return None
    high = _number(m["high"]) if m["high"] else None
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
