"""A French incise inside the quotation: ``« Cette loi, affirme-t-elle, est mauvaise »``.

French sets the cue inside the guillemets, after the quotation's first words,
between commas or dashes or before a full stop: the inverted pronoun (``affirme-t-elle``,
``dit-il``) or the name after the verb (``explique Antony Fastier``) is the
speaker. :func:`find_incise` looks for it only where no cue stands around the
quotation, in its first :data:`_REACH` characters, with the verb from
:data:`.words_fr.INCISE_VERBS`.
"""

from __future__ import annotations

import re

import regex

from quoteparse._build import span
from quoteparse.speakers.results import Hit, QuoteSpan
from quoteparse.speakers.words_fr import INCISE_VERBS

__all__ = ["find_incise"]

# How far into the quotation the incise is looked for: it follows the first
# clause or sentence, and a cap keeps a long quotation cheap.
_REACH = 400

_INCISE_RE = regex.compile(
    r"""
    # A comma, or a dash that sets the incise off: "... errantes – observe-t-il".
    [,\u2013\u2014][ \t\u00a0]+
    (?P<cue>\p{Ll}+)                          # affirme, glisse, dit
    (?:
      # affirme-t-elle, dit-il: the inverted subject pronoun.
      # "glisse-t-il lorsqu'on le croise" goes on after the pronoun.
      -(?:t-)?(?P<pronoun>il|elle)(?![\p{L}\-])
      # explique Antony Fastier, toxicologue: a name of two to four
      # capitalised words, closed by a comma or a full stop.
    | [ \t\u00a0]+
      (?P<name>\p{Lu}[\p{L}\p{M}'’\-]+(?:[ \t\u00a0]\p{Lu}[\p{L}\p{M}'’\-]+){1,3})
      (?=[ \t\u00a0]*[,.])
    )
    """,
    regex.VERBOSE,
)


# A comma or a dash, spaces and a verb of INCISE_VERBS, then what ends the verb
# in _INCISE_RE: a cheap search (it opens with the same character class) that
# every hit of _INCISE_RE also matches, so the window goes to _INCISE_RE
# only when this finds something; English quotations seldom hold one.
_VERB_AFTER_COMMA_RE = re.compile(
    r"[,\u2013\u2014][ \t\u00a0]+(?:"
    + "|".join(sorted(INCISE_VERBS, key=len, reverse=True))
    + r")[ \t\u00a0\-]"
)


def find_incise(text: str, q: QuoteSpan) -> Hit | None:
    """The speaker an incise inside the quotation names, or None.

    >>> t = "« Cette loi, affirme-t-elle, est mauvaise. »"
    >>> q = QuoteSpan(0, len(t), 1, len(t) - 1, 0)
    >>> hit = find_incise(t, q)
    >>> t[hit.speaker.start : hit.speaker.end], t[hit.cue.start : hit.cue.end]
    ('elle', 'affirme')
    >>> find_incise("« Cette loi, mange-t-elle, est mauvaise. »", q) is None
    True
    """
    hi = min(q.content_end, q.content_start + _REACH)
    if _VERB_AFTER_COMMA_RE.search(text, q.content_start, hi) is None:
        return None
    for m in _INCISE_RE.finditer(text, q.content_start, hi):
        if m.group("cue") not in INCISE_VERBS:
            continue
        who = "pronoun" if m.group("pronoun") is not None else "name"
        return Hit(span(*m.span(who)), span(*m.span("cue")), True, after=True)
    return None
