"""Every entry of the resolution lexicon (quoteparse.speaker_words) does its job."""

from __future__ import annotations

import pytest

from quoteparse import SpeakerKind, parse
from quoteparse.cue_verbs import SAYING_VERBS
from quoteparse.speaker_words import (
    AGE_WORDS,
    COUNTING_DETERMINERS,
    DETERMINERS,
    DOCUMENT_WORDS,
    EPITHETS,
    FRONTED_OPENERS,
    FULLER_NAME_BLOCKERS,
    GROUP_WORDS,
    HONORIFICS,
    LEADING_WORDS,
    NON_PERSON_HEADS,
    OPEN_PRONOUNS,
    OPENERS,
    ORGANISATION_WORDS,
    PAST_VERBS,
    PERSON_NOUNS,
    PRONOUNS,
    REACTION_VERBS,
    ROLE_SUFFIXES,
    ROLE_SURNAMES,
    ROLE_WORDS,
    SOURCE_OPENERS,
    STRESSED_PRONOUNS,
    TERRITORIAL_TITLES,
    VERB_ADVERBS,
    Pronoun,
)
from quoteparse.speakers.names import read_mention
from quoteparse.speakers.people import NameIndex


def _read(written: str):  # type: ignore[no-untyped-def]
    return read_mention(written, 0, len(written))


def test_tables_have_no_duplicates() -> None:
    assert len({p.text for p in PRONOUNS}) == len(PRONOUNS)
    assert len(set(ROLE_SUFFIXES)) == len(ROLE_SUFFIXES)
    assert len(set(REACTION_VERBS)) == len(REACTION_VERBS)
    assert len(set(PAST_VERBS)) == len(PAST_VERBS)
    assert len(set(VERB_ADVERBS)) == len(VERB_ADVERBS)


@pytest.mark.parametrize("pronoun", PRONOUNS + STRESSED_PRONOUNS, ids=lambda p: p.text)
def test_pronoun(pronoun: Pronoun) -> None:
    m = _read(pronoun.text)
    assert m.pronoun == pronoun
    assert m.name is None


@pytest.mark.parametrize("word", sorted(HONORIFICS))
def test_honorific_states_its_gender_and_is_not_the_name(word: str) -> None:
    written = f"{word.capitalize()}. Okafor" if word == "m" else f"{word.capitalize()} Okafor"
    m = _read(written)
    assert m.name == "Okafor"
    assert m.gender == HONORIFICS[word]


@pytest.mark.parametrize("word", sorted(ROLE_WORDS))
def test_role_word_is_split_off_the_name(word: str) -> None:
    m = _read(f"{word} Tom Weller")
    assert m.name == "Tom Weller"
    assert m.role == word


@pytest.mark.parametrize("suffix", ROLE_SUFFIXES)
def test_german_role_noun_before_a_name(suffix: str) -> None:
    m = _read(f"Sport{suffix} Anna Weber")
    assert m.name == "Anna Weber"


@pytest.mark.parametrize("word", sorted(ORGANISATION_WORDS))
def test_organisation_word_makes_a_body(word: str) -> None:
    doc = parse(f'"We grew," said Acme {word.capitalize()}.')
    assert doc.speakers, word
    assert doc.speakers[0].kind is SpeakerKind.ORGANISATION


@pytest.mark.parametrize("word", sorted(DOCUMENT_WORDS))
def test_document_speaks_for_its_body(word: str) -> None:
    m = _read(f"Acme's {word}")
    assert m.organisation
    assert m.name == "Acme"


@pytest.mark.parametrize("word", sorted(DETERMINERS))
def test_determiner_opens_a_description(word: str) -> None:
    m = _read(f"{word} spokeswoman")
    assert m.name is None
    # An article is dropped; a counting word is part of the description ("one fan").
    want = f"{word} spokeswoman" if word in COUNTING_DETERMINERS else "spokeswoman"
    assert m.description == want


@pytest.mark.parametrize("word", sorted(LEADING_WORDS))
def test_leading_word_is_not_part_of_the_mention(word: str) -> None:
    m = _read(f"{word.capitalize()} he")
    assert m.pronoun is not None
    assert m.pronoun.text == "he"


@pytest.mark.parametrize("word", sorted(OPEN_PRONOUNS))
def test_open_pronoun_names_nobody(word: str) -> None:
    m = _read(word)
    assert m.open
    assert m.name is None


@pytest.mark.parametrize("word", sorted(OPENERS))
def test_opener_is_not_part_of_a_name(word: str) -> None:
    index = NameIndex(f"{word.capitalize()} Gordon Brown spoke.")
    assert [w.name for w in index.ending_with("Brown")] == ["Gordon Brown"]


@pytest.mark.parametrize("verb", REACTION_VERBS)
def test_reaction_verb_marks_a_person(verb: str) -> None:
    text = f"Dana Reyes {verb} the plan."
    assert [w.name for w in NameIndex(text).names_between(0, len(text))] == ["Dana Reyes"]


