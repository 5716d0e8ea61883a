"""Example tests for the insertion finder: the seed article, every kind, every lexicon entry."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quoteparse import (
    Insertion,
    InsertionKind,
    Options,
    Quote,
    Span,
    find_insertions,
    parse,
)
from quoteparse import insertion_words as words
from quoteparse.parse import link_insertions
from tests.factories import make_quote

from .invariants import check_document

GOLD = Path(__file__).resolve().parents[1] / "evaluation" / "gold"

# Own-text cases the finder is known to get wrong, with the reason.
KNOWN_FAILURES = {
    # Two lines are too few to tell a hard wrap from a paragraph break
    # (wraps.MIN_JOINTS), so the bracket does not pair across the break.
    "ins-own-hard-wrapped": "a two-line text is not read as hard-wrapped",
    "ins-own-math": "a bracketed matrix reads as a clarification",
}


def _own_cases() -> list[Any]:
    cases = []
    for line in (GOLD / "insertions-own.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        marks = []
        if doc["id"] in KNOWN_FAILURES:
            marks.append(pytest.mark.xfail(reason=KNOWN_FAILURES[doc["id"]], strict=True))
        cases.append(pytest.param(doc, id=doc["id"], marks=marks))
    return cases


def test_seed_article_has_exactly_the_two_clarifications(seed_text: str) -> None:
    found = find_insertions(seed_text)
    assert [(i.content, i.kind) for i in found] == [
        ("the United States", InsertionKind.CLARIFICATION),
        ("said that it", InsertionKind.CLARIFICATION),
    ]
    for ins in found:
        assert ins.span.slice(seed_text) == f"[{ins.content}]"
        assert ins.quote is None


@pytest.mark.parametrize("doc", _own_cases())
def test_own_gold_case(doc: dict[str, Any]) -> None:
    text = doc["text"]
    found = find_insertions(text)
    assert [(i.span.start, i.span.end, i.kind.value) for i in found] == [
        (g["start"], g["end"], g["kind"]) for g in doc["insertions"]
    ]
    _check_results(text, found)
    doc = parse(text)
    check_document(doc)
    assert [i.span for i in doc.insertions] == [i.span for i in found]


def _check_results(text: str, found: tuple[Insertion, ...]) -> None:
    for ins in found:
        assert ins.content_span.slice(text) == ins.content
        assert ins.span.start + 1 == ins.content_span.start
        assert ins.content_span.end + 1 == ins.span.end
        assert Insertion.from_dict(ins.to_dict()) == ins


def test_round_sic_can_be_turned_off() -> None:
    text = "They recieved (sic) it [sic]."
    assert [i.content for i in find_insertions(text)] == ["sic", "sic"]
    assert [i.content for i in find_insertions(text, round_sic=False)] == ["sic"]
    off = find_insertions(text, options=Options(round_sic=False))
    assert off[0].span.slice(text) == "[sic]"


def test_round_sic_inside_square_brackets_is_not_reported_twice() -> None:
    text = "He wrote [recieved (sic) twice] and left."
    (ins,) = find_insertions(text)
    assert ins.span.slice(text) == "[recieved (sic) twice]"


def test_max_insertion_length() -> None:
    text = "A [" + "x" * 30 + "] b [short]."
    assert [i.content for i in find_insertions(text, max_insertion_length=20)] == ["short"]
    assert len(find_insertions(text)) == 2


def test_max_bracket_depth_forgets_the_oldest_open_bracket() -> None:
    text = "[[[a]]]"
    assert find_insertions(text)[0].span.slice(text) == "[[[a]]]"
    assert find_insertions(text, max_bracket_depth=2)[0].span.slice(text) == "[[a]]"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[",
        "]",
        "[]",
        "[ ]",
        "[\n]",
        "[a\r\nb]",
        "[a\u2028b]",
        "]]]][[[[",
        "[" * 100_000,
        "[]" * 1000,
        "[x](https://example.org)",
        "[x](/path)",
        "(sick) (sicily) (basic)",
    ],
)
def test_no_insertion(text: str) -> None:
    assert find_insertions(text) == ()


def test_unclosed_and_stray_brackets_leave_real_pairs_alone() -> None:
    text = "x] [open [a pair] ] more [another] ["
    assert [i.span.slice(text) for i in find_insertions(text)] == [
        "[open [a pair] ]",
        "[another]",
    ]


def test_nested_pairs_report_the_outermost() -> None:
    text = "The [then [acting] minister] quit. A [b] c."
    assert [i.content for i in find_insertions(text)] == ["then [acting] minister", "b"]


def test_pairs_do_not_cross_a_line_break() -> None:
    text = "He said [this\nand [that] too]."
    assert [i.content for i in find_insertions(text)] == ["that"]


# A paragraph hard-wrapped at 60 columns (wraps.unwrap reads its newlines as wraps).
WRAPPED = (
    "The ministers met on Tuesday to talk about the sanctions\n"
    'once more. "They have tried for years, and They [the United\n'
    'States] have tried," the source explained, adding that\n'
    "[sic] nothing had changed in the talks since the spring of\n"
    "that year."
)


def test_a_pair_over_a_hard_wrap_is_the_one_on_one_line() -> None:
    on_one_line = find_insertions(WRAPPED.replace("\n", " "))
    found = find_insertions(WRAPPED)
    assert [i.content for i in found] == ["the United\nStates", "sic"]
    assert [(i.span, i.kind) for i in found] == [(i.span, i.kind) for i in on_one_line]


def test_parse_links_an_insertion_over_a_wrap_to_its_quotation() -> None:
    doc = parse(WRAPPED)
    (quote,) = doc.quotes
    assert quote.speaker == "the source"
    assert [i.quote for i in doc.insertions] == [0, None]
    assert doc.insertions[0].span in quote.content_span


def test_wrong_types_and_options_fail_loudly() -> None:
    with pytest.raises(TypeError, match="decode"):
        find_insertions(b"[sic]")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="unknown option"):
        find_insertions("[sic]", max_depth=3)
    with pytest.raises(ValueError, match="max_insertion_length"):
        Options(max_insertion_length=0)
    with pytest.raises(ValueError, match="max_bracket_depth"):
        Options(max_bracket_depth=0)


# --- the lexicon tables: unique entries, each used by a case -----------------

TABLES = {
    "SIC_FORMS": words.SIC_FORMS,
    "OMISSION_PHRASES": words.OMISSION_PHRASES,
    "NOTE_PHRASES": words.NOTE_PHRASES,
    "NOTE_PREFIXES": words.NOTE_PREFIXES,
    "NOTE_WORDS": words.NOTE_WORDS,
    "REFERENCE_PHRASES": words.REFERENCE_PHRASES,
    "SUFFIXES": words.SUFFIXES,
    "GRAMMAR_WORDS": words.GRAMMAR_WORDS,
    "AUXILIARIES": words.AUXILIARIES,
}


@pytest.mark.parametrize("name", TABLES)
def test_table_entries_are_unique_and_normalised(name: str) -> None:
    table = TABLES[name]
    assert len(set(table)) == len(table)
    for entry in table:
        if name != "NOTE_PREFIXES":
            assert words.normalise(entry) == entry


def _entry_cases() -> list[Any]:
    cases = []
    for entry in words.SIC_FORMS:
        cases.append(("sic", entry, f'"Their [{entry}] going," it read.', InsertionKind.SIC))
    for entry in words.OMISSION_PHRASES:
        cases.append(("omission", entry, f"It said [{entry}] here.", InsertionKind.OMISSION))
    for entry in words.NOTE_PHRASES:
        cases.append(("note", entry, f'"We go [{entry}]," he said.', InsertionKind.NOTE))
    for entry in words.NOTE_PREFIXES:
        text = f'"We go [{entry} Russian text]," he said.'
        cases.append(("note-prefix", entry, text, InsertionKind.NOTE))
    for entry in words.NOTE_WORDS:
        text = f'"Thanks [audience {entry}]," he said.'
        cases.append(("note-word", entry, text, InsertionKind.NOTE))
    for entry in words.REFERENCE_PHRASES:
        cases.append(("reference", entry, f"It is so.[{entry}] Next.", InsertionKind.REFERENCE))
    for entry in words.SUFFIXES:
        cases.append(
            ("suffix", entry, f'"She walk[{entry}] on," he said.', InsertionKind.ALTERATION)
        )
    for entry in words.AUXILIARIES:
        text = f'"We [{entry} been] there," he said.'
        cases.append(("auxiliary", entry, text, InsertionKind.ALTERATION))
    for entry in words.GRAMMAR_WORDS:
        cases.append(
            ("grammar", entry, f'"This [{entry}] fine," he said.', InsertionKind.ALTERATION)
        )
    return [pytest.param(text, kind, id=f"{table}:{entry}") for table, entry, text, kind in cases]


@pytest.mark.parametrize(("text", "kind"), _entry_cases())
def test_every_table_entry_is_used(text: str, kind: InsertionKind) -> None:
    (ins,) = find_insertions(text)
    assert ins.kind is kind
    assert ins.span.slice(text).startswith("[")


# --- linking, with hand-built quotations -----------------------------------------


def _quote(start: int, end: int, depth: int = 0, parent: int | None = None) -> Quote:
    return make_quote(Span(start, end), depth=depth, parent=parent)


def test_link_insertions_innermost_quote() -> None:
    text = 'A [x] "They [y] said \'we [z] go\' [w]" and "[v]" [u].'
    outer = text.index('"They')
    inner = text.index("'we")
    last = text.index('"[v]')
    quotes = (
        _quote(outer, text.index('" and') + 1),
        _quote(inner, text.index("' [w]") + 1, depth=1, parent=0),
        _quote(last, last + 5),
    )
    for q in quotes:
        assert text[q.span.start] + text[q.span.end - 1] in ('""', "''")
    linked = link_insertions(find_insertions(text), quotes)
    assert [(i.content, i.quote) for i in linked] == [
        ("x", None),
        ("y", 0),
        ("z", 1),
        ("w", 0),
        ("v", 2),
        ("u", None),
    ]


def test_link_insertions_seed_shape(seed_text: str) -> None:
    # The long quotation of the seed article, built by hand from its marks.
    start = seed_text.index('"They [')
    end = seed_text.index('," the source explained') + 2
    quotes = (_quote(start, end),)
    linked = link_insertions(find_insertions(seed_text), quotes)
    assert [i.quote for i in linked] == [0, 0]


def test_parse_links_the_seed_insertions_to_the_sources_quotation(seed_text: str) -> None:
    doc = parse(seed_text)
    assert [i.span for i in doc.insertions] == [i.span for i in find_insertions(seed_text)]
    if not doc.quotes:
        pytest.skip("the quote finder returns no quotations on this branch yet")
    holders = {i.quote for i in doc.insertions}
    assert len(holders) == 1
    (index,) = holders
    assert index is not None
    quote = doc.quotes[index]
    assert quote.content.startswith("They [the United States] have tried")
    assert quote.speaker == "the source"


@pytest.mark.parametrize("text", ["a [[]] b", "x [] y", "a [, ] b", "[[]]" * 50, "the [-] sign"])
def test_brackets_with_no_words_insert_nothing(text: str) -> None:
    assert find_insertions(text) == ()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We [...] left", InsertionKind.OMISSION),
        ("the [?] town", InsertionKind.NOTE),
        ("sein [!] Haus", InsertionKind.SIC),
    ],
)
def test_signs_and_dots_alone_in_brackets_are_kept(text: str, kind: InsertionKind) -> None:
    (ins,) = find_insertions(text)
    assert ins.kind is kind
