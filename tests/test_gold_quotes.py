"""Checks on the hand-annotated quotation gold over ../shared/corpus.

Two gold files: ``quotes-bbc.jsonl`` (BBC News 2004-05, straight quotes) and
``quotes-web.jsonl`` (web articles in the typographic styles the BBC lacks). The
gold stores only file names, offsets, speakers and kinds; these tests read the
articles from ../shared (skipping when it is absent) and check that every item
still describes a marked, well-formed quotation in its article, and that the web
gold covers each style it was made for.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from evaluation.tools.gold_offsets import ATTRIBUTIONS
from quoteparse import QuoteKind

from .conftest import CORPUS, read_corpus_text

GOLD_DIR = Path(__file__).resolve().parents[1] / "evaluation" / "gold"
BBC_GOLD = GOLD_DIR / "quotes-bbc.jsonl"
WEB_GOLD = GOLD_DIR / "quotes-web.jsonl"
OWN_GOLD = GOLD_DIR / "quotes-own.jsonl"  # short texts of our own, stored inline
SECTIONS = ("business", "entertainment", "politics", "sport", "tech")

#: Characters that may open or close a quotation in the annotated articles.
QUOTE_MARKS = frozenset(
    "\N{QUOTATION MARK}"
    "\N{APOSTROPHE}"  # BBC headlines and nested quotations use straight single quotes
    "\N{LEFT DOUBLE QUOTATION MARK}"  # English opener; closes German „…“
    "\N{RIGHT DOUBLE QUOTATION MARK}"
    "\N{LEFT SINGLE QUOTATION MARK}"  # also closes German single low-9 quotes
    "\N{RIGHT SINGLE QUOTATION MARK}"
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"  # French and Swiss open, German close
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{DOUBLE LOW-9 QUOTATION MARK}"  # German and Polish opener
    "\N{SINGLE LOW-9 QUOTATION MARK}"  # German nested opener
    "\N{LEFT CORNER BRACKET}"  # Japanese
    "\N{RIGHT CORNER BRACKET}"
)

NBSP = "\N{NO-BREAK SPACE}"


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The gold documents of one file, one dict per JSONL line."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def read_article(source: str) -> str:
    """An article as the gold offsets see it: UTF-8, else cp1252, unstripped."""
    return read_corpus_text(CORPUS / source)


def need_corpus() -> None:
    """Skip the calling test when ../shared/corpus is not beside this checkout."""
    if not CORPUS.exists():
        pytest.skip("../shared/corpus is not beside this checkout")


BBC_DOCS = load_gold(BBC_GOLD)
WEB_DOCS = load_gold(WEB_GOLD)
DOCS = BBC_DOCS + WEB_DOCS
OWN_DOCS = load_gold(OWN_GOLD)
SPAN_FIELDS = {"start", "end", "speaker", "kind"}
#: The speaker as a person (README-speakers.md), in every quotation of all three files
PERSON_FIELDS = {"speaker_name", "attribution"}


def web_pieces() -> list[str]:
    """The text of every web gold span (needs the corpus)."""
    pieces = []
    for doc in WEB_DOCS:
        text = read_article(doc["source"])
        pieces += [text[item["start"] : item["end"]] for item in doc["quotes"]]
    return pieces


def test_gold_covers_at_least_30_articles_from_every_section() -> None:
    sources = [doc["source"] for doc in BBC_DOCS]
    assert len(sources) >= 30
    assert len(set(sources)) == len(sources)
    for section in SECTIONS:
        assert sum(s.startswith(f"bbc/{section}/") for s in sources) >= 5, section


def test_web_gold_has_at_least_15_web_articles_each_with_quotations() -> None:
    sources = [doc["source"] for doc in WEB_DOCS]
    assert len(sources) >= 15
    assert len(set(sources)) == len(sources)
    assert all(s.startswith("web/") for s in sources)
    assert all(doc["quotes"] for doc in WEB_DOCS)


def test_ids_are_unique_across_the_files() -> None:
    ids = [doc["id"] for doc in DOCS + OWN_DOCS]
    assert len(set(ids)) == len(ids)


def test_every_item_has_the_gold_fields_and_a_known_kind() -> None:
    kinds = {kind.value for kind in QuoteKind}
    for doc in DOCS + OWN_DOCS:
        assert isinstance(doc["quotes"], list)
        for item in doc["quotes"]:
            assert set(item) == SPAN_FIELDS | PERSON_FIELDS
            assert item["kind"] in kinds
            assert item["speaker"] is None or (
                isinstance(item["speaker"], str) and item["speaker"].strip() == item["speaker"]
            )


@pytest.mark.parametrize("doc", DOCS + OWN_DOCS, ids=[doc["id"] for doc in DOCS + OWN_DOCS])
def test_every_person_is_in_its_article_with_a_known_attribution(doc: dict[str, Any]) -> None:
    if "text" in doc:
        text = doc["text"]
    else:
        need_corpus()
        text = read_article(doc["source"])
    for item in doc["quotes"]:
        name, attribution = item["speaker_name"], item["attribution"]
        assert attribution in ATTRIBUTIONS, attribution
        if name is None:
            continue
        assert isinstance(name, str)
        assert name
        assert name.strip() == name
        assert name in text, name
        # 'none' says the text names nobody; a scare quote is nobody's words
        assert attribution != "none", (item["start"], name)
        assert item["kind"] != "scare", (item["start"], name)


@pytest.mark.parametrize("doc", DOCS, ids=[doc["id"] for doc in DOCS])
def test_gold_spans_are_marked_quotations_that_never_cross(doc: dict[str, Any]) -> None:
    need_corpus()
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


@pytest.mark.parametrize(
    ("label", "open_mark", "close_mark"),
    [
        ("curly double", "\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ("curly single", "\N{LEFT SINGLE QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}"),
        (
            "guillemets",
            "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        ),
        (
            "reversed guillemets",
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
            "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        ),
        ("German double", "\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{LEFT DOUBLE QUOTATION MARK}"),
        ("German single", "\N{SINGLE LOW-9 QUOTATION MARK}", "\N{LEFT SINGLE QUOTATION MARK}"),
        ("Polish double", "\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ("CJK corner brackets", "\N{LEFT CORNER BRACKET}", "\N{RIGHT CORNER BRACKET}"),
    ],
)
def test_web_gold_covers_each_style(label: str, open_mark: str, close_mark: str) -> None:
    need_corpus()
    assert any(p[0] == open_mark and p[-1] == close_mark for p in web_pieces()), label


def test_web_gold_has_french_guillemets_with_and_without_inner_spaces() -> None:
    need_corpus()
    guillemets = [p for p in web_pieces() if p[0] == "«" and p[-1] == "»"]
    assert any(p[1] == " " and p[-2] == " " for p in guillemets)
    assert any(p[1] == NBSP and p[-2] == NBSP for p in guillemets)
    assert any(not p[1].isspace() and not p[-2].isspace() for p in guillemets)


def test_web_gold_has_multi_paragraph_and_nested_quotations() -> None:
    need_corpus()
    # one item from the first opening mark to the last closing mark, re-opened
    # after each paragraph break with the same mark
    multi = [p for p in web_pieces() if "\n\n" in p]
    assert len(multi) >= 3
    assert all(p[p.index("\n\n") + 2] == p[0] for p in multi)
    nested = 0
    for doc in WEB_DOCS:
        spans = [(item["start"], item["end"]) for item in doc["quotes"]]
        nested += sum(
            any(s1 <= s2 and e2 <= e1 and (s1, e1) != (s2, e2) for s1, e1 in spans)
            for s2, e2 in spans
        )
    assert nested >= 5


def test_web_gold_has_every_kind_with_and_without_speakers() -> None:
    items = [item for doc in WEB_DOCS for item in doc["quotes"]]
    # The gold files names and titles under scare (README-quotes.md): no title kind.
    for kind in QuoteKind:
        if kind is not QuoteKind.TITLE:
            assert any(item["kind"] == kind.value for item in items), kind
    assert not any(item["kind"] == QuoteKind.TITLE.value for item in items)
    assert all(item["speaker"] is None for item in items if item["kind"] == "scare")
    assert any(item["speaker"] is not None for item in items if item["kind"] == "speech")
    assert any(item["speaker"] is None for item in items if item["kind"] == "speech")
