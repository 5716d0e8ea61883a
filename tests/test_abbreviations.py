"""A body's abbreviation spelled out where the text defines it (speakers/abbreviations.py)."""

from __future__ import annotations

from quoteparse import parse
from quoteparse.speakers.abbreviations import spelled_out


def test_initials_of_the_words_before_the_brackets() -> None:
    text = "The Food Standards Agency (FSA) warned buyers."
    found = spelled_out(text, "FSA")
    assert found is not None
    assert found[0] == "Food Standards Agency"
    assert text[found[1].start : found[1].end] == "Food Standards Agency"


def test_no_definition_or_other_initials_give_nothing() -> None:
    assert spelled_out("The FSA warned buyers.", "FSA") is None
    assert spelled_out("die Agentur für Krebsforschung (IARC)", "IARC") is None
    assert spelled_out("a (Fsa) mark", "Fsa") is None


def test_a_document_of_the_body_takes_its_full_name() -> None:
    text = (
        "Das Robert Koch-Institut (RKI) warnt. "
        "»Ziel ist es, Zeit zu gewinnen«, heißt es in der Risikobewertung des RKI."
    )
    assert [s.name for s in parse(text).speakers] == ["Robert Koch-Institut"]
