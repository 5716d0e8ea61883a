"""Find quantities with units: ``11 miles``, ``a 55-kilometer zone``, ``£2.7bn``, ``30°C``.

Over a lower-cased copy of the text (same length, same offsets), compiled
patterns jump from one digit run to the next and from one number word with a
unit after it to the next (read backwards from the space after the word), and
``str.find`` from one currency sign to the next; the whole quantity is matched
there, so Python runs only where a number meets a unit. Python then checks what a
pattern cannot: the exact case of abbreviations (``MB`` is not ``mb``),
abbreviations that only count against the number (``42in``, ``30C``), ``m`` as
metre or million, hedge words before the number, signs, and compounds such as
``6ft 2in``.

A number without a unit is not a quantity: counts (``500 troops``), years,
dates, times of day, scores, plain ages and model names (``Boeing 737``,
``F-16``, ``A380``) are left alone.

The span of a quantity runs from its value (or currency sign) to the end of
its unit; a hedge such as ``about`` is reported in ``qualifier`` but kept out
of the span, while ``between`` of ``between 10 and 15 km`` is part of it.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import re
from collections.abc import Callable
from typing import Any

from quoteparse._build import quantity
from quoteparse._check import require_text
from quoteparse.model import Dimension, Quantity
from quoteparse.options import Options, resolve_options
from quoteparse.units.conventions import DECIMAL_COMMA_SPELLINGS, Conventions, read_conventions
from quoteparse.units.currencies import WORD_CODES
from quoteparse.units.numbers import (
    DIGIT_NUMBER,
    DIGIT_RANGE,
    DIGIT_VALUE,
    GROUP_MARKS,
    MONEY_VALUE,
    NUMBER_WORDS,
    SCALE_PATTERN,
    SCALES,
    VULGAR_FRACTIONS,
    WORD_NUMBER,
    Value,
    read_value,
)
from quoteparse.units.rejections import (
    NAME_RULES,
    PLACED_RULES,
    SCALE_END_RE,
    SYMBOL_RULES,
    VALUE_RULES,
    Candidate,
    Rule,
    changes,
    spelling_key,
    word_before,
)
from quoteparse.units.table import CURRENCY_PREFIXES, UNITS, Unit
from quoteparse.units.trie import trie_pattern
from quoteparse.units.words import (
    CHANGE_BEFORE,
    COMPOUNDS,
    HALF_AFTER,
    HEDGES,
    POUND_MONEY_CUES,
    POUND_WEIGHT_CUES,
    RANGE_BOUNDS,
    RANGE_JOINERS,
    RANGE_WORDS,
    SCALE_WORDS,
)
from quoteparse.wraps import unwrap

__all__ = ["find_quantities", "lookup_unit"]

_SP = "[ \N{NO-BREAK SPACE}]"
_key = spelling_key

# Exact-case abbreviations -> (unit, attached only); lower-cased names -> unit.
_BY_SYMBOL: dict[str, tuple[Unit, bool]] = {}
_BY_NAME: dict[str, Unit] = {}
for _unit in UNITS:
    for _s in _unit.symbols:
        _BY_SYMBOL[_key(_s)] = (_unit, False)
    for _s in _unit.attached:
        _BY_SYMBOL[_key(_s)] = (_unit, True)
    for _s in (*_unit.names, *_unit.scaled):
        _BY_NAME[_key(_s).lower()] = _unit
_BY_CODE: dict[str, Unit] = {u.name: u for u in UNITS if u.dimension is Dimension.CURRENCY}
# ISO 4217 codes read before a number ("EUR 50m", "USD10m"): not the word codes.
_PREFIX_CODES = frozenset(u.name for u in UNITS if u.name in u.symbols) - WORD_CODES
_US_CENT = _BY_CODE["US cent"]
_EURO_CENT = _BY_CODE["euro cent"]
# "st" for stone only counts against the number, and never after 1, 21, 31 (ordinals).
_STONE = next(u for u in UNITS if u.name == "stone")
_BY_SYMBOL["st"] = (_STONE, True)

_UNIT = trie_pattern(sorted({s.lower() for s in _BY_SYMBOL} | set(_BY_NAME)))
_NBHYPHEN = "\N{NON-BREAKING HYPHEN}"
_SP_OR_HYPHEN = "[ \N{NO-BREAK SPACE}\N{NON-BREAKING HYPHEN}-]"
_SIGNS = "".join(sorted({p[-1] for p, _ in CURRENCY_PREFIXES}))
# The only signs an ASCII text can hold ("isascii" is a flag check, "find" a pass),
# and a Latin-1 one ("$", "£", "¥": every BBC text).
_ASCII_SIGNS = "".join(sign for sign in _SIGNS if sign.isascii())
_LATIN1_SIGNS = "".join(sign for sign in _SIGNS if ord(sign) < 256)
_VULGAR = "".join(VULGAR_FRACTIONS)
# The vulgar fractions a Latin-1 text can hold ("½", "¼", "¾"), as bytes.
_LATIN1_VULGAR = tuple(f.encode("latin-1") for f in _VULGAR if ord(f) < 256)
_SCALES = trie_pattern(SCALES)
# Superscript digits and signs that start an exponent after "10": "10⁶", "10⁻³".
_SUPERSCRIPT_CHARS = (
    "\N{SUPERSCRIPT ZERO}\N{SUPERSCRIPT ONE}\N{SUPERSCRIPT TWO}\N{SUPERSCRIPT THREE}"
    + "".join(chr(c) for c in range(0x2074, 0x207A))
    + "\N{SUPERSCRIPT MINUS}\N{SUPERSCRIPT PLUS SIGN}"
)
# The prefixes that end in each sign, longest first ("US$" before "$").
_PREFIXES_BY_SIGN: dict[str, tuple[tuple[str, str], ...]] = {
    sign: tuple(
        sorted((p for p in CURRENCY_PREFIXES if p[0][-1] == sign), key=lambda p: -len(p[0]))
    )
    for sign in _SIGNS
}
# The characters that stand before the sign in a longer prefix ("S" of "US$"):
# before any other character only the sign alone can match, so the prefixes
# are not tried one by one (nine for "$", at every sum of money).
_BEFORE_CURRENCY: dict[str, frozenset[str]] = {
    sign: frozenset(p[-2] for p, _ in prefixes if len(p) > 1)
    for sign, prefixes in _PREFIXES_BY_SIGN.items()
}
_SIGN_ALONE: dict[str, tuple[tuple[str, str], ...]] = {
    sign: tuple(p for p in prefixes if len(p[0]) == 1)
    for sign, prefixes in _PREFIXES_BY_SIGN.items()
}

# What may follow a number word: names, and symbols of two letters or more that are
# not words ("twenty-five km"; never "five in").
# Currency codes are left out: "five USD" is not written, and three more letters
# after every number word would cost the word scan a third of its speed.
_AFTER_WORDS = set(_BY_NAME) | {
    k.lower()
    for k, (u, attached) in _BY_SYMBOL.items()
    if len(k) > 1 and not attached and not (u.dimension is Dimension.CURRENCY and k == u.name)
}

# Any number-word spelling that can end a value, for the look-behinds of the word trigger.
# "of a" and "of an" end a fraction in words: "a quarter of a mile".
_WORD_ENDS = sorted({*NUMBER_WORDS, "half", "half a", "half an", "of a", "of an"})

# The space or hyphen between a number word and a unit name: "eleven miles",
# "five-year-old". The value scan below finds these places; this pattern, matched
# at each, keeps exactly the ones it always stood for (its look-behinds spell
# "half a" with a plain space, where the scan accepts any space).
_WORDS_RE = re.compile(
    rf"""{_SP_OR_HYPHEN}
    (?<=[{"".join(sorted({w[-1] for w in _WORD_ENDS}))}].)
    (?={trie_pattern(sorted(_AFTER_WORDS))}(?![a-z]))
    (?:{"|".join(f"(?<={re.escape(w)}{_SP_OR_HYPHEN})" for w in _WORD_ENDS)})
    """,
    re.VERBOSE,
)

# "US" after a dollar sign, the Australian and French way to write US dollars:
# "$US5m", "$US 40" (the caller checks the capitals in the text).
_DOLLAR_US = rf"(?:(?<=\$)us(?={_SP}?[0-9]))?"

# A sum of money without a range, for "from $5m to $6m" (a change, not a range).
_MONEY_PLAIN_RE = re.compile(
    rf"(?P<sign>[{re.escape(_SIGNS)}]{_DOLLAR_US}){_SP}?(?P<amount>{DIGIT_NUMBER}{SCALE_PATTERN}?)",
    re.X,
)

# The joiner of "between $600 and $800", after the lower end; then the upper
# end's currency as the lower end writes it, or its sign alone, or none
# ("$US800", "$800", "800" after "$US600"; never "£800" after "$600").
_MONEY_AND_RE = re.compile(rf"{_SP}and{_SP}")
# The amount of the upper end, after its currency (or after "and").
_MONEY_HIGH_RE = re.compile(rf"{DIGIT_NUMBER}{SCALE_PATTERN}?", re.X)

# Three scans, merged in order of position. Currency signs are rare characters, so
# str.find (memchr speed) lists them and _MONEY_RE is matched at each (where they
# are dense, _MONEY_RE searches instead). Values in digits and in words have a
# scan each (see "The value scans" below), each opening with a plain character
# or a class, so stdlib "re" skips the prose to it at C speed and matches there.

# A currency sign, then the value: "£5m", "$10-15bn", "€ 300".
# Not after a digit, separator or another sign ("£1£1"): the look-behind follows
# the class so "re" still skips to the class.
_MONEY_RE = re.compile(
    rf"""(?P<sign>[{re.escape(_SIGNS)}](?<![0-9.,{re.escape(_SIGNS)}].){_DOLLAR_US})
    {_SP}?(?P<amount>{MONEY_VALUE})""",
    re.X,
)

# A digit after three letters, maybe after a space: where an ISO code may stand
# before its amount ("EUR 50m", "USD10m"). Run over the lower-cased text with
# its digits written "0" where there is that copy (the scan then opens with a
# plain character, found at memchr speed), else over the lower-cased text; Python
# keeps the places where the original text has a code of _PREFIX_CODES. The
# look-behinds already ask for such a code in lower case with no letter or digit
# before it, so "the 5" and "about 5" never reach Python.
_CODE_BEFORE = rf"(?<![a-z0-9]){trie_pattern(sorted(code.lower() for code in _PREFIX_CODES))}"
_AFTER_LETTERS = rf"(?:(?<={_CODE_BEFORE}.)|(?<={_CODE_BEFORE}[ \N{{NO-BREAK SPACE}}].))"
_CODE_ZERO_RE = re.compile(rf"0{_AFTER_LETTERS}")
_CODE_DIGIT_RE = re.compile(rf"[0-9]{_AFTER_LETTERS}")

# A code, then the value, over the lower-cased text: "eur 50m", "usd10m".
_CODE_MONEY_RE = re.compile(rf"(?P<sign>[a-z]{{3}}){_SP}?(?P<amount>{MONEY_VALUE})", re.X)

_MEASURE = rf"""
    (?P<sep>{_SP}of{_SP}an?{_SP}|{_SP}|-|{_NBHYPHEN})?  # "of a" after a fraction: "1/16 of a pint"
    (?P<unit>{_UNIT})(?![^\W_])
