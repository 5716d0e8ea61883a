"""A cue earlier in the quotation's sentence: ``The ambassador said: "..."``.

Also ``She told the BBC: "..."`` and ``According to X, "..."``; when words
stand between the cue and the quotation (``Mr Blair said the families
deserved "..."``) the quotation is a partial one of the same speaker.
"""

from __future__ import annotations

import re

from quoteparse._build import span
from quoteparse.speaker_words import OPENERS
from quoteparse.speakers.german import according_np, subject_after_cue
from quoteparse.speakers.index import TextIndex
from quoteparse.speakers.mentions import clause_subject, name_only, speaker_before
from quoteparse.speakers.patterns import CUE_AT_RE, CUE_FIRST_RE, LINK, NP_AFTER, SPACES
from quoteparse.speakers.results import Hit
from quoteparse.speakers.text import sentence_start

__all__ = ["find_cue_before"]


# A cue (CUE_AT_RE) starting at the first word of a cue (CUE_FIRST_RE), as one
# pattern: one scan of the sentence in C finds every cue, where a loop trying
# CUE_AT_RE at each first word paid a Python call per candidate, and every
# word "a" is one (French "a dit"). The lookahead keeps CUE_FIRST_RE's own
# flags; finditer skips candidates inside the cue just found, as the loop did.
_CUE_RE = re.compile(
    rf"""
    (?=(?-x:{CUE_FIRST_RE.pattern}))  # at the first word of some cue, a whole word
    (?:{CUE_AT_RE.pattern})           # the cue itself: said / told the BBC / according to X
    """,
    re.VERBOSE,
)


# Up to this many characters, one scan of the sentence costs less than the
# look-ups in the index (docs/performance.md, "The per-text index").
_SHORT_SENTENCE = 64


def _last_cue(text: str, start: int, hi: int) -> re.Match[str] | None:
    best: re.Match[str] | None = None
    for best in _CUE_RE.finditer(text, start, hi):  # noqa: B007 - the last cue is wanted
        pass
    return best


def _last_indexed_cue(text: str, index: TextIndex, start: int, hi: int) -> re.Match[str] | None:
    """:func:`_last_cue`, trying the pattern only where the index has a cue's first word.

    The same matches as ``finditer``: it can match nowhere else, and like
    ``finditer`` this goes on after the end of each match.
    """
    best: re.Match[str] | None = None
    pos = start
    for at in index.cue_starts(start, hi):
        if at >= pos:
            m = _CUE_RE.match(text, at, hi)
            if m is not None:
                best = m
                pos = m.end()
    return best


# The speaker right after a cue, set off by a comma: ", said Mr Doctorow,".
_INVERTED_RE = re.compile(rf"{LINK}(?P<np>{NP_AFTER}),")


def find_cue_before(
    text: str, lo: int, hi: int, index: TextIndex | None = None, *, sentence: int | None = None
) -> Hit | None:
    """A cue earlier in the quotation's sentence, and the speaker before it.

    ``index``, the :class:`~.index.TextIndex` of ``text``, saves reading the
    sentence again for every quotation in it; the answer is the same.
    ``sentence``, where the sentence starts (``sentence_start(text, lo, hi)``),
    saves finding it again when the caller has it.
    """
    if index is None:
        start = sentence_start(text, lo, hi) if sentence is None else sentence
        best = _last_cue(text, start, hi)
    else:
        start = index.sentence_start(lo, hi) if sentence is None else sentence
        if hi - start < _SHORT_SENTENCE:
            best = _last_cue(text, start, hi)
        else:
            best = _last_indexed_cue(text, index, start, hi)
    if best is None:
        return None
    between = text[best.end() : hi].rstrip(SPACES)
    # Nothing but a colon or comma between, or a colon intro: Schneider meint dazu: "..."
    direct = not between.strip(SPACES + ":,") or between.endswith(":")
    if best.group("acc_cue") is not None:
        cue = span(*best.span("acc_cue"))
        return Hit(according_np(text, cue, span(*best.span("acc_np"))), cue, direct)
    cue = span(*best.span("cue"))
    speaker = speaker_before(text, start, cue.start)
    if speaker is not None and text[speaker.start : speaker.end].lower() in OPENERS:
        # "Instead, said Mr Doctorow, DRM systems were ...": an adverb and a comma
        # before the cue, whose speaker follows it.
        after = _INVERTED_RE.match(text, cue.end, hi)
        speaker = name_only(text, span(*after.span("np"))) if after is not None else None
    if speaker is None:
        # Mr Kennedy used a speech to say / John Howard offered his congratulations, adding
        speaker = clause_subject(text, start, cue.start)
    speaker = subject_after_cue(text, speaker, cue) or speaker  # "mit Niú erzählte er"
    return Hit(speaker, cue, direct)
