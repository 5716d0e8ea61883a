"""A writer's sentence ending in a colon before a quotation: its subject speaks.

``De Miranda evokes the notion of neon in his introduction: "..."`` has no
cue verb, but the colon hands the sentence's subject the words that follow.
Only a subject that reads as a person's name (:func:`.mentions.subject`: a
title, or two capitalised words) or a personal pronoun counts, so ``The
message was clear: "..."`` still names nobody.
"""

from __future__ import annotations

from quoteparse._build import span
from quoteparse.speaker_words import SOURCE_OPENERS
from quoteparse.speakers.mentions import subject
from quoteparse.speakers.names import fold
from quoteparse.speakers.results import Hit
from quoteparse.speakers.text import rtrim_spaces, sentence_start, skip_space

__all__ = ["find_colon_subject"]

# Pronouns that open a sentence as its subject.
_PRONOUNS = frozenset(("He", "She"))

# A sentence longer than this before its colon is not read for a subject.
_REACH = 240


def find_colon_subject(text: str, lo: int, start: int) -> Hit | None:
    """The subject of the sentence whose colon ends right before the quotation at ``start``.

    >>> t = 'De Miranda evokes the mood of neon in his introduction: "When we hear it..."'
    >>> hit = find_colon_subject(t, 0, t.index('"'))
    >>> t[hit.speaker.start : hit.speaker.end]
    'De Miranda'
    >>> find_colon_subject('The message was clear: "Go."', 0, 23) is None
    True
    """
    colon = rtrim_spaces(text, lo, start)
    if colon == lo or text[colon - 1] != ":":
        return None
    end = colon - 1
    first = skip_space(text, sentence_start(text, lo, end), end)
    if end - first > _REACH or first >= end:
        return None
    found = subject(text, first, end)
    if found is not None:
        # A name of two words or more: one capitalised word opening a sentence
        # is as often an adverb ("Jak na terapii:") as a name.
        words = text[found.start : found.end].split()
        if len(words) < 2 or fold(words[0]) in SOURCE_OPENERS:
            return None  # "Einige Landsleute": German capitalises the noun after "some"
        return Hit(found, None, True)
    word_end = text.find(" ", first, end)
    if word_end > 0 and text[first:word_end] in _PRONOUNS:
        return Hit(span(first, word_end), None, True)
    return None