"""

# A digit run where a value in digits may start, followed by what may follow a value.
# After a lone dot it is a decimal written without its zero (".5 km", not "v3.5").
# The look-behind after the first digit rejects a digit inside a word or number
# ("A380", "F16", the "004" of "2004"), after a decimal point or separator, ":"
# (times), "/" (dates) or a currency sign (money); the look-ahead drops runs that
# end a clause ("in 2004.", "3-1,"). Python matches _DIGIT_MEASURE_RE there.
# A failed look-ahead makes "re" try each later digit of the run, so long runs match
# anyway and a megabyte of digits costs one hit.
# The pattern is written without its first digit, which the two scans below spell
# differently.
_NOT_BEFORE = rf"\w,/:{re.escape(_SIGNS)}"
_DIGIT_RUN = rf"""(?<![{_NOT_BEFORE}].)(?<![{_NOT_BEFORE}.]\..)[0-9.,]*(?<![.,])
    (?:(?={_SP_OR_HYPHEN}?(?:{_UNIT}|{_SCALES})(?![a-z])   # a unit or scale: "5 km", "5m"
         |{_SP}?[-\N{{EN DASH}}{_VULGAR}]|{_SP}(?:to|bis){_SP}  # a range or fraction: "10-15"
         |{_SP}of{_SP}an?{_SP}                               # "¾ of a mile"
         |/|{_SP}[0-9]+/                                     # "1/2", "1 1/2"
         |[{GROUP_MARKS}][0-9]{{3}}(?![0-9])                  # "10 000", "1'000"
         |{_SP}?[x\N{{MULTIPLICATION SIGN}}]{_SP}?[0-9]         # "1.2×10⁶", "2 x 10^6"
         |e[-+]?[0-9]|\^|[{_SUPERSCRIPT_CHARS}])             # "1.2e6", "10^6", "10⁶"
      |(?<=[0-9]{{12}}))   # a long run matches whatever follows: one hit, not one per digit
