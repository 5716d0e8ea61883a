"""A cue earlier in the quotation's sentence: ``The ambassador said: "..."``.

Also ``She told the BBC: "..."`` and ``According to X, "..."``; when words
stand between the cue and the quotation (``Mr Blair said the families
deserved "..."``) the quotation is a partial one of the same speaker.
"""

from __future__ import annotations

import re

from quoteparse._build import span
from quoteparse.speakers.mentions import clause_subject, speaker_before
from quoteparse.speakers.patterns import CUE_AT_RE, CUE_FIRST_RE, SPACES
from quoteparse.speakers.results import Hit
from quoteparse.speakers.text import sentence_start

__all__ = ["find_cue_before"]


def find_cue_before(text: str, lo: int, hi: int) -> Hit | None:
    """A cue earlier in the quotation's sentence, and the speaker before it."""
    start = sentence_start(text, lo, hi)
    best: re.Match[str] | None = None
    for w in CUE_FIRST_RE.finditer(text, start, hi):
        if best is not None and w.start() < best.end():
            continue  # "dit" inside the longer cue "a dit"
        m = CUE_AT_RE.match(text, w.start(), hi)
        if m is not None:
            best = m
    if best is None:
        return None
    between = text[best.end() : hi].rstrip(SPACES)
    # Nothing but a colon or comma between, or a colon intro: Schneider meint dazu: "..."
    direct = not between.strip(SPACES + ":,") or between.endswith(":")
    if best.group("acc_cue") is not None:
        return Hit(span(*best.span("acc_np")), span(*best.span("acc_cue")), direct)
    cue = span(*best.span("cue"))
    speaker = speaker_before(text, start, cue.start)
    if speaker is None:
        # Mr Kennedy used a speech to say / John Howard offered his congratulations, adding
        speaker = clause_subject(text, start, cue.start)
    return Hit(speaker, cue, direct)
