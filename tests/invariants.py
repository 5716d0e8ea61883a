"""Invariants every Document must keep, shared by property and real-text tests."""

from __future__ import annotations

from quoteparse import Document, Span


def _check_span(text: str, span: Span | None) -> None:
    if span is not None:
        assert 0 <= span.start <= span.end <= len(text), (span, len(text))


def check_document(doc: Document) -> None:
    """Assert the documented invariants of one parse result."""
    text = doc.text
    for kind in ("quotes", "insertions", "markers", "quantities", "conversions"):
        results = getattr(doc, kind)
        keys = [(r.span.start, -r.span.end) for r in results]
        assert keys == sorted(keys), f"{kind} not sorted by start (longer first on ties)"
        for r in results:
            _check_span(text, r.span)
    for q in doc.quotes:
        _check_span(text, q.content_span)
        assert q.content_span in q.span
        assert q.content == q.content_span.slice(text)
        assert text.startswith(q.open_mark, q.span.start)
        assert q.closed == (q.close_mark is not None)
        if q.close_mark is not None:
            assert text.endswith(q.close_mark, 0, q.span.end)
        for part in (q.speaker_span, q.cue_span):
            _check_span(text, part)
        if q.speaker is not None:
            assert q.speaker_span is not None
            assert q.speaker == q.speaker_span.slice(text)
        if q.cue is not None:
            assert q.cue_span is not None
            assert q.cue == q.cue_span.slice(text)
        for piece in q.paragraphs:
            assert piece in q.content_span
        if q.parent is not None:
            parent = doc.quotes[q.parent]
            assert q.span in parent.content_span
            assert q.depth == parent.depth + 1
        else:
            assert q.depth == 0
    for a in doc.quotes:
        for b in doc.quotes:
            crossing = a.span.start < b.span.start < a.span.end < b.span.end
            assert not crossing, (a.span, b.span)
    for i in doc.insertions:
        assert i.content_span in i.span
        assert i.content == i.content_span.slice(text)
        if i.quote is not None:
            assert i.span in doc.quotes[i.quote].content_span
    for m in doc.markers:
        assert m.label_span in m.span
        assert m.body_span in m.span
        assert m.label == m.label_span.slice(text)
        assert m.body == m.body_span.slice(text)
        assert "\n" not in m.span.slice(text)
        assert "\r" not in m.span.slice(text)
    for n in doc.quantities:
        assert n.unit_span in n.span
        assert n.value_span in n.span
        assert n.unit_text == n.unit_span.slice(text)
    for c in doc.conversions:
        assert c.source.span in c.span
        assert c.target.span in c.span