"""

# The value scans. A digit run is found by _DIGIT_RUN_RE, which opens with the
# digit class, so "re" skips the prose at C speed to the next digit. A number
# word ("eleven miles", "half a mile") is found from the space or hyphen after
# it, over a reversed copy of the text: there each pattern opens with that one
# separator as a plain character, which "re" finds faster than any class, and
# reads the number word backwards from it. A scan for the words themselves
# would stop at every character that is not a letter (the one before a word),
# and one such scan for both is far slower than the two apart (figures in
# docs/performance.md, "Measured design choices").
# Number words with a unit after them are rare, so all of them are listed up
# front (_word_triggers).
_DIGIT_RUN_RE = re.compile(rf"[0-9{_VULGAR}]{_DIGIT_RUN}", re.VERBOSE)

# In Latin-1 text (all the BBC's; ASCII is a part of it) the digit scan runs
# over a copy with every digit written "0" (same offsets; made through
# bytes.translate, a plain table copy, much faster than str.translate),
# where its pattern opens with one plain character and "re" skips to it at
# memchr speed rather than testing a class at each character. It matches at
# the same places to the same ends: the pattern tests digits only by class, and
# every unit spelling with a digit starts with one without, followed by no
# letter ("m" of "m2", "g" of "g/cm3"); tests/test_units_fast_paths.py checks
# that. Text with a vulgar fraction ("2½") or beyond Latin-1 takes the class.
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
_ZERO_RUN_RE = re.compile(rf"0{_DIGIT_RUN}", re.VERBOSE)


# The first three characters of each unit spelling that may follow a number word
# (or the whole of a two-letter one, "km"), written backwards, a space standing
# for any separator: most number words in prose have none after them ("one of";
# with three characters "two people" is left too, where "pesos" starts "pe").
def _head_backwards(word: str) -> str:
    return "".join(f"[{_SEPARATORS}]" if ch == " " else re.escape(ch) for ch in word[:3][::-1])


_SEPARATORS = " \N{NO-BREAK SPACE}-"
_AFTER_HEADS_BACKWARDS = {
    width: "|".join(sorted({_head_backwards(w) for w in _AFTER_WORDS if min(len(w), 3) == width}))
    for width in (2, 3)
}


def _after_reversed_word(word: str) -> str:
    """What must hold after a number word read backwards: the character before it
    is no letter (as WORD_NUMBER needs; or the text starts there), and the
    separator after it is followed by the start of a unit spelling. The second
    test looks back over the word and its separator, so each word gets its own."""
    skip = len(word) + 1
    three, two = _AFTER_HEADS_BACKWARDS[3], _AFTER_HEADS_BACKWARDS[2]
    return rf"(?![a-z])(?:(?<=(?:{three}).{{{skip}}})|(?<=(?:{two}).{{{skip}}}))"


# A number word written backwards, where a unit may follow it: "evif" of
# "...five miles". Only these few reach Python, which checks them with _WORDS_RE.
_REVERSED_WORD = trie_pattern(sorted(w[::-1] for w in _WORD_ENDS), tail=_after_reversed_word)
# One scan per separator after the word, each opening with that separator.
_WORD_SCANS = (
    re.compile(rf" {_REVERSED_WORD}"),  # "eleven miles": the common case
    re.compile(rf"-{_REVERSED_WORD}"),  # "five-year-old", "twenty-five km"
)
# The rare separators, scanned only in text that holds one of them.
_RARE_SEPARATORS = "\N{NO-BREAK SPACE}\N{NON-BREAKING HYPHEN}"
_RARE_WORD_SCAN = re.compile(rf"[{_RARE_SEPARATORS}]{_REVERSED_WORD}")

# A value in digits, then a unit: "11 miles", "55-kilometer", "5km", "30°C".
_DIGIT_MEASURE_RE = re.compile(rf"(?P<value>{DIGIT_VALUE}){_MEASURE}", re.VERBOSE)

# The same without a scale, tried when the reading with one fails: "400m in" is
# 400 metres, not 400 million of "in".
_DIGIT_PLAIN_MEASURE_RE = re.compile(rf"(?P<value>{DIGIT_RANGE}){_MEASURE}", re.VERBOSE)

# A value in words, then a unit: "twenty-five kilometres", "half a mile"; matched
# where the word scan points.
_WORD_MEASURE_RE = re.compile(rf"(?P<value>{WORD_NUMBER}){_MEASURE}", re.VERBOSE)

# The number words that end where a word trigger starts: "twenty-five" of "twenty-five miles".
_WORDS_BEFORE_RE = re.compile(rf"(?<![a-z]){WORD_NUMBER}\Z", re.VERBOSE)

# "between 10 and " before "15 km".
_BETWEEN_RE = re.compile(rf"(?<![a-z])between{_SP}{DIGIT_NUMBER}{_SP}and{_SP}\Z", re.VERBOSE)

# Hedges by their last word, longest first: "more than" is looked for where "than" ends.
_HEDGE_BY_LAST: dict[str, tuple[str, ...]] = {}
for _h in sorted(HEDGES, key=len, reverse=True):
    _HEDGE_BY_LAST[_h.split()[-1]] = (*_HEDGE_BY_LAST.get(_h.split()[-1], ()), _h)
_SPACES = " \N{NO-BREAK SPACE}"
# The last two letters of those last words: most words before a number end otherwise.
_HEDGE_TAILS = frozenset(last[-2:] for last in _HEDGE_BY_LAST)
_COMPOUND_RE = re.compile(
    rf"""(?P<comma>,)?{_SP}?(?:and{_SP})?   # "2 minutes, 35 seconds" (times only)
    (?P<value>[0-9]+(?:\.[0-9]+)?)          # "2" of "6ft 2in"
    (?P<sep>{_SP}?)
    (?P<unit>{_UNIT})(?![^\W_])""",
    re.VERBOSE,
)
# Money in brackets after "pounds": "100 pounds ($180)".
_MONEY_AFTER_RE = re.compile(rf"\s*[(\[]\s*(?:us)?[{re.escape(_SIGNS)}]")
_SCALE_END_RE = SCALE_END_RE
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lookup_unit(spelling: str) -> Unit | None:
    """The unit a spelling stands for: abbreviations exactly, names in any case.

    >>> lookup_unit("km").name, lookup_unit("Kilometers").name, lookup_unit("KM").name
    ('kilometre', 'kilometre', 'kilometre')
    >>> lookup_unit("mB") is None
    True
    """
    key = _key(spelling)
    hit = _BY_SYMBOL.get(key)
    if hit is not None:
        return hit[0]
    return _BY_NAME.get(key.lower())


# CPython lowers non-ASCII text through a buffer of 12 bytes a character, so
# long texts are lowered in slices of this size to keep peak memory small.
_LOWER_SLICE = 1 << 16


def _lower(text: str) -> str:
    """A lower-cased copy with the same offsets (``str.lower`` can lengthen text)."""
    if len(text) <= _LOWER_SLICE:
        low = text.lower()
    else:
        step = _LOWER_SLICE
        low = "".join([text[i : i + step].lower() for i in range(0, len(text), step)])
    return low if len(low) == len(text) else text.translate(_ASCII_LOWER)


def find_quantities(
    text: str, *, options: Options | None = None, **shortcuts: Any
) -> tuple[Quantity, ...]:
    """Find quantities with units in ``text``, sorted by start.

    >>> text = "some 11 miles (18 kilometers) away; 500 troops"
    >>> [(q.value, q.unit, q.span.slice(text)) for q in find_quantities(text)]
    [(11.0, 'mile', '11 miles'), (18.0, 'kilometre', '18 kilometers')]
    >>> find_quantities(text)[0].qualifier
    'some'
    >>> find_quantities("He flew a Boeing 737 in 2004.")
    ()
    """
    require_text(text)
    resolve_options(options, shortcuts)
    # Hard-wrapped text (quoteparse.wraps) is read with its wraps as spaces, so
    # "26.2\nmiles" is a quantity; the copy has the text's length and offsets.
    seen = unwrap(text)
    found = _scan(seen)
    if seen is not text:
        found = [_as_written(text, q) for q in found]
    return tuple(found)


def _as_written(text: str, q: Quantity) -> Quantity:
    """``q`` found in the unwrapped copy, with its unit as ``text`` writes it ("light\nyears")."""
    unit_text = q.unit_span.slice(text)
    return q if unit_text == q.unit_text else dataclasses.replace(q, unit_text=unit_text)


def _scan(text: str) -> list[Quantity]:
    """The quantities of ``text``, in order (find_quantities without its checks)."""
    low = _lower(text)
    doc = _Doc(low)
    found: list[Quantity] = []
    # Three scans merged in order of position; "end" stands for "no more matches".
    end = len(low) + 1
    zeros = _digits_as_zero(low)
    latin1 = zeros is not None
    if zeros is not None:
        digit_scan, code_scan = _ZERO_RUN_RE, _CODE_ZERO_RE
    else:
        zeros, digit_scan, code_scan = low, _DIGIT_RUN_RE, _CODE_DIGIT_RE
    signs = _sign_positions(low, text, zeros, code_scan, latin1=latin1)
    k, mm = _next_money(low, signs, 0, 0)
    mp = mm.start() if mm else end
    digits = digit_scan.search(zeros)
    words = _word_triggers(low)
    # A number word at the very start of the text counts only before any hit.
    wk, hit = _next_value(digits, words, 0, 0, -1)
    hp = hit[0] if hit else end
    floor = 0
    while True:
        # A sign never stands where a digit or a number word's space does.
        if mp < hp:
            assert mm is not None
            q = _money(text, low, mm, floor, doc)
            pos = mm.end()
        elif hit is not None:
            at, pos, is_word = hit
            q = (_word_hit if is_word else _digit_hit)(text, low, at, floor, doc)
        else:
            break
        lookback = 0
        if q is not None:
            if found and found[-1].unit == q.unit:
                joined = _join_range(text, low, found[-1], q)
                if joined is not None:
                    found.pop()
                    q = joined  # "8% to 9%": one range, its unit written twice
            found.append(q)
            floor = pos = q.span.end
            # A number word reaching past the quantity starts inside it.
            lookback = q.span.start
        if mp < pos:
            k, mm = _next_money(low, signs, k, pos)
            mp = mm.start() if mm else end
        if hp < pos:
            if digits is not None and digits.start() < pos:
                digits = digit_scan.search(zeros, pos)
            if words:
                wk, hit = _next_value(digits, words, wk, pos, lookback)
                hp = hit[0] if hit else end
            elif digits is not None:
                # No number words in the text (the common case): the digit run is next.
                hp = digits.start()
                hit = hp, digits.end(), False
            else:
                hit, hp = None, end
    return found


# What joins the two ends of a range whose unit is written twice: "8% to 9%",
# "8%-9%", "between 8% and 9%" (the "and" only after "between").
_RANGE_GAP_RE = re.compile(
    rf"""{_SP}(?P<word>to|bis|and){_SP}   # "8% to 9%"
    | {_SP}?[-\N{{EN DASH}}]{_SP}?       # "8%-9%", "8% - 9%"
    """,
    re.VERBOSE,
)


def _join_range(text: str, low: str, first: Quantity, second: Quantity) -> Quantity | None:
    """``first`` and ``second`` as one range where they are its two ends; else None.

    Both in the same unit, plain values (no range, no compound, no hedge on
    the second), the first below the second, and not a change ("from 8% to 9%").
    """
    start, end = first.span.end, second.span.start
    if end - start > 7 or first.dimension is Dimension.CURRENCY:
        return None
    gap = _RANGE_GAP_RE.fullmatch(low, start, end)
    if (
        gap is None
        or first.value_high is not None
        or second.value_high is not None
        or first.span.end != first.unit_span.end
        or second.qualifier is not None
        or not 0 <= first.value < second.value
    ):
        return None
    at = first.span.start
    if gap["word"] != "and" and (
        second.value > _LIST_RATIO * first.value or word_before(low, at) in CHANGE_BEFORE
    ):
        return None  # "edged up 0.1% to 4.7%", "growing 10cm to 130cm": a change
    if gap["word"] == "and":
        if not (at >= 8 and low.startswith("between ", at - 8)):
            return None
        at -= 8
    elif at >= 5 and low.startswith("from ", at - 5):
        return None  # "from 8% to 9%": a change
    return quantity(
        start=at,
        end=second.span.end,
        value=first.value,
        value_start=at,
        value_end=second.value_span.end,
        unit=second.unit,
        unit_text=second.unit_text,
        unit_start=second.unit_span.start,
        unit_end=second.unit_span.end,
        dimension=second.dimension,
        value_high=second.value,
        approximate=first.approximate,
        qualifier=first.qualifier,
    )


def _digits_as_zero(low: str) -> str | None:
    """``low`` with each ASCII digit written "0", for _ZERO_RUN_RE; None where it cannot serve."""
    try:
        raw = low.encode("latin-1")
    except UnicodeEncodeError:
        return None  # a character beyond Latin-1: "re" stores the text wider
    if any(fraction in raw for fraction in _LATIN1_VULGAR):
        return None  # the others ("⅓") are beyond Latin-1
    return raw.translate(_DIGITS_AS_ZERO).decode("latin-1")


def _sign_positions(
    low: str,
    text: str = "",
    zeros: str = "",
    code_scan: re.Pattern[str] = _CODE_DIGIT_RE,
    *,
    latin1: bool = False,
) -> list[int] | None:
    """Where each currency sign is, in order; None when signs are too many to list.

    A few signs are found at memchr speed and visited one by one; where they
    are dense (a megabyte of "£") visiting each from Python costs more than
    letting _MONEY_RE skip from one sum to the next, so the caller does that.
    Given ``text`` and its scan copy ``zeros`` (``low`` or its digits written
    "0", searched by ``code_scan``), the ISO codes written before an amount
    (``EUR 50m``) are listed too (not in the dense case). ``latin1`` says the
    text holds no character beyond Latin-1, so no sign beyond it is looked for.
    """
    signs = _ASCII_SIGNS if low.isascii() else _LATIN1_SIGNS if latin1 else _SIGNS
    dense = len(low) // 64
    found: list[int] = []
    for sign in signs:
        at = low.find(sign)
        while at >= 0:
            found.append(at)
            if len(found) > dense:
                return None  # at most one in 64 characters is listed: linear
            at = low.find(sign, at + 1)
    if text and zeros:
        # ISO codes before an amount ("EUR 50m") are visited like signs.
        for m in code_scan.finditer(zeros):
            digit = m.start()
            at = digit - 4 if zeros[digit - 1] in _SPACES else digit - 3
            if text[at : at + 3] in _PREFIX_CODES and (at == 0 or not text[at - 1].isalnum()):
                found.append(at)
    found.sort()
    return found


def _next_money(
    low: str, signs: list[int] | None, k: int, pos: int
) -> tuple[int, re.Match[str] | None]:
    """The first match of _MONEY_RE at or after ``pos``, and the index in ``signs`` it is at.

    ``signs`` lists where the signs are (searched from index ``k``); None
    searches the text.
    """
    if signs is None:
        return k, _MONEY_RE.search(low, pos)
    match = _MONEY_RE.match
    while k < len(signs):
        at = signs[k]
        if at >= pos:
            m = (_CODE_MONEY_RE.match if low[at].isalpha() else match)(low, at)
            if m is not None:
                return k, m
        k += 1
    return k, None


def _word_triggers(low: str) -> list[tuple[int, int]]:
    """Where each number word with a unit name after it ends, and the character before it.

    Pairs ``(at, stop)``, sorted: ``at`` is the space or hyphen after the
    word, where _WORDS_RE matches; ``stop`` is the character before the word
    (-1 at the start of the text), which must not be a lower-case letter.
    """
    rev = low[::-1]
    last = len(low) - 1
    scans: tuple[re.Pattern[str], ...] = _WORD_SCANS
    if not low.isascii() and any(sep in low for sep in _RARE_SEPARATORS):
        scans = (*scans, _RARE_WORD_SCAN)
    found: list[tuple[int, int]] = []
    for scan in scans:
        # The matches do not overlap, so the separator inside "half a" or "half
        # an" is not tried for "half": no unit spelling is "a" or "an" or starts
        # with either and a space (tests/test_units_fast_paths.py checks that).
        for m in scan.finditer(rev):
            at = last - m.start()
            if _WORDS_RE.match(low, at):
                found.append((at, last - m.end()))
    found.sort()
    return found


def _next_value(
    digits: re.Match[str] | None,
    words: list[tuple[int, int]],
    k: int,
    pos: int,
    lookback: int,
) -> tuple[int, tuple[int, int, bool] | None]:
    """The next value at or after ``pos``: its trigger, where its hit ends, whether in words.

    ``digits`` is the first digit run at or after ``pos``; its trigger is its
    first digit. ``words`` are the number-word triggers, those before index
    ``k`` already passed; a word counts only where the character before it is
    at or after ``lookback`` (a number word ending past a quantity starts
    inside it). Returns the new ``k`` and the hit.
    """
    while k < len(words) and words[k][0] < pos:
        k += 1
    first = digits.start() if digits is not None else None
    i = k
    while i < len(words):
        at, stop = words[i]
        if first is not None and at > first:
            break
        if stop >= lookback:
            return k, (at, at + 1, True)
        i += 1
    if digits is None:
        return k, None
    return k, (digits.start(), digits.end(), False)


class _Doc:
    """Facts about the text of one call, read the first time a number needs them."""

    __slots__ = ("_conventions", "_euro", "low")

    def __init__(self, low: str) -> None:
        self.low = low
        self._conventions: Conventions | None = None
        self._euro: bool | None = None

    def euro_money(self) -> bool:
        """Whether the text names euros more often than dollars: its cents are euro cents."""
        if self._euro is None:
            low = self.low
            euros = low.count("\N{EURO SIGN}") + low.count("euro")
            self._euro = euros > low.count("$") + low.count("dollar")
        return self._euro

    def conventions(self) -> Conventions:
        """The document's number conventions (quoteparse.units.conventions)."""
        if self._conventions is None:
            self._conventions = read_conventions(self.low)
        return self._conventions


