"""Pair a quantity with its stated equivalent in another unit, and check the sum.

A conversion is a quantity followed by the same amount in another unit of the
same dimension, written in one of five ways:

- in brackets: ``11 miles (18 km)``, ``18km (about 11 miles)``, ``$5bn (£2.7bn; ...)``
- after a dash: ``26.2 miles - 42.2 km -``
- after ``or`` (a comma before it or not) or French ``soit``: ``5 feet, or 1.5
  metres,``, ``5 feet or 1.5 metres.``
- after an equals sign: ``1 m/s = 3,6 km/h =``
- after a comma alone, closed by punctuation: ``26.2 miles, 42.2 km,`` (not for
  times or currencies, where a comma more often separates a list)

Percentages are never paired.

The consistency rule
--------------------
Let ``expected`` be the source value converted exactly into the target's unit
(temperatures affinely), ``stated`` the target's value and ``step`` the rounding
step the writer used for the target: one unit of its last written decimal place
(``18`` -> 1, ``4.2`` -> 0.1, ``£2.7bn`` -> 0.1bn, ``2½`` -> ½). Then the
conversion is consistent when::

    |stated - expected| <= step / 2 + tolerance * |expected|

that is, when the target is the exact value rounded at the writer's precision,
give or take ``tolerance`` (option ``conversion_tolerance``, default 0.05) for
ordinary newsroom rounding. ``1 gallon (3.8 litres)`` passes (3.785...), ``26
miles (60 km)`` fails (41.8...). ``relative_error`` is ``(stated - expected) /
expected`` (None when ``expected`` is 0) for callers who want their own rule.
For a range both ends must agree.

An ambiguous unit (``gallon``, ``pint``, ``fluid ounce``, ``mpg``, ``ton``) is
checked under each of its readings; ``reading`` names the one used for
``expected``: the matching one, or the closest when none matches. Currency pairs
are found but not judged: ``expected``, ``relative_error`` and ``consistent``
are None, as rates change.

A temperature pair that states a change ("rose by 1.5 degrees Celsius (2.7
Fahrenheit)", "2C (3.6F) warmer"; cue words in ``words.py``) is converted by the
scales alone, without the offsets, and its ``reading`` is ``"difference"``.
"""

from __future__ import annotations

import re
from typing import Any

from quoteparse._check import require_text
from quoteparse.model import Conversion, Dimension, Quantity, Span
from quoteparse.options import Options, resolve_options
from quoteparse.units.numbers import read_value
from quoteparse.units.quantities import find_quantities
from quoteparse.units.table import BY_NAME, Unit
from quoteparse.units.trie import trie_pattern
from quoteparse.units.words import (
    COMPOUNDS,
    CONVERSION_LINKS,
    TEMPERATURE_CHANGE_AFTER,
    TEMPERATURE_CHANGE_BEFORE,
)
from quoteparse.wraps import unwrap

__all__ = ["check_conversion", "find_conversions", "pair_conversions"]

_LINK = rf"(?:{trie_pattern(CONVERSION_LINKS)}\s+)?"
_DASHES = "\N{EN DASH}\N{EM DASH}"

