"""A cue closing the quotation's sentence: ``... "flawed", said Smith.``"""

from __future__ import annotations

import re

from quoteparse._build import span
from quoteparse.speakers.mentions import name_only
from quoteparse.speakers.patterns import CUE, LINK, NP_AFTER, SENTENCE_STOP_RE
from quoteparse.speakers.results import Hit
from quoteparse.speakers.text import skip_space

__all__ = ["find_trailing_cue"]


# ", said Smith" / ", antwortete der Politiker" closing a sentence.
_TRAILING_RE = re.compile(rf",[ \t\u00a0]*(?P<cue>{CUE}){LINK}(?P<np>{NP_AFTER})")


def find_trailing_cue(text: str, end: int, hi: int) -> Hit | None:
    """``... "flawed" in many ways, said Smith.``: a cue closing the quotation's sentence."""
    stop = SENTENCE_STOP_RE.search(text, end, min(hi, end + 160))
    limit = stop.start() if stop else min(hi, end + 160)
    comma = text.rfind(",", end, limit)
    if comma < 0:
        return None
    m = _TRAILING_RE.match(text, comma, limit)
    if m is None or skip_space(text, m.end(), limit) != limit:
        return None  # the cue must close the sentence: ", said Smith."
    return Hit(name_only(text, span(*m.span("np"))), span(*m.span("cue")), False)
