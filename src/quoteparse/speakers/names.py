"""A speaker mention read into its parts: pronoun, name, role, honorific.

``Carolina coach Rod Brind'Amour`` is the role ``Carolina coach`` and the name
``Rod Brind'Amour``; ``Mr Brooks`` the honorific ``Mr`` (which states a gender)
and the name ``Brooks``; ``the charity's director, Tom Weller`` the role and the
name either side of the comma; ``she`` a pronoun; ``a spokeswoman for the
ministry`` a description with no name. Every part keeps its span in the text.

>>> m = read_mention("Carolina coach Rod Brind'Amour", 0, 30)
>>> m.name, m.role
("Rod Brind'Amour", 'Carolina coach')
>>> read_mention("Mr Brooks", 0, 9).gender
'male'
>>> read_mention("Yet he", 0, 6).pronoun.text
'he'
>>> m = read_mention("a spokeswoman for the ministry", 0, 30)
>>> m.name, m.description
(None, 'spokeswoman for the ministry')
"""

from __future__ import annotations

import functools
from typing import Any, NamedTuple

import regex

from quoteparse._build import span
from quoteparse.model import Span
from quoteparse.speaker_words import (
    COUNTING_DETERMINERS,
    DETERMINERS,
    DOCUMENT_WORDS,
    HONORIFICS,
    LEADING_WORDS,
    NATIONALITIES,
    OPEN_PRONOUNS,
    OPENERS,
    ORGANISATION_WORDS,
    PARTY_PLURALS,
    PRONOUNS,
    ROLE_SURNAMES,
    ROLE_WORDS,
    STRESSED_PRONOUNS,
    TERRITORIAL_TITLES,
    Pronoun,
)
from quoteparse.speakers.french import role_complement
from quoteparse.speakers.german import (
    acronym,
    after_conjunction,
    dative_start,
    genitive_owner,
    prepositional,
    role_noun,
)
from quoteparse.speakers.patterns import PARTICLES
from quoteparse.titles import TITLES

__all__ = ["HEAD_ENDS", "Mention", "fold", "name_key", "read_mention", "title_name"]

# One word of a mention: letters in any script with inner apostrophes, hyphens
# and full stops (O'Hoy, Brind'Amour, Jean-Luc, J.), or any other run of
# non-space characters. Format characters (a soft hyphen, a zero-width space)
# stay inside a word and elsewhere count as space, as a reader sees them.
_WORD_RE = regex.compile(
    r"""
    (?P<word>[\p{L}\p{M}\p{Nd}](?:[\p{L}\p{M}\p{Nd}\p{Cf}'’.\-]*[\p{L}\p{M}\p{Nd}.])?)
    | (?P<comma>,)
    | (?P<other>[^\s,\p{Cf}]+)
    """,
    regex.VERBOSE,
)

_PRONOUNS = {p.text: p for p in PRONOUNS + STRESSED_PRONOUNS}  # selon lui
_TITLES = frozenset(t.lower() for t in TITLES)
# Prepositions before a name that make it someone else's: "a spokesman for X".
_PREPOSITIONS = frozenset(
    ("for", "of", "at", "from", "with", "in", "to", "für", "bei", "pour", "chez")
)
#: Words after the head noun of a description: ``spokesperson for the union``.
HEAD_ENDS = _PREPOSITIONS | frozenset(("de", "du", "des", "who", "whose"))
# German articles: after one, a single capitalised word is a noun, not a name.
_GERMAN_ARTICLES = frozenset(("der", "die", "das", "dem", "den", "des", "ein", "eine", "einer"))
# What a description drops: articles only ("one fan" keeps its "one").
_ARTICLES = DETERMINERS - COUNTING_DETERMINERS
_DEFINITE = frozenset(("the", "der", "die", "das", "le", "la", "les", "el", "los", "las"))
# Second halves of hyphenated roles: scrum-half, full-back, vice-captain.
_POSITIONS = frozenset(("half", "back", "forward", "keeper", "captain", "secretary", "general"))
_HYPHEN_ROLES = ROLE_WORDS | _POSITIONS
# The possessive ending of a word that belongs to the role: Oxfam's, Barclays'.
_POSSESSIVE = ("'s", "’s", "'", "’")
_APOSTROPHES = frozenset(("'", "’"))


