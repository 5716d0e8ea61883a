"""Tests for ``evaluation/tools/speaker_names.py``, which merges hand-written persons into gold."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from evaluation.tools.gold_offsets import RowError
from evaluation.tools.speaker_names import merge, parse_rows

TEXT = '"We will reopen on Monday," said Tom Weller. She called it "a disgrace".'
CORPUS = Path("unused")  # the documents below hold their text inline


def doc() -> dict[str, object]:
    """A small gold document with two quotations and no persons yet."""
    return {
        "id": "own-x",
        "text": TEXT,
        "quotes": [
            {"start": 0, "end": 28, "speaker": "Tom Weller", "kind": "speech"},
            {"start": 59, "end": 71, "speaker": "She", "kind": "partial"},
        ],
    }


def test_merge_writes_the_name_and_attribution_of_each_row() -> None:
    docs = [doc()]
    rows = parse_rows("= own-x\n0 | Tom Weller | cue_after\n59 | - | cue_before\n")
    assert merge(docs, rows, CORPUS) == 2
    quotes = docs[0]["quotes"]
    assert isinstance(quotes, list)
    assert [(q["speaker_name"], q["attribution"]) for q in quotes] == [
        ("Tom Weller", "cue_after"),
        (None, "cue_before"),
    ]


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("= own-x\n0 | Tom Weller | cue_after\n", "rows missing for [59]"),
        ("= own-x\n0 | Tim Weller | cue_after\n59 | - | none\n", "is not in the text"),
        ("= own-x\n0 | Tom Weller | none\n59 | - | none\n", "has attribution 'none'"),
        ("= own-y\n0 | Tom Weller | cue_after\n", "no such gold document"),
    ],
)
def test_merge_refuses_rows_that_break_the_guidelines(rows: str, message: str) -> None:
    with pytest.raises(RowError, match=re.escape(message)):
        merge([doc()], parse_rows(rows), CORPUS)


@pytest.mark.parametrize(
    "rows",
    ["0 | Tom Weller | cue_after\n", "= own-x\n0 | Tom Weller | said\n", "= own-x\nx | - | none\n"],
)
def test_parse_rows_refuses_malformed_lines(rows: str) -> None:
    with pytest.raises(RowError):
        parse_rows(rows)
