"""Cues a few words before a quotation: scare leads and partial cues.

``so-called "..."`` makes a scare quote; ``called the target "..."`` and
``described by Sharon as "..."`` make a partial quotation of the verb's
subject or agent.
"""

from __future__ import annotations

import re

from quoteparse._build import span
from quoteparse.cue_verbs import PARTIAL_CUES, SAYING_VERBS, SCARE_CUES
from quoteparse.speakers.mentions import clause_subject, speaker_before, subject
from quoteparse.speakers.patterns import LINK, NP_AFTER, SPACES, trie
from quoteparse.speakers.results import Hit
from quoteparse.speakers.text import last_token, rtrim_spaces, sentence_start

__all__ = ["find_partial_lead", "partial_cue", "scare_lead"]


# Words right before a quotation that make it a scare quote, compared
# lower-cased against the end of the text before the opening mark.
_SCARE_ENDS = tuple(sorted((w.lower() for w in SCARE_CUES), key=len, reverse=True))


_SCARE_REACH = max(map(len, _SCARE_ENDS)) + 4


# A verb from PARTIAL_CUES up to four words before the quotation, in its clause,
# or up to eight when "as" closes them (introduced Dr Greenspan to the guests as).
_WORD = r"[ \t\u00a0]+[\w'\N{RIGHT SINGLE QUOTATION MARK}\-]+"
_PARTIAL_RE = re.compile(
    rf"""
    (?P<verb>{trie(PARTIAL_CUES, whole_word=True)})(?!\w)  # called
    (?:
      (?:{_WORD}){{0,4}}[ \t\u00a0]*(?:as[ \t\u00a0]*)?     # (described) her work (as)
    | (?:{_WORD}){{5,8}}[ \t\u00a0]+as[ \t\u00a0]*         # introduced him to the guests as
    )
    \Z
    """,
    re.VERBOSE,
)


# What ends a word of _PARTIAL_RE besides letters and digits (\w is those and _).
_PARTIAL_WORD_END = "_'\N{RIGHT SINGLE QUOTATION MARK}-"


# The agent of a passive partial cue: described by Sharon as "...".
_AGENT_RE = re.compile(rf"{LINK}by{LINK}(?P<np>{NP_AFTER})")


# Words after the agent that belong to the verb, not the name: by police for.
_AGENT_ENDS = frozenset(("for", "as", "of", "with"))


# A noun, then "called" right before the quotation: the name of a thing, not
# anyone's words ("relies on links called "trackers"").
_NOUN_CALLED_RE = re.compile(r"(?<![\w'’])(?P<noun>[a-z][a-z\-]+)[ \t\u00a0]+called[ \t\u00a0]*\Z")

# Words before "called" that make it the verb of a speaker: "he called", "who called".
_CALLERS = frozenset(
    ("he", "she", "they", "it", "we", "who", "which", "that", "has", "have", "had", "also", "once")
)


def scare_lead(text: str, start: int, lo: int) -> bool:
    """True when ``so-called`` or another scare cue stands right before ``start``.

    >>> t = 'It relies on links called "trackers".'
    >>> scare_lead(t, t.index('"'), 0), scare_lead('He called "trackers"', 11, 0)
    (True, False)
    """
    window = text[max(lo, start - _SCARE_REACH - 20) : start].rstrip(SPACES)
    # _NOUN_CALLED_RE ends in "called" and spaces: without it, nothing to search.
    if window.endswith("called"):
        named = _NOUN_CALLED_RE.search(window)
        if named is not None and named.group("noun") not in _CALLERS:
            return True
    before = text[max(lo, start - _SCARE_REACH) : start].rstrip(SPACES).lower()
    if not before.endswith(_SCARE_ENDS):
        return False
    for word in _SCARE_ENDS:
        at = len(before) - len(word)
        if before.endswith(word) and (at == 0 or not before[at - 1].isalnum()):
            return True
    return False


def partial_cue(text: str, start: int, lo: int) -> re.Match[str] | None:
    """The _PARTIAL_RE match ending at ``start``, searched from 80 characters back."""
    floor = max(lo, start - 80)
    j = rtrim_spaces(text, floor, start)
    # The match ends with a word (or "as") and spaces: after a colon, a comma
    # or a line break, as most quotations are, there is nothing to search.
    if j == floor or not (text[j - 1].isalnum() or text[j - 1] in _PARTIAL_WORD_END):
        return None
    return _PARTIAL_RE.search(text, floor, start)


# Words between a naming participle and the name it gives: dubbed the "...".
_NAMING_GAP = frozenset(("the", "a", "an", "as"))


def _names_something(text: str, m: re.Match[str], start: int, lo: int) -> bool:
    """``X, dubbed the "..."``: a participle after a comma giving a name, not a speaker's words.

    With an object between (``..., called the new targets "..."``) the verb is
    the subject's, whatever the comma before it closes.
    """
    if not m.group("verb").endswith("ed"):
        return False
    before = rtrim_spaces(text, lo, m.start())
    if before == lo or text[before - 1] != ",":
        return False
    return _NAMING_GAP.issuperset(text[m.end("verb") : start].split())


# Verbs of saying anywhere earlier in a quotation's sentence: the sentence's
# named subject chose the quoted words ("The European Commission has written to
# the operators to challenge "the high rates"").
_SAYING_RE = re.compile(rf"(?<!\w)(?:{trie(SAYING_VERBS)})(?!\w)")


def _sentence_subject(text: str, start: int, lo: int, sentence: int | None) -> Hit | None:
    """The named subject of the quotation's sentence, when a verb of saying stands between."""
    if sentence is None:
        sentence = sentence_start(text, lo, start)
    verb = _SAYING_RE.search(text, sentence, start)
    if verb is None:
        return None
    found = subject(text, sentence, verb.start())
    if found is None or len(text[found.start : found.end].split()) < 2:
        return None
    return Hit(found, span(*verb.span()), False)


def find_partial_lead(text: str, start: int, lo: int, *, sentence: int | None = None) -> Hit | None:
    """``Kirsty Williams called the target "..."``: the verb, and the speaker before it.

    ``sentence``, when given, is ``sentence_start(text, lo, start)``, found once
    by the caller.
    """
    m = partial_cue(text, start, lo)
    if m is None:
        return _sentence_subject(text, start, lo, sentence)
    if _names_something(text, m, start, lo):
        return None  # "Helen Steel, dubbed the "McLibel Two"": a name given, not words
    agent = _AGENT_RE.match(text, m.end("verb"), start)
    if agent is not None:  # described by Sharon as "...", praised by police for "..."
        lo_np, hi_np = agent.span("np")
        while True:
            last = last_token(text, lo_np, hi_np)
            if last in (hi_np, lo_np) or text[last:hi_np] not in _AGENT_ENDS:
                break
            hi_np = rtrim_spaces(text, lo_np, last)
        return Hit(span(lo_np, hi_np), span(*m.span("verb")), False)
    sentence = sentence_start(text, lo, m.start())
    speaker = speaker_before(text, sentence, m.start())
    if speaker is None:
        speaker = clause_subject(text, sentence, m.start())  # Dr X, role (BMA), welcomed
    return Hit(speaker, span(*m.span("verb")), False)