_GAP_RE = re.compile(
    rf"""\s*(?:
      # "11 miles (18 km)", "(about 18 km)", "[18 km]"
      (?P<bracket>[(\[])\s*{_LINK}
      # "26.2 miles - 42.2 km", or with an en or em dash: a hyphen needs a space
      # after it, or it is a range or a compound adjective
    | (?P<dash>(?<=\s)-\s+|[{_DASHES}]\s*){_LINK}
      # "5 feet, or 1.5 metres", "5 feet or about 1.5 metres", French "5 km, soit 3 miles"
    | (?P<either>,?\s*(?:or|soit)\s+){_LINK}
      # "1 m/s = 3,6 km/h": a stated equality
    | (?P<equals>=\s*){_LINK}
      # "26.2 miles, 42.2 km,": only when punctuation closes the target
    | (?P<comma>,\s*){_LINK}
    )\Z""",
    re.VERBOSE,
)
_CLOSE_RE = re.compile(r"\s*[)\]]")
# After a comma or dash target: punctuation or the end, so "5 miles, 8 km of road" is no pair.
_AFTER_RE = re.compile(rf"\s*(?:[,;:.)=\-{_DASHES}]|\Z)")
# Brackets holding several equivalents: "($32bn; 24.1bn euros)", "($9.37bn: £4.8bn)".
_REST_RE = re.compile(r"[;,:][^()\[\]\n\r\u2028\u2029\x85]{0,60}?[)\]]")
# Rough cap on the text between a quantity and its equivalent.
_MAX_GAP = 40


def pair_conversions(
    text: str, quantities: tuple[Quantity, ...], options: Options
) -> tuple[Conversion, ...]:
    """Find conversion pairs among ``quantities`` already found in ``text`` (sorted by start).

    :func:`quoteparse.parse` calls this with the quantities it found, so the
    text is scanned once.
    """
    # A wrap in hard-wrapped text reads as a space ("(£960m;\n$1.85bn)").
    text = unwrap(text)
    found: list[Conversion] = []
    tolerance = options.conversion_tolerance
    i = 0
    last = len(quantities) - 1
    percentage = Dimension.PERCENTAGE
    while i < last:
        source, target = quantities[i], quantities[i + 1]
        i += 1
        dimension = source.dimension
        if (
            dimension is not target.dimension
            or dimension is percentage
            or source.unit == target.unit
            or target.span.start - source.span.end > _MAX_GAP
        ):
            continue
        g = _GAP_RE.match(text, source.span.end, target.span.start)
        if g is None or g.end() != target.span.start:
            continue
        end = target.span.end
        form = g.lastgroup
        if form == "bracket":
            close = _CLOSE_RE.match(text, end) or _REST_RE.match(text, end)
            if close is None:
                continue
            end = close.end()
        else:
            if _AFTER_RE.match(text, end) is None:
                continue
            if form == "comma" and source.dimension in (Dimension.TIME, Dimension.CURRENCY):
                continue
        expected, error, consistent, reading = check_conversion(text, source, target, tolerance)
        found.append(
            Conversion(
                span=Span(source.span.start, end),
                source=source,
                target=target,
                expected=expected,
                relative_error=error,
                consistent=consistent,
                reading=reading,
            )
        )
        i += 1  # a target is not the source of another pair
    return tuple(found)


def find_conversions(
    text: str, *, options: Options | None = None, **shortcuts: Any
) -> tuple[Conversion, ...]:
    """Find conversion pairs such as ``11 miles (18 kilometers)`` in ``text``.

    >>> text = "some 11 miles (18 kilometers) south, 26 miles (60 km) north"
    >>> [(c.span.slice(text), c.consistent) for c in find_conversions(text)]
    [('11 miles (18 kilometers)', True), ('26 miles (60 km)', False)]
    >>> round(find_conversions(text)[0].expected, 2)
    17.7
    >>> find_conversions("It ran 11 miles and then 18 kilometers.")
    ()
    """
    require_text(text)
    opts = resolve_options(options, shortcuts)
    return pair_conversions(text, find_quantities(text, options=opts), opts)


def _readings(unit: Unit) -> tuple[tuple[str | None, float], ...]:
    if unit.readings:
        return unit.readings
    return ((None, unit.factor),)


