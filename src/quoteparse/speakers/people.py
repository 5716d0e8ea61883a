"""The people a document names anywhere: the fuller names a short mention joins.

One scan over the text finds every run of two or more capitalised words
(``Dennis Brooks``, ``Chancellor Gordon Brown``, ``Ursula von der Leyen``),
keyed by the last and first word of the name it holds, and a second notes
where each capitalised word stands. A mention such as ``Brooks`` or ``Mr
Brooks`` then looks up the fuller names ending in that word, wherever in the
article they are written, and a pronoun asks who was named last before it.
Runs are read into names lazily, only for the words a mention looks up, so the
scans cost two regex passes.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

import regex

from quoteparse._build import span
from quoteparse.cue_verbs import CUES
from quoteparse.model import Span
from quoteparse.speaker_words import HONORIFICS, OPENERS, REACTION_VERBS, ROLE_WORDS
from quoteparse.speakers.names import Mention, fold, name_key, read_mention
from quoteparse.titles import TITLES

__all__ = ["NameIndex", "Written"]

_ABBREVIATIONS = "|".join(sorted((regex.escape(t) for t in TITLES), key=len, reverse=True))

# A run of two to six capitalised words, with name particles between them:
# "Dennis Brooks", "Rod Brind'Amour", "Ursula von der Leyen", "Dr. Matthew
# Bowes", "George W. Bush". A full stop belongs to a title or an initial only,
# so "India. But Nair" is two runs' worth of words, not one name.
_RUN_RE = regex.compile(
    rf"""
    (?P<run>
        (?:(?:{_ABBREVIATIONS})\.|\p{{Lu}}\.|\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*)
        (?:
            [ \u00a0]+
            (?:(?:von|van|der|den|de|du|da|di|dos|bin|al|ter)[ \u00a0]+){{0,2}}
            (?:\p{{Lu}}\.|\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*)
        ){{1,5}}
    )
    (?![\p{{L}}\p{{M}}])
    """,
    regex.VERBOSE,
)

# The word just before a place in the text (a role word, an honorific, a possessive).
_WORD_BEFORE_RE = regex.compile(r"(?P<word>[\p{L}\p{M}'’.\-]+),?[ \u00a0]+\Z")
_VERBS = "|".join(sorted({c.text.split()[0] for c in CUES} | set(REACTION_VERBS)))
# What follows a person's name: a cue ("said"), or an age or apposition (", 36," / ", the").
_AFTER_PERSON_RE = regex.compile(
    rf"""
    (?P<after>
        [ \u00a0]+(?:has[ \u00a0]+|also[ \u00a0]+)?(?:{_VERBS})\b
        | ,[ \u00a0]+(?:\d{{1,3}}\b|the\b|an?\b|who\b)
    )
    """,
    regex.VERBOSE,
)

# An apposition after a name: ", now a parliamentary hopeful," / ", speaking to ...".
_APPOSITION_RE = regex.compile(
    r"(?P<apposition>,[ \u00a0]+(?:who|whose|now|speaking|aged|himself|herself)\b)"
)

# One capitalised word anywhere: where a surname is used on its own ("Raha said").
_WORD_RE = regex.compile(r"(?P<word>\p{Lu}[\p{L}\p{M}'’\-]*)")


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
    >>> idx.last_use("Brown", before=50)
    40
    """

    __slots__ = ("_by_first", "_by_last", "_caps", "_read", "_runs", "_text", "_words")

    def __init__(self, text: str) -> None:
        self._text = text
        self._by_last: dict[str, list[tuple[int, int]]] = {}
        self._by_first: dict[str, list[tuple[int, int]]] = {}
        self._read: dict[tuple[int, int], Written | None] = {}
        self._runs: list[tuple[int, int]] = []
        for m in _RUN_RE.finditer(text):
            lo, hi = m.span()
            self._runs.append((lo, hi))
            # Any word may end or start the name once role words are off.
            for w in text[lo:hi].split():
                self._by_last.setdefault(name_key(w), []).append((lo, hi))
        self._by_first = self._by_last
        self._words: dict[str, list[int]] = {}
        self._caps: list[tuple[int, int]] = []
        for m in _WORD_RE.finditer(text):
            self._words.setdefault(name_key(m.group()), []).append(m.start())
            self._caps.append(m.span())

    def _written(self, lo: int, hi: int, *, single: bool = False) -> Written | None:
        """The name a run holds; a one-word name only after an honorific and if ``single``."""
        key = (lo, hi)
        if key not in self._read:
            text = self._text
            first_end = text.find(" ", lo, hi)
            first = text[lo:first_end] if first_end > 0 else ""
            if first.lower() in OPENERS:
                lo = first_end + 1  # "Former Chelsea defender Marcel Desailly"
            elif first and _sentence_initial(text, lo) and f" {first.lower()} " in text:
                # "Later Gordon Brown": a sentence's first word is a name only if
                # the text never writes it in lower case.
                lo = first_end + 1
            m = read_mention(text, lo, hi)
            ok = m.name is not None and m.name_span is not None
            self._read[key] = Written(m.name, m.name_span, m) if ok else None  # type: ignore[arg-type]
        w = self._read[key]
        if w is None or (len(w.name.split()) < 2 and not (single and w.mention.gender)):
            return None
        return w

    def _one_word(self, lo: int, hi: int) -> Written | None:
        """The one-word name a run holds once its openers are off (``But Parry``), if any."""
        self._written(lo, hi)
        w = self._read[(lo, hi)]
        return w if w is not None and len(w.name.split()) == 1 else None

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

    def containing(self, name: str) -> list[Written]:
        """The names that end with the words of ``name`` and are longer: the fuller forms."""
        words = name.split()
        key = name_key(name)
        return [
            w
            for w in self.ending_with(words[-1])
            if len(w.name.split()) > len(words) and name_key(w.name).endswith(" " + key)
        ]

    def last_use(self, word: str, *, before: int) -> int:
        """Where the capitalised ``word`` was last written before ``before``; -1 if never."""
        places = self._words.get(name_key(word))
        if not places:
            return -1
        k = bisect.bisect_left(places, before)
        return places[k - 1] if k else -1

    def uses(self, word: str) -> int:
        """How many times the capitalised ``word`` is written in the text."""
        return len(self._words.get(name_key(word), ()))

    def person_like(self, w: Written) -> bool:
        """Whether a written name reads as a person's, from the words around it.

        A role or honorific in it, a role word or possessive before it
        (``secretary George Osborne``, ``ONGC's Mr Raha``), or a cue or an age
        after it (``Raha said``, ``Desailly, 36,``).
        """
        m = w.mention
        if m.role is not None or m.gender is not None:
            return True
        text = self._text
        before = _WORD_BEFORE_RE.search(text, max(0, w.span.start - 40), w.span.start)
        if before is not None:
            word = before.group("word")
            if fold(word) in ROLE_WORDS or word.endswith(("'s", "’s")):
                return True
        end = w.span.end
        return bool(_AFTER_PERSON_RE.match(text, end) or _APPOSITION_RE.match(text, end))

    def stated_gender(self, surname: str) -> tuple[str, Span] | None:
        """The gender an honorific before ``surname`` states anywhere in the text, and where."""
        text = self._text
        for at in self._words.get(name_key(surname), ()):
            before = _WORD_BEFORE_RE.search(text, max(0, at - 12), at)
            if before is not None:
                gender = HONORIFICS.get(fold(before.group("word")))
                if gender is not None:
                    return gender, span(*before.span("word"))
        return None

    def lone_surname(self, lo: int, hi: int) -> Written | None:
        """``Nair``, ``O'Sullivan`` written alone where a person's surname reads so.

        A word that ends a fuller person's name elsewhere in the text, or one a
        cue or an apposition follows (``Parry, speaking to BBC Sport``).
        """
        text = self._text
        word = text[lo:hi]
        if _sentence_initial(text, lo) and f" {word.lower()} " in text:
            return None
        if self._by_last.get(name_key(word)) and any(
            self.person_like(w) for w in self.ending_with(word)
        ):
            return Written(
                word, span(lo, hi), Mention(span(lo, hi), name=word, name_span=span(lo, hi))
            )
        if _AFTER_PERSON_RE.match(text, hi) is not None or _APPOSITION_RE.match(text, hi):
            return Written(
                word, span(lo, hi), Mention(span(lo, hi), name=word, name_span=span(lo, hi))
            )
        return None

    def names_between(self, lo: int, hi: int) -> list[Written]:
        """The person-like names written in ``[lo, hi)``, in text order: runs, then lone words."""
        out: list[Written] = []
        k = bisect.bisect_left(self._runs, (lo, lo))
        covered = -1
        runs = []
        while k < len(self._runs) and self._runs[k][1] <= hi:
            runs.append(self._runs[k])
            k += 1
        r = 0
        c = bisect.bisect_left(self._caps, (lo, lo))
        while c < len(self._caps) and self._caps[c][1] <= hi:
            a, b = self._caps[c]
            c += 1
            while r < len(runs) and runs[r][1] <= a:
                r += 1
            if r < len(runs) and runs[r][0] <= a:
                if runs[r][0] > covered:
                    covered = runs[r][1]
                    w = self._written(*runs[r], single=True)
                    if w is not None and self.person_like(w):
                        out.append(w)
                    elif (one := self._one_word(*runs[r])) is not None:
                        lone = self.lone_surname(one.span.start, one.span.end)
                        if lone is not None:
                            out.append(lone)
                continue
            if a < covered:
                continue
            w = self.lone_surname(a, b)
            if w is not None:
                out.append(w)
        return out

    def named_before(self, at: int, *, look: int = 8) -> list[Written]:
        """The person-like multi-word names among the ``look`` runs written before ``at``."""
        k = bisect.bisect_left(self._runs, (at, at))
        out = []
        for lo, hi in self._runs[max(0, k - look) : k]:
            w = self._written(lo, hi, single=True) if hi <= at else None
            if w is not None and self.person_like(w):
                out.append(w)
        return out
