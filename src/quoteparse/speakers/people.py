"""The people a document names anywhere: the fuller names a short mention joins.

One scan over the text finds every run of two or more capitalised words
(``Dennis Brooks``, ``Chancellor Gordon Brown``, ``Ursula von der Leyen``),
keyed by the last and first word of the name it holds. A mention such as
``Brooks`` or ``Mr Brooks`` then looks up the fuller names ending in that word,
wherever in the article they are written. Runs are read into names lazily, only
for the words a mention looks up, so the scan costs one regex pass.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

import regex

from quoteparse.model import Span
from quoteparse.speakers.names import Mention, name_key, read_mention

__all__ = ["NameIndex", "Written"]

# A run of two to six capitalised words, with name particles between them:
# "Dennis Brooks", "Rod Brind'Amour", "Ursula von der Leyen", "Dr. Matthew Bowes".
_RUN_RE = regex.compile(
    r"""
    (?P<run>
        \p{Lu}[\p{L}\p{M}'’\-.]*
        (?:
            [ \u00a0]+
            (?:(?:von|van|der|den|de|du|da|di|dos|bin|al|ter)[ \u00a0]+){0,2}
            \p{Lu}[\p{L}\p{M}'’\-]*
        ){1,5}
    )
    """,
    regex.VERBOSE,
)


def _sentence_initial(text: str, at: int) -> bool:
    back = text[max(0, at - 3) : at].rstrip(" \u00a0\"'“‘«»„")
    return not back or back[-1] in ".!?\n\r:"


class Written(NamedTuple):
    """A name as written somewhere in the document."""

    name: str
    span: Span
    mention: Mention


class NameIndex:
    """Every multi-word name the text writes, looked up by its last or first word.

    >>> idx = NameIndex("Chancellor Gordon Brown spoke. Later Mr Brown said no.")
    >>> [w.name for w in idx.ending_with("Brown")]
    ['Gordon Brown']
    """

    __slots__ = ("_by_first", "_by_last", "_read", "_runs", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._by_last: dict[str, list[tuple[int, int]]] = {}
        self._by_first: dict[str, list[tuple[int, int]]] = {}
        self._read: dict[tuple[int, int], Written | None] = {}
        self._runs: list[tuple[int, int]] = []
        for m in _RUN_RE.finditer(text):
            lo, hi = m.span()
            self._runs.append((lo, hi))
            words = text[lo:hi].split()
            self._by_last.setdefault(name_key(words[-1]), []).append((lo, hi))
            for w in words[:-1]:
                # Any word may be where the name starts once role words are off.
                self._by_first.setdefault(name_key(w), []).append((lo, hi))

    def _written(self, lo: int, hi: int) -> Written | None:
        key = (lo, hi)
        if key not in self._read:
            text = self._text
            first_end = text.find(" ", lo, hi)
            if first_end > 0 and _sentence_initial(text, lo):
                # "Later Gordon Brown": a sentence's first word is a name only if
                # the text never writes it in lower case.
                first = text[lo:first_end]
                if f" {first.lower()} " in text:
                    lo = first_end + 1
            m = read_mention(text, lo, hi)
            ok = m.name is not None and m.name_span is not None and len(m.name.split()) >= 2
            self._read[key] = Written(m.name, m.name_span, m) if ok else None  # type: ignore[arg-type]
        return self._read[key]

    def ending_with(self, word: str) -> list[Written]:
        """The multi-word names whose last word is ``word``, in text order."""
        out = []
        for lo, hi in self._by_last.get(name_key(word), ()):
            w = self._written(lo, hi)
            if w is not None and name_key(w.name.split()[-1]) == name_key(word):
                out.append(w)
        return out

    def starting_with(self, word: str) -> list[Written]:
        """The multi-word names whose first word is ``word``, in text order."""
        out = []
        for lo, hi in self._by_first.get(name_key(word), ()):
            w = self._written(lo, hi)
            if w is not None and name_key(w.name.split()[0]) == name_key(word):
                out.append(w)
        return out

    def named_before(self, at: int, *, look: int = 8) -> Written | None:
        """The last multi-word name written before ``at`` (among the ``look`` runs before it)."""
        k = bisect.bisect_left(self._runs, (at, at))
        for lo, hi in reversed(self._runs[max(0, k - look) : k]):
            if hi <= at and (w := self._written(lo, hi)) is not None:
                return w
        return None

    def containing(self, name: str) -> list[Written]:
        """The names that end with the words of ``name`` and are longer: the fuller forms."""
        words = name.split()
        key = name_key(name)
        return [
            w
            for w in self.ending_with(words[-1])
            if len(w.name.split()) > len(words) and name_key(w.name).endswith(" " + key)
        ]
