"""Property tests for the marker finder and strip_markers."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteparse import find_markers, strip_markers
from quoteparse.marker_labels import LABELS

# Pieces that make marker lines likely: labels in both forms, colons, stamps,
# brackets, bullets, quote marks and every kind of line break.
_PIECES = st.sampled_from(
    [lb.text for lb in LABELS]
    + [": ", " : ", ":", ", 13:17 Uhr:", " (cc) :", " by ", "Ann Lee", "body text"]
    + [
        "\n",
        "\r\n",
        "\r",
        "\n\n",
        "\u2028",
        "\u2029",
        "\x85",
        " ",
        "\t",
        "\u00a0",
        "\u3000",
        "\uff1a",
    ]
    + ["- ", "* ", "> ", ">> ", "\u2022 ", "[", "]", "(", ")"]
    + ["\u0130", "\u0131", "\u017f", "\u212a", "I", "S", "K"]
    + ['"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "'", "\u2019"]
)
_TEXTS = st.one_of(
    st.text(),
    st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=40).map("".join),
)

#: Every line break the marker finder ends a line at (docs/markers.md).
_BREAKS = "\r\n\u2028\u2029\x85"


@settings(max_examples=400)
@given(_TEXTS)
def test_markers_are_exact_sorted_and_inside_their_line(text: str) -> None:
    markers = find_markers(text)
    assert markers == find_markers(text)  # deterministic
    starts = [m.span.start for m in markers]
    assert starts == sorted(starts)
    for m in markers:
        assert 0 <= m.span.start <= m.span.end <= len(text)
        assert m.label_span in m.span
        assert m.body_span in m.span
        assert m.label_span.end <= m.body_span.start
        assert m.label_span.slice(text) == m.label
        assert m.body_span.slice(text) == m.body
        line = m.span.slice(text)
        assert not any(brk in line for brk in _BREAKS)
        # The span is a whole line: a line break or the text's edge on each side.
        assert m.span.start == 0 or text[m.span.start - 1] in _BREAKS
        assert m.span.end == len(text) or text[m.span.end] in _BREAKS
    for a, b in itertools.pairwise(markers):
        assert a.span.end < b.span.start


@settings(max_examples=400)
@given(_TEXTS)
def test_strip_markers_keeps_every_other_character(text: str) -> None:
    markers = find_markers(text)
    stripped = strip_markers(text, markers)
    assert stripped == strip_markers(text)
    removed = [False] * len(text)
    for m in markers:
        end = m.span.end
        if text.startswith("\r\n", end):
            end += 2
        elif end < len(text):
            end += 1
        for i in range(m.span.start, end):
            removed[i] = True
    kept = "".join(ch for ch, gone in zip(text, removed, strict=True) if not gone)
    assert stripped.text == kept
    # Each kept character maps back to itself in the original text.
    for i, ch in enumerate(stripped.text):
        at = stripped.original_offset(i)
        assert text[at] == ch
        assert not removed[at]
    offsets = [stripped.original_offset(i) for i in range(len(stripped.text))]
    assert offsets == sorted(set(offsets))
