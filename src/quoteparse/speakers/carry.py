"""Reported speech before a quotation: ``She said she was proud. "..."``.

A quotation that opens a sentence with no cue of its own carries on the
speaker of the sentence before it, in its paragraph or ending the one above.
"""

from __future__ import annotations

import re

from quoteparse._build import span
from quoteparse.speaker_words import OPENERS
from quoteparse.speakers.german import subject_after_cue
from quoteparse.speakers.mentions import name_only, speaker_before, subject
from quoteparse.speakers.patterns import (
    CLOSING_MARKS,
    CUE_AT_RE,
    CUE_FIRST_RE,
    LINK,
    NP_AFTER,
    SPACES,
)
from quoteparse.speakers.results import Hit, QuoteSpan
from quoteparse.speakers.text import (
    previous_paragraph,
    rtrim_spaces,
    sentence_start,
    skip_space,
    word_end,
)

__all__ = ["find_reported", "previous_sentence", "pull_quote"]


# What before a cue makes it inverted: a comma or a closing quotation mark.
_INVERTING = "," + CLOSING_MARKS + "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"


# What may follow a speaker that closes its sentence.
_SENTENCE_TAIL = " \t\u00a0.!?;:\N{HORIZONTAL ELLIPSIS}"


# The speaker right after an inverted cue: ", sagt der Virologe".
_NP_AFTER_CUE_RE = re.compile(rf"{LINK}(?P<np>{NP_AFTER})")


def previous_sentence(
    text: str, start: int, lo: int, at_paragraph_start: bool
) -> tuple[int, int] | None:
    """The sentence before ``start``: in its paragraph, or ending the one above."""
    if at_paragraph_start:
        prev = previous_paragraph(text, lo)
        if prev is None:
            return None
        lo, hi = prev
    else:
        hi = start
        while hi > lo and text[hi - 1] in SPACES:
            hi -= 1
    if hi - 1 <= lo:
        return None
    return sentence_start(text, lo, hi - 1), hi


def find_reported(text: str, lo: int, hi: int) -> Hit | None:
    """A speaker and cue anywhere in a sentence of reported speech: ``She said she ...``."""
    m: re.Match[str] | None = None
    for w in CUE_FIRST_RE.finditer(text, lo, hi):
        # The first cue of the sentence belongs to its subject. A first word
        # alone is no cue: "a" of French "a dit" in "by a lot of people".
        m = CUE_AT_RE.match(text, w.start(), hi)
        if m is not None:
            break
    if m is None or m.group("cue") is None:
        return None
    before = rtrim_spaces(text, lo, m.start())
    if before > lo and text[before - 1] in _INVERTING:
        # "... für solche Ereignisse, sagt der Virologe." / '"...," said Smith.':
        # a cue after a comma or a quotation names its speaker after it.
        after = _NP_AFTER_CUE_RE.match(text, m.end(), hi)
        # Only a cue closing the sentence: "Vetham, Capgemini's consultant,
        # said the survey showed" has its speaker before the cue.
        if after is not None and not text[after.end() : hi].strip(_SENTENCE_TAIL):
            return Hit(name_only(text, span(*after.span("np"))), span(*m.span("cue")), False)
    speaker = speaker_before(text, lo, m.start())
    if speaker is not None and text[speaker.start : speaker.end].lower() in OPENERS:
        # "Instead, said Mr Doctorow, DRM systems were ...": the speaker after the cue.
        after = _NP_AFTER_CUE_RE.match(text, m.end(), hi)
        speaker = name_only(text, span(*after.span("np"))) if after is not None else None
    if speaker is None and not text.startswith("ing", word_end(text, m.start()) - 3):
        # "Mr Negroponte wants the laptops ... but conceded this": the subject.
        speaker = subject(text, lo, m.start())
    if speaker is None:
        return None
    cue = span(*m.span("cue"))
    speaker = subject_after_cue(text, speaker, cue) or speaker  # "Auf Nachfrage sagt Keuter,"
    return Hit(speaker, cue, False)


# How many of a pull quote's first words the next paragraph must repeat, and
# how far into that paragraph they are looked for.
_PULL_WORDS = 4
_PULL_REACH = 600

# A word of a quotation's opening: letters and digits.
_WORD_RE = re.compile(r"\w+")


def pull_quote(text: str, q: QuoteSpan, lo: int, hi: int) -> bool:
    """Whether ``q`` is a pull quote: its whole paragraph, its words repeated in the next.

    A web page sets a line of the article in quotation marks as a heading of
    its own (``« Les 11 agences sanitaires au monde ont un avis unanime »``),
    and the paragraph after it says the same in the writer's words (``les 11
    agences sanitaires au monde (Efsa ...) ont un avis unanime``): the
    quotation is no one's speech, so it carries on no speaker. ``lo`` and
    ``hi`` bound the quotation's paragraph.
    """
    if skip_space(text, lo, q.start) != q.start or text[q.end : hi].strip():
        return False
    words = _WORD_RE.findall(text, q.content_start, min(q.content_end, q.content_start + 200))
    if len(words) < _PULL_WORDS:
        return False
    start = skip_space(text, hi, len(text))
    if start >= len(text):
        return False  # no paragraph after it
    end = text.find("\n", start, start + _PULL_REACH)
    next_words = _WORD_RE.findall(text, start, end if end >= 0 else start + _PULL_REACH)
    opening = [w.lower() for w in words[:_PULL_WORDS]]
    lowered = [w.lower() for w in next_words]
    return any(
        lowered[k : k + _PULL_WORDS] == opening for k in range(len(lowered) - _PULL_WORDS + 1)
    )
