"""German mentions read as people: role compounds, dative objects, nouns, documents.

German capitalises every noun and puts a role before the name in one word
(``ATU-Organisator Antonio Gutierrez``), so the English reading of a run of
capitalised words needs four corrections, each a function called from one
place in :mod:`.names`, :mod:`.people` or :mod:`.resolve`:

- :func:`role_noun`: ``CDU-Vorsitzende``, ``Grünen-Fraktionschefin`` are roles;
- :func:`dative_start`: ``sagte Gaby Allendorf der Frankfurter Allgemeinen
  Zeitung``: the person is Gaby Allendorf, the paper is who she told;
- :func:`noun_before` and :func:`after_noun`: ``ihrem Einsatz`` is a noun, and
  in ``eine Mail von Relotius`` the person is Relotius, not ``Mail von Relotius``;
- :func:`document_source`: ``der Risikobewertung des RKI`` speaks for the RKI,
  ``der Mitteilung`` for itself (a document, not the person named last).

The tables are in :mod:`.words_de`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

import regex

from quoteparse._build import span
from quoteparse._text import BREAK_CLASS
from quoteparse.model import Span
from quoteparse.speaker_words import (
    DOCUMENT_WORDS,
    ORGANISATION_WORDS,
    ROLE_SUFFIXES,
    ROLE_WORDS,
)
from quoteparse.speakers.patterns import STOPWORD_SET
from quoteparse.speakers.words_de import (
    ARTICLE_PARTICLES,
    BARE_NOUN_PREPOSITIONS,
    BOUND_ENDINGS,
    COMPLEMENT_PREPOSITIONS,
    DATIVE_ARTICLES,
    DOCUMENT_ENDINGS,
    GENITIVE_ARTICLES,
    GERMAN_OPENERS,
    MENTION_PREPOSITIONS,
    NOUN_MARKERS,
    NOUN_PREPOSITIONS,
    OBJECT_PREPOSITIONS,
)

__all__ = [
    "Source",
    "according_np",
    "acronym",
    "after_conjunction",
    "after_noun",
    "common_noun",
    "dative_start",
    "described_before",
    "document_source",
    "genitive_owner",
    "german_complement",
    "group_around",
    "noun_before",
    "preposition_object",
    "prepositional",
    "role_noun",
    "titled_complement",
]

# The articles that open a German definite mention: "der Mitteilung", "dem Bericht".
_DEFINITE_ARTICLES = frozenset(("der", "die", "das", "dem", "den", "des"))

# A document mention: the article, the document noun, and perhaps the body it
# is of in the genitive ("der Risikobewertung des RKI"). Each part is one run
# of non-space characters, so nothing backtracks.
_DOCUMENT_RE = regex.compile(
    r"""
    (?P<article>\p{L}+)[ \u00a0]+
    (?P<doc>[\p{L}\p{M}\-]+)
    (?:
      [ \u00a0]+(?P<genitive>\p{L}+)[ \u00a0]+
      # the body: up to six capitalised words ("Robert Koch-Institut")
      (?P<body>\p{Lu}[\p{L}\p{M}\-]*(?:[ \u00a0]\p{Lu}[\p{L}\p{M}\-]*){0,5})
    )?
    [ \u00a0]*\Z
    """,
    regex.VERBOSE,
)

# How far back noun_before looks for the article: the longest marker and a space or two.
_MARKER_REACH = 12


def _fold(word: str) -> str:
    return word.rstrip(".").lower()


# A body's acronym: two capitals or more, perhaps with one lower-case letter
# between ("ARD", "AfD", "RKI"); a noun ("Polizist") has one capital.
_ACRONYM_RE = regex.compile(r"\p{Lu}\p{Ll}?\p{Lu}+")


def acronym(word: str) -> bool:
    """Whether a word is a body's acronym, a name even after a German article (``die ARD``).

    >>> acronym("ARD"), acronym("AfD"), acronym("Polizist")
    (True, True, False)
    """
    return _ACRONYM_RE.fullmatch(word) is not None


# What ``laut`` names: an article perhaps, then capitalised words with name
# particles between ("Laut Infektionsschutzgesetz", "laut den Aktivisten von X").
_LAUT_NP_RE = regex.compile(
    r"""
    (?:(?:der|die|das|dem|den|des|einer|einem)[ \u00a0]+)?
    \p{Lu}[\p{L}\p{M}\-’'.]*
    (?:[ \u00a0]+(?:(?:von|vom|der|des|de|van)[ \u00a0]+)?\p{Lu}[\p{L}\p{M}\-’'.]*)*
    """,
    regex.VERBOSE,
)


def according_np(text: str, cue: Span, np: Span) -> Span:
    """The speaker of German ``laut X`` without the words of the sentence after it.

    German ``laut`` may open a V2 sentence, so its verb comes right after the
    speaker: ``Laut ET-News ziele Apple darauf ab`` names ET-News. Other cues'
    speakers are left as found.

    >>> t = "Laut ET-News ziele Apple darauf ab"
    >>> s = according_np(t, span(0, 4), span(5, len(t)))
    >>> t[s.start:s.end]
    'ET-News'
    """
    if text[cue.start : cue.end].lower() != "laut":
        return np
    m = _LAUT_NP_RE.match(text, np.start, np.end)
    if m is None:
        return np
    return span(np.start, rtrim(text, np.start, m.end()))


def rtrim(text: str, lo: int, hi: int) -> int:
    """``hi`` moved back over trailing spaces and full stops, not past ``lo``."""
    while hi > lo and text[hi - 1] in " \u00a0.":
        hi -= 1
    return hi


def role_noun(word: str) -> bool:
    """Whether a word is a German role noun by its ending, hyphenated compounds too.

    >>> role_noun("ATU-Organisator"), role_noun("Kabarettist"), role_noun("ist")
    (True, True, False)
    """
    w = _fold(word).rsplit("-", 1)[-1]
    return w not in BOUND_ENDINGS and w.endswith(ROLE_SUFFIXES)


def dative_start(text: str, words: Sequence[tuple[int, int, str | None]]) -> int:
    """Where a dative object after a name begins among a mention's words, else ``len(words)``.

    An article between two capitalised words, after a name rather than a
    particle (``von der Leyen``) or a role noun (``Präsident der Republik``),
    in a mention that opens with no article (``der Sprecher der Initiative``
    is a genitive).

    >>> t = "Gaby Allendorf der Frankfurter Allgemeinen Zeitung"
    >>> words = [(m.start(), m.end(), "word") for m in regex.finditer(r"\\S+", t)]
    >>> dative_start(t, words)
    2
    """
    if len(words) < 3 or _fold(text[words[0][0] : words[0][1]]) in NOUN_MARKERS:
        return len(words)
    for i in range(1, len(words) - 1):
        a, b, _kind = words[i]
        if text[a:b] not in DATIVE_ARTICLES:
            continue
        prev = text[words[i - 1][0] : words[i - 1][1]]
        following = text[words[i + 1][0] : words[i + 1][1]]
        if (
            prev[:1].isupper()
            and following[:1].isupper()
            and _fold(prev) not in ARTICLE_PARTICLES
            and _fold(prev) not in ROLE_WORDS
            and not role_noun(prev)
        ):
            return i
    return len(words)


def genitive_owner(text: str, words: Sequence[tuple[int, int, str | None]], at: int) -> bool:
    """Whether ``words[at]`` opens the genitive owner of the noun before it.

    ``ein Anwalt der Kanzlei Höcker``: the speaker is the lawyer, the firm is
    whose lawyer: a genitive article between two capitalised words, unless a
    name particle comes first (``von der Leyen``).

    >>> t = "ein Anwalt der Kanzlei Höcker"
    >>> w = [(0, 3, "word"), (4, 10, "word"), (11, 14, "word"), (15, 22, "word"), (23, 29, "word")]
    >>> genitive_owner(t, w, 2), genitive_owner(t, w, 1)
    (True, False)
    """
    if at < 1 or at + 1 >= len(words):
        return False
    article = text[words[at][0] : words[at][1]]
    noun = text[words[at - 1][0] : words[at - 1][1]]
    owner = text[words[at + 1][0] : words[at + 1][1]]
    return (
        article in GENITIVE_ARTICLES
        and noun[:1].isupper()
        and owner[:1].isupper()
        and _fold(noun) not in ARTICLE_PARTICLES
    )


def after_conjunction(text: str, run: Sequence[tuple[int, int, str | None]]) -> int:
    """How many words of a run of capitalised words come before the name, up to a conjunction.

    ``Grosbliederstroff Wenn Helmut Kohl``: a headline glued to a sentence that
    opens with ``Wenn``; the name is ``Helmut Kohl``. The last word always stays.

    >>> t = "Grosbliederstroff Wenn Helmut Kohl"
    >>> after_conjunction(t, [(0, 17, "w"), (18, 22, "w"), (23, 29, "w"), (30, 34, "w")])
    2
    """
    skip = 0
    for k, (a, b, _kind) in enumerate(run[:-1]):
        word = text[a:b]
        if word[:1].isupper() and word.lower() in STOPWORD_SET:  # "and" may join two names
            skip = k + 1
    return skip


def prepositional(first: str) -> bool:
    """Whether a mention's first word is a German preposition: the phrase names no speaker.

    >>> prepositional("aus"), prepositional("Auf"), prepositional("Müller")
    (True, True, False)
    """
    return first.lower() in MENTION_PREPOSITIONS


def _word_before_in(text: str, at: int, words: frozenset[str]) -> bool:
    """Whether the word before ``at`` (lower-cased) is one of ``words``."""
    j = at
    while j > 0 and at - j < 3 and text[j - 1] in " \u00a0":
        j -= 1
    if j == at:
        return False
    end = j
    while j > 0 and end - j < _MARKER_REACH and text[j - 1].isalpha():
        j -= 1
    return j < end and text[j:end].lower() in words and (j == 0 or not text[j - 1].isalnum())


def preposition_object(text: str, at: int) -> bool:
    """Whether the mention at ``at`` is a German preposition's object: it names no speaker.

    >>> preposition_object("ist Lutz S. über die Meldung begeistert", 17)
    True
    >>> preposition_object("sagt die Meldung", 5)
    False
    """
    return _word_before_in(text, at, OBJECT_PREPOSITIONS)


def noun_before(text: str, at: int) -> bool:
    """Whether the word before ``at`` is an article or possessive: the word at ``at`` is a noun.

    >>> noun_before("von ihrem Einsatz", 10), noun_before("sagte Müller", 6)
    (True, False)
    """
    return _word_before_in(text, at, NOUN_MARKERS)


def common_noun(text: str, at: int, word: str) -> bool:
    """Whether ``word`` at ``at`` is a German noun after an article that names no source.

    ``im Zug`` is a train; ``im Bericht``, ``beim Ministerium`` are a document
    and a body, which may speak.

    >>> common_noun("sitzt im Zug", 9, "Zug"), common_noun("hieß es im Bericht", 11, "Bericht")
    (True, False)
    """
    if not noun_before(text, at) or acronym(word):
        return False  # "die ARD": a body's acronym after its article
    folded = _fold(word)
    last = folded.rsplit("-", 1)[-1]
    return not (
        last.endswith(DOCUMENT_ENDINGS) or folded in DOCUMENT_WORDS or folded in ORGANISATION_WORDS
    )


def after_noun(text: str, lo: int, hi: int) -> int:
    """Where the name starts in a run of capitalised words that opens with a noun and ``von``.

    ``eine Mail von Relotius``: the run ``Mail von Relotius`` names Relotius;
    ``Vicco von Bülow`` (no article before it) is left whole; after a
    preposition the noun may be a plural with no article (``auf Nachrichten von
    Gianni``).

    >>> t = "eine Mail von Relotius"
    >>> t[after_noun(t, 5, len(t)):]
    'Relotius'
    >>> t = "wartet auf Nachrichten von Gianni"
    >>> t[after_noun(t, 11, len(t)):]
    'Gianni'
    """
    if not (noun_before(text, lo) or _word_before_in(text, lo, BARE_NOUN_PREPOSITIONS)):
        return lo
    first_end = text.find(" ", lo, hi)
    if first_end < 0:
        return lo
    second_end = text.find(" ", first_end + 1, hi)
    if second_end < 0 or text[first_end + 1 : second_end] not in NOUN_PREPOSITIONS:
        return lo
    return second_end + 1


# An indefinite article and up to two lower-case adjectives ending right
# before a noun: "Ein junger " before "Polizist".
_INDEFINITE_RE = regex.compile(
    r"""
    (?<![\p{L}])(?:[Ee]in|[Ee]ine|[Ee]inen|[Ee]inem|[Ee]iner|[Ee]ines)[ \u00a0]+
    (?P<description>(?:\p{Ll}[\p{L}\-]*[ \u00a0]+){0,2})\Z
    """,
    regex.VERBOSE,
)
# How far back a definite description looks for its indefinite first mention,
# and how many places of its noun it tries.
_FIRST_MENTION_REACH = 1500
_FIRST_MENTION_TRIES = 10


# A group named after the person it gathers round: "die Forscher um Aneta
# Afelt von der Universität Warschau", "ein Team um Müller". The article is
# optional; the group's noun and the person are capitalised.
_GROUP_AROUND_RE = regex.compile(
    r"""
    (?:(?:[Dd]ie|[Dd]en|[Dd]er|[Ee]in|[Ee]ine|[Ee]inem|[Ee]inen|[Ee]iner)[ \u00a0]+)?
    (?P<group>\p{Lu}[\p{L}\-]*)     # the group's noun: Forscher, Team
    [ \u00a0]+um[ \u00a0]+
    (?P<person>\p{Lu}[^\n]*)        # the person it gathers round, to the mention's end
    """,
    regex.VERBOSE,
)


def group_around(text: str, where: Span) -> tuple[Span, Span] | None:
    """The group ``X um Y`` a mention names: the group without its article, and Y.

    ``die Forscher um Afelt`` is the team round Afelt (the gold's group, named
    as written), not Afelt.

    >>> t = "schreiben die Forscher um Afelt"
    >>> group, person = group_around(t, Span(10, len(t)))
    >>> t[group.start:group.end], t[person.start:person.end]
    ('Forscher um Afelt', 'Afelt')
    """
    m = _GROUP_AROUND_RE.fullmatch(text, where.start, where.end)
    if m is None:
        return None
    return Span(m.start("group"), where.end), Span(m.start("person"), where.end)


def german_complement(words: Sequence[str]) -> int | None:
    """Where a German description's complement starts: the first preposition after its noun.

    >>> german_complement("Gezeichnete durch die Redaktion".split())
    1
    >>> german_complement("junge Polizist".split()) is None
    True
    """
    for k, word in enumerate(words[1:], 1):
        if words[k - 1][:1].isupper() and word in COMPLEMENT_PREPOSITIONS:
            return k
    return None


# A title in quote marks right after a mention that ends with its preposition:
# "der Journalist von «Schweiz Aktuell»".
_TITLE_AFTER_RE = regex.compile(
    r"""
    [ \u00a0]+
    (?P<title>«[^«»\n]{1,60}»|„[^„“\n]{1,60}“|"[^"\n]{1,60}")
    """,
    regex.VERBOSE,
)


def titled_complement(text: str, where: Span | None) -> Span | None:
    """The description ``where`` with the quoted title its last word, a preposition, opens.

    >>> t = "kommentiert der Journalist von «Schweiz Aktuell» ein Bild"
    >>> found = titled_complement(t, Span(16, 30))
    >>> t[found.start:found.end]
    'Journalist von «Schweiz Aktuell»'
    """
    if where is None:
        return None
    last = text[where.start : where.end].rsplit(maxsplit=1)[-1]
    if last not in NOUN_PREPOSITIONS:
        return None
    m = _TITLE_AFTER_RE.match(text, where.end, where.end + 64)
    return None if m is None else Span(where.start, m.end("title"))


def described_before(text: str, where: Span, at: int) -> tuple[str, Span] | None:
    """The indefinite first mention of an unnamed person a definite one refers back to.

    ``Ein junger Polizist wird knallrot ... sagt der junge Polizist``: the
    speaker is the ``junger Polizist`` first written so (the gold's rule for
    unnamed people), not the person named last.

    >>> t = "Ein junger Polizist lacht. Klaus Roth kommt. „Ja“, sagt der junge Polizist."
    >>> described_before(t, span(t.index("der junge"), len(t) - 1), t.index("der junge"))[0]
    'junger Polizist'
    """
    words = text[where.start : where.end].split()
    if len(words) < 2 or words[0].lower() not in _DEFINITE_ARTICLES:
        return None
    head = words[-1]
    if not head[:1].isupper():
        return None
    floor = max(0, at - _FIRST_MENTION_REACH)
    k = text.rfind(head, floor, at)
    tries = 0
    while k >= 0 and tries < _FIRST_MENTION_TRIES:
        tries += 1
        end = k + len(head)
        if end == len(text) or not text[end].isalnum():
            m = _INDEFINITE_RE.search(text, max(0, k - 40), k)
            if m is not None:
                lo = m.start("description")
                return text[lo:end], span(lo, end)
        k = text.rfind(head, floor, k)
    return None


class Source(NamedTuple):
    """The body or document a German document mention speaks for."""

    key: str
    name: str
    span: Span


def document_source(text: str, where: Span) -> Source | None:
    """The body a definite German document mention speaks for, or the document itself.

    >>> document_source("der Risikobewertung des RKI", span(0, 27)).name
    'RKI'
    >>> document_source("in der Mitteilung", span(3, 17)).name
    'Mitteilung'
    >>> document_source("der Minister", span(0, 12)) is None
    True
    """
    m = _DOCUMENT_RE.match(text, where.start, where.end)
    if m is None or m.group("article").lower() not in _DEFINITE_ARTICLES:
        return None
    doc = m.group("doc")
    if not doc[:1].isupper() or not _fold(doc).rsplit("-", 1)[-1].endswith(DOCUMENT_ENDINGS):
        return None
    if m.group("body") is not None and m.group("genitive") in GENITIVE_ARTICLES:
        body = m.group("body")
        return Source(
            " ".join(body.replace("’", "'").casefold().split()), body, span(*m.span("body"))
        )
    issuer = _issuer_before(text, doc, where.start)
    if issuer is not None:
        return issuer
    return Source("\0" + doc.casefold(), doc, span(*m.span("doc")))


# A body introduced as issuing a document in a relative clause: "eine
# Initiative ..., die in einer am Dienstag veröffentlichten Mitteilung ...".
# The words between the indefinite article and the document are bounded.
_DOCUMENT_ENDINGS = "|".join(DOCUMENT_ENDINGS)
_ISSUER_RE = regex.compile(
    rf"""
    (?<![\p{{L}}\-])(?P<body>\p{{Lu}}[\p{{L}}\-]+)   # the body: Initiative, Verband
    (?:[ \u00a0]+\p{{Ll}}[\p{{L}}\-]*){{0,2}}          # "organisiert": a verb closing its clause
    [ \u00a0]*,[ \u00a0]*(?:die|der|das)[ \u00a0]+
    (?:in|mit)[ \u00a0]+(?:einer|einem)[ \u00a0]+
    (?:[\p{{L}}\p{{Nd}}\-]+[ \u00a0]+){{0,5}}?      # "am Dienstag veröffentlichten"
    (?P<doc>\p{{Lu}}[\p{{L}}\-]*(?<=(?i:{_DOCUMENT_ENDINGS})))(?![\p{{L}}])  # "Mitteilung"
    """,
    regex.VERBOSE,
)
# How far back a document's issuer is looked for.
_ISSUER_REACH = 3000


def _issuer_before(text: str, doc: str, at: int) -> Source | None:
    """The body the text said issued the document ``doc`` before ``at``, if it says one.

    >>> t = ("Eine Initiative organisiert, die in einer am Dienstag veröffentlichten "
    ...      "Mitteilung fordert. In der Mitteilung")
    >>> _issuer_before(t, "Mitteilung", len(t) - 17).name
    'Initiative'
    """
    found = None
    for m in _ISSUER_RE.finditer(text, max(0, at - _ISSUER_REACH), at):
        if m.group("doc") == doc:
            found = m
    if found is None:
        return None
    body = found.group("body")
    return Source(body.casefold(), body, span(*found.span("body")))


def paragraph_start(text: str, at: int) -> int:
    """Where the line holding ``at`` starts: after the last line break before it.

    At most :data:`_PARAGRAPH_REACH` characters back.

    >>> paragraph_start("Erst.\\u2028Dann sagte er:", 12)
    6
    """
    lo = max(0, at - _PARAGRAPH_REACH)
    m = _LAST_BREAK_RE.search(text, lo, at)
    return lo if m is None else m.end()


# A line break (any quoteparse reads as one), searched backwards from a position.
_LAST_BREAK_RE = regex.compile(rf"(?P<brk> [{BREAK_CLASS}] )", regex.VERBOSE | regex.REVERSE)
# How far back a paragraph's start is looked for: a longer paragraph is cut there,
# so a pronoun costs a bounded search however long the text is.
_PARAGRAPH_REACH = 2000

# One word of letters, a name's part as the text writes it: "Moreno", "Schmidt-Chanasit".
_WORD_RE = regex.compile(r"(?P<word> \p{L} [\p{L}\-]* )", regex.VERBOSE)


def named_outside(
    text: str, lo: int, hi: int, words: set[str], in_quote: Callable[[int], bool]
) -> bool:
    """Whether one of ``words`` is written in ``[lo, hi)``, outside quotations, as no object.

    A name right after a preposition (``mit Niú``) is who was spoken to, not the
    one a later ``er`` stands for.

    >>> named_outside("Danach spricht Moreno.", 0, 22, {"Moreno"}, lambda at: False)
    True
    >>> named_outside("Im Gespräch mit Niú erzählte er", 0, 31, {"Niú"}, lambda at: False)
    False
    """
    previous = ""
    for m in _WORD_RE.finditer(text, lo, hi):
        word = m.group("word")
        if word in words and not in_quote(m.start()) and not prepositional(previous):
            return True
        previous = word
    return False


def introduces_next(text: str, cue_end: int, hi: int) -> bool:
    """Whether a cue after a quotation ends in a colon and a German quotation's opener.

    ``„Was brauchst du?” Gianni antwortet: „Essen”``: the cue and its speaker
    introduce the quotation after the colon, not the one before them. Only
    German marks (:data:`.words_de.GERMAN_OPENERS`): English results are the
    English rules' to decide.

    >>> introduces_next("„A?” Gianni antwortet: „B”", 21, 26)
    True
    >>> introduces_next("„A”, sagt Gianni. „B”", 16, 21)
    False
    """
    j = cue_end
    while j < hi and text[j] in " \t\u00a0":
        j += 1
    if j >= hi or text[j] != ":":
        return False
    j += 1
    while j < hi and text[j] in " \t\u00a0":
        j += 1
    return j < hi and text[j] in GERMAN_OPENERS


# A German subject pronoun right after a cue verb, then a comma or a space:
# "erzählte er, wie ..." (the verb second, its subject after it).
_PRONOUN_AFTER_CUE_RE = regex.compile(
    r"""
    [ \t\u00a0]+ (?P<pronoun> er | sie ) (?= [ \t\u00a0]* [,:] | [ \t\u00a0]+ \p{Ll} )
    """,
    regex.VERBOSE,
)


# A name of one or two capitalised words right after a cue verb, before a
# comma or colon: the subject of a verb-second sentence ("sagt Keuter, er ...").
_NAME_AFTER_CUE_RE = regex.compile(
    r"""
    [ \t\u00a0]+
    (?P<name>\p{Lu}[\p{L}\-]+(?:[ \u00a0]\p{Lu}[\p{L}\-]+)?)
    (?=[ \t\u00a0]*[,:])
    """,
    regex.VERBOSE,
)
_NAME_AFTER_REACH = 60


def subject_after_cue(text: str, speaker: Span | None, cue: Span) -> Span | None:
    """The subject after a cue whose "speaker" before it is a prepositional phrase.

    ``Im Gespräch mit Niú erzählte er, wie …``: the verb stands second and its
    subject ``er`` after it; ``Niú``, after ``mit``, is who he told. So too a
    name: ``Auf weitere Nachfrage sagt Keuter, er …``.

    >>> t = "Im Gespräch mit Niú erzählte er, wie es war."
    >>> where = subject_after_cue(t, Span(16, 19), Span(20, 28))
    >>> t[where.start:where.end]
    'er'
    >>> subject_after_cue("Niú erzählte er.", Span(0, 3), Span(4, 12)) is None
    True
    >>> t = "Auf weitere Nachfrage sagt Keuter, er wisse es nicht."
    >>> where = subject_after_cue(t, Span(0, 21), Span(22, 26))
    >>> t[where.start:where.end]
    'Keuter'
    """
    if speaker is None:
        return None
    before = text[max(0, speaker.start - 12) : speaker.start].split()
    own = text[speaker.start : speaker.end].split(maxsplit=1)
    if not (before and prepositional(before[-1])) and not (own and prepositional(own[0])):
        return None  # "Auf weitere Nachfrage sagt Keuter,": the phrase itself opens so
    m = _PRONOUN_AFTER_CUE_RE.match(text, cue.end, cue.end + 12)
    if m is not None:
        return span(*m.span("pronoun"))
    m = _NAME_AFTER_CUE_RE.match(text, cue.end, cue.end + _NAME_AFTER_REACH)
    return None if m is None else span(*m.span("name"))
