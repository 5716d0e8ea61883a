"""German mentions read as people: every entry of speakers/words_de.py does its job."""

from __future__ import annotations

import pytest

from quoteparse import SpeakerKind, parse
from quoteparse.model import Span
from quoteparse.speakers.german import (
    after_noun,
    common_noun,
    dative_start,
    document_source,
    german_complement,
    noun_before,
    preposition_object,
    prepositional,
    role_noun,
)
from quoteparse.speakers.names import read_mention
from quoteparse.speakers.words_de import (
    ARTICLE_PARTICLES,
    BARE_NOUN_PREPOSITIONS,
    BOUND_ENDINGS,
    COMPLEMENT_PREPOSITIONS,
    DATIVE_ARTICLES,
    DOCUMENT_ENDINGS,
    GENITIVE_ARTICLES,
    MENTION_PREPOSITIONS,
    NOUN_MARKERS,
    NOUN_PREPOSITIONS,
    OBJECT_PREPOSITIONS,
    PASSIVE_PARTICIPLES,
)


def _words(text: str) -> list[tuple[int, int, str | None]]:
    out, at = [], 0
    for w in text.split(" "):
        out.append((at, at + len(w), "word"))
        at += len(w) + 1
    return out


def test_tables_have_no_duplicates() -> None:
    assert len(set(DOCUMENT_ENDINGS)) == len(DOCUMENT_ENDINGS)


@pytest.mark.parametrize("word", sorted(NOUN_MARKERS))
def test_noun_marker_makes_the_next_word_a_noun(word: str) -> None:
    text = f"mit {word} Einsatz"
    assert noun_before(text, len(text) - len("Einsatz"))


def test_a_verb_before_a_name_is_no_noun_marker() -> None:
    assert not noun_before("sagte Müller", 6)
    assert not noun_before("Müller", 0)


@pytest.mark.parametrize("word", sorted(NOUN_PREPOSITIONS))
def test_noun_preposition_gives_the_name_after_it(word: str) -> None:
    text = f"eine Mail {word} Relotius"
    assert text[after_noun(text, 5, len(text)) :] == "Relotius"


@pytest.mark.parametrize("word", sorted(BARE_NOUN_PREPOSITIONS))
def test_bare_noun_after_a_preposition_gives_the_name_after_von(word: str) -> None:
    text = f"wartet {word} Nachrichten von Gianni"
    lo = len(f"wartet {word} ")
    assert text[after_noun(text, lo, len(text)) :] == "Gianni"


@pytest.mark.parametrize("word", sorted(COMPLEMENT_PREPOSITIONS))
def test_complement_preposition_after_a_noun_opens_its_complement(word: str) -> None:
    assert german_complement(["Journalist", word, "Zeitung"]) == 1
    assert german_complement(["junge", word, "Zeitung"]) is None


@pytest.mark.parametrize("word", sorted(OBJECT_PREPOSITIONS))
def test_object_preposition_before_a_mention_makes_it_no_speaker(word: str) -> None:
    text = f"ist begeistert {word} die Meldung"
    assert preposition_object(text, len(text) - len("die Meldung"))


def test_a_run_with_no_article_before_it_stays_whole() -> None:
    text = "der Komiker Vicco von Bülow"
    assert after_noun(text, 12, len(text)) == 12


@pytest.mark.parametrize("word", sorted(DATIVE_ARTICLES))
def test_dative_article_after_a_name_ends_the_name(word: str) -> None:
    text = f"Gaby Allendorf {word} Frankfurter Zeitung"
    assert dative_start(text, _words(text)) == 2
    assert read_mention(text, 0, len(text)).name == "Gaby Allendorf"


@pytest.mark.parametrize("word", sorted(ARTICLE_PARTICLES))
def test_article_after_a_particle_belongs_to_the_name(word: str) -> None:
    text = f"Ursula {word} der Leyen"
    assert dative_start(text, _words(text)) == 4


