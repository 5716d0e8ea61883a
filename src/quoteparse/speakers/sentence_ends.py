"""Where sentences end in one text, found once for every look-back of the linking step.

A pronoun's resolution (and an ``it``'s) splits the window before it into
sentences. Windows of neighbouring quotations overlap, so :class:`SentenceEnds`
scans the whole text once, on the first look-up, and answers each window by
bisection with exactly what a scan of that window alone would give: only a
match cut by the window's start or end is read again, inside the window.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from quoteparse._text import BREAK_CLASS

__all__ = ["SENTENCE_END_RE", "SentenceEnds"]

# The end of a sentence: a full stop, ! or ? (and a closing mark) then space,
# or a run of line breaks. No lookaround and no anchor, so a match inside a
# window is a match of the whole text at the same start (the bisection relies
# on it), and inside a match no other match starts.
SENTENCE_END_RE = re.compile(rf"[.!?][\"'”’»]?[ \t]+|[{BREAK_CLASS}]+")


class SentenceEnds:
    """The sentence ends of one text, scanned once on demand.

    >>> ends = SentenceEnds("One. Two!\\nThree? Four")
    >>> ends.between(0, 21), ends.between(6, 12)
    ([5, 10, 17], [10])
    """

    __slots__ = ("_ends", "_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] | None = None
        self._ends: list[int] = []

    def between(self, lo: int, hi: int) -> list[int]:
        """The ends of the matches of a scan of ``text[lo:hi]``: ``finditer(text, lo, hi)``."""
        if self._starts is None:
            found = [m.span() for m in SENTENCE_END_RE.finditer(self._text)]
            self._starts = [a for a, _ in found]
            self._ends = [b for _, b in found]
        starts, ends, text = self._starts, self._ends, self._text
        out: list[int] = []
        i = bisect_left(starts, lo)
        if i > 0 and ends[i - 1] > lo:
            # A match across lo: the window sees its tail (a run of line breaks) or nothing.
            out.extend(m.end() for m in SENTENCE_END_RE.finditer(text, lo, min(ends[i - 1], hi)))
        while i < len(starts) and ends[i] <= hi:
            out.append(ends[i])
            i += 1
        if i < len(starts) and starts[i] < hi:
            # A match across hi: the window sees it cut short, if it still matches.
            cut = SENTENCE_END_RE.match(text, starts[i], hi)
            if cut is not None:
                out.append(cut.end())
        return out