# Words that join two capitalised names into one: a body's or a pair of people's.
_JOINERS = frozenset(("and", "&"))


def _text_of(text: str, word: tuple[int, int, str | None]) -> str:
    return text[word[0] : word[1]]


class Mention(NamedTuple):
    """What a speaker mention says: a pronoun, or a name and role, or a description."""

    span: Span
    pronoun: Pronoun | None = None
    name: str | None = None
    name_span: Span | None = None
    role: str | None = None
    role_span: Span | None = None
    #: Gender stated by an honorific (``Mr``, ``Frau``), and where.
    gender: str | None = None
    gender_span: Span | None = None
    #: A source described but not named, without its leading article.
    description: str | None = None
    description_span: Span | None = None
    definite: bool = False
    #: The name is a body's: ``Chelsea's statement`` names Chelsea.
    organisation: bool = False
    #: A first- or second-person pronoun, or ``it``: it never names a speaker.
    open: bool = False


def fold(word: str) -> str:
    """A word as the lexicons write it: lower case, no full stop."""
    return word.rstrip(".").lower()


def name_key(name: str) -> str:
    """The form two spellings of one name share: case folded, spaces collapsed.

    Format characters are dropped: ``Ro\u00adberta`` is ``Roberta``.
    """
    if not name.isascii():
        name = _FORMAT_CHARS_RE.sub(lambda m: " " if m.group() == "\u200b" else "", name)
    return " ".join(name.replace("’", "'").casefold().split())


# Format characters (Unicode category Cf).
_FORMAT_CHARS_RE = regex.compile(r"\p{Cf}")


def _capital(word: str) -> bool:
    return word[:1].isupper()


def read_mention(text: str, start: int, end: int) -> Mention:
    """Read the mention ``text[start:end]`` into its parts (offsets are the text's).

    The reading depends on the mention's own characters only, so it is made
    once per distinct mention (the same names recur across a corpus) and
    moved to where this one stands.
    """
    written = text[start:end]
    pronoun = _PRONOUNS.get(written.lower())
    if pronoun is not None:  # the commonest mention, read at once
        return Mention(span(start, end), pronoun=pronoun)
    return _moved(_read_alone(written), start)


def _moved(m: Mention, by: int) -> Mention:
    # Field by field over a list: the commonest call of the linking step, where
    # ``_replace`` and a closure per span cost more than the reading they move.
    values: list[Any] = list(m)
    for k in _SPAN_FIELDS:
        where = values[k]
        if where is not None:
            values[k] = span(where.start + by, where.end + by)
    return Mention._make(values)


# Where a Mention holds its spans: every field named ``span`` or ``*_span``.
_SPAN_FIELDS = tuple(k for k, f in enumerate(Mention._fields) if f.endswith("span"))


@functools.lru_cache(maxsize=8192)
def _read_alone(written: str) -> Mention:
    """The reading of a mention as a text of its own (offsets from 0)."""
    return _read(written, 0, len(written))


