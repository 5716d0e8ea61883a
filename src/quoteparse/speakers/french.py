"""French mentions read as people: a role's complement is no name, an elided pronoun is one.

``le ministre de la Santé`` is a role and its complement, not the name ``la
Santé``: a run of capitalised words that opens with ``du``, ``des`` or ``de
la`` (:data:`.words_fr.COMPLEMENT_OPENERS`) completes the noun before it.
``Charles de Gaulle`` keeps its particle, since a first name opens that run;
a bare ``de`` after a lower-case noun opens a complement too (Spanish
``el secretario general de La Cámpora``).
A mention that ends in ``qu'il`` or ``qu'elle`` (``c'est ainsi qu'il a
qualifié``) is the pronoun (:func:`elided_subject`). :func:`french_mention`
also drops a reflexive ``se`` from the end (``Emmanuel Macron se dit``), keeps
the stressed pronoun of ``selon lui l'expression d'un``, and reads past a
phrase fronted before the subject (``Le 18 décembre, le conseiller lâche``).
:func:`find_comme` reads the ``comme X le dit`` that closes a sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from quoteparse._build import span
from quoteparse.model import Span
from quoteparse.speakers.results import Hit
from quoteparse.speakers.words_fr import (
    COMME_VERBS,
    COMPLEMENT_OPENERS,
    HEAD_COMPLEMENTS,
    INVERTED_ADVERBS,
    SUBJECT_DETERMINERS,
)

__all__ = [
    "elided_subject",
    "find_comme",
    "french_mention",
    "head_with_complement",
    "pour_source",
    "role_complement",
]

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


# A reflexive or object pronoun left at the end of a mention by the verb
# after it: "Emmanuel Macron se" (dit), "Marie Roy s'" (est dite), "Pierre
# Dupont lui" (a dit), "Antoine nous" (raconte).
_REFLEXIVE_RE = regex.compile(
    r"""
    [ \t\u00a0]+(?:se|s['’]|lui|leur|nous|vous)\Z     # the clitic ends the mention
    """,
    regex.VERBOSE,
)

# The last letters of the clitics _REFLEXIVE_RE reads ("se", "s'", "lui", "leur").
_CLITIC_ENDS = frozenset("e'’irs")

# A stressed pronoun opening a mention that runs on into the writer's words:
# "lui l'expression d'un" after "selon".
_STRESSED_RE = regex.compile(
    r"""
    (?P<pronoun>lui|elle|eux|elles)   # the pronoun the mention opens with
    (?=[ \t\u00a0])                  # and more words after it
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# What stands between a fronted phrase and the cue: a comma, then a noun
# phrase that opens with a French determiner ("la professeure de nutrition
# Francisca Joly-Gomez"), in one clause.
_SUBJECT_AFTER_RE = regex.compile(
    r"""
    [ \t\u00a0]*,[ \t\u00a0]+
    (?P<np>(?P<det>\p{L}+['’]?)[ \t\u00a0]*[^,.;:!?«»"\n]{1,120}?)
    [ \t\u00a0]*\Z
    """,
    regex.VERBOSE,
)

# A word of a name: capitalised, or a particle ("de", "du", "von").
_NAME_WORD_RE = regex.compile(r"\p{Lu}[\p{L}\p{M}'’\-.]*|de|du|des|la|le|von|van|y")


def french_mention(text: str, mention: Span | None, cue: Span | None) -> Span | None:
    """A French mention with a reflexive or fronted phrase cut off, else the mention.

    >>> t = "Emmanuel Macron se"
    >>> s = french_mention(t, span(0, len(t)), None)
    >>> t[s.start : s.end]
    'Emmanuel Macron'
    >>> t = "Le 18 décembre, le conseiller du président lâche"
    >>> s = french_mention(t, span(0, 14), span(t.index("lâche"), len(t)))
    >>> t[s.start : s.end]
    'le conseiller du président'
    >>> t = "Paul Roy, le maire a dit"
    >>> french_mention(t, span(0, 8), span(t.index("a dit"), len(t))) == span(0, 8)
    True
    """
    mention = pour_source(text, elided_subject(text, mention))
    if mention is None:
        return None
    start, end = mention.start, mention.end
    # Cheap gates first: each rule runs only where its letters are there.
    if end - start > 2 and text[end - 1] in _CLITIC_ENDS:
        m = _REFLEXIVE_RE.search(text, start, end)
        if m is not None and m.start() > start:
            return span(start, m.start())
    if text[start] in "leLE":
        m = _STRESSED_RE.match(text, start, end)
        if m is not None:
            return span(*m.span("pronoun"))
    if (
        cue is not None
        and end < cue.start
        and text.find(",", end, cue.start) >= 0
        and not _name_like(text, start, end)
    ):
        m = _SUBJECT_AFTER_RE.match(text, end, cue.start)
        if m is not None and m.group("det").lower() in SUBJECT_DETERMINERS:
            return span(*m.span("np"))
    return mention


# "pour Mathilde Wattecamps" right after an adverb read as a cue's subject:
# "pour" and a name of one to four capitalised words (particles between them).
_POUR_NAME_RE = regex.compile(
    r"""
    [ \t\u00a0]+pour[ \t\u00a0]+
    (?P<name>\p{Lu}[\p{L}\p{M}'’\-]+              # Mathilde
      (?:[ \t\u00a0]
         (?:(?:de|du|la|le)[ \t\u00a0])?            # a particle: Luis de Miranda
         \p{Lu}[\p{L}\p{M}'’\-]+){0,3})            # Wattecamps
    (?![\p{L}\p{M}])
    """,
    regex.VERBOSE,
)


def pour_source(text: str, mention: Span | None) -> Span | None:
    """The name after ``pour`` when the mention is an adverb (``aujourd'hui``), else the mention.

    ``«…», confirme aujourd'hui pour Mathilde Wattecamps que ...``: the
    inverted reading takes the adverb after the cue for its subject; the
    source is the one the view is given for. Only the adverbs of
    :data:`.words_fr.INVERTED_ADVERBS`, and only a capitalised name after
    ``pour`` (``pour les auditeurs`` is no source).

    >>> t = "aujourd'hui pour Mathilde Wattecamps que"
    >>> s = pour_source(t, span(0, 11))
    >>> t[s.start : s.end]
    'Mathilde Wattecamps'
    >>> t = "aujourd'hui pour les auditeurs"
    >>> pour_source(t, span(0, 11)) == span(0, 11)
    True
    """
    if mention is None or text[mention.start : mention.end].lower() not in INVERTED_ADVERBS:
        return mention
    m = _POUR_NAME_RE.match(text, mention.end, mention.end + 80)
    return mention if m is None else span(*m.span("name"))


def _name_like(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` reads as a name: capitalised words and particles only."""
    words = text[start:end].split()
    return bool(words) and all(_NAME_WORD_RE.fullmatch(w) for w in words)


def head_with_complement(words: Sequence[str]) -> bool:
    """Whether a description is a French head and its complement: ``conseiller du président``.

    French puts the head first and whose role it is after it (``du``,
    ``des``, an elided ``d'``): such a role names a person of its own, not the
    one named last, and its head is its first word.

    >>> head_with_complement("conseiller com du président".split())
    True
    >>> head_with_complement("former mayor".split()), head_with_complement(["du", "Roy"])
    (False, False)
    """
    if not words or not words[0][:1].islower():
        return False
    for word in words[1:]:
        w = word.lower()
        if w in HEAD_COMPLEMENTS or w.startswith(("d'", "d’")):
            return True
    return False


# How far after a quotation its sentence's "comme" clause is looked for.
_COMME_REACH = 200

# What ends the writer's sentence after a quotation (quote marks do not: the
# clause may follow a second quotation, "«A» ou «B», comme ...").
_SENTENCE_END_RE = regex.compile(r"[.!?;\n]")

# ", comme le dit Anne Roy" / ", comme certains scientifiques le définissent":
# a cue verb with its subject after "comme" and the object pronoun "le"/"l'",
# closing the sentence. A noun phrase is up to 60 letters, spaces and
# apostrophes, with no quote mark or comma.
_COMME_RE = regex.compile(
    r"""
    ,[ \t\u00a0]+comme[ \t\u00a0]+
    (?:
      (?:le[ \t\u00a0]+|l['’])(?P<cue1>\p{Ll}+)[ \t\u00a0]+   # comme le dit
      (?P<np1>[\p{L}\p{M}'’\- \u00a0]{1,60}?)                  # Anne Roy
    | (?P<np2>[\p{L}\p{M}'’\- \u00a0]{1,60}?)                  # certains scientifiques
      [ \t\u00a0]+(?:le[ \t\u00a0]+|l['’])(?P<cue2>\p{Ll}+)   # le définissent
    )
    [ \t\u00a0]*\Z
    """,
    regex.VERBOSE,
)


def find_comme(text: str, end: int, hi: int) -> Hit | None:
    """``«second cerveau», comme certains scientifiques le définissent.``: the subject.

    ``end`` is where the quotation ends and ``hi`` where its paragraph does;
    the clause must close the writer's sentence, with a verb of
    :data:`.words_fr.COMME_VERBS`.

    >>> t = "Il serait notre «second cerveau», comme certains chercheurs le définissent."
    >>> hit = find_comme(t, t.index("»") + 1, len(t))
    >>> t[hit.speaker.start : hit.speaker.end], t[hit.cue.start : hit.cue.end]
    ('certains chercheurs', 'définissent')
    >>> find_comme("«A», comme le veut la loi.", 3, 26) is None
    True
    """
    limit = min(hi, end + _COMME_REACH)
    at = text.find("comme", end, limit)
    if at < 0:
        return None  # the cheap gate: most quotations have no "comme" after them
    stop = _SENTENCE_END_RE.search(text, at, limit)
    if stop is None:
        return None
    comma = text.rfind(",", end, at)
    if comma < 0:
        return None
    m = _COMME_RE.match(text, comma, stop.start())
    if m is None:
        return None
    which = "1" if m.group("cue1") is not None else "2"
    if m.group("cue" + which) not in COMME_VERBS:
        return None
    return Hit(span(*m.span("np" + which)), span(*m.span("cue" + which)), False)
