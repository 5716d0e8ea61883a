"""Property tests: any str parses, and every result keeps the documented invariants."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

import quoteparse
from quoteparse import parse
from tests.invariants import check_document, without_speaker_ids

# Pieces that exercise every finder: quote marks of all styles, brackets, labels,
# numbers, unit words and all three line endings.
_PIECES = st.sampled_from(
    [
        '"',
        "'",
        "“",
        "”",
        "‘",
        "’",
        "„",
        "‚",
        "«",
        "»",
        "‹",
        "›",
        "「",
        "」",
        "『",
        "』",
        "[",
        "]",
        "(",
        ")",
        "[...]",
        "[sic]",
        "[T]",
        "\n",
        "\r\n",
        "\r",
        "\n\n",
        " ",
        ".",
        ",",
        ":",
        "-",
        "—",
        "Comment:",
        "Editor's note:",
        "Update:",
        "said",
        "told reporters",
        "according to",
        "the source",
        "Mr.",
        "11",
        "18",
        "3.5",
        "1,000",
        "½",
        "miles",
        "km",
        "kilometers",
        "°C",
        "%",
        "£",
        "$",
        "mph",
        "feet",
        "don't",
        "6'2\"",
        "the '60s",
        "word",
        "Word",
        "über",
        "日本",
    ]
)
NEWSY = st.lists(_PIECES, max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_unicode_parses_and_keeps_invariants(text: str) -> None:
    check_document(parse(text))


@settings(max_examples=400, deadline=None)
@given(NEWSY)
def test_newsy_mixes_parse_and_keep_invariants(text: str) -> None:
    doc = parse(text)
    check_document(doc)
    json.dumps(doc.to_dict())


@settings(max_examples=150, deadline=None)
@given(NEWSY)
def test_parse_is_deterministic_and_matches_the_finders(text: str) -> None:
    doc = parse(text)
    assert parse(text) == doc
    assert quoteparse.find_quotes(text) == without_speaker_ids(doc.quotes)
    assert quoteparse.find_markers(text) == doc.markers
    assert quoteparse.find_quantities(text) == doc.quantities
    assert quoteparse.find_conversions(text) == doc.conversions
    found = quoteparse.find_insertions(text)
    assert [(i.span, i.kind) for i in found] == [(i.span, i.kind) for i in doc.insertions]
