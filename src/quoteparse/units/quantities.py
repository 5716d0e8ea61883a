"""Find quantities with units: ``11 miles``, ``a 55-kilometer zone``, ``£2.7bn``, ``30°C``.

Over a lower-cased copy of the text (same length, same offsets), the scan
(:mod:`quoteparse.units.scan`) lists the places where a number meets a unit, a
currency sign or an ISO code; here a reader for each kind of place
(``_READERS``) matches the whole quantity there, with a small state
(``_Reading``: the text, the quantities so far and where the last one ends)
passed along. The readers check what a pattern cannot: the exact case of
abbreviations (``MB`` is not ``mb``), abbreviations that only count against
the number (``42in``, ``30C``), ``m`` as metre or million, hedge words before
the number, signs, and compounds such as ``6ft 2in``.

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
from quoteparse.units.numbers import (
    DIGIT_NUMBER,
    DIGIT_RANGE,
    DIGIT_VALUE,
    GROUP_MARKS,
    RANGE_JOINER,
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
from quoteparse.units.scan import Trigger, places
from quoteparse.units.spellings import (
    BY_CODE,
    BY_NAME,
    BY_SYMBOL,
    DOLLAR_US,
    SIGNS,
    SP,
    UNIT_PATTERN,
)
from quoteparse.units.table import CURRENCY_PREFIXES, Unit
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

_SP = SP
_key = spelling_key
_BY_SYMBOL = BY_SYMBOL
_BY_NAME = BY_NAME
_BY_CODE = BY_CODE
_UNIT = UNIT_PATTERN
_SIGNS = SIGNS
# The currency signs as a set, for a test per character.
_SIGN_SET = frozenset(SIGNS)
_DOLLAR_US = DOLLAR_US
_US_CENT = _BY_CODE["US cent"]
_EURO_CENT = _BY_CODE["euro cent"]
_NBHYPHEN = "\N{NON-BREAKING HYPHEN}"
_VULGAR = "".join(VULGAR_FRACTIONS)

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


# A sum of money without a range, for "from $5m to $6m" (a change, not a range).
_MONEY_PLAIN_RE = re.compile(
    rf"(?P<sign>[{re.escape(_SIGNS)}]{_DOLLAR_US}){_SP}?(?P<amount>{DIGIT_NUMBER}{SCALE_PATTERN}?)",
    re.X,
)

# The joiner of "between $600 and $800", after the lower end; then the upper
# end's currency as the lower end writes it, or its sign alone, or none
# ("$US800", "$800", "800" after "$US600"; never "£800" after "$600").
_MONEY_AND_RE = re.compile(rf"{_SP}and{_SP}")
# The joiner of "$US10 to $US15 billion", after the lower end: the range pattern
# repeats a sign on the upper end, never a prefixed currency ("$US", "US$", "EUR").
_MONEY_TO_RE = re.compile(RANGE_JOINER, re.X)
# The amount of the upper end, after its currency (or after "and").
_MONEY_HIGH_RE = re.compile(rf"{DIGIT_NUMBER}{SCALE_PATTERN}?", re.X)

_MEASURE = rf"""
    (?P<sep>{_SP}of{_SP}an?{_SP}|{_SP}|-|{_NBHYPHEN})?  # "of a" after a fraction: "1/16 of a pint"
    (?P<unit>{_UNIT})(?![^\W_])
