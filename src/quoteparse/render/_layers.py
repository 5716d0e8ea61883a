"""What the views draw: one highlight per result part, laid out as properly nested events.

Both the HTML and the terminal view read a :class:`~quoteparse.Document` through
:func:`highlights` (which result parts to mark, with a style and a hover text)
and :func:`layout` (the text cut into runs between open and close events). The
finders promise results that nest without crossing: a quantity inside a
quotation, an insertion inside a quotation, a quotation inside another. Spans
from a hand-built Document may still cross; :func:`layout` then clips the later
span at the end of the enclosing one, so a view never fails on any Document.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from quoteparse.model import (
    Conversion,
    Document,
    Insertion,
    InsertionKind,
    Marker,
    Quantity,
    Quote,
)
from quoteparse.numbering import number, numbered

__all__ = [
    "Close",
    "Event",
    "Highlight",
    "Layer",
    "Open",
    "Row",
    "highlights",
    "layout",
    "result_rows",
]


class Layer(enum.Enum):
    """The kind of thing a highlight marks; each view styles each layer its own way.

    The order is the nesting order for spans that cover exactly the same text:
    a marker line holds its label, a conversion holds its quantities.
    """

    MARKER = "marker"
    QUOTE = "quote"
    SPEAKER = "speaker"
    CUE = "cue"
    CONVERSION = "conversion"
    QUANTITY = "quantity"
    INSERTION = "insertion"
    LABEL = "label"


_RANK = {layer: rank for rank, layer in enumerate(Layer)}

#: The deepest quotation level that gets a style of its own; deeper ones share it.
MAX_STYLED_DEPTH = 2


@dataclass(frozen=True, slots=True)
class Highlight:
    """One marked run of text: its layer, style variants and plain-text hover details."""

    start: int
    end: int
    layer: Layer
    #: Style variants within the layer: a quote kind, ``depth-1``, ``inconsistent`` ...
    variants: tuple[str, ...]
    #: Details for a hover text, plain (each view escapes it); empty for none.
    title: str


@dataclass(frozen=True, slots=True)
class Open:
    """The start of a highlight in the event stream."""

    highlight: Highlight


@dataclass(frozen=True, slots=True)
class Close:
    """The end of a highlight in the event stream."""

    highlight: Highlight


#: A run of text, or the opening or closing of a highlight.
Event = str | Open | Close

_INSERTION_MEANING = {
    InsertionKind.CLARIFICATION: "words the editor added to make the quotation readable",
    InsertionKind.SIC: "the editor marks an error as the source's own",
    InsertionKind.OMISSION: "the editor left words out here",
    InsertionKind.ALTERATION: "the editor changed a letter or word form",
    InsertionKind.NOTE: "a remark by the editor",
    InsertionKind.REFERENCE: "a reference mark",
}


def _number(value: float) -> str:
    return f"{value:,.6g}" if value != int(value) or abs(value) >= 1e15 else f"{int(value):,}"


def _quote_parts(index: int, q: Quote) -> list[Highlight]:
    depth = min(q.depth, MAX_STYLED_DEPTH)
    variants = [q.kind.value, f"depth-{depth}"]
    said = f"said by {q.speaker}" if q.speaker else "no speaker found"
    details = [f"Quotation {number(index)} ({q.kind.value})", said]
    if q.cue:
        details.append(f"cue: {q.cue}")
    if q.depth:
        details.append(f"nested, level {q.depth} inside quotation {number(q.parent or 0)}")
    if q.continues is not None:
        details.append(f"continues quotation {number(q.continues)}")
    if not q.closed:
        variants.append("unclosed")
        details.append("no closing mark")
    parts = [Highlight(q.span.start, q.span.end, Layer.QUOTE, tuple(variants), "; ".join(details))]
    if q.speaker_span is not None:
        title = f"Speaker of quotation {number(index)}: {q.speaker}"
        parts.append(Highlight(q.speaker_span.start, q.speaker_span.end, Layer.SPEAKER, (), title))
    if q.cue_span is not None:
        title = f"Cue of quotation {number(index)}: {q.cue}"
        parts.append(Highlight(q.cue_span.start, q.cue_span.end, Layer.CUE, (), title))
    return parts


def _insertion(index: int, i: Insertion) -> Highlight:
    where = f" in quotation {number(i.quote)}" if i.quote is not None else ""
    title = (
        f"Editor's insertion {number(index)} ({i.kind.value}){where}: "
        f"{_INSERTION_MEANING[i.kind]}; not the speaker's words"
    )
    return Highlight(i.span.start, i.span.end, Layer.INSERTION, (i.kind.value,), title)


def _marker_parts(index: int, m: Marker) -> list[Highlight]:
    title = f"Editorial marker line {number(index)} ({m.kind.value}): {m.label}"
    return [
        Highlight(m.span.start, m.span.end, Layer.MARKER, (m.kind.value,), title),
        Highlight(m.label_span.start, m.label_span.end, Layer.LABEL, (), ""),
    ]


def _describe(n: Quantity) -> str:
    value = _number(n.value)
    if n.value_high is not None:
        value += f" to {_number(n.value_high)}"
    hedge = f"{n.qualifier} " if n.approximate and n.qualifier else ""
    return f"{hedge}{value} {n.unit}"


def _quantity(index: int, n: Quantity) -> Highlight:
    title = f"Quantity {number(index)}: {_describe(n)} ({n.dimension.value})"
    return Highlight(n.span.start, n.span.end, Layer.QUANTITY, (n.dimension.value,), title)


def _conversion(index: int, c: Conversion) -> Highlight:
    verdict = {True: "consistent", False: "inconsistent", None: "not checked"}[c.consistent]
    stated = f"{_describe(c.source)} stated as {_describe(c.target)}"
    title = f"Conversion {number(index)}, {verdict}: {stated}"
    if c.expected is not None:
        title += f"; exact: {_number(c.expected)} {c.target.unit}"
    if c.relative_error is not None:
        title += f" (off by {c.relative_error:+.1%})"
    if c.reading:
        title += f"; reading: {c.reading}"
    variant = verdict.replace(" ", "-")
    return Highlight(c.span.start, c.span.end, Layer.CONVERSION, (variant,), title)


def highlights(doc: Document) -> list[Highlight]:
    """Every highlight for ``doc``, in no particular order (see :func:`layout`).

    A speaker or cue shared by several quotations is marked once, its hover text
    naming each quotation.
    """
    out: list[Highlight] = []
    for index, q in numbered(doc.quotes):
        out.extend(_quote_parts(index, q))
    out.extend(_insertion(index, i) for index, i in numbered(doc.insertions))
    for index, m in numbered(doc.markers):
        out.extend(_marker_parts(index, m))
    out.extend(_quantity(index, n) for index, n in numbered(doc.quantities))
    out.extend(_conversion(index, c) for index, c in numbered(doc.conversions))
    merged: dict[tuple[int, int, Layer, tuple[str, ...]], Highlight] = {}
    for h in out:
        key = (h.start, h.end, h.layer, h.variants)
        seen = merged.get(key)
        merged[key] = h if seen is None else Highlight(*key, f"{seen.title}; {h.title}")
    return list(merged.values())


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the results table: a result's kind, number, span and details."""

    kind: str
    #: The result's index in its kind's tuple (see :mod:`quoteparse.numbering`).
    index: int
    start: int
    end: int
    #: The same details as the result's hover text.
    details: str


