"""A reader's view of a quotation: as printed, with insertions marked, or the speaker's words only.

Every view is a :class:`~quoteparse.MappedText`, so each of its characters
maps back to an offset in the original text.
"""

from __future__ import annotations

import enum

from quoteparse._check import require_text
from quoteparse._text import CLOSING_MARKS, OPENING_MARKS
from quoteparse.insertions import find_insertions
from quoteparse.model import Insertion, InsertionKind, MappedText, Piece, Quote, Span

__all__ = ["ReaderMode", "reader_view"]


class ReaderMode(enum.Enum):
    """Which view of a quotation :func:`reader_view` gives."""

    #: The text exactly as printed, brackets and all.
    PRINTED = "printed"
    #: As printed, with each insertion's brackets replaced by ``marks`` for display.
    MARKED = "marked"
    #: The speaker's words only: clarifications, notes, ``sic`` and references
    #: taken out, omissions shown as ``…``, alterations kept without brackets.
    SPEAKER_ONLY = "speaker_only"


# Kinds whose whole insertion is taken out of the speaker's words.
_REMOVED = frozenset(
    {
        InsertionKind.CLARIFICATION,
        InsertionKind.NOTE,
        InsertionKind.SIC,
        InsertionKind.REFERENCE,
    }
)

# After a cut, a space before one of these would be left dangling: "case [them]," -> "case,".
_CLOSING_PUNCTUATION = frozenset(",.;:!?)]\N{HORIZONTAL ELLIPSIS}") | CLOSING_MARKS
# After one of these, a cut takes the space that follows it: '"[Oil prices] will' -> '"will'.
_OPENING_PUNCTUATION = frozenset("([") | OPENING_MARKS
_SPACES = " \t\N{NO-BREAK SPACE}"


def reader_view(
    text: str,
    where: Quote | Span,
    insertions: tuple[Insertion, ...] | None = None,
    *,
    mode: ReaderMode = ReaderMode.PRINTED,
    marks: tuple[str, str] = (
        "\N{MATHEMATICAL LEFT WHITE SQUARE BRACKET}",
        "\N{MATHEMATICAL RIGHT WHITE SQUARE BRACKET}",
    ),
    ellipsis: str = "\N{HORIZONTAL ELLIPSIS}",
) -> MappedText:
    """The text of a quotation (its ``content_span``) or of any span, as a reader wants it.

    ``insertions`` are those of ``text`` (from :func:`quoteparse.parse` or
    :func:`quoteparse.find_insertions`); None finds them again. Insertions not
    wholly inside the span are ignored. ``marks`` replace the brackets in
    :attr:`ReaderMode.MARKED` (``("<ins>", "</ins>")`` for HTML); ``ellipsis``
    stands for each omission in :attr:`ReaderMode.SPEAKER_ONLY`, where taking
    an insertion out also takes out the space it leaves doubled.

    >>> text = 'He said: "We [the council] tried [...] and [W]e failed [sic]."'
    >>> span = Span(text.index('"') + 1, len(text) - 1)
    >>> reader_view(text, span).text
    'We [the council] tried [...] and [W]e failed [sic].'
    >>> reader_view(text, span, mode=ReaderMode.MARKED).text
    'We ⟦the council⟧ tried ⟦...⟧ and ⟦W⟧e failed ⟦sic⟧.'
    >>> view = reader_view(text, span, mode=ReaderMode.SPEAKER_ONLY)
    >>> view.text
    'We tried … and We failed.'
    >>> view.original_span(9, 10).slice(text)
    '[...]'
    """
    require_text(text)
    region = _region(text, where)
    if insertions is None:
        insertions = find_insertions(text)
    inside = _inside(insertions, region)
    builder = _Builder(text)
    if mode is ReaderMode.PRINTED or not inside:
        builder.copy(region.start, region.end)
    elif mode is ReaderMode.MARKED:
        at = region.start
        for ins in inside:
            builder.copy(at, ins.span.start)
            builder.put(marks[0], Span(ins.span.start, ins.content_span.start))
            builder.copy(ins.content_span.start, ins.content_span.end)
            builder.put(marks[1], Span(ins.content_span.end, ins.span.end))
            at = ins.span.end
        builder.copy(at, region.end)
    else:
        _speaker_only(text, region, inside, builder, ellipsis)
    return builder.build()


def _inside(insertions: tuple[Insertion, ...], region: Span) -> list[Insertion]:
    """The insertions wholly inside ``region``, sorted, dropping any that overlap an earlier one."""
    kept: list[Insertion] = []
    for ins in sorted((i for i in insertions if i.span in region), key=lambda i: i.span):
        if not kept or ins.span.start >= kept[-1].span.end:
            kept.append(ins)
    return kept


def _region(text: str, where: Quote | Span) -> Span:
    if isinstance(where, Quote):
        region = where.content_span
    elif isinstance(where, Span):
        region = where
    else:
        raise TypeError(f"where must be a Quote or a Span, not {type(where).__name__}")
    if region.end > len(text):
        raise ValueError(f"{region} runs past the end of the text ({len(text)} characters)")
    return region


def _speaker_only(
    text: str, region: Span, inside: list[Insertion], builder: _Builder, ellipsis: str
) -> None:
    at = region.start
    for ins in inside:
        start, end = ins.span.start, ins.span.end
        if ins.kind is InsertionKind.OMISSION:
            builder.copy(at, start)
            builder.put(ellipsis, ins.span)
        elif ins.kind is InsertionKind.ALTERATION:
            builder.copy(at, start)
            builder.copy(ins.content_span.start, ins.content_span.end)
        else:
            assert ins.kind in _REMOVED
            before = text[start - 1] if start > region.start else ""
            after = text[end] if end < region.end else ""
            opens_view = not before or before.isspace() or before in _OPENING_PUNCTUATION
            if after and after in _SPACES and opens_view:
                # "They [the US] have" -> "They have": the space after goes too.
                while end < region.end and text[end] in _SPACES:
                    end += 1
            elif before and before in _SPACES and (not after or after in _CLOSING_PUNCTUATION):
                # "a case [against them]," -> "a case,": the space before goes too.
                while start > max(at, region.start) and text[start - 1] in _SPACES:
                    start -= 1
            builder.copy(at, start)
        at = end
    builder.copy(at, region.end)


class _Builder:
    """Collects the pieces of a :class:`MappedText`, merging adjacent copies."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.parts: list[str] = []
        self.pieces: list[Piece] = []
        self.length = 0
        # Whether the last piece is a copy that the next copy may extend.
        self.extendable = False

    def copy(self, start: int, end: int) -> None:
        if start >= end:
            return
        n = end - start
        last = self.pieces[-1] if self.pieces else None
        if last is not None and self.extendable and last.source.end == start:
            self.pieces[-1] = Piece(last.start, last.end + n, Span(last.source.start, end))
        else:
            self.pieces.append(Piece(self.length, self.length + n, Span(start, end)))
        self.parts.append(self.text[start:end])
        self.length += n
        self.extendable = True

    def put(self, replacement: str, source: Span) -> None:
        if not replacement:
            return
        n = len(replacement)
        self.pieces.append(Piece(self.length, self.length + n, source))
        self.parts.append(replacement)
        self.length += n
        self.extendable = False

    def build(self) -> MappedText:
        return MappedText("".join(self.parts), tuple(self.pieces))
