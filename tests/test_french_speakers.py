"""French mentions read as people: every entry of speakers/words_fr.py does its job."""

from __future__ import annotations

import pytest

from quoteparse import find_quotes
from quoteparse._build import span
from quoteparse.speakers.french import elided_subject
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


@pytest.mark.parametrize(
    ("mention", "pronoun"),
    [
        ("c'est ainsi qu'il", "il"),
        ("estimant qu’elle", "elle"),
        ("LORSQU'IL", "IL"),
        ("qu'Elle", "Elle"),
    ],
)
def test_elided_subject_gives_the_pronoun_after_either_apostrophe(
    mention: str, pronoun: str
) -> None:
    text = f"« Un choc », {mention} a qualifié"
    start = text.index(mention)
    got = elided_subject(text, span(start, start + len(mention)))
    assert got is not None
    assert text[got.start : got.end] == pronoun


@pytest.mark.parametrize("mention", ["Paul Roy", "il", "qu il", "l'il", "Gil", "'elle'"])
def test_elided_subject_keeps_a_mention_with_no_elided_pronoun(mention: str) -> None:
    text = f"« Un choc », {mention} a qualifié"
    start = text.index(mention)
    whole = span(start, start + len(mention))
    assert elided_subject(text, whole) == whole
