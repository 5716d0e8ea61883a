"""``«A» et «B», selon le ministère``: an *according to* closing a sentence covers its quotations.

``according to``, ``selon``, ``según`` or ``laut`` after the last quotation of
a sentence names the source of every quotation in that sentence, not only of
the nearest: ``des Français «les plus éprouvés» et les «plus vulnérables»,
selon le ministère`` quotes the ministry twice. :func:`share_according` gives
an unattributed quotation the source of the next quotation of its sentence
when that one's source is such a cue written after it (a quotation read as a
scare quote for want of a cue becomes a partial one). One backward pass, so a
run of three quotations before one ``selon`` all take it; a sentence end or a
colon between two quotations stops it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quoteparse.model import Attribution, QuoteKind
from quoteparse.speakers.results import Found, QuoteSpan

__all__ = ["share_according"]

# What ends a sentence (or opens a new clause, a colon) between two
# quotations; a cap on the gap keeps the pass linear and the link local.
_SENTENCE_BREAK_RE = re.compile(r"[.!?;:\n]")
_MAX_GAP = 200


def share_according(
    text: str,
    found: list[Found],
    quotes: Sequence[QuoteSpan],
    parents: Sequence[int | None],
) -> list[Found]:
    """Give each unattributed quotation the *according to* of the next one in its sentence.

    >>> from quoteparse import parse
    >>> doc = parse("Il cite «les plus éprouvés» et les «plus vulnérables», selon le ministère.")
    >>> [(q.speaker, q.attribution.value) for q in doc.quotes]
    [('le ministère', 'according_to'), ('le ministère', 'according_to')]
    """
    later: int | None = None  # the next top-level quotation, in the backward pass
    for k in range(len(found) - 1, -1, -1):
        if parents[k] is not None:
            continue
        f = found[k]
        if later is not None and f.attribution is Attribution.NONE:
            g, q, nxt = found[later], quotes[k], quotes[later]
            if (
                g.attribution is Attribution.ACCORDING_TO
                and g.cue is not None
                and g.cue.start >= nxt.end
                and nxt.start - q.end <= _MAX_GAP
                and not _ends_sentence(text, q)
                and _SENTENCE_BREAK_RE.search(text, q.end, nxt.start) is None
            ):
                how = Attribution.ACCORDING_TO
                found[k] = Found(QuoteKind.PARTIAL, g.speaker, g.cue, None, how)
        later = k
    return found


def _ends_sentence(text: str, q: QuoteSpan) -> bool:
    """Whether the quotation's words end a sentence (``« ... radio ? »``), spaces aside."""
    k = q.content_end
    while k > q.content_start and text[k - 1] in " \t\u00a0\u202f":
        k -= 1
    return k > q.content_start and text[k - 1] in ".!?"
