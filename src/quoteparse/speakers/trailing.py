"""A cue closing the quotation's sentence.

``... "flawed", said Smith.`` (the cue, then the speaker) and ``... "fundamental
unfairness" in the tax system, Charles Kennedy has said.`` (the speaker, then
the cue), the last clause of the sentence after a comma.
"""

from __future__ import annotations

import re

from quoteparse._build import span
from quoteparse.cue_verbs import CUES
from quoteparse.speakers.mentions import name_only, speaker_before
from quoteparse.speakers.patterns import (
    ACCORDING,
    CUE,
    CUE_AT_RE,
    CUE_FIRST_RE,
    LINK,
    NP_AFTER,
    SENTENCE_STOP_RE,
)
from quoteparse.speakers.results import Hit
from quoteparse.speakers.text import skip_space

__all__ = ["find_trailing_cue"]


# ", said Smith" / ", antwortete der Politiker" closing a sentence; also ",
# according to the New Zealand Department of Conservation" (the same shape).
_TRAILING_RE = re.compile(rf",[ \t\u00a0]*(?P<cue>{CUE}|{ACCORDING}){LINK}(?P<np>{NP_AFTER})")

# The cues whose speaker follows them, as written: "according to".
_ACCORDING_CUES = frozenset(c.text for c in CUES if c.speaker_after)

# The words a speaker before a closing cue may have: "Charles Kennedy", "the
# Lib Dem leader", "he"; a longer clause is no subject of the cue.
_MAX_SUBJECT_WORDS = 6


# The fewest words a quotation needs to take an "according to" closing its
# sentence: a shorter one is a term ("digital divide", "rogue-dialling" scams)
# the source's figures or report need not have coined.
_ACCORDING_MIN_WORDS = 3


def find_trailing_cue(text: str, end: int, hi: int, words: int = 0) -> Hit | None:
    """``... "flawed" in many ways, said Smith.``: a cue closing the quotation's sentence.

    ``... "sickness" are all thought to contribute, according to the ministry.``
    too: the source closing the sentence, for a quotation of at least
    :data:`_ACCORDING_MIN_WORDS` ``words``.
    """
    stop = SENTENCE_STOP_RE.search(text, end, min(hi, end + 160))
    limit = stop.start() if stop else min(hi, end + 160)
    comma = text.rfind(",", end, limit)
    if comma < 0:
        return None
    m = _TRAILING_RE.match(text, comma, limit)
    short = words < _ACCORDING_MIN_WORDS
    if m is not None and short and " ".join(m.group("cue").split()).lower() in _ACCORDING_CUES:
        return None  # "digital divide" ..., according to a report: a term
    if m is not None and skip_space(text, m.end(), limit) == limit:
        return Hit(name_only(text, span(*m.span("np"))), span(*m.span("cue")), False)
    return _subject_then_cue(text, comma + 1, limit)


def _subject_then_cue(text: str, lo: int, limit: int) -> Hit | None:
    """``, Charles Kennedy has said.`` / ``, he added.``: a subject and a cue closing the clause."""
    for w in CUE_FIRST_RE.finditer(text, lo, limit):
        m = CUE_AT_RE.match(text, w.start(), limit)
        if m is None or m.group("cue") is None:
            continue
        if skip_space(text, m.end(), limit) != limit:
            continue  # more words after the cue: it does not close the sentence
        speaker = speaker_before(text, lo, m.start("cue"))
        if speaker is None or speaker.start != skip_space(text, lo, limit):
            return None  # words between the comma and the subject: another clause
        if len(text[speaker.start : speaker.end].split()) > _MAX_SUBJECT_WORDS:
            return None
        return Hit(speaker, span(*m.span("cue")), False)
    return None
