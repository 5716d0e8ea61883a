"""A definite role joins the person the text names with that role written before them.

``le ministre de la Santé`` quoted in one paragraph is ``le ministre de la
Santé Roman Prymula`` of another; ``die nicaraguanische Frauenrechtlerin``
is ``die nicaraguanische Frauenrechtlerin und Pädagogin María Teresa
Blandón``. News writes the role before the name once and the role alone
afterwards, in every language of the corpus. :func:`role_name` finds the
description as written followed by a name of two to four capitalised words
(perhaps after a comma, or after ``und``/``et``/``y``/``and`` and a second
role noun), nearest before the mention, else first after it.
"""

from __future__ import annotations

import regex

from quoteparse._build import span
from quoteparse.model import Span
from quoteparse.speaker_words import ROLE_WORDS
from quoteparse.speakers.german import role_noun

__all__ = ["role_before", "role_name"]

# What follows the role: an optional comma or a coordinated second role noun,
# then the name, two to four capitalised words ("Roman Prymula", "María
# Teresa Blandón"), ending at a word boundary.
_NAME_AFTER_RE = regex.compile(
    r"""
    (?:,?[ \u00a0]+(?:und|et|y|and)[ \u00a0]+[\p{L}\-]+)?
    ,?[ \u00a0]+
    (?P<name>\p{Lu}[\p{L}\p{M}'’\-]+(?:[ \u00a0](?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'’\-]+)){1,3})
    (?![\p{L}\p{M}])
    """,
    regex.VERBOSE,
)

# How many places of the description are looked at: a cap that keeps a text
# that repeats one role thousands of times linear.
_MAX_PLACES = 20


def role_name(text: str, description: str, at: int) -> Span | None:
    """Where the name stands that ``description`` is written before, nearest to ``at``.

    >>> t = "Le ministre de la Santé Roman Prymula a dîné. « Non », dit le ministre de la Santé."
    >>> where = role_name(t, "ministre de la Santé", 70)
    >>> t[where.start : where.end]
    'Roman Prymula'
    >>> role_name("the minister said so", "minister", 0) is None
    True
    """
    before: Span | None = None
    after: Span | None = None
    k = text.find(description)
    seen = 0
    while k >= 0 and seen < _MAX_PLACES:
        seen += 1
        end = k + len(description)
        starts_word = k == 0 or not text[k - 1].isalnum()
        m = _NAME_AFTER_RE.match(text, end) if starts_word else None
        if m is not None:
            found = span(*m.span("name"))
            if k < at:
                before = found
            elif after is None:
                after = found
                break
        k = text.find(description, end)
    return before if before is not None else after


# The clause before a comma that may hold a role: up to six words back to a
# sentence end, a comma or a colon.
_CLAUSE_REACH = 80
_CLAUSE_WORD_RE = regex.compile(r"(?P<word>[\p{L}\p{M}\-]+)")


def role_before(text: str, lo: int) -> bool:
    """Whether a role phrase and a comma stand before ``lo``: the name there is a person's.

    ``der Bürgermeister von Grosbliederstroff, Joël Niederlaender``, ``the
    mayor of Springfield, Joe Quimby``.

    >>> t = "So auch der Bürgermeister von Grosbliederstroff, Joël Niederlaender."
    >>> role_before(t, t.index("Joël")), role_before("In Paris, Anne Roy", 10)
    (True, False)
    """
    j = lo
    while j > 0 and lo - j < 3 and text[j - 1] in " \u00a0":
        j -= 1
    if j in (lo, 0) or text[j - 1] != ",":
        return False
    end = j - 1
    start = end
    floor = max(0, end - _CLAUSE_REACH)
    while start > floor and text[start - 1] not in ".!?;:,\n":
        start -= 1
    words = [m.group() for m in _CLAUSE_WORD_RE.finditer(text, start, end)][-6:]
    return any(w.lower() in ROLE_WORDS or (w[:1].isupper() and role_noun(w)) for w in words)