# A single comma or dot before exactly three digits, "1,234" or "1.234": read by the
# document's conventions.
_AMBIGUOUS_RE = re.compile(r"(?<![0-9.,])[0-9]{1,3}[.,][0-9]{3}(?![0-9.,])")
# Thousands grouped by a plain or no-break space: "10 000".
_SPACED_RE = re.compile(r"[0-9][ \N{NO-BREAK SPACE}][0-9]{3}(?![0-9])")


# read_value is pure and news repeats its values ("5%", "£1bn", "$1"): the
# values read last are kept, keyed by their text and mark (figures in
# docs/performance.md, "Units: the value cache").
_read_cached = functools.lru_cache(maxsize=1024)(read_value)


def _read_value(value_text: str, doc: _Doc, unit_text: str = "") -> Value | None:
    """read_value, with the marks of ``1,234`` and ``10 000`` read by the document's conventions.

    None where the document leaves the reading open: a tie between decimal
    commas and points, or space-grouped thousands in a text that groups with commas.
    """
    decimal_comma = False
    if ("," in value_text or "." in value_text) and _AMBIGUOUS_RE.search(value_text):
        conventions = doc.conventions()
        if conventions.ambiguous:
            return None
        decimal_comma = conventions.decimal_comma or (
            conventions.undecided and unit_text.lower() in DECIMAL_COMMA_SPELLINGS
        )
    if (
        (" " in value_text or "\N{NO-BREAK SPACE}" in value_text)
        and _SPACED_RE.search(value_text)
        and doc.conventions().comma_groups
    ):
        return None
    value = _read_cached(value_text, decimal_comma=decimal_comma)
    if value is not None and value.high is not None and 0 <= value.high < value.low:
        # "940 bis 1.200 kWh/m2": a range runs upwards, so the reading that
        # makes it fall is wrong; the other one is kept only where it rises.
        if not _AMBIGUOUS_RE.search(value_text):
            return None
        value = _read_cached(value_text, decimal_comma=not decimal_comma)
        if value is None or value.high is None or value.high < value.low:
            return None
    return value


