"""French mentions read as people: every entry of speakers/words_fr.py does its job."""

from __future__ import annotations

import pytest

from quoteparse import find_quotes, parse
from quoteparse.speakers.names import read_mention
from quoteparse.speakers.words_fr import (
    COMME_VERBS,
    COMPLEMENT_OPENERS,
    HEAD_COMPLEMENTS,
    INCISE_VERBS,
    SUBJECT_DETERMINERS,
)


@pytest.mark.parametrize("opener", sorted(COMPLEMENT_OPENERS), ids=" ".join)
def test_complement_of_a_role_is_no_name(opener: tuple[str, ...]) -> None:
    text = f"le ministre {' '.join(opener)} Santé"
    m = read_mention(text, 0, len(text))
    assert m.name is None
    assert m.description == f"ministre {' '.join(opener)} Santé"


def test_a_name_particle_after_a_first_name_stays() -> None:
    text = "le général Charles de Gaulle"
    assert read_mention(text, 0, len(text)).name == "Charles de Gaulle"


@pytest.mark.parametrize("verb", sorted(INCISE_VERBS))
def test_every_incise_verb_names_the_speaker_inside_the_guillemets(verb: str) -> None:
    for incise, speaker in ((f"{verb}-t-elle", "elle"), (f"{verb} Anne Roy", "Anne Roy")):
        text = f"« Cette loi, {incise}, est mauvaise. »"
        (q,) = find_quotes(text)
        assert (q.speaker, q.cue) == (speaker, verb)


def test_an_incise_after_the_reach_is_not_read() -> None:
    text = f"« {'Cette loi est mauvaise. ' * 20}Non, affirme-t-elle. »"
    (q,) = find_quotes(text)
    assert q.speaker is None


@pytest.mark.parametrize("det", sorted(SUBJECT_DETERMINERS))
def test_every_determiner_opens_the_subject_after_a_fronted_phrase(det: str) -> None:
    gap = "" if det.endswith(("'", "’")) else " "
    np = f"{det}{gap}experte Anne Roy"
    text = f"Le 18 mars, {np} ajoute : « Il faut attendre. »"
    (q,) = find_quotes(text)
    assert q.speaker == np


@pytest.mark.parametrize("article", sorted(HEAD_COMPLEMENTS))
def test_every_complement_makes_a_role_of_its_own(article: str) -> None:
    text = f"« Tout va bien », dit Paul Roy. Le conseiller {article} syndicats lâche : « Non. »"
    doc = parse(text)
    first, second = (q.speaker_id for q in doc.quotes)
    assert second is not None
    assert second != first
    assert doc.speakers[second].name == f"conseiller {article} syndicats"


@pytest.mark.parametrize("verb", sorted(COMME_VERBS))
def test_every_comme_verb_names_who_says_the_words(verb: str) -> None:
    for clause, speaker in (
        (f"comme le {verb} Anne Roy", "Anne Roy"),
        (f"comme les experts le {verb}", "les experts"),
    ):
        text = f"Le pays vit une «crise de confiance», {clause}."
        (q,) = find_quotes(text)
        assert (q.speaker, q.cue) == (speaker, verb)