def result_rows(doc: Document) -> list[Row]:
    """One row per result of ``doc``, kind by kind in the Document's order, each numbered.

    >>> from quoteparse import parse
    >>> [(r.kind, r.index, r.start) for r in result_rows(parse("Note: 5 km.\\nUp 2 kg."))]
    [('marker line', 0, 0), ('quantity', 0, 6), ('quantity', 1, 15)]
    """
    rows: list[Row] = []

    def add(kind: str, index: int, h: Highlight) -> None:
        rows.append(Row(kind, index, h.start, h.end, h.title))

    for index, q in numbered(doc.quotes):
        add("quotation", index, _quote_parts(index, q)[0])
    for index, i in numbered(doc.insertions):
        add("insertion", index, _insertion(index, i))
    for index, m in numbered(doc.markers):
        add("marker line", index, _marker_parts(index, m)[0])
    for index, n in numbered(doc.quantities):
        add("quantity", index, _quantity(index, n))
    for index, c in numbered(doc.conversions):
        add("conversion", index, _conversion(index, c))
    return rows


def layout(text: str, marks: list[Highlight]) -> list[Event]:
    """Cut ``text`` into runs between properly nested open and close events.

    Highlights are taken outermost first (by start, longest first, then layer
    order); each opens inside the innermost open highlight that has not ended.
    One that would cross its enclosing highlight is clipped at that end, and an
    empty or out-of-range one is dropped, so the events always nest.

    >>> a = Highlight(0, 5, Layer.QUOTE, (), "outer")
    >>> b = Highlight(3, 9, Layer.QUANTITY, (), "crosses")
    >>> [e if isinstance(e, str) else (type(e).__name__, e.highlight.end) for e in
    ...  layout("0123456789", [b, a])]
    [('Open', 5), '012', ('Open', 5), '34', ('Close', 5), ('Close', 5), '56789']
    """
    ordered = sorted(
        (h for h in marks if 0 <= h.start < h.end <= len(text)),
        key=lambda h: (h.start, -h.end, _RANK[h.layer]),
    )
    events: list[Event] = []
    stack: list[Highlight] = []
    pos = 0

    def close_through(at: int) -> None:
        nonlocal pos
        while stack and stack[-1].end <= at:
            done = stack.pop()
            events.append(text[pos : done.end])
            events.append(Close(done))
            pos = done.end

    for mark in ordered:
        close_through(mark.start)
        limit = stack[-1].end if stack else len(text)
        h = mark
        if h.end > limit:
            h = Highlight(h.start, limit, h.layer, (*h.variants, "clipped"), h.title)
        events.append(text[pos : h.start])
        events.append(Open(h))
        pos = h.start
        stack.append(h)
    close_through(len(text))
    events.append(text[pos:])
    return [e for e in events if not isinstance(e, str) or e]