def _digit_hit(text: str, low: str, start: int, floor: int, doc: _Doc) -> Quantity | None:
    """A quantity whose value in digits starts at ``start``."""
    if (
        start >= 2
        and low[start - 1] in _GROUP_MARKS
        and low[start - 2] in _ASCII_DIGITS
        and _GROUP_RE.match(low, start)
    ):
        # "10 000 km", "1 234 567 tonnes", "1'000 m": a group of a number read
        # (or left out) from its first digit; never read "000 km" as 0 km.
        return None
    if (
        start >= 3
        and low[start - 1] in _EXPONENT_SIGNS
        and _EXPONENT_BEFORE_RE.search(low, max(0, start - 8), start)
    ):
        return None  # the exponent of "1.99×10−30 kilograms" is not 30 kg
    if start and low[start - 1] == ".":
        start -= 1  # ".5 km": the scan lets only a lone dot through
    m = _DIGIT_MEASURE_RE.match(low, start)
    if m is None:
        return None
    q = _measure(text, low, m, floor, doc)
    if q is None and low[m.end("value") - 1].isalpha():
        plain = _DIGIT_PLAIN_MEASURE_RE.match(low, start)
        if plain is not None:
            q = _measure(text, low, plain, floor, doc)
    return q


# Thousands marks beside the comma, read as part of the number before them.
_GROUP_MARKS = GROUP_MARKS
# What stands between "10" and its exponent: "^", a minus or plus sign.
_EXPONENT_SIGNS = "^-+\N{MINUS SIGN}"
_EXPONENT_BEFORE_RE = re.compile(
    rf"(?:[x\N{{MULTIPLICATION SIGN}}]{_SP}?10\^?|10\^)[-+\N{{MINUS SIGN}}]?\Z"
)
_ASCII_DIGITS = "0123456789"
# Exactly three digits: a thousands group.
_GROUP_RE = re.compile(r"[0-9]{3}(?![0-9])")


