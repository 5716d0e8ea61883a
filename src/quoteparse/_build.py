"""Build results without the dataclass ``__init__``: the finders' hot path.

A frozen dataclass's ``__init__`` sets each field through
``object.__setattr__``, and :class:`~quoteparse.model.Span` checks its bounds
in ``__post_init__``. Where a finder makes a result every few characters (a
megabyte of ``Comment:`` lines, ``1 mile (`` or ``[x]``) that is most of its
time. The builders here set the same slots on the same frozen classes
through the slot descriptors, so each result is the very object the class
would make: equal, same hash, same repr, same pickle, still immutable.

The finders take their offsets from regex matches in order, so
``0 <= start <= end`` holds without the check; the property tests assert it
on every result. Every builder takes every field, in the model's order, and
the module refuses to import if a model's fields change without it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from quoteparse.model import (
    Attribution,
    Dimension,
    Insertion,
    InsertionKind,
    Marker,
    MarkerKind,
    Quantity,
    Quote,
    QuoteKind,
    Span,
)

__all__ = ["insertion", "marker", "quantity", "quote", "span", "with_speaker_id"]

_new = object.__new__


def _setters(cls: type, names: tuple[str, ...]) -> tuple[Callable[[Any, Any], None], ...]:
    """The slot setters of ``cls``'s fields, which must be exactly ``names`` in order."""
    fields = tuple(f.name for f in dataclasses.fields(cls))
    if fields != names:  # pragma: no cover - a model change must update this module
        raise AssertionError(f"{cls.__name__} fields changed: {fields}")
    return tuple(vars(cls)[name].__set__ for name in names)


_SET_START, _SET_END = _setters(Span, ("start", "end"))


def span(start: int, end: int) -> Span:
    """``Span(start, end)`` for offsets known to satisfy ``0 <= start <= end``.

    >>> span(2, 5) == Span(2, 5)
    True
    """
    s: Span = _new(Span)
    _SET_START(s, start)
    _SET_END(s, end)
    return s


(
    _SET_M_SPAN,
    _SET_M_LABEL,
    _SET_M_LABEL_SPAN,
    _SET_M_BODY,
    _SET_M_BODY_SPAN,
    _SET_M_KIND,
) = _setters(Marker, ("span", "label", "label_span", "body", "body_span", "kind"))


def marker(  # noqa: PLR0917 - the offsets of each span, in field order
    start: int,
    end: int,
    label: str,
    label_start: int,
    label_end: int,
    body: str,
    body_start: int,
    body_end: int,
    kind: MarkerKind,
) -> Marker:
    """``Marker(Span(start, end), label, Span(label_start, label_end), body, ...)``.

    Takes offsets rather than spans: a megabyte of ``Comment:`` lines makes a
    hundred thousand markers, and three calls fewer each is a tenth of the time.

    >>> marker(0, 8, "Comment", 0, 7, "", 8, 8, MarkerKind.COMMENT) == Marker(
    ...     Span(0, 8), "Comment", Span(0, 7), "", Span(8, 8), MarkerKind.COMMENT)
    True
    """
    m: Marker = _new(Marker)
    s: Span = _new(Span)
    _SET_START(s, start)
    _SET_END(s, end)
    _SET_M_SPAN(m, s)
    _SET_M_LABEL(m, label)
    s = _new(Span)
    _SET_START(s, label_start)
    _SET_END(s, label_end)
    _SET_M_LABEL_SPAN(m, s)
    _SET_M_BODY(m, body)
    s = _new(Span)
    _SET_START(s, body_start)
    _SET_END(s, body_end)
    _SET_M_BODY_SPAN(m, s)
    _SET_M_KIND(m, kind)
    return m


(
    _SET_I_SPAN,
    _SET_I_CONTENT_SPAN,
    _SET_I_CONTENT,
    _SET_I_KIND,
    _SET_I_QUOTE,
) = _setters(Insertion, ("span", "content_span", "content", "kind", "quote"))


def insertion(
    whole: Span, content_span: Span, content: str, kind: InsertionKind, quote: int | None
) -> Insertion:
    """``Insertion(...)`` with every field given (``whole`` is its ``span``).

    >>> insertion(span(0, 5), span(1, 4), "sic", InsertionKind.SIC, None) == Insertion(
    ...     Span(0, 5), Span(1, 4), "sic", InsertionKind.SIC)
    True
    """
    i: Insertion = _new(Insertion)
    _SET_I_SPAN(i, whole)
    _SET_I_CONTENT_SPAN(i, content_span)
    _SET_I_CONTENT(i, content)
    _SET_I_KIND(i, kind)
    _SET_I_QUOTE(i, quote)
    return i


