"""Invariants every find_quotes result must keep, shared by the quote tests."""

from __future__ import annotations

from quoteparse import Quote, Span


def check_invariants(text: str, quotes: tuple[Quote, ...], max_depth: int = 3) -> None:
    """Spans in bounds and slicing back, sorted, nested without crossing, parents right."""
    n = len(text)
    open_spans: list[Span] = []
    for k, q in enumerate(quotes):
        assert 0 <= q.span.start < q.span.end <= n
        assert q.span.start < q.content_span.start <= q.content_span.end <= q.span.end
        assert q.content == q.content_span.slice(text)
        # A mark is one character or two (TeX ``, doubled '', ASCII <<).
        assert text.startswith(q.open_mark, q.span.start)
        assert q.content_span.start == q.span.start + len(q.open_mark)
        assert q.closed == (q.close_mark is not None)
        if q.closed:
            assert q.close_mark is not None
            assert text.endswith(q.close_mark, 0, q.span.end)
            assert q.content_span.end == q.span.end - len(q.close_mark)
        else:
            assert q.content_span.end == q.span.end
        if k:
            assert quotes[k - 1].span.start < q.span.start, "sorted by start"
        while open_spans and open_spans[-1].end <= q.span.start:
            open_spans.pop()
        if open_spans:
            assert q.span.end <= open_spans[-1].end, "crossing spans"
        open_spans.append(q.span)
        assert 0 <= q.depth < max_depth
        if q.parent is None:
            assert q.depth == 0
        else:
            assert 0 <= q.parent < k
            parent = quotes[q.parent]
            assert q.span in parent.content_span
            assert q.depth == parent.depth + 1
        assert q.paragraphs, "at least one paragraph"
        for piece in q.paragraphs:
            assert piece in q.content_span or piece == q.content_span
        assert q.paragraphs[0].start == q.content_span.start
        assert q.paragraphs[-1].end == q.content_span.end
        for a, b in zip(q.paragraphs, q.paragraphs[1:], strict=False):
            assert a.end < b.start
        for span, value in ((q.speaker_span, q.speaker), (q.cue_span, q.cue)):
            if span is None:
                assert value is None
            else:
                assert 0 <= span.start < span.end <= n
                assert span.slice(text) == value
        if q.continues is not None:
            assert 0 <= q.continues < k
        assert type(q).from_dict(q.to_dict()) == q