def _word_hit(text: str, low: str, start: int, floor: int, doc: _Doc) -> Quantity | None:
    """A quantity whose number words end at ``start``, just before a unit name."""
    w = _WORDS_BEFORE_RE.search(low, max(floor, start - 60), start)
    if w is None:
        return None
    m = _WORD_MEASURE_RE.match(low, w.start())
    if m is None or m.end("value") != start:
        return None
    q = _measure(text, low, m, floor, doc)
    if q is None:
        # "five and ten miles" is no one number, but may be a range of two.
        joint = low.rfind(" and ", m.start("value"), start)
        if joint >= 0:
            m = _WORD_MEASURE_RE.match(low, joint + 5)
            if m is not None and m.end("value") == start:
                q = _measure(text, low, m, floor, doc)
    return q


def _hedge(text: str, low: str, start: int, floor: int) -> tuple[str | None, bool]:
    """The hedge or bound written just before ``start``, and whether it is a hedge."""
    if start < 3 or low[start - 1] not in _SPACES or low[start - 3 : start - 1] not in _HEDGE_TAILS:
        return None, False
    # The word before the space; hedge words are short, so look back a few characters.
    lo = max(floor, start - 16)
    word_start = max(
        low.rfind(" ", lo, start - 1), low.rfind("\N{NO-BREAK SPACE}", lo, start - 1), lo - 1
    )
    phrases = _HEDGE_BY_LAST.get(low[word_start + 1 : start - 1])
    if phrases is None:
        return None, False
    for phrase in phrases:
        at = start - 1 - len(phrase)
        if at >= floor and low.startswith(phrase, at) and (at == 0 or not low[at - 1].isalpha()):
            return text[at : start - 1], HEDGES[phrase]
    return None, False


def _money(text: str, low: str, m: re.Match[str], floor: int, doc: _Doc) -> Quantity | None:
    if " to" in m.group("amount") and changes(low, m.start("sign"), m.group("amount"), floor):
        plain = _MONEY_PLAIN_RE.match(low, m.start())
        if plain is None:
            return None
        m = plain
    start = m.start("sign")
    sign = low[start]
    code = ""
    if sign.isalpha():
        code = text[start : m.end("sign")]  # "EUR 50m": listed by _sign_positions
    elif m.end("sign") > start + 1:
        if not text.startswith("US", start + 1):
            return None  # "$us5" is no way to write money
        code = "USD"  # "$US5m"
    if code:
        prefixes: tuple[tuple[str, str], ...] = ()
    elif start > floor and text[start - 1] in _BEFORE_CURRENCY[sign]:
        prefixes = _PREFIXES_BY_SIGN[sign]
    else:
        prefixes = _SIGN_ALONE[sign]
    for prefix, prefix_code in prefixes:
        at = start + 1 - len(prefix)
        if at >= floor and text.startswith(prefix, at) and (at == 0 or not text[at - 1].isalnum()):
            start, code = at, prefix_code
            break
    if not code:
        return None
    unit = _BY_CODE[code]
    vs, ve = m.span("amount")
    span_start = start
    value_text = text[vs:ve]
    if start - 8 >= floor and low.startswith("between ", start - 8):
        high = _money_high(low, ve, low[start : m.end("sign")], low[m.start("sign")])
        if high is not None:
            # "between $600 and $800": read without the upper end's currency.
            value_text += text[ve : high[0]] + text[high[1] : high[2]]
            span_start, ve = start - 8, high[2]
    value = _read_value(value_text, doc)
    if value is None:
        return None
    qualifier, approximate = _hedge(text, low, span_start, floor)
    sign_end = m.end("sign")
    return quantity(
        start=span_start,
        end=ve,
        value=value.low,
        value_start=vs,
        value_end=ve,
        unit=unit.name,
        unit_text=text[start:sign_end],
        unit_start=start,
        unit_end=sign_end,
        dimension=unit.dimension,
        value_high=value.high,
        approximate=approximate,
        qualifier=qualifier,
    )


