"""French mentions read as people: every entry of speakers/words_fr.py does its job."""

from __future__ import annotations

import pytest

from quoteparse import find_quotes
from quoteparse.speakers.names import read_mention
from quoteparse.speakers.words_fr import COMPLEMENT_OPENERS, INCISE_VERBS


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