def test_genitive_after_a_role_or_an_article_is_kept() -> None:
    for text in ("der Sprecher der Initiative", "Präsident der Republik Macron"):
        assert dative_start(text, _words(text)) == len(_words(text))


@pytest.mark.parametrize("ending", sorted(BOUND_ENDINGS))
def test_bound_ending_alone_is_no_role(ending: str) -> None:
    assert not role_noun(ending)
    assert role_noun(f"Sport{ending}")


def test_hyphenated_role_compound_is_split_off() -> None:
    m = read_mention("ATU-Organisator Antonio Gutierrez", 0, 33)
    assert (m.name, m.role) == ("Antonio Gutierrez", "ATU-Organisator")
    m = read_mention("Der CDU-Vorsitzende Friedrich Merz", 0, 34)
    assert (m.name, m.role) == ("Friedrich Merz", "CDU-Vorsitzende")


@pytest.mark.parametrize("ending", DOCUMENT_ENDINGS)
def test_document_speaks_for_itself(ending: str) -> None:
    text = f"in der Presse{ending}"
    source = document_source(text, Span(3, len(text)))
    assert source is not None
    assert source.name == f"Presse{ending}"


@pytest.mark.parametrize("word", sorted(GENITIVE_ARTICLES))
def test_document_speaks_for_the_body_in_its_genitive(word: str) -> None:
    text = f"in der Risikobewertung {word} Robert Koch-Institut"
    source = document_source(text, Span(3, len(text)))
    assert source is not None
    assert text[source.span.start : source.span.end] == "Robert Koch-Institut"


def test_a_person_noun_is_no_document() -> None:
    assert document_source("der Minister", Span(0, 12)) is None
    assert document_source("the report", Span(0, 10)) is None


def test_document_is_not_the_person_named_last() -> None:
    doc = parse(
        "Gaby Allendorf sagte, es gehe um Geld. „Wir wollen Vielfalt“, heißt es in der Mitteilung."
    )
    assert [(s.name, s.kind) for s in doc.speakers] == [("Mitteilung", SpeakerKind.ORGANISATION)]


def test_a_noun_after_an_article_is_no_name_unless_it_can_speak() -> None:
    assert common_noun("sitzt im Zug", 9, "Zug")
    assert not common_noun("hieß es im Bericht", 11, "Bericht")
    assert not common_noun("sagte Müller", 6, "Müller")


def test_genitive_owner_is_the_noun_s_not_the_speaker() -> None:
    m = read_mention("ein Anwalt der Kanzlei Höcker", 0, 29)
    assert (m.name, m.description) == (None, "Anwalt der Kanzlei Höcker")
    assert read_mention("Ursula von der Leyen", 0, 20).name == "Ursula von der Leyen"


@pytest.mark.parametrize("word", sorted(MENTION_PREPOSITIONS))
def test_mention_opening_with_a_preposition_names_nobody(word: str) -> None:
    text = f"{word} Chicago"
    m = read_mention(text, 0, len(text))
    assert (m.name, m.description, m.pronoun) == (None, None, None)
    assert prepositional(word.capitalize())


@pytest.mark.parametrize("participle", PASSIVE_PARTICIPLES)
def test_passive_cue_names_its_speaker_between_auxiliary_and_participle(participle: str) -> None:
    text = f"„Wir bleiben“, wurde der Trainer {participle}."
    (q,) = parse(text).quotes
    assert (q.speaker, q.cue, q.attribution.value) == ("der Trainer", "wurde", "cue_after")


def test_bare_heisst_es_carries_the_speaker_of_its_paragraph() -> None:
    text = "„Wir bauen“, sagt Jonas Weber. Es gehe um „eine neue Batterie“, heißt es."
    doc = parse(text)
    assert [doc.speakers[q.speaker_id].name for q in doc.quotes if q.speaker_id is not None] == [
        "Jonas Weber",
        "Jonas Weber",
    ]
