"""German reported speech with no cue: every entry of the reported_de tables does its job."""

from __future__ import annotations

import re
import sys

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from quoteparse import parse
from quoteparse.speakers.reported_de import (
    _GERMAN_RE,
    FOLD_ONLY,
    _has_lower_marker,
    german,
    sentence_subject,
    subjunctive,
)
from quoteparse.speakers.results import QuoteSpan
from quoteparse.speakers.titles_de import named_thing
from quoteparse.speakers.words_de import (
    GERMAN_MARKERS,
    NOT_SUBJECTS,
    PARTIAL_VERBS,
    SPEECH_PARTICIPLES,
    SUBJUNCTIVE_VERBS,
    TITLE_PREPOSITIONS,
)


def _people(text: str) -> list[str | None]:
    doc = parse(text)
    return [None if q.speaker_id is None else doc.speakers[q.speaker_id].name for q in doc.quotes]


@pytest.mark.parametrize("verb", sorted(SUBJUNCTIVE_VERBS))
def test_subjunctive_sentence_continues_the_speaker(verb: str) -> None:
    text = f"„Wir bleiben“, sagt Jonas Weber. Vieles {verb} aber „nicht klar“."
    assert subjunctive(text, text.index("Vieles"), text.index("„nicht"))
    assert _people(text) == ["Jonas Weber", "Jonas Weber"]


def test_indicative_sentence_does_not_continue_the_speaker() -> None:
    text = "„Wir bleiben“, sagt Jonas Weber. Vieles ist aber „nicht klar“."
    assert _people(text) == ["Jonas Weber", None]


@pytest.mark.parametrize("word", sorted(GERMAN_MARKERS))
def test_german_marker_makes_a_sentence_german(word: str) -> None:
    text = f"Tom {word} Leeds"
    assert german(text, 0, len(text))
    assert not german("Tom lives in Leeds", 0, 18)


@pytest.mark.parametrize("word", sorted(NOT_SUBJECTS))
def test_not_subject_word_opens_no_subject(word: str) -> None:
    first = f"{word.capitalize()} Weber lacht."
    assert sentence_subject(first, 0, len(first)) is None
    verb_slot = f"Jonas Weber {word} Leeds."
    assert sentence_subject(verb_slot, 0, len(verb_slot)) is None
    plain = "Jonas Weber lacht."
    assert sentence_subject(plain, 0, len(plain)) is not None


def test_tables_have_no_duplicates_and_no_overlap() -> None:
    assert not SUBJUNCTIVE_VERBS & NOT_SUBJECTS


@pytest.mark.parametrize("word", sorted(TITLE_PREPOSITIONS))
def test_title_preposition_makes_a_short_quotation_a_name(word: str) -> None:
    text = f"„Wir bleiben“, sagt Jonas Weber {word} »Neue Zeit«, das sei gut."
    doc = parse(text)
    second = doc.quotes[1]
    assert second.kind.value in ("scare", "title")
    assert (second.speaker, second.speaker_id) == (None, None)


def test_a_short_quotation_after_other_lower_case_words_keeps_its_speaker() -> None:
    text = "„Wir bleiben“, sagt Jonas Weber und nennt das »Neue Zeit«."
    assert parse(text).quotes[1].kind.value not in ("scare", "title")


@pytest.mark.parametrize("verb", sorted(PARTIAL_VERBS))
def test_partial_verb_gives_the_sentence_subject(verb: str) -> None:
    text = f"„Wir bleiben“, sagt Jonas Weber. Er {verb} nun »die Wende«."
    assert _people(text) == ["Jonas Weber", "Jonas Weber"]


@pytest.mark.parametrize("participle", sorted(SPEECH_PARTICIPLES))
def test_speech_participle_gives_the_sentence_subject(participle: str) -> None:
    after = f"Jonas Weber lacht und winkt. Weber hat »die Wende« {participle}."
    assert _people(after) == ["Jonas Weber"]


def test_speech_participle_before_a_dass_clause_gives_the_sentence_subject() -> None:
    text = "Jonas Weber lacht und winkt. Weber hat gesagt, dass »die Wende« komme."
    assert _people(text) == ["Jonas Weber"]


def test_a_partial_with_no_speech_verb_has_no_speaker() -> None:
    assert _people("Jonas Weber lacht und winkt. Weber hat »die Wende« gesehen.") == [None]


def test_fold_only_lists_every_letter_lower_does_not_map_onto_a_marker_letter() -> None:
    # german() rejects a window when its lower-cased copy holds no marker; that
    # is exact only if lower() maps every character _GERMAN_RE folds onto a
    # marker's letter to that letter, FOLD_ONLY aside.
    letters = {c for w in GERMAN_MARKERS for c in w.lower()}
    folds = regex.compile(f"[{''.join(sorted(letters))}]", regex.IGNORECASE)
    odd = set()
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        if folds.fullmatch(c) and c.lower() not in letters:
            odd.add(c)
    assert odd == set(FOLD_ONLY)


_PIECES = st.sampled_from(
    [
        *sorted(GERMAN_MARKERS),
        *(w.upper() for w in GERMAN_MARKERS),
        *FOLD_ONLY,
        *("Und", "ÜBER", "s", "ich", "I", "st", "-", " ", "a", "é", "\u0301", "1", ".", "„", "\n"),
    ]
)


@given(st.lists(_PIECES, max_size=30), st.data())
def test_german_answers_as_the_bare_marker_search(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert german(text, lo, hi) == (_GERMAN_RE.search(text, lo, hi) is not None)


# The rejection german() used to run: the lower-case markers, whole, as one
# regex. _has_lower_marker must answer as it did on every text.
_LOWER_SEARCH = re.compile(
    r"(?<![a-z\-])(?:"
    + "|".join(sorted({w.lower() for w in GERMAN_MARKERS}, key=len, reverse=True))
    + r")(?![a-z\-])"
)
_LOWER_PIECES = st.sampled_from(
    [
        *sorted({w.lower() for w in GERMAN_MARKERS}),
        *("eine", "ein", "d", "er", "e", "s", "ü", "ber", "a", "z", "-", " ", "'", "é", "1", "_"),
    ]
)


@given(st.lists(_LOWER_PIECES, max_size=30))
def test_the_marker_rejection_answers_as_the_whole_word_regex(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _has_lower_marker(text) == (_LOWER_SEARCH.search(text) is not None)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("und", True),
        ("x und", True),
        ("-und", False),
        ("und-", False),
        ("fund under", False),
        ("über", True),
        ("äund", True),  # ä is no ASCII letter: the regex border held there too
        ("zuber", False),
        ("einer eine", True),
        ("", False),
    ],
)
def test_the_marker_rejection_on_borders(text: str, found: bool) -> None:
    assert _has_lower_marker(text) is found
    assert (_LOWER_SEARCH.search(text) is not None) is found


@pytest.mark.parametrize(
    ("gap", "named"), [(" ", True), ("\u00a0", True), (" \u00a0 ", True), ("", False)]
)
def test_name_in_marks_needs_a_space_before_its_mark(gap: str, named: bool) -> None:
    text = f"Er sagte in{gap}»CNN«, es sei gut."
    a, b = text.index("»"), text.index("«") + 1
    assert named_thing(text, QuoteSpan(a, b, a + 1, b - 1, 0), 0) is named
