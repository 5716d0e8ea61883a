"""Documents built by hand, so the views are tested whatever the finders do.

The text is our own. Offsets are computed from substrings we pick, and every
kind of result appears: nested quotations, a speaker and cue, insertions inside
a quotation, a marker line, quantities inside and outside quotations, and one
consistent and one inconsistent conversion.
"""

from __future__ import annotations

from quoteparse import (
    Conversion,
    Dimension,
    Document,
    Insertion,
    InsertionKind,
    Marker,
    MarkerKind,
    Quantity,
    QuoteKind,
    Span,
)
from tests.factories import make_quote

TEXT = (
    "Comment: Read this first\n"
    "\"They [the council] told us 'not now' about 5 miles (8 km) of road [...],\" "
    "the mayor explained.\n"
    'Critics call it a "so-called plan". The lake is 10 miles (30 km) wide.\n'
)


def at(text: str, part: str, nth: int = 0) -> Span:
    """The span of the ``nth`` occurrence of ``part`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Span(start, start + len(part))


def quantity(text: str, written: str, value: float, unit: str, unit_text: str) -> Quantity:
    span = at(text, written)
    number = written.split(maxsplit=1)[0]
    return Quantity(
        span=span,
        value=value,
        value_span=Span(span.start, span.start + len(number)),
        unit=unit,
        unit_text=unit_text,
        unit_span=Span(span.end - len(unit_text), span.end),
        dimension=Dimension.LENGTH,
    )


def conversion(source: Quantity, target: Quantity, factor: float, ok: bool) -> Conversion:
    expected = source.value * factor
    return Conversion(
        span=Span(source.span.start, target.span.end + 1),
        source=source,
        target=target,
        expected=expected,
        relative_error=(target.value - expected) / expected,
        consistent=ok,
    )


def handmade(text: str = TEXT) -> Document:
    """A Document over ``TEXT`` with every kind of result, built without any finder."""
    outer = at(text, "\"They [the council] told us 'not now' about 5 miles (8 km) of road [...],\"")
    inner = at(text, "'not now'")
    scare = at(text, '"so-called plan"')
    quotes = (
        make_quote(outer, text, speaker_span=at(text, "the mayor"), cue_span=at(text, "explained")),
        make_quote(inner, text, kind=QuoteKind.PARTIAL, depth=1, parent=0),
        make_quote(scare, text, kind=QuoteKind.SCARE),
    )
    council, omitted = at(text, "[the council]"), at(text, "[...]")
    insertions = (
        Insertion(
            council,
            Span(council.start + 1, council.end - 1),
            "the council",
            InsertionKind.CLARIFICATION,
            quote=0,
        ),
        Insertion(
            omitted, Span(omitted.start + 1, omitted.end - 1), "...", InsertionKind.OMISSION, 0
        ),
    )
    line = at(text, "Comment: Read this first")
    markers = (
        Marker(
            span=line,
            label="Comment",
            label_span=Span(line.start, line.start + 7),
            body="Read this first",
            body_span=Span(line.start + 9, line.end),
            kind=MarkerKind.COMMENT,
        ),
    )
    five = quantity(text, "5 miles", 5, "mile", "miles")
    eight = quantity(text, "8 km", 8, "kilometre", "km")
    ten = quantity(text, "10 miles", 10, "mile", "miles")
    thirty = quantity(text, "30 km", 30, "kilometre", "km")
    return Document(
        text=text,
        quotes=quotes,
        insertions=insertions,
        markers=markers,
        quantities=(five, eight, ten, thirty),
        conversions=(
            conversion(five, eight, 1.609344, True),
            conversion(ten, thirty, 1.609344, False),
        ),
    )
