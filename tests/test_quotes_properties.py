"""Property tests: find_quotes never raises and always keeps its invariants."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quoteparse import find_quotes, parse
from quoteparse.quote_marks import MARKS
from tests.invariants import without_speaker_ids
from tests.quote_checks import check_invariants

# Text made mostly of the characters that matter: every quote mark, letters,
# digits, spaces, line breaks and the punctuation the rules look at.
PIECES = sorted(MARKS) + list("aZ7 .,:!?-\n") + ["\r\n", "\u00a0", " said ", "Mr. ", "'s", "\n\n"]
texts = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_invariants_on_mark_heavy_text(text: str) -> None:
    check_invariants(text, find_quotes(text))


@settings(max_examples=200)
@given(st.text(max_size=200))
def test_invariants_on_any_text(text: str) -> None:
    check_invariants(text, find_quotes(text))


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.integers(min_value=1, max_value=4), st.booleans(), st.booleans())
def test_invariants_under_every_option(
    text: str, depth: int, multi_paragraph: bool, attribution: bool
) -> None:
    quotes = find_quotes(
        text, max_quote_depth=depth, multi_paragraph=multi_paragraph, attribution=attribution
    )
    check_invariants(text, quotes, max_depth=depth)
    if not attribution:
        assert all(q.speaker is None and q.cue is None for q in quotes)


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_find_quotes_equals_parse(text: str) -> None:
    assert without_speaker_ids(parse(text).quotes) == find_quotes(text)


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(texts, texts)
def test_prefix_quotes_do_not_depend_on_later_paragraphs(head: str, tail: str) -> None:
    # A quotation closed inside a paragraph that ends before the tail starts
    # stays the same whatever comes after.
    text = head + "\n\nZ " + tail
    cut = len(head)
    early = [q.span for q in find_quotes(head) if q.closed]
    late = [q.span for q in find_quotes(text) if q.closed and q.span.end <= cut]
    assert early == late
