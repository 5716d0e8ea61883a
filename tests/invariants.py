"""Invariants every Document must keep, shared by property and real-text tests."""

from __future__ import annotations

import dataclasses

from quoteparse import Document, Quote, Span


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
    _check_speakers(doc)
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


def _check_speakers(doc: Document) -> None:
    """Speakers and quotations point at each other, and every mention span is exact."""
    text = doc.text
    for k, q in enumerate(doc.quotes):
        if q.speaker_id is not None:
            assert 0 <= q.speaker_id < len(doc.speakers), (k, q.speaker_id)
            assert k in doc.speakers[q.speaker_id].quotes
            assert q.speaker_span in doc.speakers[q.speaker_id].mentions
    firsts = []
    for sid, s in enumerate(doc.speakers):
        _check_span(text, s.name_span)
        assert s.name == s.name_span.slice(text)
        assert s.quotes, "a speaker with no quotation"
        for k in s.quotes:
            assert doc.quotes[k].speaker_id == sid
        for m in s.mentions:
            _check_span(text, m)
        if s.role is not None:
            assert s.role_span is not None
            assert s.role == s.role_span.slice(text)
        assert (s.gender is None) == (s.gender_span is None)
        if s.gender_span is not None:
            _check_span(text, s.gender_span)
        firsts.append(min([s.name_span.start, *[m.start for m in s.mentions]]))
    assert firsts == sorted(firsts), "speakers not in order of first mention"


def without_speaker_ids(quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """The quotations as find_quotes gives them: parse() adds only ``speaker_id``."""
    return tuple(dataclasses.replace(q, speaker_id=None) for q in quotes)
