"""Hand-built results for tests: one factory instead of a copied 15-field ``Quote(...)``."""

from __future__ import annotations

import textwrap
from typing import Any

from quoteparse import Quote, QuoteKind, Span


def make_quote(
    whole: Span,
    text: str = "",
    *,
    kind: QuoteKind = QuoteKind.SPEECH,
    depth: int = 0,
    parent: int | None = None,
    speaker_span: Span | None = None,
    cue_span: Span | None = None,
    **fields: Any,
) -> Quote:
    """A closed quotation over ``whole``, its marks one character at each end.

    With ``text`` the marks, the content and the words at ``speaker_span``
    and ``cue_span`` are read from it; without, the marks are ``"`` and the content is
    empty, for tests that look only at spans. ``fields`` set any other field
    of :class:`Quote` (or override one of these).
    """
    inner = Span(whole.start + 1, whole.end - 1)
    made: dict[str, Any] = {
        "span": whole,
        "content_span": inner,
        "content": inner.slice(text),
        "open_mark": text[whole.start] if text else '"',
        "close_mark": text[whole.end - 1] if text else '"',
        "closed": True,
        "depth": depth,
        "parent": parent,
        "kind": kind,
        "speaker": None if speaker_span is None else speaker_span.slice(text),
        "speaker_span": speaker_span,
        "cue": None if cue_span is None else cue_span.slice(text),
        "cue_span": cue_span,
    }
    made.update(fields)
    return Quote(**made)


def hard_wrap(text: str, width: int) -> str:
    """Each line (a paragraph) of ``text`` broken at ``width`` columns, as plain-text feeds do."""
    return "\n".join(
        textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False)
        if line.strip()
        else line
        for line in text.split("\n")
    )
