"""Example tests for the marker finder."""

from __future__ import annotations

import pytest

from quoteparse import MarkerKind, find_markers, parse, strip_markers
from quoteparse.marker_labels import LABELS


def test_seed_article_has_exactly_the_three_comment_markers(seed_text: str) -> None:
    markers = parse(seed_text).markers
    assert [(m.label, m.body) for m in markers] == [
        ("Comment", "See:"),
        (
            "Comment",
            "US-Created Chaos in Afghanistan May Use ISIS to Target Russia in Great Game of "
            "Global Control",
        ),
        ("Comment", "Also See:"),
    ]
    for m in markers:
        assert m.kind is MarkerKind.COMMENT
        assert m.span.slice(seed_text) == f"Comment: {m.body}"


@pytest.mark.parametrize("label", LABELS, ids=[lb.text for lb in LABELS])
def test_every_label_in_the_table_is_found(label) -> None:  # type: ignore[no-untyped-def]
    line = f"{label.text}: body text" if label.colon else label.text
    text = f"Opening paragraph.\n{line}\nClosing paragraph."
    (marker,) = find_markers(text)
    assert marker.label == label.text
    assert marker.kind is label.kind
    assert marker.span.slice(text) == line


@pytest.mark.parametrize(
    "text",
    [
        'He declined to comment: "No."',
        "The update: nothing changed.",
        "Commentary: a new column",
        "Advertisement for the new car",
        '"The plan was clear.\nUpdate: we go now," he said.',
    ],
)
def test_not_markers(text: str) -> None:
    assert find_markers(text) == ()


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"])
def test_line_endings_and_bullets(eol: str) -> None:
    text = f"First.{eol}  * read MORE: Other story{eol}Last."
    (m,) = find_markers(text)
    assert m.label == "read MORE"
    assert m.body == "Other story"
    assert m.span.slice(text) == "  * read MORE: Other story"


def test_strip_markers_maps_back() -> None:
    text = "A.\r\nComment: See:\r\nB.\nPhoto: Reuters"
    stripped = strip_markers(text)
    assert stripped.text == "A.\r\nB.\n"
    for i, ch in enumerate(stripped.text):
        assert text[stripped.original_offset(i)] == ch