def _read(text: str, start: int, end: int) -> Mention:
    words = [(m.start(), m.end(), m.lastgroup) for m in _WORD_RE.finditer(text, start, end)]
    whole = span(start, end)
    # Drop leading words that are not part of any mention: "Yet he".
    while (
        len(words) > 1
        and words[0][2] == "word"
        and fold(text[words[0][0] : words[0][1]]) in LEADING_WORDS
    ):
        words.pop(0)
    if not words or prepositional(text[words[0][0] : words[0][1]]):
        return Mention(whole)  # "aus Chicago", "Auf weitere Nachfrage": no speaker
    if len(words) == 1:
        word = text[words[0][0] : words[0][1]].lower()
        pronoun = _PRONOUNS.get(word)
        if pronoun is not None:
            return Mention(whole, pronoun=pronoun)
        if word in OPEN_PRONOUNS:
            return Mention(whole, open=True)
    commas = [i for i, w in enumerate(words) if w[2] == "comma"]
    if commas:
        # "the charity's director, Tom Weller" / "Tom Weller, the director": the
        # part holding a name is the name, the other the role.
        head, tail = words[: commas[0]], [w for w in words[commas[0] + 1 :] if w[2] != "comma"]
        first, second = _read_run(text, head), _read_run(text, tail)
        if second.name is not None and tail and (first.name is None or title_name(first.name)):
            # "the Bishop of Durham, Tom Wright": the title is the role of the name after it.
            return _with_role(second, text, head, whole)
        if first.name is not None:
            return (
                _with_role(first, text, tail, whole, after=True)
                if tail
                else first._replace(span=whole)
            )
        return first._replace(span=whole)
    return _read_run(text, words)._replace(span=whole)


def _with_role(
    found: Mention,
    text: str,
    role_words: list[tuple[int, int, str | None]],
    whole: Span,
    *,
    after: bool = False,
) -> Mention:
    lo, hi = _strip_determiner(text, role_words)
    if lo >= hi:
        return found._replace(span=whole)
    if found.role is not None and found.role_span is not None and not after:
        lo = min(lo, found.role_span.start)
        hi = max(hi, found.role_span.end)
    return found._replace(span=whole, role=text[lo:hi], role_span=span(lo, hi))


def _strip_determiner(
    text: str, words: list[tuple[int, int, str | None]], drop: frozenset[str] = DETERMINERS
) -> tuple[int, int]:
    ws = [w for w in words if w[2] != "comma"]
    if ws and fold(text[ws[0][0] : ws[0][1]]) in drop:
        ws = ws[1:]
    if not ws:
        return (0, 0)
    return ws[0][0], ws[-1][1]


def _role_surname(text: str, run: list[tuple[int, int, str | None]]) -> bool:
    """``Ms King``, ``Oona King``: a role word ending a run is a surname after these.

    After an honorific, or, for a role word that is also a common surname,
    after a word that is neither a role nor a determiner.
    """
    if len(run) < 2:
        return False
    last = fold(_text_of(text, run[-1]))
    before = fold(_text_of(text, run[-2]))
    return before in HONORIFICS or (
        last in ROLE_SURNAMES and before not in ROLE_WORDS and before not in DETERMINERS
    )


def title_name(name: str) -> bool:
    """Whether ``name`` is a title and its place: ``Bishop of Durham``.

    >>> title_name("Bishop of Durham"), title_name("Bank of England")
    (True, False)
    """
    return fold(name.split(" ", 1)[0]) in TERRITORIAL_TITLES and " of " in name


def _joins_of(word: str) -> bool:
    """Whether ``of`` after ``word`` stays in the name: ``Bank of England``, ``Duke of York``."""
    folded = fold(word)
    return folded in ORGANISATION_WORDS or folded in TERRITORIAL_TITLES


