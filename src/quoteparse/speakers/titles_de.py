"""German names in quotation marks: ``im „Aachener Vertrag“``, ``der Partei „La République“``.

German news puts a name in quotation marks right after the noun it names (``die
Fernsehserie „Loriot“``, ``der Macron-Partei „La République en Marche“``) or
after a preposition (``sagte in »CNN«``, ``gegenüber »nd«``). Such a
quotation is a title or a name, not anyone's words, whatever cue stands in its
sentence (``sagt Christophe Arend, Abgeordneter der Macron-Partei „…“``).
:func:`named_thing` tells them; the table is in :mod:`.words_de`.
"""

from __future__ import annotations

import re

import regex

from quoteparse.speakers.reported_de import german
from quoteparse.speakers.results import QuoteSpan
from quoteparse.speakers.words_de import TITLE_PREPOSITIONS

__all__ = ["named_thing"]

# The word right before a quotation, with only spaces between: "Partei " in
# "der Partei „…“"; one run of letters and hyphens, anchored at the end.
_WORD_BEFORE_RE = regex.compile(r"(?<![\p{L}\-])(?P<word>\p{L}[\p{L}\-]*)[ \u00a0]+\Z")

# The longest name in quotation marks, in words: "La République en Marche" (4).
_MAX_WORDS = 5

# The longest name in quotation marks, in characters: longer content is words.
_MAX_CHARS = 60

# What a name does not hold: a sentence's punctuation.
_NOT_IN_NAME = frozenset(".!?,;:\N{HORIZONTAL ELLIPSIS}")

# Any character of _NOT_IN_NAME: one search in C, where a set built from the
# content cost a Python object per character.
_NOT_IN_NAME_RE = re.compile("[" + re.escape("".join(sorted(_NOT_IN_NAME))) + "]")

# TITLE_PREPOSITIONS for str.endswith. A quotation that opens in lower case is
# a name only after one of them (``in »nd«``), so where the words before the
# mark end in none, _WORD_BEFORE_RE (the costly part) need not run: on BBC
# text nearly every short quotation is turned away here (docs/performance.md).
_PREPOSITION_ENDS = tuple(sorted(TITLE_PREPOSITIONS))


def named_thing(text: str, q: QuoteSpan, lo: int) -> bool:
    """Whether a German quotation is a name right after its noun or a preposition.

    >>> def quote(t: str) -> QuoteSpan:
    ...     a, b = t.index("»"), t.index("«") + 1
    ...     return QuoteSpan(a, b, a + 1, b - 1, 0)
    >>> t = "Er sagte in »CNN«, es sei gut."
    >>> named_thing(t, quote(t), 0)
    True
    >>> t = "Scholz spricht vom »russischen Imperialismus«, sagt er."
    >>> named_thing(t, quote(t), 0)
    False
    """
    if q.content_end - q.content_start > _MAX_CHARS:
        return False
    if q.start - 1 <= lo or text[q.start - 1] not in " \u00a0":
        return False  # _WORD_BEFORE_RE needs a space right before the mark
    content = text[q.content_start : q.content_end].strip()
    words = content.split()
    if not words or len(words) > _MAX_WORDS or _NOT_IN_NAME_RE.search(content):
        return False
    reach = max(lo, q.start - 40)
    if not content[:1].isupper() and not text[reach : q.start].rstrip(" \u00a0").endswith(
        _PREPOSITION_ENDS
    ):
        return False  # the cheap gate: the word before would have to be a preposition
    m = _WORD_BEFORE_RE.search(text, reach, q.start)
    if m is None or m.start() <= lo:
        return False
    word = m.group("word")
    if word in TITLE_PREPOSITIONS:
        pass  # sagte in »CNN«: lower case, inside a sentence
    elif not (word[:1].isupper() and content[:1].isupper()):
        return False  # den »russischen Imperialismus«: a term, someone's words
    elif text[: m.start()].rstrip()[-1:] in ".!?:\n":
        return False  # the noun opens a sentence: "Ergebnis „Gut“" may be a label
    return german(text, max(lo, q.start - 300), min(len(text), q.end + 300))
