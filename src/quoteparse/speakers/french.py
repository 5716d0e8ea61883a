"""French mentions read as people: a role's complement is no name, an elided pronoun is one.

``le ministre de la Santé`` is a role and its complement, not the name ``la
Santé``: a run of capitalised words that opens with ``du``, ``des`` or ``de
la`` (:data:`.words_fr.COMPLEMENT_OPENERS`) completes the noun before it.
``Charles de Gaulle`` keeps its particle, since a first name opens that run;
a bare ``de`` after a lower-case noun opens a complement too (Spanish
``el secretario general de La Cámpora``).
A mention that ends in ``qu'il`` or ``qu'elle`` (``c'est ainsi qu'il a
qualifié``) is the pronoun (:func:`elided_subject`).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from quoteparse._build import span
from quoteparse.model import Span
from quoteparse.speakers.words_fr import COMPLEMENT_OPENERS

__all__ = ["elided_subject", "role_complement"]

_LONGEST = max(len(o) for o in COMPLEMENT_OPENERS)


def role_complement(text: str, words: Sequence[tuple[int, int, str | None]], at: int) -> bool:
    """Whether the run of name words starting at ``words[at]`` is a role's complement.

    The opener may be part of the run (``du``, ``de la`` read as particles) or
    stand just before it (``des``).

    >>> t = "ministre de la Santé"
    >>> w = [(0, 8, "word"), (9, 11, "word"), (12, 14, "word"), (15, 20, "word")]
    >>> role_complement(t, w, 1), role_complement(t, w, 3)
    (True, True)
    >>> t = "Charles de Gaulle"
    >>> role_complement(t, [(0, 7, "word"), (8, 10, "word"), (11, 17, "word")], 0)
    False
    >>> t = "secretario general de La Cámpora"
    >>> w = [(0, 10, "word"), (11, 18, "word"), (19, 21, "word"), (22, 24, "word")]
    >>> w.append((25, 32, "word"))
    >>> role_complement(t, w, 2), role_complement(t, w, 3)
    (True, True)
    """
    lo = max(0, at - _LONGEST)
    written = tuple(text[a:b] for a, b, _kind in words[lo : at + _LONGEST + 1])
    k = at - lo  # where the run starts in ``written``
    for opener in COMPLEMENT_OPENERS:
        n = len(opener)
        # The opener before the run ("des Affaires"), in it ("de la Santé"
        # read as particles) or across its start ("de" before, "la" in it),
        # with a word after it.
        for s in range(max(0, k - n), k + 1):
            if written[s : s + n] == opener and k <= s + n < len(written):
                return True
    # "el secretario general de La Cámpora", "la integrante de Coendu": a bare
    # "de" after a lower-case noun opens its complement; after a first name it
    # is a particle ("Charles de Gaulle").
    for d in (k - 1, k):  # "de" before the run, or read into it as a particle
        if 1 <= d < len(written) - 1 and written[d] == "de":
            noun = written[d - 1]
            if noun.isalpha() and noun[:1].islower():
                return True
    return False


# A subject pronoun elided onto "que" or "lorsque" at the end of a mention:
# "c'est ainsi qu'il" (a qualifié), "estimant qu’elle".
_ELIDED_RE = regex.compile(
    r"""
    (?<![\p{L}\p{M}])(?:lorsqu|puisqu|qu)['’]   # qu' / lorsqu' / puisqu'
    (?P<pronoun>il|elle)\Z                     # the pronoun ends the mention
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


# The apostrophes of _ELIDED_RE.
_APOSTROPHES = "'\N{RIGHT SINGLE QUOTATION MARK}"


def elided_subject(text: str, mention: Span | None) -> Span | None:
    """The pronoun a mention ends with after an elided ``que``, else the mention.

    ``« Un choc », c'est ainsi qu'il a qualifié`` reads the words before the
    cue as its speaker; the speaker is the pronoun.

    >>> t = "c'est ainsi qu'il"
    >>> s = elided_subject(t, span(0, len(t)))
    >>> t[s.start : s.end]
    'il'
    >>> elided_subject("Paul Roy", span(0, 8)) == span(0, 8)
    True
    """
    if mention is None:
        return None
    # The apostrophe stands three characters before the end ("qu'il") or five
    # ("qu'elle"): a test of two characters turns away nearly every mention
    # before the search.
    end = mention.end
    if not (
        (end - 3 >= mention.start and text[end - 3] in _APOSTROPHES)
        or (end - 5 >= mention.start and text[end - 5] in _APOSTROPHES)
    ):
        return mention
    m = _ELIDED_RE.search(text, mention.start, mention.end)
    return span(*m.span("pronoun")) if m is not None else mention
