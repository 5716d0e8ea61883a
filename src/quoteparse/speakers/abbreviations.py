"""A body's abbreviation spelled out where the text defines it: ``Robert Koch-Institut (RKI)``.

News writes a body's full name once with its abbreviation in brackets and the
abbreviation alone afterwards (``heißt es in der Risikobewertung des RKI``).
The speaker takes the full name, as the gold's rule for bodies says. The full
name is the shortest run of words before the brackets whose capitalised
words' initials (hyphenated parts each count) spell the abbreviation, so
``Food Standards Agency (FSA)`` is found and a bracketed abbreviation of
another language's name (``Agentur für Krebsforschung (IARC)``) is not.
"""

from __future__ import annotations

import regex

from quoteparse._build import span
from quoteparse.model import Span

__all__ = ["spelled_out"]

# One word before the brackets: letters with inner hyphens and apostrophes.
_WORD_RE = regex.compile(r"(?P<word>[\p{L}\p{M}](?:[\p{L}\p{M}'’\-]*[\p{L}\p{M}])?)")
# An abbreviation: two to eight capital letters.
_SHORT_RE = regex.compile(r"\p{Lu}{2,8}")
# How far before the brackets the full name may start.
_REACH = 120


def _initials(words: list[str]) -> str:
    return "".join(part[0] for w in words if w[:1].isupper() for part in w.split("-") if part)


def spelled_out(text: str, short: str) -> tuple[str, Span] | None:
    """The full name ``short`` stands for where the text writes ``Full Name (SHORT)``.

    >>> t = "Das Robert Koch-Institut (RKI) warnt. Das RKI rät ab."
    >>> name, where = spelled_out(t, "RKI")
    >>> name, t[where.start : where.end]
    ('Robert Koch-Institut', 'Robert Koch-Institut')
    >>> spelled_out("die Agentur für Krebsforschung (IARC)", "IARC") is None
    True
    """
    if _SHORT_RE.fullmatch(short) is None:
        return None
    at = text.find(f"({short})")
    if at < 0:
        return None
    lo = max(0, at - _REACH)
    found = [(m.start(), m.end()) for m in _WORD_RE.finditer(text, lo, at)]
    for k in range(len(found) - 1, -1, -1):
        words = [text[a:b] for a, b in found[k:]]
        if not words[0][:1].isupper():
            continue
        initials = _initials(words)
        if initials == short:
            a, b = found[k][0], found[-1][1]
            return text[a:b], span(a, b)
        if len(initials) > len(short):
            break
    return None