def _step(text: str, q: Quantity, unit: Unit) -> float:
    """The rounding step of a quantity as written, in its own unit."""
    if q.span.end > q.unit_span.end and unit.name in COMPOUNDS:
        # "6ft 2in": the step is that of the smaller unit's number.
        small = BY_NAME.get(COMPOUNDS[unit.name])
        tail = re.search(r"\d+(?:\.(\d+))?", text[q.unit_span.end : q.span.end])
        if small is not None and tail is not None:
            decimals = len(tail.group(1) or "")
            return 10.0**-decimals * small.factor / unit.factor
    written = q.value_span.slice(text)
    # The reading the finder chose: "1,234" is 1.234 where the document writes decimal commas.
    for decimal_comma in (False, True):
        value = read_value(written, decimal_comma=decimal_comma)
        if value is not None and abs(value.low) == abs(q.value):
            return value.step
    value = read_value(written)
    return value.step if value is not None else 1.0


def _convert(
    value: float, src: Unit, src_factor: float, dst: Unit, dst_factor: float, *, change: bool
) -> float:
    if change:
        return value * src_factor / dst_factor  # a difference: the scales alone
    return (value * src_factor + src.offset - dst.offset) / dst_factor


_WORDS_RE = re.compile(r"[^\W\d_]+")
# After a conversion's target: its closing bracket, then the next word.
_NEXT_WORD_RE = re.compile(r"[)\]\s]*(?P<word>[^\W\d_]+)")


def _temperature_change(text: str, source: Quantity, target: Quantity) -> bool:
    """Whether a temperature pair states a change ("rose by 1.5C (2.7F)", "2C (3.6F) warmer").

    One of the two words before the source is in words.TEMPERATURE_CHANGE_BEFORE,
    or the word after the pair in words.TEMPERATURE_CHANGE_AFTER.
    """
    start = source.span.start
    before = _WORDS_RE.findall(text, max(0, start - 30), start)[-2:]
    if any(word.lower() in TEMPERATURE_CHANGE_BEFORE for word in before):
        return True
    after = _NEXT_WORD_RE.match(text, target.span.end)
    return after is not None and after["word"].lower() in TEMPERATURE_CHANGE_AFTER


def check_conversion(
    text: str, source: Quantity, target: Quantity, tolerance: float
) -> tuple[float | None, float | None, bool | None, str | None]:
    """Judge one pair: ``(expected, relative_error, consistent, reading)``.

    The rule is in this module's docstring.

    >>> text = "1 gallon (3.8 litres)"
    >>> src, dst = find_quantities(text)
    >>> expected, error, ok, reading = check_conversion(text, src, dst, 0.05)
    >>> round(expected, 3), ok, reading
    (3.785, True, 'US')
    """
    src = BY_NAME.get(source.unit) if source.dimension is not Dimension.CURRENCY else None
    dst = BY_NAME.get(target.unit) if target.dimension is not Dimension.CURRENCY else None
    if src is None or dst is None:
        return None, None, None, None
    half_step = _step(text, target, dst) / 2
    change = source.dimension is Dimension.TEMPERATURE and _temperature_change(text, source, target)
    best: tuple[bool, float, float, str | None] | None = None
    for src_name, src_factor in _readings(src):
        for dst_name, dst_factor in _readings(dst):
            expected = _convert(source.value, src, src_factor, dst, dst_factor, change=change)
            miss = abs(target.value - expected)
            ok = miss <= half_step + tolerance * abs(expected) + 1e-9 * max(1.0, abs(expected))
            if source.value_high is not None and target.value_high is not None:
                high = _convert(source.value_high, src, src_factor, dst, dst_factor, change=change)
                ok = ok and abs(target.value_high - high) <= (
                    half_step + tolerance * abs(high) + 1e-9 * max(1.0, abs(high))
                )
            names = "/".join(n for n in (src_name, dst_name) if n is not None) or None
            if change:
                names = "difference"
            candidate = (ok, miss, expected, names)
            if best is None or (ok, -miss) > (best[0], -best[1]):
                best = candidate
    assert best is not None
    ok, _, expected, reading = best
    # "+ 0.0" turns the -0.0 of an exact negative match into 0.0.
    error = (target.value - expected) / expected + 0.0 if expected else None
    return expected, error, ok, reading