def _money_high(low: str, ve: int, written: str, sign: str) -> tuple[int, int, int] | None:
    """The upper end of "between $600 and $800" after a lower end ending at ``ve``.

    Returns where "and" ends, where the amount starts and where it ends; the
    upper end's currency, if written, is the lower end's as written
    (``written``: "$us", "us$", "eur") or its sign alone (``sign``), with the
    space the lower end may have after it ("EUR 5m and EUR 6m"). None where
    no such upper end follows.
    """
    joint = _MONEY_AND_RE.match(low, ve)
    if joint is None:
        return None
    at = joint.end()
    for prefix in (written, sign):
        if low.startswith(prefix, at):
            at += len(prefix)
            if low[at : at + 1] in _SPACES and low[at + 1 : at + 2].isdigit():
                at += 1  # "EUR 6m"
            break
    amount = _MONEY_HIGH_RE.match(low, at)
    if amount is None:
        return None
    return joint.end(), at, amount.end()


_Tests = tuple[
    tuple[Callable[[Candidate], bool], ...], dict[str, tuple[Callable[[Candidate], bool], ...]]
]


def _rule_tests(rules: tuple[Rule, ...]) -> _Tests:
    """The tests of one stage of rules: those for any spelling, and per spelling
    that some rule names in its ``keys`` the tests it needs (in table order)."""
    always = tuple(r.rejects for r in rules if r.keys is None)
    keys = sorted({k for r in rules if r.keys is not None for k in r.keys})
    by_key = {k: tuple(r.rejects for r in rules if r.keys is None or k in r.keys) for k in keys}
    return always, by_key


# The rejection rules (units/rejections.py) by stage, looked up by spelling.
_SYMBOL_TESTS = _rule_tests(SYMBOL_RULES)
_NAME_TESTS = _rule_tests(NAME_RULES)
_VALUE_TESTS = _rule_tests(VALUE_RULES)
_PLACED_TESTS = _rule_tests(PLACED_RULES)


def _measure(text: str, low: str, m: re.Match[str], floor: int, doc: _Doc) -> Quantity | None:
    vs, ve = m.span("value")
    us, ue = m.span("unit")
    unit_text = text[us:ue]
    key = unit_text.replace("\N{NO-BREAK SPACE}", " ").replace("-", " ")  # as _key()
    hit = _BY_SYMBOL.get(key)
    sep = m.group("sep")
    if sep is not None and len(sep) > 1 and not _fraction_of(text, vs, ve, hit):
        return None  # "5 of a mile" is no reading; "1/16 of a pint" is
    if hit is not None:
        unit, attached = hit
        lkey = key.lower()
        cand = Candidate(text, low, vs, ve, us, ue, key, sep, unit, attached, floor, vs)
        for rejects in _SYMBOL_TESTS[1].get(lkey, _SYMBOL_TESTS[0]):
            if rejects(cand):
                return None
    else:
        found = _BY_NAME.get(key.lower())
        if found is None:
            return None  # "MB" matched as "mb" but written "mB"
        lkey = key.lower()
        cand = Candidate(text, low, vs, ve, us, ue, key, sep, found, False, floor, vs)
        for rejects in _NAME_TESTS[1].get(lkey, _NAME_TESTS[0]):
            if rejects(cand):
                return None
        unit = found
        if unit is _US_CENT and doc.euro_money():
            unit = _EURO_CENT  # "50 Cent" in a text whose money is in euros
            cand = cand._replace(unit=unit)
    for rejects in _VALUE_TESTS[1].get(lkey, _VALUE_TESTS[0]):
        if rejects(cand):
            return None
    value_text = low[vs:ve]
    name = unit.name
    if name == "pound":
        cue = _pound_cue(low, vs, ue, floor)
        if (
            cue is _MONEY
            or (cue is None and _SCALE_END_RE.search(value_text))
            or _MONEY_AFTER_RE.match(low, ue)
        ):
            unit = _BY_CODE["GBP"]  # "5 million pounds", "100 pounds ($180)" are money
            name = unit.name
    in_words = value_text[0].isalpha()
    first = vs
    if in_words and value_text in SCALE_WORDS:
        # "a billion barrels", "half a billion dollars" (Rejection.BARE_SCALE
        # turned down the scale words with neither before them).
        if vs >= floor + 7 and low.startswith("half a ", vs - 7):
            vs -= 7
        elif vs >= floor + 2 and low.startswith("a ", vs - 2):
            vs -= 2
        first = vs
    elif in_words and vs >= floor + 2 and low[vs - 2 : vs] in ("a ",):
        if value_text.startswith("dozen"):
            vs -= 2  # "a dozen"
    elif vs > floor + 12 and low.startswith(" and ", vs - 5):
        b = _BETWEEN_RE.search(low, max(floor, vs - 40), vs)
        if b is not None and value_text[:1].isdigit():
            vs = b.start()  # "between 10 and 15 km"
    if vs == first and len(value_text) < 16 and value_text.isascii() and value_text.isdecimal():
        # Plain digits, the common case, as read_value reads them ("18", "2004"):
        # no character lowers to a digit, so the text holds these very digits.
        low_value, high = float(value_text), None
    else:
        value = _read_value(text[vs:ve], doc, unit_text)
        if value is None:
            return None
        low_value, high = value.low, value.high
    if high is None and vs == first:
        joined = _range_low(
            text,
            low,
            vs,
            floor,
            value_text=value_text,
            high=low_value,
            unit_text=unit_text,
            doc=doc,
        )
        if joined is not None:
            vs, low_value, high = joined  # "two or three weeks": both ends
    if (
        vs - 1 >= floor
        and text[vs - 1] in "-\N{MINUS SIGN}"
        and (vs - 1 == 0 or text[vs - 2].isspace() or text[vs - 2] in _BEFORE_SIGN)
    ):
        vs -= 1  # "-40°C"; "F-16" is not a sign
        low_value = -low_value
    elif vs - 6 >= floor and low.startswith("minus", vs - 6) and low[vs - 1] in " -":
        vs -= 6  # "minus 20C", "minus-130 degrees Fahrenheit"
        low_value = -low_value
    placed_tests = _PLACED_TESTS[1].get(lkey, _PLACED_TESTS[0])
    if placed_tests:  # most spellings have none ("à 16 heures" is about hours)
        placed = cand._replace(start=vs, unit=unit)
        for rejects in placed_tests:
            if rejects(placed):
                return None
    end = ue
    if high is None and low.startswith(HALF_AFTER, ue) and low_value == int(low_value):
        for half in HALF_AFTER:
            if low.startswith(half, ue) and not low[ue + len(half) : ue + len(half) + 1].isalpha():
                low_value += 0.5 if low_value >= 0 else -0.5  # "deux ans et demi"
                end = ue + len(half)
                break
    if name in COMPOUNDS and end == ue:
        c = _COMPOUND_RE.match(low, ue)
        if c is not None:
            small = lookup_unit(text[c.start("unit") : c.end("unit")])
            if (
                small is not None
                and small.name == COMPOUNDS[name]
                and (c["comma"] is None or unit.dimension is Dimension.TIME)
            ):
                sign = -1.0 if low_value < 0 else 1.0
                low_value += sign * float(c["value"]) * small.factor / unit.factor
                end = c.end()
    qualifier, approximate = None, False
    if vs >= 3 and low[vs - 1] in _SPACES:  # a space follows every hedge: "about 5 km"
        qualifier, approximate = _hedge(text, low, vs, floor)
    return quantity(
        start=vs,
        end=end,
        value=low_value,
        value_start=vs,
        value_end=ve,
        unit=name,
        unit_text=unit_text,
        unit_start=us,
        unit_end=ue,
        dimension=unit.dimension,
        value_high=high,
        approximate=approximate,
        qualifier=qualifier,
    )


