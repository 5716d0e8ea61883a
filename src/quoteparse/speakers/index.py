"""Where sentences break and cues may start in one text, found once for all its quotations.

The strategies of the sieve each look back from a quotation over a window
of up to 200 characters: where its sentence starts, which cues stand in it.
Where quotations are dense (a wall of ``said 'a' ``) every window holds many
other quotations, and the same characters were read again for each of them.
:class:`TextIndex` reads the text in fixed blocks, each the first time a
look-up needs it, and keeps what it found there: the sentence breaks and the
positions where a cue's first word (:data:`~.patterns.CUE_FIRST_RE`) starts.
Each look-up then costs a bisection. The index gives exactly the answers of
the window scans it replaces: whether a position breaks a sentence depends
on the characters around it only, never on the window.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from quoteparse.cue_verbs import CUES
from quoteparse.speakers.patterns import CUE_FIRST_RE, LAST_BREAK_RE, trie
from quoteparse.speakers.text import SENTENCE_REACH, breaks_sentence

__all__ = ["TextIndex"]


# How many characters one block of the index covers: a few sentences, so a
# text with one quotation reads about what the window scan read.
_BLOCK = 512

# A character that may break a sentence: the class LAST_BREAK_RE ends with,
# taken from it so that the two never disagree.
_BREAK_CHAR_RE = re.compile(LAST_BREAK_RE.pattern.removeprefix("(?s:.*)"))
assert _BREAK_CHAR_RE.pattern != LAST_BREAK_RE.pattern, "LAST_BREAK_RE changed shape"

# Every position where a cue's first word starts. The first words are runs
# of word characters (tests/test_speakers_index.py checks it), so no first
# word starts inside another's match, and finditer finds every start.
_CUE_START_RE = CUE_FIRST_RE

# A whole cue phrase from the lexicon (said, told, according to): a cue
# (cue_before's pattern) can start only where one does, so a first word
# without its phrase (the French "a" of "a dit") is not tried. The pattern
# has no lookahead and no end anchor: what it matches with the window's end
# as the end it matches with the text's end too, so checking it once against
# the whole text misses no cue of any window.
_CUE_PHRASE_RE = re.compile(
    trie({c.text for c in CUES} | {c.text[0].upper() + c.text[1:] for c in CUES if c.speaker_after})
)

# The longest first word of a cue. CUE_FIRST_RE reads a word and the
# character after it, so its matches in a block are exact when the scan may
# read this far past the block's end; near a window's end they are read again.
_CUE_WORD_MAX = max(len(c.text.split()[0]) for c in CUES)


class TextIndex:
    """Sentence breaks and cue starts of one text, read a block at a time on demand.

    >>> index = TextIndex("He said no. She said: ")
    >>> index.sentence_start(0, 22)
    11
    >>> index.cue_starts(0, 22)
    [3, 16]
    """

    __slots__ = ("_breaks", "_cues", "_stops", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._breaks: dict[int, list[int]] = {}
        self._cues: dict[int, list[int]] = {}
        self._stops: dict[int, bool] = {}

    def _block_breaks(self, k: int) -> list[int]:
        found = self._breaks.get(k)
        if found is None:
            lo = k * _BLOCK
            hi = min(len(self.text), lo + _BLOCK)
            found = [m.start() for m in _BREAK_CHAR_RE.finditer(self.text, lo, hi)]
            self._breaks[k] = found
        return found

    def _breaks_sentence(self, at: int) -> bool:
        # Only a full stop may be no sentence's end; each is judged once, when
        # a look-up first reaches it, as the window scan judged it.
        text = self.text
        if text[at] != ".":
            return True
        ok = self._stops.get(at)
        if ok is None:
            ok = self._stops[at] = breaks_sentence(text, at)
        return ok

    def sentence_start(self, lo: int, hi: int) -> int:
        """:func:`~.text.sentence_start`: just after the last sentence break before ``hi``."""
        start = max(lo, hi - SENTENCE_REACH)
        k = (hi - 1) // _BLOCK
        while hi > start:
            breaks = self._block_breaks(k)
            i = bisect_left(breaks, hi) - 1
            while i >= 0 and breaks[i] >= start:
                if self._breaks_sentence(breaks[i]):
                    return breaks[i] + 1
                i -= 1
            hi = k * _BLOCK
            k -= 1
        return start

    def _block_cues(self, k: int) -> list[int]:
        found = self._cues.get(k)
        if found is None:
            text = self.text
            lo = k * _BLOCK
            hi = min(len(text), lo + _BLOCK)
            reach = min(len(text), hi + _CUE_WORD_MAX + 1)
            phrase = _CUE_PHRASE_RE.match
            found = [
                m.start()
                for m in _CUE_START_RE.finditer(text, lo, reach)
                if m.start() < hi and phrase(text, m.start()) is not None
            ]
            self._cues[k] = found
        return found

    def cue_starts(self, lo: int, hi: int) -> list[int]:
        """Where a cue may start in ``text[lo:hi]``, in order.

        Every position where a cue's first word starts, with its whole phrase
        after it; a first word may end exactly at ``hi`` (``hi`` cuts
        ``saying`` to ``say``), so the last few positions are read again with
        ``hi`` as the end, and given without the phrase check.
        """
        if hi <= lo:
            return []
        end = self.text[hi - 1]
        # Only a word that ends at hi reads differently with hi as the end; a
        # word character is \w, which is what str.isalnum() and "_" are.
        tail = max(lo, hi - _CUE_WORD_MAX - 1) if end.isalnum() or end == "_" else hi
        out: list[int] = []
        if tail > lo:
            for k in range(lo // _BLOCK, (tail - 1) // _BLOCK + 1):
                starts = self._block_cues(k)
                out.extend(starts[bisect_left(starts, lo) : bisect_left(starts, tail)])
        if tail < hi:
            out.extend(m.start() for m in _CUE_START_RE.finditer(self.text, tail, hi))
        return out
