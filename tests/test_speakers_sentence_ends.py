"""The linking step's sentence ends answer each window as a scan of that window does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteparse.speakers.sentence_ends import SENTENCE_END_RE, SentenceEnds

# Pieces that make and cut sentence ends: stops with and without a closing
# mark and spaces after them, runs of line breaks, words.
_PIECES = st.sampled_from(
    [". ", ".", "!  ", "?\t", '."', '." ', "’ ", "» ", "\n", "\r\n", "\n\n\n", "\u2028", " ", "ab"]
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(_PIECES, max_size=40).map("".join),
    st.integers(0, 120),
    st.integers(0, 120),
)
def test_between_is_the_window_scan(text: str, a: int, b: int) -> None:
    lo, hi = min(a, b), max(a, b)
    ends = SentenceEnds(text)
    expected = [m.end() for m in SENTENCE_END_RE.finditer(text, lo, hi)]
    assert ends.between(lo, hi) == expected
    # The answers do not depend on which window was asked first.
    assert SentenceEnds(text).between(lo, hi) == ends.between(lo, hi)


def test_a_window_cutting_a_match_sees_only_its_part() -> None:
    text = "One.   Two\n\n\nThree"
    ends = SentenceEnds(text)
    assert ends.between(0, len(text)) == [7, 13]
    assert ends.between(5, len(text)) == [13]  # inside the spaces after "One.": no end
    assert ends.between(11, len(text)) == [13]  # inside the line breaks: their tail
    assert ends.between(0, 5) == [5]  # "One. " cut after one space still ends a sentence
    assert ends.between(0, 4) == []  # "One." with no space after it does not
