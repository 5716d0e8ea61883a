"""Spanish quotations whose cue verb has no subject written: the last speaker's.

Spanish drops a subject the reader knows: ``Admitió que el proceso es
"complejo"`` and ``Al respecto, señaló: "..."`` quote the person quoted or
named just before. :func:`subjectless` finds such a cue opening the
quotation's sentence (perhaps after a short phrase and a comma, a coordinator
``Y``, or ``Según`` as in ``Según entiende, "..."``) and gives the
quotation the speaker of the last attributed quotation, when that one stands
in this paragraph or the one above it: ``continued`` in the same paragraph,
``paragraph_carry`` from the one before, as the gold's rule says. Farther
back the speaker stays open. A mention read as a cue verb's subject that is
itself such a verb (:func:`verb_mention`: ``contó y sumó que``, ``Según
entiende,``) is the dropped subject, and ``según contó la integrante de
Coendu`` names its subject after the verb.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from quoteparse._build import span
from quoteparse.model import Attribution, Span
from quoteparse.speakers.carry import find_reported, previous_sentence
from quoteparse.speakers.results import Found, Hit, QuoteSpan
from quoteparse.speakers.text import near, sentence_start, skip_space
from quoteparse.speakers.words_es import (
    INVERTED_DETERMINERS,
    LEAD_WORDS,
    OPINION_VERBS,
    RELATIVES,
    SUBJECTLESS_CUES,
)

__all__ = ["relative_antecedent", "subjectless", "verb_mention", "verb_subject"]

# The sentence's opening: an optional short phrase ending in a comma ("Al
# respecto,", "A su vez,") or a coordinator ("Y"), then the cue verb, which a
# space, comma or colon follows.
_OPENING_RE = regex.compile(
    r"""
    [ \t\u00a0]*
    (?:(?P<lead>[\p{L}]+(?:[ \t\u00a0][\p{L}]+){0,3}),[ \t\u00a0]+
      # "Y remató:": a coordinator joining this sentence to the last one.
    | (?P<coord>Y|E|Pero)[ \t\u00a0]+
      # "Según entiende, "...": según and a verb with no subject, then a comma.
    | (?P<segun>Según)[ \t\u00a0]+)?
    (?P<cue>[\p{L}]+)(?=[ \t\u00a0,:])
    """,
    regex.VERBOSE,
)


# The cues of SUBJECTLESS_CUES without an "ó" (most end in one: admitió, señaló).
_CUES_WITHOUT_O = tuple(
    sorted(c for c in SUBJECTLESS_CUES if "\N{LATIN SMALL LETTER O WITH ACUTE}" not in c)
)


def _may_open(words: str) -> bool:
    """Whether ``words`` may hold the cue _OPENING_RE finds and :func:`subjectless` takes.

    That cue, lower-cased, is one of SUBJECTLESS_CUES, so the lower-cased words
    hold an "ó" or one of the few cues without one; only after "Según" may it be
    one of OPINION_VERBS. ``str.lower`` lowers each letter on its own, so the
    cue's letters lower to the same letters inside the whole (a test checks
    this against the pattern). A few ``in`` tests in C cost less than the
    ``regex`` match they save on nearly every English sentence.
    """
    if "Según" in words:
        return True
    low = words.lower()
    return "\N{LATIN SMALL LETTER O WITH ACUTE}" in low or any(c in low for c in _CUES_WITHOUT_O)


def subjectless(
    text: str,
    lo: int,
    start: int,
    *,
    quotes: Sequence[QuoteSpan],
    found: Sequence[Found],
    last_named: int | None,
    sentence: int | None = None,
) -> tuple[Hit, Attribution] | None:
    """The last speaker, for a quotation whose sentence opens with a subjectless cue.

    ``lo`` is where the quotation's paragraph starts, ``start`` where it does;
    ``last_named`` indexes the latest top-level quotation with a speaker in
    ``quotes`` and ``found``; ``sentence``, when given, is
    ``sentence_start(text, lo, start)``, found once by the caller.

    >>> from quoteparse import parse
    >>> text = '"Es grave", dijo Laura Magallanes. Admitió que el proceso es "complejo".'
    >>> [(q.speaker, q.attribution.value) for q in parse(text).quotes]
    [('Laura Magallanes', 'cue_after'), ('Laura Magallanes', 'continued')]
    """
    if last_named is None or found[last_named].speaker is None:
        return None
    if sentence is None:
        sentence = sentence_start(text, lo, start)
    if not _may_open(text[sentence:start]):
        return None  # the cheap gate: no cue of ours in the sentence's words
    earlier = quotes[last_named]
    if not near(text, earlier, lo):
        return None
    m = _OPENING_RE.match(text, sentence, start)
    if m is None:
        return None
    cue = m.group("cue").lower()
    if m.group("segun") is not None:
        if cue not in SUBJECTLESS_CUES | OPINION_VERBS or text[m.end()] != ",":
            return None  # "Según informó la DGSA": the subject is written
    elif cue not in SUBJECTLESS_CUES:
        return None
    lead = m.group("lead")
    opened = m.group("coord") is not None or m.group("segun") is not None
    if lead is None and not opened and not m.group("cue")[:1].isupper():
        return None  # the verb opens the sentence, so it is capitalised
    if lead is not None and lead.split()[0].lower() not in LEAD_WORDS:
        return None  # "Laura, señaló": a phrase that may be the subject
    how = Attribution.CONTINUED if earlier.start >= lo else Attribution.PARAGRAPH_CARRY
    return Hit(found[last_named].speaker, span(*m.span("cue")), True), how


# A name of one to four capitalised words: the antecedent of a relative "quien".
_NAME_RE = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}\p{M}'’\-]+(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’\-]+){0,3})"
)


def relative_antecedent(text: str, mention: Span | None, lo: int) -> Span | None:
    """The name a relative ``quien`` refers to, for a mention that is only ``quien``.

    ``José Yurramendi, para saber su opinión, quien manifestó que "..."``: the
    speaker is the last name written before the comma and ``quien`` in the
    same sentence (from ``lo``, where the paragraph starts). Any other mention
    is given back as it is, and so is ``quien`` with no name before it.

    >>> t = "Consultamos a José Yurramendi, quien señaló que"
    >>> s = relative_antecedent(t, span(t.index("quien"), t.index("quien") + 5), 0)
    >>> t[s.start : s.end]
    'José Yurramendi'
    """
    if mention is None or text[mention.start : mention.end].lower() not in RELATIVES:
        return mention
    before = text[max(lo, mention.start - 3) : mention.start].rstrip(" \t\u00a0")
    if not before.endswith(","):
        return mention
    start = sentence_start(text, lo, mention.start)
    last = None
    for m in _NAME_RE.finditer(text, start, mention.start):
        if m.start() > start:  # a sentence's first word is capitalised anyway
            last = m
    return span(*last.span("name")) if last is not None else mention


# A mention that opens with a verb: the verb, then "y" or the end (the subject
# is dropped: "contó y sumó que"), or a noun phrase that a determiner opens
# (the subject after the verb: "contó la integrante de Coendu").
_VERB_MENTION_RE = regex.compile(
    r"""
    (?P<verb>\p{Ll}+)
    (?:[ \t\u00a0]+y)?\Z                                   # contó / contó y
    | (?P<verb2>\p{Ll}+)[ \t\u00a0]+(?P<np>(?P<det>\p{Ll}+)[ \t\u00a0].+)\Z   # contó la ...
    """,
    regex.VERBOSE,
)


def verb_mention(text: str, mention: Span | None) -> tuple[Span | None, bool]:
    """A mention that is a subjectless cue verb: the subject after it, or none (dropped).

    Gives the mention back and False when it opens with no such verb; the
    subject after the verb and False; or None and True when the subject is
    dropped, so the speaker is the one named last.

    >>> t = "contó la integrante de Coendu"
    >>> s, dropped = verb_mention(t, span(0, len(t)))
    >>> t[s.start : s.end], dropped
    ('la integrante de Coendu', False)
    >>> verb_mention("contó y", span(0, 7))
    (None, True)
    >>> verb_mention("Laura Roy", span(0, 9)) == (span(0, 9), False)
    True
    """
    if mention is None:
        return None, False
    first = text.find(" ", mention.start, mention.end)
    verb = text[mention.start : first if first >= 0 else mention.end]
    if verb not in SUBJECTLESS_CUES and verb not in OPINION_VERBS:
        return mention, False  # the cheap gate: most mentions open with no such verb
    m = _VERB_MENTION_RE.match(text, mention.start, mention.end)
    if m is None:
        return mention, False
    if m.group("verb") is not None:
        verb = m.group("verb")
        if verb in SUBJECTLESS_CUES or verb in OPINION_VERBS:
            return None, True
        return mention, False
    if m.group("verb2") in SUBJECTLESS_CUES and m.group("det") in INVERTED_DETERMINERS:
        return span(*m.span("np")), False
    return mention, False


def verb_subject(
    text: str,
    mention: Span | None,
    lo: int,
    start: int,
    *,
    quotes: Sequence[QuoteSpan],
    found: Sequence[Found],
    last_named: int | None,
) -> Span | None:
    """The speaker for a mention :func:`verb_mention` reads; a dropped one is the last named.

    The last named speaker is the one of the latest quotation with a speaker,
    where it stands in this paragraph (from ``lo``) or the one above it, as for
    :func:`subjectless`; else the subject of a cue in the sentence before the
    quotation's (which starts at ``start``): ``Magallanes indicó que ...
    "...", contó``.

    >>> from quoteparse import parse
    >>> t = 'Laura Roy indicó que hay caza ilegal. "Vimos un jabalí", contó y sumó.'
    >>> [(q.speaker, q.cue) for q in parse(t).quotes]
    [('Laura Roy', 'sumó')]
    """
    spoken, dropped = verb_mention(text, mention)
    if not dropped:
        return spoken
    if last_named is not None and near(text, quotes[last_named], lo):
        return found[last_named].speaker
    first = sentence_start(text, lo, start)
    region = previous_sentence(text, first, lo, first == skip_space(text, lo, first))
    hit = find_reported(text, *region) if region is not None else None
    return hit.speaker if hit is not None else None