"""

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
    reading = _Reading(text, low, _Doc(low))
    found = reading.found
    scan = places(text, low)
    hit = next(scan)
    while hit is not None:
        trigger, at, pos, money = hit
        q = _READERS[trigger](reading, at, money)
        lookback = 0
        if q is not None:
            if found and found[-1].unit == q.unit:
                joined = _join_range(text, low, found[-1], q)
                if joined is not None:
                    found.pop()
                    q = joined  # "8% to 9%": one range, its unit written twice
            found.append(q)
            reading.floor = pos = q.span.end
            # A number word reaching past the quantity starts inside it.
            lookback = q.span.start
        hit = scan.send((pos, lookback))
    return found


class _Reading:
    """What the readers of one call share: the text, its lower-cased copy (same
    offsets), the document's facts, the quantities found so far, and ``floor``,
    where the last one ends (nothing before it is read again)."""

    __slots__ = ("doc", "floor", "found", "low", "text")

    def __init__(self, text: str, low: str, doc: _Doc) -> None:
        self.text, self.low, self.doc = text, low, doc
        self.floor = 0
        self.found: list[Quantity] = []


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


def _digit_hit(r: _Reading, start: int, _: re.Match[str] | None) -> Quantity | None:
    """A quantity whose value in digits starts at ``start``."""
    text, low, floor, doc = r.text, r.low, r.floor, r.doc
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


def _word_hit(r: _Reading, start: int, _: re.Match[str] | None) -> Quantity | None:
    """A quantity whose number words end at ``start``, just before a unit name."""
    text, low, floor, doc = r.text, r.low, r.floor, r.doc
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


def _money(r: _Reading, _: int, money: re.Match[str] | None) -> Quantity | None:
    """A sum of money where the scan matched one: "£5m", "EUR 50m", "between $600 and $800"."""
    text, low, floor, doc = r.text, r.low, r.floor, r.doc
    m = money
    assert m is not None
    amount = m.group("amount")
    if (" to" in amount and changes(low, m.start("sign"), amount, floor)) or _other_sign(
        amount, low[m.start("sign")]
    ):
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
    written = low[start : m.end("sign")]
    if start - 8 >= floor and low.startswith("between ", start - 8):
        high = _money_high(low, ve, _MONEY_AND_RE, (written, low[m.start("sign")]))
        if high is not None:
            # "between $600 and $800": read without the upper end's currency.
            value_text += text[ve : high[0]] + text[high[1] : high[2]]
            span_start, ve = start - 8, high[2]
    elif len(written) > 1:
        high = _money_high(low, ve, _MONEY_TO_RE, (written,))
        if (
            high is not None
            and high[1] > high[0]
            and not changes(low, start, low[ve : high[0]], floor)  # "from $US10 to $US15"
        ):
            # "$US10 to $US15 billion": one range, the scale shared, read without
            # the upper end's currency (which must be the lower end's as written).
            value_text += text[ve : high[0]] + text[high[1] : high[2]]
            ve = high[2]
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


def _other_sign(amount: str, sign: str) -> bool:
    """Whether a range's upper end has a currency sign other than the lower end's.

    "$10 to £15" is two sums in two currencies, not a range of dollars. (After
    an ISO code, ``sign`` is its first letter and the code reader decides.)

    >>> _other_sign("10 to £15", "$"), _other_sign("24-$26", "$"), _other_sign("5m-$6m", "e")
    (True, False, False)
    """
    return not sign.isalpha() and any(c in _SIGN_SET and c != sign for c in amount)


def _money_high(
    low: str, ve: int, joiner: re.Pattern[str], currencies: tuple[str, ...]
) -> tuple[int, int, int] | None:
    """The upper end of "between $600 and $800" after a lower end ending at ``ve``.

    Returns where the ``joiner`` ("and", "to") ends, where the amount starts
    and where it ends; the upper end's currency, if written, is one of
    ``currencies`` (the lower end's as written: "$us", "us$", "eur"; or its
    sign alone), with the space the lower end may have after it ("EUR 5m and
    EUR 6m"). None where no such upper end follows.
    """
    joint = joiner.match(low, ve)
    if joint is None:
        return None
    at = joint.end()
    for prefix in currencies:
        if low.startswith(prefix, at):
            at += len(prefix)
            if low[at : at + 1] in _SPACES and low[at + 1 : at + 2].isdigit():
                at += 1  # "EUR 6m"
            break
    amount = _MONEY_HIGH_RE.match(low, at)
    if amount is None:
        return None
    return joint.end(), at, amount.end()


Reader = Callable[[_Reading, int, "re.Match[str] | None"], "Quantity | None"]
# The reader of each kind of place the scan stops at (units/scan.py), as a tuple
# indexed by the trigger: a dict lookup by enum member would cost a Python call.
_READER_OF: dict[Trigger, Reader] = {
    Trigger.MONEY: _money,
    Trigger.DIGITS: _digit_hit,
    Trigger.WORDS: _word_hit,
}
_READERS: tuple[Reader, ...] = tuple(_READER_OF[t] for t in sorted(Trigger))


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
