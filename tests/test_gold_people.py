"""Checks on the speakers-as-people gold over web and BBC articles and their holdouts.

``evaluation/gold/quotes-web-people.jsonl`` and
``evaluation/holdout/quotes-web-people.jsonl`` give every quotation of German,
French and Spanish web articles its speaker mention, kind, person
(``speaker_name``) and how the text attributes it (``attribution``);
``evaluation/gold/quotes-bbc-people2.jsonl`` and
``evaluation/holdout2/quotes-bbc-people.jsonl`` do the same for a second set of
BBC articles. These tests check the files' shape without the corpus and, when
../shared is there, that every span is a marked quotation, every mention and name
is in its article and the BBC articles are the ones the selection rule picks.
They never run the parser: the gold must stay independent of the code.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from evaluation.scoring import load_gold as load_scored_gold
from evaluation.tools.gold_offsets import ATTRIBUTIONS, KINDS, QUOTE_MARKS, read_corpus_text

from .conftest import CORPUS

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "evaluation" / "gold"
HOLDOUT_DIR = ROOT / "evaluation" / "holdout"
HOLDOUT2_DIR = ROOT / "evaluation" / "holdout2"
PEOPLE_GOLD = GOLD_DIR / "quotes-web-people.jsonl"
PEOPLE_HOLDOUT = HOLDOUT_DIR / "quotes-web-people.jsonl"
BBC2_GOLD = GOLD_DIR / "quotes-bbc-people2.jsonl"
BBC2_HOLDOUT = HOLDOUT2_DIR / "quotes-bbc-people.jsonl"
BBC3_GOLD = GOLD_DIR / "quotes-bbc-people3.jsonl"
WEB2_GOLD = GOLD_DIR / "quotes-web-people2.jsonl"
#: BBC gold that was there before the second set was chosen (the rule leaves it out).
OLDER_BBC_GOLD = (
    GOLD_DIR / "quotes-bbc.jsonl",
    GOLD_DIR / "quotes-bbc-people.jsonl",
    HOLDOUT_DIR / "quotes-bbc-people.jsonl",
)
BBC_SECTIONS = ("business", "entertainment", "politics", "sport", "tech")
FIELDS = {"start", "end", "speaker", "kind", "speaker_name", "attribution"}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The documents of one gold file, one dict per JSONL line."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


GOLD_DOCS = read_jsonl(PEOPLE_GOLD)
HOLDOUT_DOCS = read_jsonl(PEOPLE_HOLDOUT)
DOCS = GOLD_DOCS + HOLDOUT_DOCS
BBC2_GOLD_DOCS = read_jsonl(BBC2_GOLD)
BBC2_HOLDOUT_DOCS = read_jsonl(BBC2_HOLDOUT)
BBC2_DOCS = BBC2_GOLD_DOCS + BBC2_HOLDOUT_DOCS
BBC3_DOCS = read_jsonl(BBC3_GOLD)
WEB2_DOCS = read_jsonl(WEB2_GOLD)
#: every people file checked item by item: web sets, second and third BBC sets, holdouts
ALL_PEOPLE_DOCS = DOCS + BBC2_DOCS + BBC3_DOCS + WEB2_DOCS


def test_both_files_hold_web_articles_with_quotations() -> None:
    assert len(GOLD_DOCS) >= 15
    assert len(HOLDOUT_DOCS) >= 5
    for doc in DOCS:
        assert doc["source"].startswith("web/")
        assert doc["id"] == "people-" + doc["source"].removesuffix(".txt").replace("/", "-")
        assert doc["quotes"], doc["id"]


def test_holdout_is_about_a_third_and_shares_no_article() -> None:
    gold = {doc["source"] for doc in GOLD_DOCS}
    holdout = {doc["source"] for doc in HOLDOUT_DOCS}
    assert not gold & holdout
    total = len(gold) + len(holdout)
    assert abs(3 * len(holdout) - total) <= 3
    older = {doc["source"] for doc in read_jsonl(GOLD_DIR / "quotes-web.jsonl")}
    assert not older & (gold | holdout)


def test_ids_are_unique_across_every_gold_and_holdout_file() -> None:
    paths = [
        *sorted(GOLD_DIR.glob("*.jsonl")),
        *sorted(HOLDOUT_DIR.glob("*.jsonl")),
        *sorted(HOLDOUT2_DIR.glob("*.jsonl")),
    ]
    ids = [doc.id for doc in load_scored_gold(paths)]
    assert len(ids) == len(set(ids))


def test_every_item_has_a_person_and_a_known_attribution() -> None:
    for doc in ALL_PEOPLE_DOCS:
        for item in doc["quotes"]:
            assert set(item) == FIELDS, item
            assert item["kind"] in KINDS
            assert item["attribution"] in ATTRIBUTIONS
            name = item["speaker_name"]
            assert name is None or (isinstance(name, str) and name.strip() == name != "")
            # a person always comes with a way the text gives it, and none means nobody
            if item["attribution"] == "none":
                assert name is None, item
            if name is not None:
                assert item["attribution"] != "none", item
            if item["kind"] == "scare":
                assert item["speaker"] is None, item
                assert name is None, item


def test_the_files_hold_every_attribution_a_resolver_must_handle() -> None:
    seen = {item["attribution"] for doc in GOLD_DOCS for item in doc["quotes"]}
    assert {"cue_after", "cue_before", "continued", "according_to", "none"} <= seen
    kinds = {item["kind"] for doc in DOCS for item in doc["quotes"]}
    assert kinds == set(KINDS)


@pytest.mark.parametrize("doc", ALL_PEOPLE_DOCS, ids=[doc["id"] for doc in ALL_PEOPLE_DOCS])
def test_spans_are_marked_and_mentions_and_names_are_in_the_article(doc: dict[str, Any]) -> None:
    if not CORPUS.exists():
        pytest.skip("../shared/corpus is not beside this checkout")
    text = read_corpus_text(CORPUS / doc["source"])
    spans = [(item["start"], item["end"]) for item in doc["quotes"]]
    assert spans == sorted(spans, key=lambda span: (span[0], -span[1]))
    for start, end in spans:
        piece = text[start:end]
        assert len(piece) >= 2, piece
        assert piece[0] in QUOTE_MARKS, piece
        assert piece[-1] in QUOTE_MARKS, piece
    for i, (s1, e1) in enumerate(spans):
        for s2, e2 in spans[i + 1 :]:
            assert e2 <= e1 or s2 >= e1, (s1, e1, s2, e2)
    for item in doc["quotes"]:
        for field in ("speaker", "speaker_name"):
            if item[field] is not None:
                assert item[field] in text, item[field]


def test_second_bbc_files_hold_bbc_articles_apart_from_all_older_bbc_gold() -> None:
    assert len(BBC2_GOLD_DOCS) >= 25
    assert len(BBC2_HOLDOUT_DOCS) >= 10
    for doc in BBC2_DOCS:
        assert doc["source"].startswith("bbc/")
        assert doc["id"] == "people-" + doc["source"].removesuffix(".txt").replace("/", "-")
    gold = {doc["source"] for doc in BBC2_GOLD_DOCS}
    holdout = {doc["source"] for doc in BBC2_HOLDOUT_DOCS}
    assert len(gold) == len(BBC2_GOLD_DOCS)
    assert len(holdout) == len(BBC2_HOLDOUT_DOCS)
    assert not gold & holdout
    older = {doc["source"] for path in OLDER_BBC_GOLD for doc in read_jsonl(path)}
    assert not older & (gold | holdout)


def test_second_bbc_working_file_holds_every_common_attribution() -> None:
    seen = {item["attribution"] for doc in BBC2_GOLD_DOCS for item in doc["quotes"]}
    assert {"cue_after", "cue_before", "continued", "paragraph_carry", "none"} <= seen
    kinds = {item["kind"] for doc in BBC2_GOLD_DOCS for item in doc["quotes"]}
    assert kinds == set(KINDS)


def _selected_bbc_articles() -> list[str]:
    """The second BBC set by its rule (``README-speakers.md``), in path order."""
    older = {doc["source"] for path in OLDER_BBC_GOLD for doc in read_jsonl(path)}
    chosen: list[str] = []
    for section in BBC_SECTIONS:
        eligible = [
            f"bbc/{section}/{path.name}"
            for path in sorted((CORPUS / "bbc" / section).glob("[0-9][0-9][0-9].txt"))
            if path.read_bytes().count(b'"') >= 6 and f"bbc/{section}/{path.name}" not in older
        ]
        number = {source: int(source[-7:-4]) for source in eligible}
        by_29 = [source for source in eligible if number[source] % 50 == 29]
        first_three_4 = [source for source in eligible if number[source] % 50 == 4][:3]
        chosen += sorted(by_29 + first_three_4)
    return chosen


def test_second_bbc_set_is_the_rule_and_the_split_is_by_position() -> None:
    if not CORPUS.exists():
        pytest.skip("../shared/corpus is not beside this checkout")
    chosen = _selected_bbc_articles()
    assert len(chosen) == 39
    # positions 2, 5 and 8 of every ten go to the second holdout, in path order
    held = [source for i, source in enumerate(chosen, 1) if i % 10 in (2, 5, 8)]
    kept = [source for i, source in enumerate(chosen, 1) if i % 10 not in (2, 5, 8)]
    assert [doc["source"] for doc in BBC2_HOLDOUT_DOCS] == held
    assert [doc["source"] for doc in BBC2_GOLD_DOCS] == kept


def _other_gold_sources(exclude: Path) -> set[str]:
    """Every article in a gold or holdout file other than ``exclude``, by corpus path."""
    paths = [
        *sorted(GOLD_DIR.glob("*.jsonl")),
        *sorted(HOLDOUT_DIR.glob("*.jsonl")),
        *sorted(HOLDOUT2_DIR.glob("*.jsonl")),
    ]
    return {
        doc.source for doc in load_scored_gold([p for p in paths if p != exclude]) if doc.source
    }


def test_third_bbc_file_holds_bbc_articles_in_no_other_gold_file() -> None:
    assert len(BBC3_DOCS) == 20
    sources = [doc["source"] for doc in BBC3_DOCS]
    assert len(set(sources)) == len(sources)
    for doc in BBC3_DOCS:
        assert doc["source"].startswith("bbc/")
        assert doc["id"] == "people-" + doc["source"].removesuffix(".txt").replace("/", "-")
        assert len(doc["quotes"]) >= 3, doc["id"]
    assert not set(sources) & _other_gold_sources(BBC3_GOLD)


def test_third_bbc_set_is_the_rule() -> None:
    # README-speakers.md: in each section, number order, the first four files numbered
    # 21 modulo 50 with at least six '"' and in no other gold or holdout file; a section
    # with fewer is filled from the files numbered 46 modulo 50 by the same test
    if not CORPUS.exists():
        pytest.skip("../shared/corpus is not beside this checkout")
    taken = _other_gold_sources(BBC3_GOLD)
    chosen: list[str] = []
    for section in BBC_SECTIONS:
        eligible = [
            f"bbc/{section}/{path.name}"
            for path in sorted((CORPUS / "bbc" / section).glob("[0-9][0-9][0-9].txt"))
            if path.read_bytes().count(b'"') >= 6 and f"bbc/{section}/{path.name}" not in taken
        ]
        number = {source: int(source[-7:-4]) for source in eligible}
        picked = [source for source in eligible if number[source] % 50 == 21][:4]
        picked += [source for source in eligible if number[source] % 50 == 46][: 4 - len(picked)]
        chosen += sorted(picked)
    assert [doc["source"] for doc in BBC3_DOCS] == chosen


def _quote_gold_sources(exclude: Path) -> set[str]:
    """Every article in a quotation gold or holdout file other than ``exclude``."""
    paths = [
        *sorted(GOLD_DIR.glob("quotes-*.jsonl")),
        *sorted(HOLDOUT_DIR.glob("quotes-*.jsonl")),
        *sorted(HOLDOUT2_DIR.glob("quotes-*.jsonl")),
    ]
    return {
        doc.source for doc in load_scored_gold([p for p in paths if p != exclude]) if doc.source
    }


def test_second_web_people_file_holds_english_web_articles_in_no_other_quote_gold() -> None:
    assert len(WEB2_DOCS) == 10
    sources = [doc["source"] for doc in WEB2_DOCS]
    assert len(set(sources)) == len(sources)
    for doc in WEB2_DOCS:
        assert doc["source"].startswith("web/")
        assert doc["id"] == "people-" + doc["source"].removesuffix(".txt").replace("/", "-")
        assert doc["quotes"], doc["id"]
    assert not set(sources) & _quote_gold_sources(WEB2_GOLD)


def test_second_web_people_set_is_the_rule() -> None:
    # README-speakers.md: the English files of the web corpus README, in name order, the
    # first ten in no other quotation gold or holdout file, under 8,000 bytes and with at
    # least six straight or curly double quotes
    if not CORPUS.exists():
        pytest.skip("../shared/corpus is not beside this checkout")
    from evaluation.evaluate import _web_languages

    taken = _quote_gold_sources(WEB2_GOLD)
    chosen: list[str] = []
    for name, lang in sorted(_web_languages(CORPUS).items()):
        path = CORPUS / "web" / name
        if lang != "en" or f"web/{name}" in taken or path.stat().st_size >= 8000:
            continue
        text = path.read_text("utf-8")
        if sum(text.count(mark) for mark in '"\u201c\u201d') >= 6:
            chosen.append(f"web/{name}")
    assert [doc["source"] for doc in WEB2_DOCS] == chosen[:10]
