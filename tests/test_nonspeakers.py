"""Every entry of the English non-speaker words (quoteparse.speakers.words_en) does its job."""

from __future__ import annotations

import pytest

from quoteparse import parse
from quoteparse.speakers.words_en import (
    ABSTRACT_SOURCES,
    EXAMPLE_LABELS,
    FRAME_VERBS,
    FUTURE_MODALS,
    HYPOTHETICAL_MODALS,
    IMPERATIVE_LEADS,
    IMPERATIVE_VERBS,
)


def _only(text: str) -> tuple[str | None, str | None, str]:
    doc = parse(text)
    (q,) = doc.quotes
    person = None if q.speaker_id is None else doc.speakers[q.speaker_id].name
    return q.speaker, person, q.attribution.value


@pytest.mark.parametrize("modal", sorted(HYPOTHETICAL_MODALS))
def test_hypothetical_modal_keeps_the_mention_and_gives_no_person(modal: str) -> None:
    text = f'Tom Weller is a coach. Weller {modal} have said: "We won the cup."'
    assert _only(text) == ("Weller", None, "cue_before")


@pytest.mark.parametrize("modal", sorted(FUTURE_MODALS))
def test_future_modal_is_no_part_of_the_mention(modal: str) -> None:
    text = f'Tom Weller is a coach. Weller {modal} say: "We won the cup."'
    assert _only(text) == ("Weller", "Tom Weller", "cue_before")


@pytest.mark.parametrize("label", sorted(EXAMPLE_LABELS))
def test_example_label_introduces_no_speaker(label: str) -> None:
    text = f'"It is wrong," said Tom Weller. {label.capitalize()}: "I literally died."'
    doc = parse(text)
    assert doc.quotes[1].speaker is None
    assert doc.quotes[1].attribution.value == "none"


@pytest.mark.parametrize("lead", sorted(IMPERATIVE_LEADS))
@pytest.mark.parametrize("verb", sorted(IMPERATIVE_VERBS))
def test_instruction_to_the_reader_names_no_speaker(lead: str, verb: str) -> None:
    text = f'"It is wrong," said Tom Weller.\n\n{lead.capitalize()} {verb} "I literally died."'
    doc = parse(text)
    assert doc.quotes[1].speaker is None
    assert doc.quotes[1].attribution.value == "none"


def test_tables_have_no_duplicates_across_modals() -> None:
    assert not HYPOTHETICAL_MODALS & FUTURE_MODALS


@pytest.mark.parametrize("source", sorted(ABSTRACT_SOURCES))
def test_field_of_knowledge_is_no_speaker(source: str) -> None:
    text = f'{source.capitalize()} tells us that the "a-ha!" moment is real.'
    speaker, person, _ = _only(text)
    assert speaker == source.capitalize()
    assert person is None


@pytest.mark.parametrize("verb", sorted(FRAME_VERBS))
def test_frame_verb_set_off_before_the_quotation_names_its_subject(verb: str) -> None:
    text = f'Tom Weller wrote again. Weller {verb}, "We won the cup."'
    assert _only(text) == ("Weller", "Tom Weller", "cue_before")


def test_a_line_with_a_double_mark_of_any_style_is_no_caption() -> None:
    from quoteparse._text import DOUBLE_MARKS
    from quoteparse.speakers.nonspeakers import past_caption

    for mark in DOUBLE_MARKS - {"\N{DOUBLE PRIME}"}:
        t = f'"We are hurt," says Parata.\n\nParata at his {mark}farm\n\n"We suffer."'
        lo = t.index('"We suffer')
        assert past_caption(t, lo) == lo, mark
    # Inches are no quotation: the line is still a caption.
    t = '"We are hurt," says Parata.\n\nParata, 5\N{PRIME}11\N{DOUBLE PRIME} tall\n\n"We suffer."'
    assert past_caption(t, t.index('"We suffer')) < t.index('"We suffer')
