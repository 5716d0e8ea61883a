"""The kind of a quotation read from its own shape, when no cue decides it.

``speech`` for sentence-like quotations, ``scare`` for a short term with no
speech around it or a title, ``partial`` for fragments inside the writer's
sentence.
"""

from __future__ import annotations

import re

from quoteparse.cue_verbs import CUES, PARTIAL_CUES
from quoteparse.model import QuoteKind
from quoteparse.speakers.partial import partial_cue, scare_lead
from quoteparse.speakers.patterns import CLOSING_MARKS, UTTERANCE_END, trie
from quoteparse.speakers.results import QuoteSpan
from quoteparse.speakers.text import after_colon, line_end, rtrim_spaces, sentence_start, skip_space

__all__ = ["shape_kind", "utterance"]


# Any reporting or judging verb (CUES and PARTIAL_CUES) as a whole word: in the
# sentence before a short quoted term it makes the term someone's words.
# (?<!\w) first: with a hundred and twenty words it is the faster form (see
# trie, and the figure in docs/performance.md, "Measured design choices").
_SENTENCE_CUE_RE = re.compile(
    r"(?<!\w)"
    + trie(sorted({*(c.text for c in CUES if not c.speaker_after), *PARTIAL_CUES}))
    + r"(?!\w)"
)


def shape_kind(
    text: str, q: QuoteSpan, at_sentence_start: bool, lo: int, *, leads_seen: bool = False
) -> QuoteKind:
    """The kind from the quotation's own shape, with no speaker around it.

    ``leads_seen``: the caller already found no scare cue and no partial cue
    before the quotation, so they are not looked for again.
    """
    start = skip_space(text, q.content_start, q.content_end)
    end = q.content_end
    while end > start and text[end - 1].isspace():
        end -= 1
    if end == start:
        return QuoteKind.SCARE
    head = text[start : min(end, start + 120)]  # enough to count up to nine words
    last = text[end - 1]
    first = next((ch for ch in head if ch.isalnum()), "")
    upper = first != "" and not first.islower()
    words = head.split()
    if at_sentence_start and upper and (last in UTTERANCE_END or len(words) > 5):
        return QuoteKind.SPEECH  # nothing before it in its sentence can make it a term
    if not leads_seen:
        if scare_lead(text, q.start, lo):
            return QuoteKind.SCARE
        if partial_cue(text, q.start, lo) is not None:
            return QuoteKind.PARTIAL
    if upper and after_colon(text, q.start, lo):
        return QuoteKind.SPEECH  # Er sagte: „Das ist gut“
    short = end - start <= len(head)
    if _in_headline(text, q, lo):
        return QuoteKind.PARTIAL  # Minister 'to quit': headlines quote people's words
    if short and len(words) <= 3 and last not in UTTERANCE_END and "," not in head:
        # A body in the same sentence saying or judging something makes the
        # term its words: the Center accused the US of forging a new "moderate
        # opposition" (evaluation/gold/README-quotes.md).
        sentence = sentence_start(text, lo, q.start)
        if _SENTENCE_CUE_RE.search(text, sentence, q.start) is not None:
            return QuoteKind.PARTIAL
        return QuoteKind.SCARE
    if short and len(words) <= 8 and all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return QuoteKind.SCARE  # a title: "In The Name Of The Father"
    return QuoteKind.PARTIAL


def _in_headline(text: str, q: QuoteSpan, lo: int) -> bool:
    """True for a quotation in a short line that ends with no punctuation: a headline."""
    if q.start - lo > 100 or (lo > 0 and text[lo - 1] not in "\n\r"):
        return False  # lo is only the start of the search window
    end = line_end(text, q.end)
    if end - lo > 100:
        return False
    tail = rtrim_spaces(text, lo, end)
    if tail > lo and text[tail - 1] in CLOSING_MARKS:
        tail -= 1
    return tail > lo and text[tail - 1] not in UTTERANCE_END


def utterance(text: str, q: QuoteSpan) -> bool:
    """True when the content reads as a sentence: a capital first, or closing punctuation."""
    start = skip_space(text, q.content_start, q.content_end)
    end = q.content_end
    while end > start and text[end - 1].isspace():
        end -= 1
    if end == start:
        return False
    first = next((ch for ch in text[start : min(end, start + 40)] if ch.isalnum()), "")
    return text[end - 1] in UTTERANCE_END or (first != "" and not first.islower())
