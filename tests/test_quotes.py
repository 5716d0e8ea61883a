"""Example tests for the quotation finder: cases as data files, lexicon coverage, options."""

from __future__ import annotations

import dataclasses
import json
import pickle
from pathlib import Path
from typing import Any

import pytest

from quoteparse import Options, Quote, QuoteKind, find_quotes, parse
from quoteparse.quote_marks import DEFAULT_OPENERS, ELISIONS, MARKS, PAIRS, STRAIGHT
from quoteparse.title_words import SMALL_WORDS, TITLE_NOUNS
from tests.invariants import without_speaker_ids
from tests.quote_checks import check_invariants

CASES = Path(__file__).parent / "cases"
FILES = sorted(p for p in CASES.glob("quotes-*.jsonl") if "known-failures" not in p.name)


def _load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


ALL = [(p.stem, case) for p in FILES for case in _load(p)]
KNOWN = _load(CASES / "quotes-known-failures.jsonl")


def _check_case(case: dict[str, Any]) -> None:
    text = case["text"]
    quotes = find_quotes(text)
    check_invariants(text, quotes)
    doc = parse(text)
    assert without_speaker_ids(doc.quotes) == quotes
    expected = case["quotes"]
    if expected is None:
        return  # only the invariants: broken text that must not raise
    assert [q.span.slice(text) for q in quotes] == [e["span"] for e in expected]
    for q, e in zip(doc.quotes, expected, strict=True):
        for key, want in e.items():
            if key == "span":
                continue
            if key == "person":  # the resolved speaker's name, by parse()
                sid = q.speaker_id
                got: Any = None if sid is None else doc.speakers[sid].name
            else:
                got = getattr(q, key)
            if key in ("kind", "attribution"):
                got = got.value
            elif key == "paragraphs":
                got = [p.slice(text) for p in q.paragraphs]
            assert got == want, f"{key} of {e['span']!r}"


@pytest.mark.parametrize(
    "case", [c for _, c in ALL], ids=[f"{stem}:{c['label']}" for stem, c in ALL]
)
def test_case(case: dict[str, Any]) -> None:
    _check_case(case)


@pytest.mark.parametrize("case", KNOWN, ids=[c["label"] for c in KNOWN])
@pytest.mark.xfail(strict=True, reason="known limitation, documented in docs/quotes.md")
def test_known_failure(case: dict[str, Any]) -> None:
    _check_case(case)


def test_case_labels_are_unique() -> None:
    labels = [c["label"] for _, c in ALL] + [c["label"] for c in KNOWN]
    assert len(labels) == len(set(labels))


def test_quote_mark_table_has_no_duplicates() -> None:
    assert len(PAIRS) == len({(p.open, p.close) for p in PAIRS})
    assert len(ELISIONS) == len(set(ELISIONS))


def test_every_mark_pair_is_used_by_a_case() -> None:
    used = set()
    for _, case in ALL:
        for q in find_quotes(case["text"]):
            used.add((q.open_mark, q.close_mark))
    missing = [p for p in PAIRS if (p.open, p.close) not in used]
    assert not missing


def test_derived_mark_sets() -> None:
    assert STRAIGHT <= MARKS
    assert DEFAULT_OPENERS <= MARKS
    assert all(p.open in MARKS and p.close in MARKS for p in PAIRS)


@pytest.mark.parametrize("word", sorted(ELISIONS))
def test_every_elision_is_not_a_quote(word: str) -> None:
    for mark in ("'", "\N{RIGHT SINGLE QUOTATION MARK}"):
        text = f"Then {mark}{word} the end,{mark} he said."
        assert find_quotes(text) == (), text


def test_seed_article(seed_text: str) -> None:
    quotes = find_quotes(seed_text)
    check_invariants(seed_text, quotes)
    long = [q for q in quotes if q.content.startswith("They [the United States] have tried")]
    assert len(long) == 1
    (q,) = long
    assert q.content.endswith("al-Rukban,")
    assert q.kind is QuoteKind.SPEECH
    assert q.speaker == "the source"
    assert q.cue == "explained"
    assert q.closed
    assert q.depth == 0
    assert q.parent is None
    moderate = [q for q in quotes if q.content == "moderate opposition"]
    assert len(moderate) == 1
    # DESIGN.md: a partial quote (the Center "accused" in its sentence), no speaker.
    assert moderate[0].kind is QuoteKind.PARTIAL
    assert moderate[0].speaker is None
    # "according to their own words" inside the quotation attributes nothing
    assert all(q.cue != "according to" for q in quotes)