def _read_run(text: str, words: list[tuple[int, int, str | None]]) -> Mention:
    """A mention with no comma: the name is its last run of capitalised words."""
    if not words:
        return Mention(span(0, 0))
    words = words[: dative_start(text, words)]  # "Allendorf der FAZ": the paper is no name
    lo_all, hi_all = words[0][0], words[-1][1]
    # "John Brady of ABN AMRO": the affiliation after "of" is role, not name.
    cut = len(words)
    for i, (a, b, _kind) in enumerate(words):
        if (
            (
                i > 0
                and text[a:b] in ("of", "from", "at")
                and _capital(text[words[i - 1][0] : words[i - 1][1]])
                # "Royal Institute of Chartered Surveyors", "Bank of England": one body
                and not (text[a:b] == "of" and _joins_of(_text_of(text, words[i - 1])))
            )
            or genitive_owner(text, words, i)
        ):  # "ein Anwalt der Kanzlei Höcker"
            cut = i
            break
    core, affiliation = words[:cut], words[cut:]
    body = _document_of(text, core)
    if body is not None:
        return body
    # The trailing run of name words.
    i = len(core)
    while i > 0:
        a, b, kind = core[i - 1]
        word = text[a:b]
        if (
            word in _APOSTROPHES
            and i < len(core)
            and i > 1
            and core[i - 2][1] == a
            and _text_of(text, core[i - 2]).endswith("s")
            and _capital(_text_of(text, core[i - 2]))
        ):
            i -= 1  # "Employers' Association": a plural possessive inside a name
            continue
        if kind != "word" or word.endswith(_POSSESSIVE):
            break
        if _capital(word) or (word in PARTICLES and i < len(core) and i > 1):
            i -= 1
            continue
        prev = _text_of(text, core[i - 2]) if i > 1 else ""
        if (
            i < len(core)
            and _capital(prev)
            and (
                word in _JOINERS
                or (word == "of" and _joins_of(prev))
                or (
                    word == "on"
                    and fold(prev) in ORGANISATION_WORDS
                    and fold(_text_of(text, core[i])) not in OPENERS  # on Thursday
                )
            )
        ):
            # "Universities and Colleges", "Matt Williams and Willie Anderson",
            # "Royal Institute of Chartered Surveyors", "Committee on Standards"
            i -= 1
            continue
        break
    skipped = after_conjunction(text, core[i:])  # "Grosbliederstroff Wenn Helmut Kohl"
    i += skipped
    run = core[i:]
    if run and role_complement(text, core, i):
        return _description(text, words, None, None)  # "le ministre de la Santé"
    before = i - 1
    if before > 0 and fold(_text_of(text, core[before])) in DETERMINERS:
        before -= 1  # "a spokesperson for the Universities ..."
    if run and before >= 0 and _text_of(text, core[before]) in _PREPOSITIONS:
        # "a spokesman for Darlington Council": the name is not the speaker's.
        return _description(text, words, None, None)
    definite = fold(text[lo_all : words[0][1]]) in DETERMINERS
    while (
        len(run) > 2
        and not definite
        and fold(text[run[-1][0] : run[-1][1]]) in ROLE_WORDS
        and not _role_surname(text, run)
    ):
        run = run[:-1]  # "Tom McCabe MSP": the office after the name ("the Ealing North MP" is not)
    gender = gender_span = None
    # Role words, titles, honorifics and determiners at the front of the run
    # are not the name; the last word always stays.
    j = 0
    last_role = -1
    # Two people joined by "and" (`Lord Justice Rix and Mr Justice Forbes`) are
    # named together as written, titles and all, with no one gender.
    joined = any(_text_of(text, w) in _JOINERS for w in run)
    for k, (a, b, _kind) in enumerate(run[:-1] if not joined else ()):
        word = fold(text[a:b])
        if word in HONORIFICS and (word != "m" or k == 0):  # "Robert M. Danin" is an initial
            if HONORIFICS[word] is not None:
                gender, gender_span = HONORIFICS[word], span(a, b)
            last_role = k
        elif word in TERRITORIAL_TITLES and _text_of(text, run[k + 1]) == "of":
            pass  # "the Archbishop of Canterbury": the title is the name
        elif (
            word in ROLE_WORDS
            or word in _TITLES
            or (k == 0 and word in DETERMINERS and a == lo_all)
        ):
            last_role = k
        elif last_role == k - 1 and role_noun(word):
            last_role = k  # "Kabarettist Torsten Sträter", "Sportredaktor Christoph"
        elif "-" in word and word.split("-")[-1] in _HYPHEN_ROLES:
            last_role = k  # "Scrum-half Peter Stringer", "Under-Secretary John Taylor"
        elif word in NATIONALITIES and last_role == k - 1 and len(run) - k >= 3:
            last_role = k  # "Australian Lynton Crosby" ("British Airways" stays whole)
        elif word in PARTY_PLURALS and len(run) - k >= 3:
            last_role = k  # "Lib Dems David Laws": the party, then the member
    if joined and run and run[0][0] == lo_all and fold(_text_of(text, run[0])) in DETERMINERS:
        last_role = 0  # "The Queen and Duke of Edinburgh": the article is no part of the names
    j = last_role + 1
    name_words = [w for w in run[j:] if text[w[0] : w[1]] not in PARTICLES or w is not run[j]]
    if run and fold(_text_of(text, run[-1])) in ROLE_WORDS and not _role_surname(text, run):
        name_words = []  # "the Salford MP": all role, no name
    if (
        len(name_words) == 1
        and fold(text[lo_all : words[0][1]]) in _GERMAN_ARTICLES
        and gender is None
        and not acronym(_text_of(text, name_words[0]))  # "die ARD" names a body
    ):
        name_words = []  # "der junge Polizist": German capitalises every noun
    if not name_words:
        return _description(text, words, gender, gender_span)
    n_lo, n_hi = name_words[0][0], name_words[-1][1]
    role_lo, role_hi = lo_all, n_lo
    role_words = (core[:i] if not skipped else []) + run[:j]  # no role before a conjunction
    role_words = [w for w in role_words if fold(text[w[0] : w[1]]) not in HONORIFICS]
    r_lo, r_hi = _strip_determiner(text, role_words)
    role = role_span = None
    if r_lo < r_hi:
        role_lo, role_hi = r_lo, r_hi
        role, role_span = text[role_lo:role_hi], span(role_lo, role_hi)
    if affiliation:
        a_lo, a_hi = affiliation[0][0], affiliation[-1][1]
        if role_span is None:
            role, role_span = text[a_lo:a_hi], span(a_lo, a_hi)
    return Mention(
        span(lo_all, hi_all),
        name=text[n_lo:n_hi],
        name_span=span(n_lo, n_hi),
        role=role,
        role_span=role_span,
        gender=gender,
        gender_span=gender_span,
    )


