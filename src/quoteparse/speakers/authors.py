"""The body that wrote a document: ``a new report released on Monday by X``.

A definite document (``the report``, ``the study``) speaks for the body the
text names as its author where it first brings the document in, with ``by``
after the document's noun (``But a new report released on Monday by Stanford
University's Center on Poverty and Inequality calls that into question.``),
as the gold's rule for bodies says: a report takes the body that issued it,
and only one whose author the text leaves unnamed takes the document itself.
"""

from __future__ import annotations

import re

from quoteparse._build import span
from quoteparse.model import Span
from quoteparse.speaker_words import DOCUMENT_WORDS, ORGANISATION_WORDS

__all__ = ["document_author"]

# How far before the quotation the document's introduction is looked for.
_REACH = 2000

# The author after "by": capitalised words, with the possessives and small
# words a body's name holds ("Stanford University's Center on Poverty and
# Inequality", "the Institute for Fiscal Studies").
_WORD = r"[A-Z][\w.\-]*(?:['\N{RIGHT SINGLE QUOTATION MARK}]s)?"  # Stanford, University's
_SMALL = r"(?:of|on|for|and|the)[ \t]+"  # the small words inside a body's name
_AUTHOR = rf"(?:the[ \t]+)?(?P<author>{_WORD}(?:[ \t]+(?:{_SMALL}){{0,2}}{_WORD}){{0,8}})"


# "a new report released on Monday by X": an indefinite document's noun, a few
# words that hold no sentence end or quotation, then "by" and its author.
_INTRODUCTION_RE = re.compile(
    rf"""
    \b[Aa]n?[ \t]+(?:[\w\-]+[ \t]+){{0,3}}?(?P<head>{"|".join(sorted(DOCUMENT_WORDS))})\b
    [^.!?\n"\N{{LEFT DOUBLE QUOTATION MARK}}]{{0,60}}?
    \bby[ \t]+{_AUTHOR}
    """,
    re.VERBOSE,
)


def document_author(text: str, head: str, at: int) -> tuple[str, Span] | None:
    """The author named where the text brings in an indefinite ``head`` before ``at``.

    The first such introduction in the reach counts; its author's name is
    returned as written, with where it is written.

    >>> t = ("A new report released on Monday by Stanford University's Center on Poverty "
    ...      "calls it wrong. The report says")
    >>> document_author(t, "report", t.index("The report"))[0]
    "Stanford University's Center on Poverty"
    >>> document_author("The report was long. The report says", "report", 21) is None
    True
    """
    for m in _INTRODUCTION_RE.finditer(text, max(0, at - _REACH), at):
        if m.group("head") == head:
            lo, hi = m.span("author")
            tail = _LOWER_TAIL_RE.match(text, hi)
            if tail is not None and tail.group("noun") in ORGANISATION_WORDS:
                hi = tail.end()  # "the Commons work and pensions committee"
            return text[lo:hi], span(lo, hi)
    return None


# Up to four lower-case words after the capitalised ones, the last of which
# may be a body's noun that the name goes on to (``Commons work and pensions
# committee``).
_LOWER_TAIL_RE = re.compile(r"(?:[ \t]+[a-z][\w\-]*){0,3}[ \t]+(?P<noun>[a-z][\w\-]*)\b")
