"""The writer's own words around a quotation that name no speaker.

Essays and guides quote words nobody said: an example after ``Example:`` or
``Or:``, an instruction to the reader (``Don't say "..."``), a speaker who
would have said it (``An abuser would have said: "..."``). The sieve gives the
first two no speaker at all; the third keeps its mention, and resolution gives
it no person (the gold's ``null`` name for a speaker the reader cannot pin
down), as does a field of knowledge that "tells us" something
(``Neuroscience tells us``). The word lists are in :mod:`.words_en`.
"""

from __future__ import annotations

from quoteparse._text import DOUBLE_MARKS
from quoteparse.model import Span
from quoteparse.speakers.patterns import SPACES
from quoteparse.speakers.text import previous_paragraph, rtrim_spaces, sentence_start, words_in
from quoteparse.speakers.words_en import (
    ABSTRACT_SOURCES,
    EXAMPLE_LABELS,
    HYPOTHETICAL_MODALS,
    IMPERATIVE_LEADS,
    IMPERATIVE_VERBS,
)

__all__ = ["abstract_source", "heading_line", "hypothetical", "past_caption", "writers_example"]

# What may stand before a label or an instruction on its line: bullets and dashes.
_BULLETS = "-*\N{BULLET}\N{EN DASH}\N{EM DASH}\n"

# Bare instructions, with and without a lead: "say", "don't say".
_INSTRUCTIONS = IMPERATIVE_VERBS | frozenset(
    f"{lead} {verb}" for lead in IMPERATIVE_LEADS for verb in IMPERATIVE_VERBS
)


def _trimmed_end(text: str, lo: int, start: int) -> tuple[int, bool]:
    """Where the words before the quotation at ``start`` end, and whether a colon follows them."""
    end = rtrim_spaces(text, lo, start)
    colon = end > lo and text[end - 1] == ":"
    if colon:
        end = rtrim_spaces(text, lo, end - 1)
    return end, colon


def _lead_in(text: str, lo: int, end: int) -> str:
    """The words from the sentence's start to ``end``, folded.

    Curly apostrophes are written straight and runs of space are one space.
    """
    first = sentence_start(text, lo, end)
    while first < end and (text[first] in SPACES or text[first] in _BULLETS):
        first += 1
    words = " ".join(text[first:end].split())
    return words.replace("\N{RIGHT SINGLE QUOTATION MARK}", "'").casefold()


# The last word of every label and instruction. The lead-in's last word is the
# text right before its end, so a lead-in whose few last characters end in none
# of these is neither, and its sentence need not be read (a quotation after
# "said," pays one short slice).
_LAST_WORDS = tuple(sorted({w.rsplit(" ", 1)[-1] for w in EXAMPLE_LABELS | _INSTRUCTIONS}))
_TAIL = 2 * max(map(len, _LAST_WORDS))


def writers_example(text: str, lo: int, start: int) -> bool:
    """Whether the quotation at ``start`` is an example or an instruction, not speech.

    ``Example: "..."``, ``For instance: "..."``, ``Or: "..."`` (a label and a
    colon making up the sentence before the quotation), and ``Don't say "..."``
    or ``Never say: "..."`` (a bare cue verb telling the reader what to say).

    >>> writers_example('Example: "That was so funny I cried."', 0, 9)
    True
    >>> writers_example('Mr Smith said: "We won."', 0, 15)
    False
    """
    end, colon = _trimmed_end(text, lo, start)
    tail = text[max(lo, end - _TAIL) : end].replace("\N{RIGHT SINGLE QUOTATION MARK}", "'")
    if not tail.casefold().endswith(_LAST_WORDS):
        return False
    words = _lead_in(text, lo, end)
    if colon and words in EXAMPLE_LABELS:
        return True
    return words in _INSTRUCTIONS


def hypothetical(text: str, speaker: Span, cue: Span) -> bool:
    """Whether only modal verbs stand between a speaker and its cue: ``An abuser would have said``.

    >>> t = "An abuser would have said:"
    >>> hypothetical(t, Span(0, 9), Span(21, 25))
    True
    >>> hypothetical("Mr Smith has said:", Span(0, 8), Span(13, 17))
    False
    """
    if not speaker.end <= cue.start <= speaker.end + 40:
        return False
    between = words_in(text, speaker.end, cue.start)
    return (
        bool(between)
        and between[0] in HYPOTHETICAL_MODALS
        and all(w in HYPOTHETICAL_MODALS or w in _MODAL_TAIL for w in between)
    )


def abstract_source(text: str, speaker: Span) -> bool:
    """Whether a mention is a field of knowledge alone (``Neuroscience tells us``).

    >>> abstract_source("Neuroscience tells us", Span(0, 12))
    True
    >>> abstract_source("Neuroscience Ltd said", Span(0, 16))
    False
    """
    return " ".join(text[speaker.start : speaker.end].split()).casefold() in ABSTRACT_SOURCES


# The most words a heading line holds.
_HEADING_WORDS = 12


def heading_line(text: str, lo: int, hi: int, end: int) -> bool:
    """Whether the paragraph ``[lo, hi)`` is a heading and the quotation ending at ``end`` a part.

    A short line with words after the quotation and nothing to end a sentence
    (``'A-ha' moment similar to making a decision``) is the writer's heading:
    it carries on no one's words from the paragraph before.

    >>> t = "'A-ha' moment similar to making a decision"
    >>> heading_line(t, 0, len(t), 7)
    True
    >>> t = "'A-ha' is the moment, he said."
    >>> heading_line(t, 0, len(t), 7)
    False
    """
    last = rtrim_spaces(text, end, hi)
    return (
        last > end
        and text[last - 1].isalnum()
        and "\n" not in text[lo:last]
        and len(words_in(text, lo, last)) <= _HEADING_WORDS
    )


# Double quotation marks of every style, from the lexicon: a line holding one
# quotes someone (apostrophes are left out, as "a bryde's whale" has one, and so
# is the double prime, which after digits is inches: 5′1″).
_QUOTING_MARKS = DOUBLE_MARKS - {"\N{DOUBLE PRIME}"}

# The most words a caption line holds.
_CAPTION_WORDS = 30


def past_caption(text: str, lo: int) -> int:
    """The start of the paragraph before ``lo`` when it is a caption, else ``lo``.

    A line of the writer's with no sentence end and no quotation mark (``Hori
    Parata at his farm, the place where he was born``) is a photo's caption or
    a heading set between two paragraphs of one speaker's words: a quotation
    after it carries on the speaker of the paragraph before it.

    >>> t = '"We are hurt," says Parata.\\n\\nParata at his farm\\n\\n"We suffer."'
    >>> past_caption(t, t.index('"We suffer'))
    29
    >>> t = '"We are hurt," says Parata.\\n\\nHe went home.\\n\\n"We suffer."'
    >>> past_caption(t, t.index('"We suffer'))
    44
    """
    prev = previous_paragraph(text, lo)
    if prev is None:
        return lo
    start, end = prev
    line = text[start:end]
    if (
        not line[-1:].isalnum()
        or "\n" in line
        or len(line.split()) > _CAPTION_WORDS
        or any(mark in line for mark in _QUOTING_MARKS)
    ):
        return lo
    return start


# Words that may follow the modal before the cue: "would have said", "might not say".
_MODAL_TAIL = frozenset(("have", "not", "also", "never"))