def _document_of(text: str, words: list[tuple[int, int, str | None]]) -> Mention | None:
    """``Chelsea's statement``, ``the club's statement``: a document speaks for its body."""
    if len(words) < 2 or fold(text[words[-1][0] : words[-1][1]]) not in DOCUMENT_WORDS:
        return None
    a, b, _kind = words[-2]
    owner = text[a:b]
    for tail in _POSSESSIVE:
        if owner.endswith(tail) and len(owner) > len(tail) and _capital(owner):
            hi = b - len(tail)
            honorific = fold(_text_of(text, words[-3])) if len(words) > 2 else ""
            gender = HONORIFICS.get(honorific)
            return Mention(
                span(words[0][0], words[-1][1]),
                name=text[a:hi],
                name_span=span(a, hi),
                # "Mr Crosby's statement": a person's, who joins his full name.
                gender=gender,
                gender_span=None if gender is None else span(*words[-3][:2]),
                organisation=honorific not in HONORIFICS,
            )
    return None


def _description(
    text: str,
    words: list[tuple[int, int, str | None]],
    gender: str | None,
    gender_span: Span | None,
) -> Mention:
    lo, hi = words[0][0], words[-1][1]
    definite = fold(text[lo : words[0][1]]) in _DEFINITE
    d_lo, d_hi = _strip_determiner(text, words, _ARTICLES)
    if d_lo >= d_hi:
        return Mention(span(lo, hi))
    return Mention(
        span(lo, hi),
        gender=gender,
        gender_span=gender_span,
        description=text[d_lo:d_hi],
        description_span=span(d_lo, d_hi),
        definite=definite,
    )
