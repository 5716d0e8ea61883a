"""Example tests for the marker finder."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quoteparse import MarkerKind, find_markers, parse, strip_markers
from quoteparse.marker_labels import LABELS, Label


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


def _forms(label: Label) -> list[tuple[str, str]]:
    """Each line form the table entry allows, with the body the finder should give."""
    forms = []
    if label.colon:
        forms.append((f"{label.text}: body text", "body text"))
    if label.alone:
        forms.append((label.text, ""))
    if label.bare:
        forms.append((f"{label.text} Ann Lee", "Ann Lee"))
    return forms


_FORMS = [(lb, line, body) for lb in LABELS for line, body in _forms(lb)]


@pytest.mark.parametrize(("label", "line", "body"), _FORMS, ids=[f[1] for f in _FORMS])
def test_every_label_in_the_table_is_found(label: Label, line: str, body: str) -> None:
    text = f"Opening paragraph.\n{line}\nClosing paragraph."
    (marker,) = find_markers(text)
    assert marker.label == label.text
    assert marker.kind is label.kind
    assert marker.body == body
    assert marker.span.slice(text) == line
    # Any case, and curly apostrophes for straight ones.
    shouted = text.replace(
        label.text, label.text.upper().replace("'", "\N{RIGHT SINGLE QUOTATION MARK}")
    )
    assert [m.span for m in find_markers(shouted)] == [marker.span]
    tabbed = text.replace(label.text, label.text.replace(" ", "\t"))
    assert [m.label for m in find_markers(tabbed)] == [label.text.replace(" ", "\t")]


def test_label_table_has_no_duplicates_and_every_entry_has_a_form() -> None:
    keys = [" ".join(lb.text.casefold().split()) for lb in LABELS]
    assert len(keys) == len(set(keys))
    assert all(_forms(lb) for lb in LABELS)


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


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"])
def test_an_open_quotation_that_this_line_does_not_close_leaves_a_marker(eol: str) -> None:
    # An inch mark leaves an odd count of straight quotes on the line before.
    text = f'The screen is 13.3" across.{eol}Photo: Company handout{eol}More.'
    (m,) = find_markers(text)
    assert m.body == "Company handout"
    # The same line closing a quotation opened on the line before is no marker.
    assert find_markers(f'"We go.{eol}Update: now," he said.') == ()
    # An empty line in between ends any quotation.
    (m,) = find_markers(f'"We go.{eol}{eol}Update: now," he said.')
    assert m.label == "Update"


def test_runs_of_empty_lines_and_first_line() -> None:
    text = "Photo\n\n\n\nVideo: clip\n\n"
    assert [(m.label, m.span.slice(text)) for m in find_markers(text)] == [
        ("Photo", "Photo"),
        ("Video", "Video: clip"),
    ]
    assert find_markers("\n" * 1000) == ()


def test_every_label_is_listed_in_the_docs() -> None:
    page = (Path(__file__).resolve().parents[1] / "docs" / "markers.md").read_text("utf-8")
    missing = [lb.text for lb in LABELS if f"`{lb.text}`" not in page]
    assert missing == []


def _engine_case_variants(ch: str) -> list[str]:
    """Every other character below U+3000 that re.IGNORECASE matches to ``ch``."""
    pattern = re.compile(re.escape(ch), re.IGNORECASE)
    return [c for c in map(chr, range(0x3000)) if c != ch and pattern.fullmatch(c)]


def test_labels_are_found_whatever_letters_the_regex_engine_folds() -> None:
    # The first two characters of a line are checked before the regex runs; that
    # check must accept every letter the regex engine would.
    heads = {ch for lb in LABELS for ch in lb.text[:2]}
    variants = {ch: _engine_case_variants(ch) for ch in heads}
    for label in LABELS:
        line = f"{label.text}: x" if label.colon else label.text
        for i in range(2):
            for c in variants.get(label.text[i], []):
                text = f"Before.\n{c.join((line[:i], line[i + 1 :]))}\nAfter."
                (m,) = find_markers(text)
                assert m.kind is label.kind, (label, c)


@pytest.mark.parametrize("lead", ["\ufeff", "\u200b", "\u2060", "\u00ad", "\ufeff\u200b"])
def test_format_characters_before_a_label_do_not_hide_the_marker(lead: str) -> None:
    text = f"{lead}Comment: See:\nBody."
    (m,) = find_markers(text)
    assert m.span.start == 0
    assert m.label_span.slice(text) == "Comment"
    assert m.body == "See:"


@pytest.mark.parametrize("eol", ["\u2028", "\u2029", "\x85"])
def test_unicode_line_breaks_end_marker_lines(eol: str) -> None:
    text = f"Intro.{eol}Comment: See:{eol}Body."
    (m,) = find_markers(text)
    assert m.span.slice(text) == "Comment: See:"