def test_max_quote_depth_leaves_deeper_marks_unpaired() -> None:
    text = 'She said: "He wrote \'the sign read "shut" today\' and left."'
    assert [q.depth for q in find_quotes(text)] == [0, 1, 2]
    shallow = find_quotes(text, max_quote_depth=2)
    assert max(q.depth for q in shallow) == 1
    check_invariants(text, shallow, max_depth=2)
    assert [q.depth for q in find_quotes(text, options=Options(max_quote_depth=1))] == [0]


def test_multi_paragraph_off_reports_each_paragraph_unclosed() -> None:
    text = '"First paragraph.\n\n"Second paragraph," she said.'
    (joined,) = find_quotes(text)
    assert len(joined.paragraphs) == 2
    split = find_quotes(text, multi_paragraph=False)
    assert [(q.content, q.closed) for q in split] == [
        ("First paragraph.", False),
        ("Second paragraph,", True),
    ]
    check_invariants(text, split)


def test_attribution_off_leaves_speakers_out_but_keeps_kinds() -> None:
    text = '"We will rebuild the bridge," the mayor said. Not a "real" term.'
    on = find_quotes(text)
    off = find_quotes(text, attribution=False)
    assert on[0].speaker == "the mayor"
    assert [q.span for q in off] == [q.span for q in on]
    assert all(q.speaker is None and q.cue is None and q.continues is None for q in off)
    assert off[0].kind is QuoteKind.SPEECH


def test_unknown_option_and_wrong_type_raise() -> None:
    with pytest.raises(TypeError, match="unknown option"):
        find_quotes("text", quote_depth=2)
    with pytest.raises(TypeError, match="must be str"):
        find_quotes(b"bytes")  # type: ignore[arg-type]


def test_unclosed_quote_does_not_run_to_the_end_of_the_article() -> None:
    text = '"An unclosed quotation.\n\nA second paragraph.\n\nA third, "closed" one.'
    quotes = find_quotes(text)
    assert quotes[0].span.slice(text) == '"An unclosed quotation.'
    assert not quotes[0].closed
    assert quotes[1].content == "closed"


def test_results_are_ordinary_quotes() -> None:
    # find_quotes fills Quote's slots directly (quoteparse._build); each result
    # must still equal, hash, pickle and refuse changes like one built by Quote().
    text = (
        '"We tried," she said, "and \'we failed\' twice."\n'
        '"One more paragraph\n\n"and the last one," Mr Smith told the BBC.'
    )
    found = find_quotes(text)
    assert len(found) == 4
    for q in found:
        built = Quote(**{f.name: getattr(q, f.name) for f in dataclasses.fields(Quote)})
        assert type(q) is Quote
        assert q == built
        assert hash(q) == hash(built)
        assert repr(q) == repr(built)
        assert pickle.loads(pickle.dumps(q)) == q
        assert Quote.from_dict(q.to_dict()) == q
        with pytest.raises(dataclasses.FrozenInstanceError):
            q.depth = 5  # type: ignore[misc]


@pytest.mark.parametrize("noun", TITLE_NOUNS)
def test_every_title_noun_makes_a_title(noun: str) -> None:
    text = f"She spoke about the {noun} “Night Watch” on Monday."
    (q,) = find_quotes(text)
    assert q.kind is QuoteKind.TITLE, text
    assert q.speaker is None
    # Without the noun, one capitalised word is not a name.
    (plain,) = find_quotes("She spoke about the “Watch” on Monday.")
    assert plain.kind is not QuoteKind.TITLE


def test_title_word_tables_have_no_duplicates() -> None:
    assert len(TITLE_NOUNS) == len(set(TITLE_NOUNS))
    assert len(SMALL_WORDS) == len(set(SMALL_WORDS))
    assert all(w == w.lower() for w in (*TITLE_NOUNS, *SMALL_WORDS))


@pytest.mark.parametrize("word", SMALL_WORDS)
def test_every_small_word_stays_inside_a_title(word: str) -> None:
    text = f"They watched “Night {word} Shadows” again."
    (q,) = find_quotes(text)
    assert q.kind is QuoteKind.TITLE, text
    (not_small,) = find_quotes("They watched “Night falls Shadows” again.")
    assert not_small.kind is not QuoteKind.TITLE
