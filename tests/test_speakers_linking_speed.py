"""The shortcuts of the linking step give what the longer way gives."""

from __future__ import annotations

import re

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteparse import find_quotes
from quoteparse.speakers import people, resolve
from quoteparse.speakers.names import _moved, read_mention
from quoteparse.speakers.people import NameIndex

# Pieces of news text: names, roles, cues, quotation marks of every kind and
# apostrophes that may stand next to them.
_PIECES = st.sampled_from(
    [
        "Dana Reyes ",
        "Mr Reyes ",
        "Reyes said. ",
        "Tom O’Neill, 36, ",
        "the mayor ",
        "Mayor Jo Kemp ",
        '"',
        "“",
        "”",
        "‘",
        "’",
        "'",
        "« ",
        " »",
        "He said ",
        "But Kemp ",
        ", who ",
        ". ",
        "\n",
        "Chelsea’s statement ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join), st.integers(0, 400), st.integers(0, 400))
def test_names_between_skipping_quotations_drops_only_names_inside_them(
    text: str, a: int, b: int
) -> None:
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    top = [q.span for q in find_quotes(text) if q.parent is None]
    starts, ends = [s.start for s in top], [s.end for s in top]

    def inside(at: int) -> bool:
        return any(s <= at < e for s, e in zip(starts, ends, strict=True))

    everything = NameIndex(text).names_between(lo, hi)
    skipping = NameIndex(text).names_between(lo, hi, (starts, ends))
    assert [w for w in skipping if not inside(w.span.start)] == [
        w for w in everything if not inside(w.span.start)
    ]


@given(st.sampled_from(["Mr Crosby's statement", "Frau Dr. Merkel", "the minister, Jo Kemp"]))
def test_a_mention_read_elsewhere_moves_every_span(written: str) -> None:
    here = read_mention(written, 0, len(written))
    text = "Some words first. " + written
    there = read_mention(text, 18, len(text))
    assert there == _moved(here, 18)
    for field in here._fields:
        value, moved = getattr(here, field), getattr(there, field)
        if field.endswith("span") and value is not None:
            assert (moved.start, moved.end) == (value.start + 18, value.end + 18)
        else:
            assert moved == value


# Text around runs of capitalised words: titles with and without their full
# stop, initials, particles, elided articles, and what may end a run.
_RUN_PIECES = st.sampled_from(
    [
        "Dr. ",
        "Dr ",
        "Mr.",
        "Messrs. ",
        "Prof.Kemp ",
        "Mlle. ",
        "St.",
        "J. ",
        "W.",
        "Dana ",
        "Reyes",
        "O’Neill ",
        "von der ",
        "de ",
        "d'",
        "l’",
        "é",
        "\u0301",
        " ",
        "\u00a0",
        ". ",
        ", ",
        "-",
        "7",
        "said ",
        "\n",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_RUN_PIECES, max_size=24).map("".join), st.integers(0, 200), st.integers(0, 200))
def test_the_title_lookahead_leaves_every_run_as_the_plain_pattern_finds_it(
    text: str, a: int, b: int
) -> None:
    # people._RUN_RE tries a lookahead before its alternation of titles, for speed only.
    assert people._TITLE_GUARD, "a title no longer has the shape the lookahead assumes"
    plain = regex.compile(people._RUN_RE.pattern.replace(people._TITLE_GUARD, ""), regex.VERBOSE)
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    assert [m.span() for m in people._RUN_RE.finditer(text, lo, hi)] == [
        m.span() for m in plain.finditer(text, lo, hi)
    ]


_SENTENCE_PIECES = st.sampled_from(
    [". ", "!", "?", '"', "”", "’", "»", " ", "\t", "\n", "\r\n", "\u2028", "\x85", "word", "."]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_SENTENCE_PIECES, max_size=24).map("".join), st.integers(0, 80), st.integers(0, 80))
def test_the_sentence_end_lookahead_leaves_every_end_in_place(text: str, a: int, b: int) -> None:
    # resolve._SENTENCE_END_RE opens with a lookahead for speed only.
    end_re = resolve._SENTENCE_END_RE
    plain = re.compile(end_re.pattern.replace(resolve._SENTENCE_END_GUARD, "", 1), re.VERBOSE)
    assert plain.pattern != end_re.pattern
    lo, hi = min(a, b, len(text)), min(max(a, b), len(text))
    assert [m.span() for m in end_re.finditer(text, lo, hi)] == [
        m.span() for m in plain.finditer(text, lo, hi)
    ]


def _verb_after_as_alternation() -> regex.Pattern[str]:
    # people._VERB_AFTER as it was written before its verbs became a trie.
    verbs = "|".join(sorted(people._VERB_WORDS))
    return regex.compile(rf"[ \u00a0]+(?:(?:{people._ADVERBS})[ \u00a0]+){{0,2}}(?:{verbs})\b")


def test_the_verb_trie_matches_after_every_verb_as_the_alternation_does() -> None:
    plain = _verb_after_as_alternation()
    ends = ["", " ", ".", "s", "ed", "-", "\u0301", "’s", "ing", "_", "2"]
    for verb in sorted(people._VERB_WORDS):
        for lead in (" ", "\u00a0 ", " now ", " has also "):
            for end in ends:
                for written in (verb, verb[:-1], verb.capitalize()):
                    text = "Kemp" + lead + written + end
                    fast = people._VERB_AFTER_RE.match(text, 4) is not None
                    assert fast == (plain.match(text, 4) is not None), text


_AFTER_PIECES = st.sampled_from(
    [*sorted(people._VERB_WORDS)[::7], "now", "has", " ", "\u00a0", ",", "ed", "s", "-", "x", "12"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_AFTER_PIECES, max_size=8).map("".join))
def test_the_verb_trie_matches_where_the_alternation_does(text: str) -> None:
    plain = _verb_after_as_alternation()
    for at in range(len(text)):
        assert (people._VERB_AFTER_RE.match(text, at) is None) == (plain.match(text, at) is None)


_APPOSITION_PIECES = st.sampled_from(
    [
        *(", ", ",", " ", "  ", "\u00a0", "deputy ", "chief", "Nomura", "36", "-", "&", "("),
        *(")", ".", ";", ":", "’s", "é", "\u0301", "\n", '"', "x" * 3),
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_APPOSITION_PIECES, max_size=60).map("".join))
def test_the_possessive_apposition_matches_as_the_greedy_one(text: str) -> None:
    # people._APPOSITION_PHRASE_RE is possessive for speed only.
    greedy = regex.compile(
        people._APPOSITION_PHRASE_RE.pattern.replace("++", "+").replace("}+", "}"), regex.VERBOSE
    )
    assert greedy.pattern != people._APPOSITION_PHRASE_RE.pattern
    for at in range(len(text)):
        fast = people._APPOSITION_PHRASE_RE.match(text, at)
        slow = greedy.match(text, at)
        assert (fast and (fast.span(), fast.group("phrase"))) == (
            slow and (slow.span(), slow.group("phrase"))
        ), at


def _run_at_from_window_start(text: str, at: int) -> tuple[int, int] | None:
    # NameIndex._run_at as it read before it started at people._run_free.
    lo = max(0, at - people._RUN_REACH)
    hi = min(len(text), at + people._RUN_REACH)
    m = people._RUN_RE.search(text, lo, hi)
    while m is not None and m.end() <= at:
        m = people._RUN_RE.search(text, m.end(), hi)
    if m is None or m.start() > at:
        return None
    return m.span()


_PROSE_PIECES = st.sampled_from(
    [
        *("Dr. ", "Mr ", "J. ", "Dana ", "Reyes ", "Reyes", "von ", "de la ", "den ", "derby "),
        *("said ", "the ", "a ", "é ", "Édith ", "ǅ ", "Ⅻ ", "\u00a0", " ", "  ", ", ", ". "),
        *("d'", "l’", "-", "\u0301", "\n", "x" * 30 + " "),
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PROSE_PIECES, max_size=40).map("".join))
def test_the_run_at_a_word_is_the_one_the_window_scan_finds(text: str) -> None:
    index = people.NameIndex(text)
    for at in range(len(text)):
        assert index._run_at(at) == _run_at_from_window_start(text, at), at
