"""Spanish cues with no subject written (speakers/spanish.py, speakers/words_es.py)."""

from __future__ import annotations

import pytest

from quoteparse import QuoteKind, find_quotes, parse
from quoteparse._build import span
from quoteparse.speakers.results import Found, QuoteSpan
from quoteparse.speakers.spanish import relative_antecedent, subjectless
from quoteparse.speakers.words_es import LEAD_WORDS, OPINION_VERBS, RELATIVES, SUBJECTLESS_CUES

_NAMED = '"Es grave", dijo Laura Magallanes.'


@pytest.mark.parametrize("cue", sorted(SUBJECTLESS_CUES))
def test_subjectless_cue_continues_the_last_speaker(cue: str) -> None:
    text = f'{_NAMED} {cue.capitalize()} que el proceso es "complejo".'
    doc = parse(text)
    assert [q.attribution.value for q in doc.quotes] == ["cue_after", "continued"]
    assert [doc.speakers[q.speaker_id].name for q in doc.quotes if q.speaker_id is not None] == [
        "Laura Magallanes",
        "Laura Magallanes",
    ]


def test_after_a_short_phrase_and_a_comma() -> None:
    doc = parse(f'{_NAMED} Al respecto, señaló que es "complejo".')
    assert doc.quotes[1].speaker == "Laura Magallanes"


def test_a_paragraph_later_is_paragraph_carry_and_farther_back_is_open() -> None:
    doc = parse(f'{_NAMED}\n\nAdmitió que es "complejo".')
    assert doc.quotes[1].attribution.value == "paragraph_carry"
    doc = parse(f'{_NAMED}\n\nOtro tema.\n\nNada más.\n\nAdmitió que es "complejo".')
    assert doc.quotes[1].speaker is None


def _second_continues(text: str) -> bool:
    """Whether :func:`subjectless` gives the second quotation the first one's speaker."""
    quotes = find_quotes(text)
    spans = [
        QuoteSpan(q.span.start, q.span.end, q.content_span.start, q.content_span.end, 0)
        for q in quotes
    ]
    found = [Found(QuoteKind.SPEECH, quotes[0].speaker_span)]
    hit = subjectless(text, 0, spans[1].start, quotes=spans, found=found, last_named=0)
    return hit is not None


def test_a_lower_case_verb_mid_sentence_or_no_speaker_before_gives_nothing() -> None:
    assert _second_continues(f'{_NAMED} Admitió que es "complejo".')
    assert not _second_continues(f'{_NAMED} Luego admitió que es "complejo".')
    assert parse('Admitió que el proceso es "complejo".').quotes[0].speaker is None


@pytest.mark.parametrize("word", sorted(LEAD_WORDS))
def test_lead_word_opens_a_phrase_before_the_cue(word: str) -> None:
    doc = parse(f'{_NAMED} {word.capitalize()} eso, agregó que es "complejo".')
    assert doc.quotes[1].speaker == "Laura Magallanes", word


@pytest.mark.parametrize("coordinator", ["Y", "E", "Pero"])
def test_a_coordinator_before_a_subjectless_cue(coordinator: str) -> None:
    doc = parse(f'{_NAMED} {coordinator} remató: "Es complejo."')
    assert (doc.quotes[1].speaker, doc.quotes[1].attribution.value) == (
        "Laura Magallanes",
        "continued",
    )


@pytest.mark.parametrize("relative", sorted(RELATIVES))
def test_a_relative_stands_for_the_name_before_it(relative: str) -> None:
    (q,) = find_quotes(f'Se le preguntó a Yurramendi, {relative} señaló que "están negociando".')
    assert q.speaker == "Yurramendi"


def test_a_relative_with_no_name_before_it_or_no_comma_stays() -> None:
    for text in ("Hay un vecino, quien señaló", "Fue Yurramendi quien señaló"):
        at = text.index("quien")
        mention = span(at, at + len("quien"))
        assert relative_antecedent(text, mention, 0) == mention


@pytest.mark.parametrize("verb", sorted(OPINION_VERBS))
def test_segun_and_an_opinion_verb_continue_the_last_speaker(verb: str) -> None:
    doc = parse(f'{_NAMED} Según {verb}, "no hay un plan".')
    assert (doc.quotes[1].speaker, doc.quotes[1].attribution.value) == (
        "Laura Magallanes",
        "continued",
    )
