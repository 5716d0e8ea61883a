"""The per-text index of the speaker strategies answers as the window scans do."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteparse.cue_verbs import CUES
from quoteparse.speakers import cue_before
from quoteparse.speakers.index import TextIndex
from quoteparse.speakers.text import sentence_start

# Pieces that make sentence breaks, titles' stops and cues, and runs long
# enough to cross the index's blocks (512 characters).
_PIECES = st.sampled_from(
    [
        "said ",
        "says",
        "saying",
        "told the BBC ",
        "according to Mr Smith ",
        "According to\tthe BBC ",
        "selon ",
        "a\u00a0dit ",
        "a dit ",
        "a-t-il ",
        "a ",
        "Mrs. ",
        "Lt. Gen. ",
        "Bros. The ",
        "10.5bn ",
        "bbc.co.uk ",
        ". ",
        "! ",
        "; ",
        "\n",
        "\r",
        '"',
        "\u201c",
        "\u00bb",
        "'a' ",
        "Jo Brand ",
        ", ",
        " " * 40,
        "x" * 90,
    ]
)
TEXTS = st.lists(_PIECES, max_size=120).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.data())
def test_sentence_start_is_the_window_scan(text: str, data: st.DataObject) -> None:
    index = TextIndex(text)
    for _ in range(8):
        hi = data.draw(st.integers(0, len(text)))
        lo = data.draw(st.integers(0, hi))
        assert index.sentence_start(lo, hi) == sentence_start(text, lo, hi)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.data())
def test_last_cue_is_the_finditer_one(text: str, data: st.DataObject) -> None:
    index = TextIndex(text)
    for _ in range(8):
        hi = data.draw(st.integers(0, len(text)))
        lo = data.draw(st.integers(0, hi))
        want = cue_before._last_cue(text, lo, hi)
        got = cue_before._last_indexed_cue(text, index, lo, hi)
        assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))


def test_a_window_end_inside_a_cue_word_is_read_with_that_end() -> None:
    # "sayings" is no cue, "say" is: a window ending after "say" finds it.
    text = "x " * 300 + "they sayings"
    index = TextIndex(text)
    hi = text.index("sayings") + 3
    m = cue_before._last_indexed_cue(text, index, hi - 50, hi)
    assert m is not None
    assert text[m.start() : m.end()] == "say"
    assert index.cue_starts(0, len(text)) == []


def test_find_cue_before_gives_the_same_hit_with_the_index() -> None:
    text = "In a speech. Mrs. May, the prime minister, told the BBC: "
    want = cue_before.find_cue_before(text, 0, len(text))
    assert want is not None
    assert want.speaker is not None
    assert cue_before.find_cue_before(text, 0, len(text), TextIndex(text)) == want


def test_cue_first_words_are_runs_of_word_characters() -> None:
    # TextIndex finds cue starts with one finditer: no start can lie inside
    # another's match only while every first word is a run of \w.
    for cue in CUES:
        assert re.fullmatch(r"\w+", cue.text.split()[0]), cue