@pytest.mark.parametrize("noun", sorted(PERSON_NOUNS | EPITHETS))
def test_person_noun_before_a_name_marks_a_person(noun: str) -> None:
    text = f"It is not the welcome the {noun} Dana Reyes expected."
    (w,) = NameIndex(text).ending_with("Reyes")
    assert NameIndex(text).person_like(w)
    text = "It is not the welcome the Dana Reyes expected."
    (w,) = NameIndex(text).ending_with("Reyes")
    assert not NameIndex(text).person_like(w)


@pytest.mark.parametrize("noun", sorted(EPITHETS))
def test_epithet_opening_a_sentence_speaks_of_the_person_named(noun: str) -> None:
    doc = parse(
        f'Dana Reyes gave £5m. The {noun}, whose firm is new, spoke. "It is time," she said.'
    )
    assert [s.name for s in doc.speakers] == ["Dana Reyes"]


@pytest.mark.parametrize("adverb", VERB_ADVERBS)
def test_adverb_between_a_lone_surname_and_its_verb_marks_a_person(adverb: str) -> None:
    text = f"Dana Reyes spoke. Reyes {adverb} denied the plan."
    lo = text.index("Reyes", 10)
    assert [w.name for w in NameIndex(text).names_between(lo, len(text))] == ["Reyes"]
    # Without the verb the adverb is no evidence.
    text = f"Dana Reyes spoke. Reyes {adverb} the plan."
    assert NameIndex(text).names_between(lo, len(text)) == []


@pytest.mark.parametrize("verb", PAST_VERBS)
def test_past_verb_after_a_sentence_opening_name_marks_a_person(verb: str) -> None:
    text = f"Sharon Osbourne said no. Dana Reyes {verb} the papers."
    lo = text.index("Dana")
    assert [w.name for w in NameIndex(text).names_between(lo, len(text))] == ["Dana Reyes"]


@pytest.mark.parametrize("word", sorted(AGE_WORDS))
def test_age_word_stands_for_the_person_just_named(word: str) -> None:
    doc = parse(f'Dana Reyes, 19, scored twice. "We were lucky," the {word} said.')
    assert [s.name for s in doc.speakers] == ["Dana Reyes"]


@pytest.mark.parametrize("word", sorted(GROUP_WORDS))
def test_group_word_is_a_speaker_of_its_own(word: str) -> None:
    doc = parse(f'"We object," the {word} said.')
    assert [(s.name, s.kind) for s in doc.speakers] == [(word, SpeakerKind.DESCRIBED)]


@pytest.mark.parametrize("word", sorted(SOURCE_OPENERS))
def test_source_opener_describes_a_source(word: str) -> None:
    doc = parse(f'"We object," said {word} local fan.')
    assert [s.kind for s in doc.speakers] == [SpeakerKind.DESCRIBED], word


@pytest.mark.parametrize("word", sorted(TERRITORIAL_TITLES))
def test_territorial_title_and_its_place_is_one_name(word: str) -> None:
    m = _read(f"The {word.capitalize()} of Wessex")
    assert m.name == f"{word.capitalize()} of Wessex"


@pytest.mark.parametrize("word", sorted(ROLE_SURNAMES))
def test_role_surname_after_a_first_name_is_the_surname(word: str) -> None:
    m = _read(f"Labour MP Oona {word.capitalize()}")
    assert m.name == f"Oona {word.capitalize()}"


@pytest.mark.parametrize("word", sorted(NON_PERSON_HEADS))
def test_non_person_head_is_no_person(word: str) -> None:
    text = f"England's Big {word.capitalize()} was won. Tom Weller watched it."
    idx = NameIndex(text)
    [w] = list(idx.names_between(0, 30)) or [None]  # type: ignore[list-item]
    assert w is None or not idx.person_like(w)


@pytest.mark.parametrize("word", sorted(FRONTED_OPENERS))
def test_fronted_opener_before_a_name_and_its_role(word: str) -> None:
    text = f'{word.capitalize()} the ruling Carla Ferstman, director of Redress, said: "No."'
    doc = parse(text)
    assert doc.quotes[0].speaker == "Carla Ferstman"


@pytest.mark.parametrize("word", sorted(FULLER_NAME_BLOCKERS))
def test_fuller_name_blocker_keeps_a_two_word_name_apart(word: str) -> None:
    # Written before the longer run, or as its first word, the entry says the
    # run's extra word is no first name of Forrest Jones.
    for text in (
        f'Ann Ray spoke of {word} Michael Forrest Jones. "Yes," Forrest Jones said.',
        f'Ann Ray and {word.capitalize()} Forrest Jones met. "Yes," Forrest Jones said.',
    ):
        doc = parse(text)
        assert doc.speakers[doc.quotes[0].speaker_id].name == "Forrest Jones", text


def test_fuller_name_joins_without_a_blocker() -> None:
    doc = parse('Ann Ray and Michael Forrest Jones met. "Yes," Forrest Jones said.')
    assert doc.speakers[doc.quotes[0].speaker_id].name == "Michael Forrest Jones"


@pytest.mark.parametrize("verb", SAYING_VERBS)
def test_saying_verb_gives_a_far_partial_quotation_the_named_subject(verb: str) -> None:
    text = f'The European Commission {verb} the operators over their very "high rates" today.'
    doc = parse(text)
    assert doc.quotes[0].speaker == "The European Commission"
