"""The small tuples passed between the speaker strategies."""

from __future__ import annotations

from typing import NamedTuple

from quoteparse.model import Attribution, QuoteKind, Span

__all__ = ["Found", "Hit", "QuoteSpan"]


class QuoteSpan(NamedTuple):
    """Where a quotation is: its span, its content and its nesting depth."""

    start: int
    end: int
    content_start: int
    content_end: int
    depth: int


class Found(NamedTuple):
    """What attribution found for one quotation."""

    kind: QuoteKind
    speaker: Span | None = None
    cue: Span | None = None
    continues: int | None = None
    attribution: Attribution = Attribution.NONE


class Hit(NamedTuple):
    speaker: Span | None
    cue: Span | None
    direct: bool  # the cue stands right before or after the quotation
    after: bool = False  # found after the quotation
