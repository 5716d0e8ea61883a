"""Checks on the hand-annotated quotation gold over ../shared/corpus/bbc.

The gold stores only file names, offsets, speakers and kinds; these tests read
the articles from ../shared (skipping when it is absent) and check that every
item still describes a marked, well-formed quotation in its article.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quoteparse import QuoteKind

from .conftest import CORPUS

GOLD = Path(__file__).resolve().parents[1] / "evaluation" / "gold" / "quotes-bbc.jsonl"
SECTIONS = ("business", "entertainment", "politics", "sport", "tech")

#: Characters that may open or close a quotation in the annotated articles.
QUOTE_MARKS = frozenset(
    "\N{QUOTATION MARK}"
    "\N{APOSTROPHE}"  # BBC headlines and nested quotations use straight single quotes
    "\N{LEFT DOUBLE QUOTATION MARK}"
    "\N{RIGHT DOUBLE QUOTATION MARK}"
    "\N{LEFT SINGLE QUOTATION MARK}"
    "\N{RIGHT SINGLE QUOTATION MARK}"
)


def load_gold() -> list[dict[str, Any]]:
    """The gold documents, one dict per JSONL line."""
    with GOLD.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def read_article(source: str) -> str:
    """An article as the gold offsets see it: UTF-8, else cp1252, unstripped."""
    data = (CORPUS / source).read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


DOCS = load_gold()


def test_gold_covers_at_least_30_articles_from_every_section() -> None:
    sources = [doc["source"] for doc in DOCS]
    assert len(sources) >= 30
    assert len(set(sources)) == len(sources)
    assert len({doc["id"] for doc in DOCS}) == len(DOCS)
    for section in SECTIONS:
        assert sum(s.startswith(f"bbc/{section}/") for s in sources) >= 5, section


def test_every_item_has_the_gold_fields_and_a_known_kind() -> None:
    kinds = {kind.value for kind in QuoteKind}
    for doc in DOCS:
        assert isinstance(doc["quotes"], list)
        for item in doc["quotes"]:
            assert set(item) == {"start", "end", "speaker", "kind"}
            assert item["kind"] in kinds
            assert item["speaker"] is None or (
                isinstance(item["speaker"], str) and item["speaker"].strip() == item["speaker"]
            )


@pytest.mark.parametrize("doc", DOCS, ids=[doc["id"] for doc in DOCS])
def test_gold_spans_are_marked_quotations_that_never_cross(doc: dict[str, Any]) -> None:
    if not CORPUS.exists():
        pytest.skip("../shared/corpus is not beside this checkout")
    text = read_article(doc["source"])
    spans = [(item["start"], item["end"]) for item in doc["quotes"]]
    assert spans == sorted(spans, key=lambda span: (span[0], -span[1]))
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        piece = text[start:end]
        assert len(piece) >= 2
        assert piece[0] in QUOTE_MARKS, piece
        assert piece[-1] in QUOTE_MARKS, piece
    for i, (s1, e1) in enumerate(spans):
        for s2, e2 in spans[i + 1 :]:
            # sorted by start: the next span is either nested in this one or after it
            assert e2 <= e1 or s2 >= e1, (s1, e1, s2, e2)
            assert (s1, e1) != (s2, e2)
    for item in doc["quotes"]:
        if item["speaker"] is not None:
            assert item["speaker"] in text, item["speaker"]
