"""French mentions read as people: every entry of speakers/words_fr.py does its job."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteparse import find_quotes, parse
from quoteparse._build import span
from quoteparse.speakers.french import elided_subject, pour_source
from quoteparse.speakers.incise import _INCISE_RE, find_incise
from quoteparse.speakers.names import read_mention
from quoteparse.speakers.results import Hit, QuoteSpan
from quoteparse.speakers.words_fr import (
    COMME_VERBS,
    COMPLEMENT_OPENERS,
    HEAD_COMPLEMENTS,
    INCISE_VERBS,
    INVERTED_ADVERBS,
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


def _incise_by_pattern_alone(text: str, q: QuoteSpan) -> Hit | None:
    """find_incise without its cheap rejection: the first hit of _INCISE_RE."""
    for m in _INCISE_RE.finditer(text, q.content_start, min(q.content_end, q.content_start + 400)):
        if m.group("cue") in INCISE_VERBS:
            who = "pronoun" if m.group("pronoun") is not None else "name"
            return Hit(span(*m.span(who)), span(*m.span("cue")), True, after=True)
    return None


_INCISE_PIECES = st.sampled_from(
    [
        *sorted(INCISE_VERBS),
        *(v + "s" for v in sorted(INCISE_VERBS)[:5]),
        *(", ", ",\u00a0", ",", " ", "\t", "-t-elle", "-il", "-elle", "-t-ils", " Antony Fastier"),
        *(" Marie", ".", ",", "x", "É", "dit", "Dit", "ajoutent"),
    ]
)


@given(st.lists(_INCISE_PIECES, max_size=25))
def test_incise_answers_as_the_pattern_alone(pieces: list[str]) -> None:
    text = "« " + "".join(pieces) + " »"
    q = QuoteSpan(0, len(text), 1, len(text) - 1, 0)
    assert find_incise(text, q) == _incise_by_pattern_alone(text, q)


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


@pytest.mark.parametrize("adverb", sorted(INVERTED_ADVERBS))
def test_every_inverted_adverb_gives_the_name_after_pour(adverb: str) -> None:
    text = (
        f"Le podcast, avec des voix « engagées », confirme {adverb} pour Anne Roy que tout change."
    )
    (q,) = find_quotes(text)
    assert q.speaker == "Anne Roy"
    text = f"confirme {adverb} pour les auditeurs que tout change."
    at = text.index(adverb)
    adverb_span = span(at, at + len(adverb))
    assert pour_source(text, adverb_span) == adverb_span  # no name after "pour"
