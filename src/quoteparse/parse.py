"""parse(): run every finder once on a text and link their results."""

from __future__ import annotations

from typing import Any

from quoteparse._build import insertion, with_speaker_id
from quoteparse._check import require_text
from quoteparse.insertions import find_insertions
from quoteparse.markers import find_markers
from quoteparse.model import Document, Insertion, Quote
from quoteparse.options import Options, resolve_options
from quoteparse.quotes import find_quotes
from quoteparse.speakers.resolve import resolve_speakers
from quoteparse.units.conversions import pair_conversions
from quoteparse.units.quantities import find_quantities

__all__ = ["parse"]


def parse(text: str, *, options: Options | None = None, **shortcuts: Any) -> Document:
    """Find quotations, insertions, marker lines, quantities and conversions in ``text``.

    Options are keyword-only: an :class:`~quoteparse.Options` object, or its
    fields as keyword shortcuts. Any ``str`` parses; anything else raises
    ``TypeError`` saying what to pass.

    >>> doc = parse("Comment: See:\\nThe camp lies some 11 miles south.")
    >>> doc.markers[0].label, doc.markers[0].body
    ('Comment', 'See:')
    >>> parse(b"bytes")
    Traceback (most recent call last):
    ...
    TypeError: text must be str, not bytes: decode it first, ...
    """
    require_text(text)
    opts = resolve_options(options, shortcuts)
    quotes = find_quotes(text, options=opts)
    speakers, ids = resolve_speakers(text, quotes)
    if speakers:
        quotes = tuple(
            [q if i is None else with_speaker_id(q, i) for q, i in zip(quotes, ids, strict=True)]
        )
    quantities = find_quantities(text, options=opts)
    return Document(
        text=text,
        quotes=quotes,
        insertions=link_insertions(find_insertions(text, options=opts), quotes),
        markers=find_markers(text, options=opts),
        quantities=quantities,
        conversions=pair_conversions(text, quantities, opts),
        speakers=speakers,
    )


def link_insertions(
    insertions: tuple[Insertion, ...], quotes: tuple[Quote, ...]
) -> tuple[Insertion, ...]:
    """Set each insertion's ``quote`` to the innermost quotation whose content holds it.

    Both tuples are sorted by start and quotations do not cross, so one forward
    walk with a stack of open quotations does it in linear time.
    """
    if not insertions or not quotes:
        return insertions
    linked: list[Insertion] = []
    stack: list[int] = []
    qi = 0
    for ins in insertions:
        while qi < len(quotes) and quotes[qi].span.start <= ins.span.start:
            while stack and quotes[stack[-1]].span.end <= quotes[qi].span.start:
                stack.pop()
            stack.append(qi)
            qi += 1
        while stack and quotes[stack[-1]].span.end <= ins.span.start:
            stack.pop()
        holder = next((i for i in reversed(stack) if ins.span in quotes[i].content_span), None)
        linked.append(
            ins
            if holder == ins.quote
            else insertion(ins.span, ins.content_span, ins.content, ins.kind, holder)
        )
    return tuple(linked)
