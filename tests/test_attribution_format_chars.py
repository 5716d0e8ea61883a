"""Format characters (Cf) beside a cue or a speaker do not lose the speaker (issue 17)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteparse import Attribution, find_quotes, parse
from quoteparse.speakers.text import format_as_spaces
from tests.invariants import check_document
from tests.quote_checks import check_invariants

FORMAT_CHARS = {
    "ZWSP": "\N{ZERO WIDTH SPACE}",
    "WJ": "\N{WORD JOINER}",
    "SHY": "\N{SOFT HYPHEN}",
    "BOM": "\N{ZERO WIDTH NO-BREAK SPACE}",
    "ZWNJ": "\N{ZERO WIDTH NON-JOINER}",
    "ZWJ": "\N{ZERO WIDTH JOINER}",
}

# {f} is where the format character goes; each text names one speaker with one cue.
PLACES = [
    ('"We will go,"{f} she said.', "she", Attribution.CUE_AFTER),  # the case
    ('"We will go," {f}she said.', "she", Attribution.CUE_AFTER),
    ('"We will go," she{f} said.', "she", Attribution.CUE_AFTER),
    ('"We will go,"{f} said Ana Ruiz.', "Ana Ruiz", Attribution.CUE_AFTER),
    ('"We will go," said{f} Ana Ruiz.', "Ana Ruiz", Attribution.CUE_AFTER),
    ('"We will go,"{f} the mayor said.', "the mayor", Attribution.CUE_AFTER),
    ('"We will go,"{f} according to the ministry.', "the ministry", Attribution.ACCORDING_TO),
    ('Ana Ruiz{f} said: "We will go."', "Ana Ruiz", Attribution.CUE_BEFORE),
    ('Ana Ruiz said:{f} "We will go."', "Ana Ruiz", Attribution.CUE_BEFORE),
    ('{f}"We will go," she said.', "she", Attribution.CUE_AFTER),
    ('"We will go,{f}" she said.', "she", Attribution.CUE_AFTER),  # before the closing mark
]


@pytest.mark.parametrize("char", FORMAT_CHARS.values(), ids=FORMAT_CHARS.keys())
@pytest.mark.parametrize(("template", "speaker", "how"), PLACES, ids=[p[0] for p in PLACES])
def test_a_format_character_by_the_cue_keeps_the_speaker(
    template: str, speaker: str, how: Attribution, char: str
) -> None:
    text = template.format(f=char)
    plain = template.format(f="")
    (q,) = find_quotes(text)
    check_invariants(text, (q,))
    (p,) = find_quotes(plain)
    cue = "according to" if how is Attribution.ACCORDING_TO else "said"
    assert (q.speaker, q.cue, q.attribution, q.kind) == (speaker, cue, how, p.kind)
    # Spans are exact in the caller's text, format character and all.
    assert q.speaker_span is not None
    assert q.speaker_span.slice(text) == speaker
    assert q.cue_span is not None
    assert q.cue_span.slice(text) == q.cue
    check_document(parse(text))


def test_a_space_before_the_closing_mark_keeps_the_cue() -> None:
    # What a format character there reads as; it used to lose the speaker.
    (q,) = find_quotes('"We will go, " she said.')
    assert (q.speaker, q.cue, q.attribution) == ("she", "said", Attribution.CUE_AFTER)


def test_a_format_character_inside_a_word_stays_in_it() -> None:
    # A soft hyphen or a joiner between two letters keeps the word whole.
    assert format_as_spaces("co\N{SOFT HYPHEN}op") == "co\N{SOFT HYPHEN}op"
    assert format_as_spaces("a\N{ZERO WIDTH SPACE} b") == "a  b"
    assert format_as_spaces("\N{BYTE ORDER MARK}\N{WORD JOINER}x") == "  x"
    text = '"Go," said Ana\N{SOFT HYPHEN}bel Ruiz.'
    assert format_as_spaces(text) == text


TEMPLATES = [
    ['"', "We", " ", "will", " ", "go", ",", '"', " ", "she", " ", "said", "."],
    ['"', "We", " ", "will", " ", "go", ",", '"', " ", "said", " ", "Ana", " ", "Ruiz", "."],
    ["Ana", " ", "Ruiz", " ", "said", ":", " ", '"', "We", " ", "will", " ", "go", ".", '"'],
    [
        "\N{LEFT DOUBLE QUOTATION MARK}", "It", " ", "is", " ", "late", ",",
        "\N{RIGHT DOUBLE QUOTATION MARK}", " ", "the", " ", "mayor", " ", "told",
        " ", "reporters", ".",
    ],
]  # fmt: skip
_CF = "".join(FORMAT_CHARS.values())


def _strip(text: str | None) -> str | None:
    return None if text is None else text.translate({ord(c): None for c in _CF})


@given(
    template=st.sampled_from(TEMPLATES),
    inserts=st.lists(st.tuples(st.integers(0, 20), st.sampled_from(list(_CF))), max_size=4),
)
def test_format_characters_between_words_change_no_attribution(
    template: list[str], inserts: list[tuple[int, str]]
) -> None:
    # Format characters go only where a space or a mark meets another piece,
    # never inside a word, so the visible text is the same.
    pieces = list(template)
    for at, char in inserts:
        k = at % (len(pieces) + 1)
        pieces.insert(k, char)
    text = "".join(pieces)
    plain = "".join(template)
    got, want = find_quotes(text), find_quotes(plain)
    check_invariants(text, got)
    assert len(got) == len(want)
    for q, p in zip(got, want, strict=True):
        assert _strip(q.span.slice(text)) == p.span.slice(plain)
        assert (_strip(q.speaker), _strip(q.cue), q.attribution, q.kind) == (
            p.speaker,
            p.cue,
            p.attribution,
            p.kind,
        )


@pytest.mark.parametrize(
    "char", ["\N{ZERO WIDTH SPACE}", "\N{WORD JOINER}", "\N{ZERO WIDTH NO-BREAK SPACE}"]
)
def test_format_char_between_first_name_and_surname_keeps_the_whole_name(char: str) -> None:
    """``Ana\\u200b Ruiz`` is one person named Ana Ruiz, not ``Ruiz``."""
    doc = parse(f'Singer Ana{char} Ruiz said: "We will go."')
    (speaker,) = doc.speakers
    assert speaker.name.replace(char, "") == "Ana Ruiz"
    assert speaker.name_span.slice(doc.text) == speaker.name


def test_soft_hyphen_inside_a_name_joins_its_plain_spelling() -> None:
    """``Ro\\u00adberta Ruiz`` and ``Roberta Ruiz`` are one person."""
    text = '"We will go," said Ro\N{SOFT HYPHEN}berta Ruiz. Roberta Ruiz left. "Now," Ruiz said.'
    doc = parse(text)
    assert len(doc.speakers) == 1
    assert doc.speakers[0].quotes == (0, 1)
