"""Attribution: every lexicon entry drives a case, plus the rules around each quotation."""

from __future__ import annotations

import pytest

from quoteparse import QuoteKind, find_quotes
from quoteparse.cue_verbs import (
    AUXILIARIES,
    COORDINATORS,
    CUES,
    INVERSION_ADVERBS,
    INVERSION_ARTICLES,
    INVERSION_PRONOUNS,
    OPINION_LEADS,
    PARTIAL_CUES,
    SCARE_CUES,
    STOPWORDS,
    Cue,
)
from quoteparse.titles import TITLES
from tests.quote_checks import check_invariants

TABLES = {
    "CUES": [c.text for c in CUES],
    "AUXILIARIES": list(AUXILIARIES),
    "STOPWORDS": list(STOPWORDS),
    "SCARE_CUES": list(SCARE_CUES),
    "PARTIAL_CUES": list(PARTIAL_CUES),
    "TITLES": list(TITLES),
    "INVERSION_PRONOUNS": list(INVERSION_PRONOUNS),
    "INVERSION_ARTICLES": list(INVERSION_ARTICLES),
    "INVERSION_ADVERBS": list(INVERSION_ADVERBS),
    "COORDINATORS": list(COORDINATORS),
    "OPINION_LEADS": list(OPINION_LEADS),
}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_tables_have_no_duplicates(name: str) -> None:
    entries = TABLES[name]
    assert len(entries) == len(set(entries))


def _one(text: str):  # type: ignore[no-untyped-def]
    quotes = find_quotes(text)
    check_invariants(text, quotes)
    assert len(quotes) == 1, quotes
    return quotes[0]


@pytest.mark.parametrize("cue", CUES, ids=[c.text for c in CUES])
def test_every_cue_attributes_after_the_quote(cue: Cue) -> None:
    if cue.speaker_after:
        q = _one(f'"We will act," {cue.text} the spokesman.')
        assert (q.speaker, q.cue) == ("the spokesman", cue.text)
        return
    obj = " reporters" if cue.takes_object else ""
    q = _one(f'"We will act," the spokesman {cue.text}{obj}.')
    assert q.speaker == "the spokesman"
    assert q.cue == cue.text + obj
    assert q.kind is QuoteKind.SPEECH


@pytest.mark.parametrize("cue", CUES, ids=[c.text for c in CUES])
def test_every_cue_attributes_before_the_quote(cue: Cue) -> None:
    if cue.speaker_after:
        written = cue.text[0].upper() + cue.text[1:]
        q = _one(f'{written} the spokesman, "We will act."')
        assert (q.speaker, q.cue) == ("the spokesman", written)
        return
    q = _one(f'The spokesman {cue.text}: "We will act."')
    assert q.speaker == "The spokesman"
    assert q.cue == cue.text
    assert q.kind is QuoteKind.SPEECH


def test_a_word_that_is_not_a_cue_attributes_nothing() -> None:
    q = _one('The spokesman smiled: "We will act."')
    assert q.speaker is None
    assert q.cue is None


@pytest.mark.parametrize("title", TITLES)
def test_every_title_belongs_to_the_speaker(title: str) -> None:
    for written in (f"{title}.", title):
        q = _one(f'"We will act," said {written} John Smith.')
        assert q.speaker == f"{written} John Smith"
        q = _one(f'{written} John Smith said: "We will act."')
        assert q.speaker == f"{written} John Smith"


@pytest.mark.parametrize("aux", AUXILIARIES)
def test_every_auxiliary_sits_between_speaker_and_cue(aux: str) -> None:
    q = _one(f'"We will act," the spokesman {aux} said.')
    assert (q.speaker, q.cue) == ("the spokesman", "said")
    q = _one(f'The spokesman {aux} said: "We will act."')
    assert (q.speaker, q.cue) == ("The spokesman", "said")


@pytest.mark.parametrize("stop", STOPWORDS)
def test_every_stopword_ends_the_speaker(stop: str) -> None:
    q = _one(f'"We will act," said John Smith {stop} the meeting.')
    assert q.speaker == "John Smith"
    q = _one(f'The meeting {stop} John Smith said: "We will act."')
    assert q.speaker == "John Smith"


@pytest.mark.parametrize("pronoun", INVERSION_PRONOUNS)
def test_every_inversion_pronoun_follows_the_verb_in_a_colon_intro(pronoun: str) -> None:
    q = _one(f'Dann sagte {pronoun}: "Wir kommen."')
    assert (q.speaker, q.cue) == (pronoun, "sagte")
    plain = _one('Dann sagte: "Wir kommen."')
    assert plain.speaker != pronoun


@pytest.mark.parametrize("article", INVERSION_ARTICLES)
def test_every_inversion_article_opens_the_speaker_after_the_verb(article: str) -> None:
    q = _one(f'Dann sagte {article} Sprecher: "Wir kommen."')
    assert (q.speaker, q.cue) == (f"{article} Sprecher", "sagte")


@pytest.mark.parametrize("adverb", INVERSION_ADVERBS)
def test_every_inversion_adverb_is_skipped_before_the_speaker(adverb: str) -> None:
    q = _one(f'"Wir kommen", sagt {adverb} Stenger.')
    assert (q.speaker, q.cue) == ("Stenger", "sagt")


@pytest.mark.parametrize("conj", COORDINATORS)
def test_every_coordinator_keeps_the_word_after_the_verb_an_object(conj: str) -> None:
    inverted = _one('Dann findet sie: "Wir singen."')
    assert inverted.speaker == "sie"
    q = _one(f'Paul Kern sucht Worte {conj} findet sie: "Wir singen."')
    assert q.speaker != "sie"


@pytest.mark.parametrize("lead", OPINION_LEADS)
def test_every_opinion_lead_names_the_speaker_at_the_sentence_start(lead: str) -> None:
    q = _one(f'{lead} la toxicologue, "le produit est sûr."')
    assert (q.speaker, q.cue) == ("la toxicologue", lead)
    inside = _one(f'Il a voté {lead.lower()} la toxicologue, "le produit est sûr."')
    assert inside.speaker != "la toxicologue"


@pytest.mark.parametrize("cue", SCARE_CUES)
def test_every_scare_cue_makes_a_scare_quote(cue: str) -> None:
    plain = _one('They met the "inner circle of close friends and family" there.')
    assert plain.kind is QuoteKind.PARTIAL
    q = _one(f'They met the {cue} "inner circle of close friends and family" there.')
    assert q.kind is QuoteKind.SCARE


@pytest.mark.parametrize("cue", PARTIAL_CUES)
def test_every_partial_cue_makes_a_partial_quote(cue: str) -> None:
    plain = _one('Then "a disgrace" was heard.')
    assert plain.kind is QuoteKind.SCARE
    q = _one(f'He {cue} the plan "a disgrace" yesterday.')
    assert q.kind is QuoteKind.PARTIAL


def test_speaker_and_cue_spans_point_into_the_text() -> None:
    text = '"The camp is safe," the source explained.'
    q = _one(text)
    assert q.speaker_span is not None
    assert q.cue_span is not None
    assert q.speaker_span.slice(text) == "the source"
    assert q.cue_span.slice(text) == "explained"
    assert q.speaker_span.end < q.cue_span.start


def test_continuation_copies_the_speaker_span() -> None:
    text = '"We are ready," she said, "and we will go now."'
    first, second = find_quotes(text)
    assert second.continues == 0
    assert second.speaker_span == first.speaker_span
    assert second.cue_span == first.cue_span
