"""Build :class:`~quoteparse.model.Quantity` and its spans without the dataclass ``__init__``.

A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``
and :class:`~quoteparse.model.Span` checks its bounds in ``__post_init__``; for a
quantity with its three spans that is about half the Python time the finder
spends per hit. Here the slot descriptors set the same fields on the same frozen
classes, so the results are the very objects ``Quantity(...)`` would make (equal,
same hash, same pickle, still immutable). The finder's offsets come from regex
matches in order, so ``0 <= start <= end`` holds without the check; the property
tests assert it on every result.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from quoteparse.model import Dimension, Quantity, Span

__all__ = ["quantity", "span"]

_new = object.__new__


def _setters(cls: type, names: tuple[str, ...]) -> tuple[Callable[[Any, Any], None], ...]:
    """The slot setters of ``cls``'s fields, which must be exactly ``names`` in order."""
    fields = tuple(f.name for f in dataclasses.fields(cls))
    if fields != names:  # pragma: no cover - a model change must update this module
        raise AssertionError(f"{cls.__name__} fields changed: {fields}")
    return tuple(vars(cls)[name].__set__ for name in names)


_SET_START, _SET_END = _setters(Span, ("start", "end"))
(
    _SET_SPAN,
    _SET_VALUE,
    _SET_VALUE_SPAN,
    _SET_UNIT,
    _SET_UNIT_TEXT,
    _SET_UNIT_SPAN,
    _SET_DIMENSION,
    _SET_VALUE_HIGH,
    _SET_APPROXIMATE,
    _SET_QUALIFIER,
) = _setters(
    Quantity,
    (
        "span",
        "value",
        "value_span",
        "unit",
        "unit_text",
        "unit_span",
        "dimension",
        "value_high",
        "approximate",
        "qualifier",
    ),
)


def span(start: int, end: int) -> Span:
    """``Span(start, end)`` for offsets known to satisfy ``0 <= start <= end``.

    >>> span(2, 5) == Span(2, 5)
    True
    """
    s: Span = _new(Span)
    _SET_START(s, start)
    _SET_END(s, end)
    return s


def quantity(
    *,
    whole: Span,
    value: float,
    value_span: Span,
    unit: str,
    unit_text: str,
    unit_span: Span,
    dimension: Dimension,
    value_high: float | None,
    approximate: bool,
    qualifier: str | None,
) -> Quantity:
    """``Quantity(...)`` with every field given (``whole`` is its ``span``).

    >>> q = quantity(whole=span(0, 4), value=5.0, value_span=span(0, 1), unit="kilometre",
    ...              unit_text="km", unit_span=span(2, 4), dimension=Dimension.LENGTH,
    ...              value_high=None, approximate=False, qualifier=None)
    >>> q == Quantity(Span(0, 4), 5.0, Span(0, 1), "kilometre", "km", Span(2, 4),
    ...               Dimension.LENGTH)
    True
    """
    q: Quantity = _new(Quantity)
    _SET_SPAN(q, whole)
    _SET_VALUE(q, value)
    _SET_VALUE_SPAN(q, value_span)
    _SET_UNIT(q, unit)
    _SET_UNIT_TEXT(q, unit_text)
    _SET_UNIT_SPAN(q, unit_span)
    _SET_DIMENSION(q, dimension)
    _SET_VALUE_HIGH(q, value_high)
    _SET_APPROXIMATE(q, approximate)
    _SET_QUALIFIER(q, qualifier)
    return q