(
    _SET_Q_SPAN,
    _SET_Q_VALUE,
    _SET_Q_VALUE_SPAN,
    _SET_Q_UNIT,
    _SET_Q_UNIT_TEXT,
    _SET_Q_UNIT_SPAN,
    _SET_Q_DIMENSION,
    _SET_Q_VALUE_HIGH,
    _SET_Q_APPROXIMATE,
    _SET_Q_QUALIFIER,
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


def quantity(
    *,
    start: int,
    end: int,
    value: float,
    value_start: int,
    value_end: int,
    unit: str,
    unit_text: str,
    unit_start: int,
    unit_end: int,
    dimension: Dimension,
    value_high: float | None,
    approximate: bool,
    qualifier: str | None,
) -> Quantity:
    """``Quantity(Span(start, end), value, Span(value_start, value_end), ...)``.

    Takes offsets rather than spans, as :func:`marker` does.

    >>> q = quantity(start=0, end=4, value=5.0, value_start=0, value_end=1, unit="kilometre",
    ...              unit_text="km", unit_start=2, unit_end=4, dimension=Dimension.LENGTH,
    ...              value_high=None, approximate=False, qualifier=None)
    >>> q == Quantity(Span(0, 4), 5.0, Span(0, 1), "kilometre", "km", Span(2, 4),
    ...               Dimension.LENGTH)
    True
    """
    q: Quantity = _new(Quantity)
    s: Span = _new(Span)
    _SET_START(s, start)
    _SET_END(s, end)
    _SET_Q_SPAN(q, s)
    _SET_Q_VALUE(q, value)
    s = _new(Span)
    _SET_START(s, value_start)
    _SET_END(s, value_end)
    _SET_Q_VALUE_SPAN(q, s)
    _SET_Q_UNIT(q, unit)
    _SET_Q_UNIT_TEXT(q, unit_text)
    s = _new(Span)
    _SET_START(s, unit_start)
    _SET_END(s, unit_end)
    _SET_Q_UNIT_SPAN(q, s)
    _SET_Q_DIMENSION(q, dimension)
    _SET_Q_VALUE_HIGH(q, value_high)
    _SET_Q_APPROXIMATE(q, approximate)
    _SET_Q_QUALIFIER(q, qualifier)
    return q


_QT_FIELDS = (
    "span",
    "content_span",
    "content",
    "open_mark",
    "close_mark",
    "closed",
    "depth",
    "parent",
    "kind",
    "speaker",
    "speaker_span",
    "cue",
    "cue_span",
    "paragraphs",
    "continues",
    "attribution",
    "speaker_id",
)
_QT_SETTERS = _setters(Quote, _QT_FIELDS)
(
    _SET_QT_SPAN,
    _SET_QT_CONTENT_SPAN,
    _SET_QT_CONTENT,
    _SET_QT_OPEN_MARK,
    _SET_QT_CLOSE_MARK,
    _SET_QT_CLOSED,
    _SET_QT_DEPTH,
    _SET_QT_PARENT,
    _SET_QT_KIND,
    _SET_QT_SPEAKER,
    _SET_QT_SPEAKER_SPAN,
    _SET_QT_CUE,
    _SET_QT_CUE_SPAN,
    _SET_QT_PARAGRAPHS,
    _SET_QT_CONTINUES,
    _SET_QT_ATTRIBUTION,
    _SET_QT_SPEAKER_ID,
) = _QT_SETTERS


def quote(  # noqa: PLR0917 - one parameter per Quote field, in order
    whole: Span,
    content_span: Span,
    content: str,
    open_mark: str,
    close_mark: str | None,
    closed: bool,
    depth: int,
    parent: int | None,
    kind: QuoteKind,
    speaker: str | None,
    speaker_span: Span | None,
    cue: str | None,
    cue_span: Span | None,
    paragraphs: tuple[Span, ...],
    continues: int | None,
    attribution: Attribution,
    speaker_id: int | None = None,
) -> Quote:
    """``Quote(...)`` with every field given (``whole`` is its ``span``)."""
    q: Quote = _new(Quote)
    _SET_QT_SPAN(q, whole)
    _SET_QT_CONTENT_SPAN(q, content_span)
    _SET_QT_CONTENT(q, content)
    _SET_QT_OPEN_MARK(q, open_mark)
    _SET_QT_CLOSE_MARK(q, close_mark)
    _SET_QT_CLOSED(q, closed)
    _SET_QT_DEPTH(q, depth)
    _SET_QT_PARENT(q, parent)
    _SET_QT_KIND(q, kind)
    _SET_QT_SPEAKER(q, speaker)
    _SET_QT_SPEAKER_SPAN(q, speaker_span)
    _SET_QT_CUE(q, cue)
    _SET_QT_CUE_SPAN(q, cue_span)
    _SET_QT_PARAGRAPHS(q, paragraphs)
    _SET_QT_CONTINUES(q, continues)
    _SET_QT_ATTRIBUTION(q, attribution)
    _SET_QT_SPEAKER_ID(q, speaker_id)
    return q


def with_speaker_id(q: Quote, speaker_id: int | None) -> Quote:
    """A copy of ``q`` with ``speaker_id`` set (the linking step's one change)."""
    out: Quote = _new(Quote)
    for setter, name in zip(_QT_SETTERS, _QT_FIELDS, strict=True):
        setter(out, getattr(q, name))
    _SET_QT_SPEAKER_ID(out, speaker_id)
    return out