def _fraction_of(text: str, vs: int, ve: int, hit: tuple[Unit, bool] | None) -> bool:
    """Whether the value before "of a" is a fraction in digits and the unit a name."""
    value_text = text[vs:ve]
    return hit is None and ("/" in value_text or any(f in value_text for f in _VULGAR))


# What may stand before a minus sign: a space, the start, or opening punctuation
# ("(-5C)"); after anything else ("8%-9%", "F-16") the hyphen is a dash.
_BEFORE_SIGN = "([{/=:;,\"'\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT SINGLE QUOTATION MARK}«„"

# The low end of a range whose unit is written once, after the high end: "two or
# three weeks", "14 and 15 inch", "30 bis über 130 Metern"; matched so it ends
# where the high end starts.
_LOW_END_RE = re.compile(
    rf"""(?<![\w.,\-\N{{EN DASH}}])(?P<low>{DIGIT_NUMBER}|{WORD_NUMBER})   # not "1-1 and two"
    {_SP}(?P<join>{trie_pattern(sorted(RANGE_JOINERS))})(?![a-z])   # "or", "and", "bis"
    (?:{_SP}{trie_pattern(sorted(RANGE_BOUNDS))})?{_SP}\Z          # "bis über"
    """,
    re.VERBOSE,
)
_JOIN_WORDS = RANGE_JOINERS | RANGE_BOUNDS
# The last two letters of those words: most words before a number end otherwise.
_JOIN_TAILS = frozenset(word[-2:] for word in _JOIN_WORDS)


def _range_low(
    text: str,
    low: str,
    vs: int,
    floor: int,
    *,
    value_text: str,
    high: float,
    unit_text: str,
    doc: _Doc,
) -> tuple[int, float, float] | None:
    """The start and value of a range's low end written before ``vs``, and the high end.

    "two or three weeks" is 2 to 3 weeks, not "three weeks". The low end takes
    the high end's scale when it has none ("5 or 6 million tonnes"); it must be
    below the high end ("in 2004 and 15 km" is no range), and "from 10 to 15"
    is a change. None where there is no such low end.
    """
    if vs < floor + 4 or low[vs - 3 : vs - 1] not in _JOIN_TAILS or low[vs - 1] not in _SPACES:
        return None
    lo = max(floor, vs - 8)
    word_start = max(
        low.rfind(" ", lo, vs - 1), low.rfind("\N{NO-BREAK SPACE}", lo, vs - 1), lo - 1
    )
    if low[word_start + 1 : vs - 1] not in _JOIN_WORDS:
        return None  # the word before is no joiner: the common case
    m = _LOW_END_RE.search(low, max(floor, vs - 60), vs)
    if m is None:
        return None
    start = m.start()
    if m["join"] == "to" and changes(low, start, " to", floor):
        return None  # "from one to two years": the scan finds "two years"
    value = _read_value(text[start : m.end("low")], doc, unit_text)
    if value is None or value.high is not None:
        return None
    low_value = value.low
    scale = _SCALE_END_RE.search(value_text)
    if scale is not None and _SCALE_END_RE.search(m["low"]) is None:
        low_value *= SCALES[scale.group().strip()]  # "5 or 6 million tonnes"
    elif value_text.endswith(("hundred", "hundert", "dozen")) and " " not in m["low"]:
        return None  # "two or three hundred years": the low end's scale is unsure
    if not 0 <= low_value < high:
        return None
    if m["join"] == "and" and start >= floor + 8 and low.startswith("between ", start - 8):
        start -= 8  # "between five and ten km"
    elif m["join"] not in RANGE_WORDS and high > _LIST_RATIO * low_value:
        return None  # "aged 21 and 144 days": two values, not the ends of a range
    return start, low_value, high


# Beyond this ratio of its ends, two values joined by "and" or "or" (not
# "between", "to" or "bis") are a list or a change, not a range: "aged 21 and
# 144 days", "lifted rates 0.25% to 5.5%" (with the unit written twice).
_LIST_RATIO = 4.0


class _Cue(enum.Enum):
    """What a "pounds" cue word shows."""

    MONEY = "money"
    WEIGHT = "weight"


_MONEY = _Cue.MONEY
_WEIGHT = _Cue.WEIGHT
# The thing counted in pounds: "pounds of fish", "pounds of their own money".
_OF_WORD_RE = re.compile(
    rf"{_SP}of{_SP}(?:(?:the|their|its|his|her|taxpayers'?){_SP})?(?P<word>[a-z]+)"
)
_NEXT_RE = re.compile(rf"{_SP}(?P<word>[a-z]+)")
_LETTERS_RE = re.compile(r"[a-z]+")


def _pound_cue(low: str, vs: int, ue: int, floor: int) -> _Cue | None:
    """Whether the words around "pounds" show money or weight (words.POUND_*_CUES), or neither.

    The word after ("pounds of fish", "pounds sterling") decides first, then the
    nearest cue among the four words before the value ("weighed 200 pounds").
    """
    for pattern in (_OF_WORD_RE, _NEXT_RE):
        after = pattern.match(low, ue)
        if after is not None:
            word = after["word"]
            if word in POUND_WEIGHT_CUES:
                return _WEIGHT
            if word in POUND_MONEY_CUES:
                return _MONEY
    for word in reversed(_LETTERS_RE.findall(low, max(floor, vs - 40), vs)[-4:]):
        if word in POUND_WEIGHT_CUES:
            return _WEIGHT
        if word in POUND_MONEY_CUES:
            return _MONEY
    return None
