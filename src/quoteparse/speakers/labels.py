"""A speaker's name as a label before a colon: ``- Blackburn boss Mark Hughes: "..."``.

Match previews, interviews and round-ups introduce each quotation with the
speaker's name and a colon and no verb at all. The words from the start of
the line or sentence (after a bullet or dash) to the colon must be one noun
phrase naming someone (``speaker_before`` reads it whole); anything more, such
as ``The message was clear:``, is the writer's sentence and names nobody.
"""

from __future__ import annotations

from quoteparse.speaker_words import ROLE_SUFFIXES, ROLE_WORDS
from quoteparse.speakers.mentions import speaker_before
from quoteparse.speakers.names import fold, read_mention
from quoteparse.speakers.patterns import PARTICLES, SPACES
from quoteparse.speakers.results import Hit
from quoteparse.speakers.text import rtrim_spaces, sentence_start

__all__ = ["find_label"]

# What may stand before the label on its line: bullets and dashes.
_BULLETS = frozenset("-*\N{BULLET}\N{EN DASH}\N{EM DASH}")


def find_label(text: str, lo: int, start: int) -> Hit | None:
    """The name before a colon that ends right before the quotation at ``start``."""
    colon = rtrim_spaces(text, lo, start)
    if colon == lo or text[colon - 1] != ":":
        return None
    end = rtrim_spaces(text, lo, colon - 1)
    first = sentence_start(text, lo, end)
    while first < end and (text[first] in SPACES or text[first] in _BULLETS or text[first] == "\n"):
        first += 1
    if end - first < 3 or not text[first].isupper():
        return None
    np = speaker_before(text, first, end)
    if np is None or np.start != first or np.end != end:
        return None  # more than a noun phrase: the writer's own words
    m = read_mention(text, np.start, np.end)
    if m.name is None or len(m.name) < 3 or m.pronoun is not None:
        return None
    lower = [w for w in text[np.start : np.end].split() if w[:1].islower()]
    if not all(fold(w) in _LABEL_WORDS or fold(w).endswith(ROLE_SUFFIXES) for w in lower):
        return None  # "Gianni fragt Aaron": a verb, not a role
    return Hit(np, None, True)


# Lower-case words a label may hold: roles and name particles (``Burnley boss``).
_LABEL_WORDS = ROLE_WORDS | PARTICLES | frozenset(("of", "the"))
