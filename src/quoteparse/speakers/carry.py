"""Reported speech before a quotation: ``She said she was proud. "..."``.

A quotation that opens a sentence with no cue of its own carries on the
speaker of the sentence before it, in its paragraph or ending the one above.
"""

from __future__ import annotations

import re

from quoteparse._build import span
from quoteparse.speakers.mentions import speaker_before, subject
from quoteparse.speakers.patterns import CUE_AT_RE, CUE_FIRST_RE, SPACES
from quoteparse.speakers.results import Hit
from quoteparse.speakers.text import previous_paragraph, sentence_start, word_end

__all__ = ["find_reported", "previous_sentence"]


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
    speaker = speaker_before(text, lo, m.start())
    if speaker is None and not text.startswith("ing", word_end(text, m.start()) - 3):
        # "Mr Negroponte wants the laptops ... but conceded this": the subject.
        speaker = subject(text, lo, m.start())
    if speaker is None:
        return None
    return Hit(speaker, span(*m.span("cue")), False)
