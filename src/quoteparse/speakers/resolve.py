"""From speaker mentions to people: the linking step over a whole document.

Each quotation's ``speaker_span`` is read into its parts (:mod:`.names`) and
resolved by the first rule that applies, in this order:

1. :func:`by_name`: a name joins the fullest form of it written anywhere in the
   article (``Brooks``, ``Mr Brooks`` -> ``Dennis Brooks``); a surname that two
   people share goes to the one named last before the quotation.
2. :func:`by_pronoun`: ``he``/``she``/``er``/``elle`` ... go to the first person
   named (the subject; a name a cue verb follows, or an earlier attribution's
   speaker, comes first) in the nearest sentence before the mention that names
   one whose stated gender (a pronoun or an honorific) does not contradict it,
   looking back at most :data:`_LOOK_BACK` characters and skipping names inside
   quotations, or to the one a sentence's subject describes (``The coach said``,
   joined to the holder of that role where the text names one); failing that,
   to the speaker of the last attribution; failing
   that, nobody. ``they`` goes only to a body or group just quoted.
3. :func:`by_description`: ``the minister`` joins the speaker whose role ends
   in that word, ``the 36-year-old`` or ``der Virologe`` the person just named;
   ``a spokeswoman for the ministry``, ``analysts``, ``the report`` are speakers
   of their own, described rather than named; words that do not read as a
   source give nobody.

A mention already resolved (a carried quotation shares its speaker's span)
gives the same person. Each mention is resolved once, names are looked up by
word in :class:`~.people.NameIndex` (whose whole-text searches are capped per
document), and a pronoun reads only a window before it, so the step is linear
in the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import regex

from quoteparse._text import BREAK_CLASS, CLOSING_MARKS, LEADING_MARKS, char_class
from quoteparse.model import Attribution, Gender, Quote, Span, Speaker, SpeakerKind
from quoteparse.speaker_words import (
    AGE_WORDS,
    DOCUMENT_WORDS,
    FULLER_NAME_BLOCKERS,
    GROUP_WORDS,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    ROLE_WORDS,
    SOURCE_OPENERS,
)
from quoteparse.speakers.abbreviations import spelled_out
from quoteparse.speakers.authors import document_author
from quoteparse.speakers.french import head_with_complement
from quoteparse.speakers.german import (
    common_noun,
    described_before,
    document_source,
    german_complement,
    group_around,
    named_outside,
    paragraph_start,
    preposition_object,
    role_noun,
    titled_complement,
)
from quoteparse.speakers.names import (
    HEAD_ENDS,
    Mention,
    fold,
    name_key,
    read_mention,
    title_name,
)
from quoteparse.speakers.nonspeakers import abstract_source, hypothetical
from quoteparse.speakers.patterns import PARTICLES, STOPWORD_SET
from quoteparse.speakers.people import NameIndex, Written
from quoteparse.speakers.roles import role_name
from quoteparse.speakers.text import skip_space
from quoteparse.speakers.words_de import GERMAN_PRONOUNS

__all__ = ["resolve_speakers"]

_GENDERS = {"female": Gender.FEMALE, "male": Gender.MALE}

# An age standing for a person: "36-year-old", "19-jährige".
# How far back a pronoun looks for the person it stands for: two or three paragraphs.
_LOOK_BACK = 700
# The end of a sentence: a full stop, ! or ? (and a closing mark) then space, or a line break.
# The lookahead holds the characters either branch opens with, so that ``re``
# skips to them in C rather than try both branches at every character (the
# scan is about 1.5 times faster); it matches wherever a branch does, so the
# ends found are the same (tests/test_speakers_linking_speed.py compares).
_SENTENCE_END_GUARD = f"(?=[.!?{BREAK_CLASS}])"
_SENTENCE_END_RE = re.compile(
    rf"""
    {_SENTENCE_END_GUARD}
    (?:
        [.!?][{char_class(CLOSING_MARKS)}]?[ \t]+  # a full stop, ! or ?, a closing mark, space
        | [{BREAK_CLASS}]+      # a line break
    )
    """,
    re.VERBOSE,
)
# A middle initial: "r." of "Michael R. Bloomberg", "w" of "George W Bush".
_INITIAL_RE = re.compile(r"\w\.?")
_AGE_RE = re.compile(r"\d+-(?:year-old|jährige|jähriger|ans)")


@dataclass(slots=True)
class _Person:
    """A speaker while the document is being read: grows as mentions join it."""

    key: str
    name: str
    name_span: Span
    kind: SpeakerKind
    mentions: list[Span] = field(default_factory=list)
    quotes: list[int] = field(default_factory=list)
    role: str | None = None
    role_span: Span | None = None
    gender: Gender | None = None
    gender_span: Span | None = None

    def freeze(self) -> Speaker:
        return Speaker(
            self.name,
            self.name_span,
            self.kind,
            tuple(self.mentions),
            self.role,
            self.role_span,
            tuple(self.quotes),
            self.gender,
            self.gender_span,
        )


class _State:
    """What resolution carries from one quotation to the next."""

    __slots__ = (
        "by_key",
        "by_span",
        "forms",
        "index",
        "last",
        "last_thing",
        "last_where",
        "people",
        "quote_ends",
        "quote_starts",
        "said_at",
        "said_by",
        "text",
    )

    def __init__(self, text: str, quotes: Sequence[Quote] = ()) -> None:
        self.text = text
        top = [q.span for q in quotes if q.parent is None]
        self.quote_starts = [s.start for s in top]
        self.quote_ends = [s.end for s in top]
        self.index = NameIndex(text)
        self.people: list[_Person] = []
        self.by_key: dict[str, _Person] = {}
        self.by_span: dict[Span, _Person | None] = {}
        self.last: _Person | None = None  # the speaker of the last attribution
        # Whether that attribution named a body ("it" may stand for it), and its
        # mention, read for a document's word only when an "it" asks.
        self.last_thing = False
        self.last_where: Span | None = None
        # Where attributions named their speakers, in text order, and who they are.
        self.said_at: list[int] = []
        self.said_by: list[_Person] = []
        # A one-word name -> its fuller forms in the text, grouped by person.
        self.forms: dict[str, tuple[list[Written], dict[str, list[Written]]]] = {}

    def in_quote(self, at: int) -> bool:
        """Whether ``at`` lies inside a top-level quotation."""
        k = bisect.bisect_right(self.quote_starts, at) - 1
        return k >= 0 and at < self.quote_ends[k]

    def said(self, at: int, person: _Person) -> None:
        """Record that an attribution at ``at`` named ``person``."""
        k = bisect.bisect_right(self.said_at, at)
        self.said_at.insert(k, at)
        self.said_by.insert(k, person)

    def speakers_between(self, lo: int, hi: int) -> list[tuple[int, _Person]]:
        """The speakers attributions named in ``[lo, hi)``, in text order."""
        a = bisect.bisect_left(self.said_at, lo)
        b = bisect.bisect_left(self.said_at, hi)
        return list(zip(self.said_at[a:b], self.said_by[a:b], strict=True))

    def person(self, key: str, make: _Person) -> _Person:
        found = self.by_key.get(key)
        if found is None:
            self.by_key[key] = make
            self.people.append(make)
            return make
        return found


def _kind_of(name: str) -> SpeakerKind:
    words = name.split()
    if any(fold(w) in ORGANISATION_WORDS for w in words) or (len(words) == 1 and name.isupper()):
        return SpeakerKind.ORGANISATION
    return SpeakerKind.PERSON


def _set_gender(person: _Person, gender: str | None, where: Span | None) -> None:
    if gender is not None and where is not None and person.gender is None:
        person.gender, person.gender_span = _GENDERS[gender], where


def _forms(fuller: list[Written]) -> dict[str, list[Written]]:
    """Written names grouped by person: a form that ends with a shorter one is that one.

    ``Broadcaster Chris Evans`` and ``Chris Evans`` are one person, named
    ``Chris Evans``: the words before it are a role the lexicon did not know.
    """
    keys = sorted({_core_key(w.name) for w in fuller}, key=len)
    root: dict[str, str] = {}
    for k in keys:
        root[k] = next((r for r in keys if len(r) < len(k) and k.endswith(" " + r)), k)
    groups: dict[str, list[Written]] = {}
    for w in fuller:
        groups.setdefault(root[_core_key(w.name)], []).append(w)
    return groups


def _core_key(name: str) -> str:
    """A name's key without middle initials: ``Michael R. Bloomberg`` is ``Michael Bloomberg``."""
    words = name_key(name).split()
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if not _INITIAL_RE.fullmatch(w)), words[-1]]
    return " ".join(words)


def by_name(state: _State, m: Mention, at: int) -> _Person | None:
    """The person a name mention stands for, at its fullest as written in the text."""
    if m.name is None or m.name_span is None:
        return None
    name, where = m.name, m.name_span
    if state.index.coordinated(name):
        # "schreibt Gianni Aron auf TikTok" after "Aron und Gianni": the subject,
        # then the one written to.
        name = name.split()[0]
        where = Span(where.start, where.start + len(name))
    if " " not in name and common_noun(state.text, where.start, name):
        return None  # "im Zug": a German noun, no name
    if title_name(name):
        # "The Archbishop of Canterbury" after "the Archbishop of Canterbury, Dr
        # Rowan Williams,": the holder the text names.
        holder = role_name(state.text, name, at)
        if holder is not None:
            named = read_mention(state.text, holder.start, holder.end)
            if named.name is not None and not title_name(named.name):
                return by_name(state, named, at)
    fuller: list[Written] = []
    groups: dict[str, list[Written]] = {}
    if len(name.split()) == 1 and not m.organisation:
        if name in state.forms:
            fuller, groups = state.forms[name]
        else:
            fuller = state.index.ending_with(name)
            if not fuller:
                # First name only (children, fiction): a fuller name that reads as a
                # person's, or the one fuller name that starts so (``Sharon`` said,
                # ``Sharon Osbourne gave details``): the speaker is a person.
                # ``Prince Charles`` elsewhere: the word alone is a person's name.
                alone = state.index.named_alone(name)
                starting = [] if alone else state.index.starting_with(name)
                fuller = [w for w in starting if state.index.person_like(w)]
                if not fuller and len({name_key(w.name) for w in starting}) == 1:
                    fuller = starting
                if not fuller and 2 <= len(name) <= 8 and name.isupper():
                    full = spelled_out(state.text, name)  # "RICS": the name it stands for
                    if full is not None:
                        where = full[1]
                        fuller = [
                            Written(full[0], where, Mention(where, name=full[0], name_span=where))
                        ]
                if not fuller and _kind_of(name) is SpeakerKind.ORGANISATION:
                    # "the Fed": the one body whose name it clips, "Federal Reserve".
                    bodies = [
                        w
                        for w in state.index.clipped(name)
                        if _kind_of(w.name) is SpeakerKind.ORGANISATION
                    ]
                    if len({_core_key(w.name) for w in bodies}) == 1:
                        fuller = bodies
            groups = _forms(fuller)
            state.forms[name] = (fuller, groups)
    if fuller:
        if len(groups) > 1:
            # Two people share the word: the one named last before the mention.
            before = [w for w in fuller if w.span.start < at]
            if not before:
                return None
            last = name_key(before[-1].name)
            groups = {
                r: ws for r, ws in groups.items() if any(name_key(w.name) == last for w in ws)
            }
        key, written = next(iter(groups.items()))
        person = state.by_key.get(key) or _person_of_forms(state, key, written)
    elif m.organisation:
        key = name_key(name)
        person = state.person(key, _Person(key, name, where, SpeakerKind.ORGANISATION))
    else:
        # A full name joins the same name with a middle initial (``Michael R. Bloomberg``).
        key = _core_key(name)
        found = state.by_key.get(key)
        if found is None and len(key.split()) > 1:
            written = state.index.ending_with(name.split()[-1])
            same = [w for w in written if _core_key(w.name) == key and len(w.name) > len(name)]
            if same:
                found = _person_of_forms(state, key, same)
            elif m.gender is not None or fold(name.split()[0]) in PARTICLES:
                # "Mrs Parker Bowles": an honorific before two words makes them a
                # surname, which joins the fuller name ending so; so does a
                # particle opening them ("De Miranda" is Luis de Miranda).
                fuller = [w for w in written if _core_key(w.name).endswith(" " + key)]
                if len({_core_key(w.name) for w in fuller}) == 1:
                    longer = _core_key(fuller[0].name)
                    found = state.by_key.get(longer) or _person_of_forms(state, longer, fuller)
            else:
                found = _fuller_person(state, name, key, written)
        person = found or state.person(key, _Person(key, name, where, _kind_of(name)))
    if m.role is not None and person.role is None:
        person.role, person.role_span = m.role, m.role_span
    _set_gender(person, m.gender, m.gender_span)
    if person.gender is None and person.kind is SpeakerKind.PERSON:
        stated = state.index.stated_gender(person.name.split()[-1])
        if stated is not None:
            _set_gender(person, *stated)
    return person


def _fuller_person(state: _State, name: str, key: str, ending: list[Written]) -> _Person | None:
    """The one person whose fuller name ends or starts with all of ``name``'s words.

    ``Forrest Jones`` after ``Michael Forrest Jones``, ``Te Kaurinui`` after ``Te
    Kaurinui Robert Parata``: a person's two-word name written again in part.
    Only a person's fuller name counts (no body's), and only when the fuller
    names found are forms of one name (two different ones leave it as written).
    """
    if _kind_of(name) is not SpeakerKind.PERSON:
        return None
    fuller = [
        w
        for w in ending
        if _core_key(w.name).endswith(" " + key) and _first_name_before(state.text, w, name)
    ]
    starting = state.index.starting_with(name.split(maxsplit=1)[0])
    # Words after the name may be a body's (``Stan Lee Media``): only a person's reading.
    fuller += [
        w
        for w in starting
        if _core_key(w.name).startswith(key + " ") and state.index.person_like(w)
    ]
    fuller = [w for w in fuller if _kind_of(w.name) is SpeakerKind.PERSON]
    if not fuller:
        return None
    longer = max((_core_key(w.name) for w in fuller), key=len)
    if not all(_within(_core_key(w.name), longer) for w in fuller):
        return None  # two different fuller names: the text leaves it open
    return state.by_key.get(longer) or _person_of_forms(state, longer, fuller)


_WORD_BEFORE_RE = regex.compile(
    r"""
    (?P<word>\p{Ll}+)   # the lower-case word before a name
    \s+\Z              # and the space up to the name
    """,
    regex.VERBOSE,
)


def _first_name_before(text: str, w: Written, name: str) -> bool:
    """Whether the words ``w`` writes before ``name`` may be a first name.

    Not where a determiner, an elided ``l'`` or a noun's article stands before them, or one of
    them is a determiner or ends with a full stop: ``la Santé Roman Prymula``,
    ``My Ask Jeeves``, ``Malcolm X. Attallah Shabazz``.
    """
    extra = w.name[: len(w.name) - len(name)].split()
    if any(fold(x) in FULLER_NAME_BLOCKERS or x.endswith(".") for x in extra):
        return False  # "Malcolm X. Attallah Shabazz": a sentence may end at the full stop
    if w.span.start >= 2 and text[w.span.start - 2] in "lL" and text[w.span.start - 1] in "'’":
        return False  # "ministre de l'Intérieur Jan Hamáček": an elided article, no first name
    m = _WORD_BEFORE_RE.search(text, max(0, w.span.start - 24), w.span.start)
    return m is None or fold(m.group("word")) not in FULLER_NAME_BLOCKERS


def _within(short: str, full: str) -> bool:
    """Whether the words of ``short`` stand in ``full`` in the same order.

    >>> _within("te kaurinui parata", "te kaurinui robert parata")
    True
    >>> _within("jo kemp", "tom kemp")
    False
    """
    words = iter(full.split())
    return all(w in words for w in short.split())


def _person_of_forms(state: _State, key: str, written: list[Written]) -> _Person:
    """The person the written forms of one name stand for, made once per name."""
    # The fullest form of the name itself (middle initials count, a role before it does not).
    first = max(
        (w for w in written if _core_key(w.name) == key),
        key=lambda w: (len(w.name.split()), -w.span.start),
    )
    person = state.person(key, _Person(key, first.name, first.span, _kind_of(first.name)))
    for w in written:
        _set_gender(person, w.mention.gender, w.mention.gender_span)
        if person.role is None and w.mention.role is not None:
            person.role, person.role_span = w.mention.role, w.mention.role_span
    return person


def by_pronoun(state: _State, m: Mention, at: int) -> _Person | None:
    """The person a pronoun stands for: the subject of the nearest sentence naming one who fits."""
    p = m.pronoun
    if p is None:
        return None
    want = _GENDERS.get(p.gender) if p.gender is not None else None
    if p.plural:
        last = state.last
        return last if last is not None and last.kind is not SpeakerKind.PERSON else None
    if state.text[m.span.start : m.span.end] not in GERMAN_PRONOUNS:
        return _last_named(state, at, want, m.span)
    person = _last_named(state, at, want, None)
    if person is None or not _named_in_paragraph(state, person, at):
        return None  # "Renato klopft an die Tür. «...», sagt er": not the last speaker
    if want is not None:
        _set_gender(person, want.value, m.span)
    return person


def _named_in_paragraph(state: _State, person: _Person, at: int) -> bool:
    """Whether ``person`` is the one person the paragraph before ``at`` names or quotes.

    German capitalises every noun, so the name index misses a lone first name
    (``Renato``) and an unnamed man (``der Mann auf dem Motorrad``) that a German
    ``er`` stands for; the speaker of an earlier paragraph is then a guess, and
    so is either of two people the name index finds in the paragraph.
    """
    lo = paragraph_start(state.text, at)
    own = set(person.name.split())
    for w in state.index.names_between(lo, at):
        if not state.in_quote(w.span.start) and not own.intersection(w.name.split()):
            return False
    return named_outside(state.text, lo, at, own, state.in_quote) or any(
        p is person for _, p in state.speakers_between(lo, at)
    )


def _last_named(state: _State, at: int, want: Gender | None, where: Span | None) -> _Person | None:
    """The subject of the last sentence before ``at`` that names a person who fits.

    News names the speaker as the subject of a sentence and then quotes them
    with a pronoun, so of the people a sentence names the first is taken, and
    sentences are tried from the nearest back. Names inside quotations do not
    count. A stated gender (``want``) skips anyone whose stated gender differs.
    """
    lo = max(0, at - _LOOK_BACK)
    bounds = [lo, *[m.end() for m in _SENTENCE_END_RE.finditer(state.text, lo, at)], at]
    for k in range(len(bounds) - 1, 0, -1):  # the nearest sentence first
        for person, end in _named_in(state, bounds[k - 1], bounds[k]):
            if not _one_person(person):
                continue  # a body, a group; a described person counts ("a spokesperson")
            if want is not None and person.gender not in (None, want):
                continue
            if want is not None and end is not None and _acts_on(state.text, end, want):
                continue  # "Ozzy gave her": not the "she" of the next sentence
            if want is not None and where is not None:
                _set_gender(person, want.value, where)
            return person
        # Not the pronoun's own sentence, whose subject the pronoun may be.
        described = (
            _described_subject(state, *bounds[k - 1 : k + 1]) if k < len(bounds) - 1 else None
        )
        if described is not None:
            if want is not None and where is not None:
                _set_gender(described, want.value, where)
            return described
    last = state.last
    if last is not None and _one_person(last) and (want is None or last.gender in (None, want)):
        return last
    return None


def _holder(state: _State, head: str, owner: set[str], at: int) -> _Person | None:
    """The person who holds the role ``head`` (of ``owner``) in the text before ``at``."""
    for person in reversed(state.people):
        role = person.role if person.kind is not SpeakerKind.DESCRIBED else person.name
        if role is not None and fold(role.split()[-1]) == head and owner.issubset(role.split()):
            return person  # the minister, the spokesman (a Vodafone spokesman)
    titled = [w for w in state.index.with_role(head) if w.span.start < at]
    if titled and not owner:  # "the mayor" after "London mayor Ken Livingstone"
        return by_name(state, titled[-1].mention, titled[-1].span.start)
    return None


# How much more often the text must name the person it is about than the one
# named last, and how often at least, before a role description goes to them.
_ABOUT_RATIO = 3
_ABOUT_MIN = 6


def _about(state: _State, named: _Person | None) -> _Person | None:
    """``the former mayor``: the person the text is about, where it names them far more.

    A role with no name written with it is the story's subject (named six times
    or more, and three times as often as ``named``, the person named last);
    otherwise ``named``.
    """
    if named is None or named.kind is not SpeakerKind.PERSON:
        return named
    top = state.index.protagonist()
    if top is None or top[1] < _ABOUT_MIN:
        return named
    written, count = top
    if count < _ABOUT_RATIO * len(state.index.places(named.name.split()[-1])):
        return named
    return by_name(state, written.mention, written.span.start) or named


# A sentence opening with a definite description of one person: "The harbour
# master spoke", "The coach, who ...", "Der Trainer sagte" (up to three words
# before the head noun, which a space or comma follows).
_DESCRIBED_SUBJECT_RE = regex.compile(
    rf"""
    [ \t\u00a0{char_class(LEADING_MARKS)}]*
    (?P<np>(?:The|Der|Die|Le|La|El)[ \u00a0]+(?:[\p{{Ll}}\-]+[ \u00a0]+){{0,3}}?(?P<head>\w[\w\-]*))
    (?=[ \u00a0]*,|[ \u00a0]+\p{{Ll}})
    """,
    regex.VERBOSE,
)


def _described_subject(state: _State, lo: int, hi: int) -> _Person | None:
    """The person a sentence's subject describes, when no name does: ``The coach said``."""
    m = _DESCRIBED_SUBJECT_RE.match(state.text, lo, hi)
    if m is None:
        return None
    head = fold(m.group("head"))
    if head not in ROLE_WORDS and head not in PERSON_NOUNS and not role_noun(head):
        return None
    holder = _holder(state, head, set(), lo)  # "The mayor said" after "Mayor Ken Livingstone"
    if holder is not None:
        return holder
    a, b = m.span("np")
    desc = state.text[a:b].split(maxsplit=1)[1]
    key = "\0" + name_key(desc)
    return state.person(key, _Person(key, desc, Span(b - len(desc), b), SpeakerKind.DESCRIBED))


def _one_person(person: _Person) -> bool:
    """Whether a speaker is one person: named, or described by a role (``the harbour master``)."""
    if person.kind is SpeakerKind.PERSON:
        return True
    return person.kind is SpeakerKind.DESCRIBED and fold(_head(person.name)) in _ONE_PERSON


def _head(description: str) -> str:
    """The noun a description is about: ``spokesperson`` of ``spokesperson for the union``."""
    words = description.split()
    for k, word in enumerate(words[1:], 1):
        if word in HEAD_ENDS:
            return words[k - 1]
    return words[-1]


# A verb and an object pronoun right after a name: "Ozzy gave her", "Smith told him".
_ACTS_ON_RE = re.compile(r"[ \t]+(?P<verb>[a-z]+)[ \t]+(?P<object>her|him)\b")
_OBJECTS = {"her": Gender.FEMALE, "him": Gender.MALE}


def _acts_on(text: str, end: int, want: Gender) -> bool:
    """Whether the name ending at ``end`` does something to someone of gender ``want``."""
    m = _ACTS_ON_RE.match(text, end, end + 40)
    return (
        m is not None
        and m.group("verb") not in STOPWORD_SET
        and _OBJECTS[m.group("object")] is want
    )


def _named_in(state: _State, lo: int, hi: int) -> Iterator[tuple[_Person, int | None]]:
    """The people a sentence names outside quotations, speakers first, else in text order.

    The names the index reads there, and the speakers earlier attributions
    named there (a name the index cannot tell is a person's, such as a
    speaker's name written after its quotation, is one through its cue). A
    name a cue verb follows is the sentence's speaker, whatever clause comes
    before it: ``Speaking after Mr Brown ..., Mr Kennedy acknowledged``.
    Each name is resolved only when asked for: the first that fits ends the search.
    """
    found: list[tuple[bool, int, Written | _Person]] = [
        (not state.index.speaks(w), w.span.start, w)
        for w in state.index.names_between(lo, hi, (state.quote_starts, state.quote_ends))
        if not state.in_quote(w.span.start)
    ]
    # Speakers named inside a quotation (a nested quotation's) do not count either.
    found.extend(
        (False, at, p) for at, p in state.speakers_between(lo, hi) if not state.in_quote(at)
    )
    found.sort(key=lambda item: item[:2])
    for _, at, item in found:
        if isinstance(item, _Person):
            yield item, None
            continue
        person = by_name(state, item.mention, at)
        if person is not None:
            yield person, item.span.end


def by_description(state: _State, m: Mention, at: int) -> _Person | None:
    """A described source: joins a speaker with that role, or stands on its own."""
    if m.description is None or m.description_span is None:
        return None
    if preposition_object(state.text, m.span.start):
        return None  # "über die Meldung des Mandanten begeistert und schreibt"
    source = document_source(state.text, m.span)  # "der Risikobewertung des RKI"
    if source is not None:
        full = spelled_out(state.text, source.name)  # "des RKI": Robert Koch-Institut (RKI)
        if full is not None:
            source = source._replace(key=name_key(full[0]), name=full[0], span=full[1])
        return state.person(source.key, _Person(*source, SpeakerKind.ORGANISATION))
    words = m.description.split()
    head = fold(words[-1])
    first = fold(words[0])
    own_role = head_with_complement(words)  # "le conseiller com du président"
    if own_role or (head not in _KNOWN_HEADS and first in _KNOWN_HEADS):
        head = first  # French and Spanish put the head first: "le ministère des Affaires"
    if not m.definite and not _described_source(text_of(state, m), words):
        return None  # "took suspected diet pills bought online": not a noun phrase
    if m.definite and head not in GROUP_WORDS:
        where = role_name(state.text, m.description, at)  # "le ministre de la Santé Roman Prymula"
        named = (
            None
            if where is None
            else by_name(state, read_mention(state.text, where.start, where.end), at)
        )
        if named is not None:
            if head in ORGANISATION_WORDS and named.gender is None:
                named.kind = SpeakerKind.ORGANISATION  # "magazine Mobile PC": a body's name
            return named
        introduced = described_before(state.text, m.span, at)  # "Ein junger Polizist ..."
        if introduced is not None:
            key = "\0" + name_key(introduced[0])
            return state.person(key, _Person(key, *introduced, SpeakerKind.DESCRIBED))
    if m.definite:
        if head in AGE_WORDS or _AGE_RE.fullmatch(head):
            return _last_named(state, at, None, None)  # "the 36-year-old"
        if head in GROUP_WORDS or (head.endswith("s") and head[:-1] in ROLE_WORDS):
            kind = SpeakerKind.DESCRIBED  # "the judges", "the police": a group of its own
        elif head in ROLE_WORDS:
            # "The Darlington Council spokesman": whose role it is, in capitals.
            owner = {w for w in words[:-1] if w[:1].isupper()}
            holder = _holder(state, head, owner, at)
            if holder is not None:
                return holder
            # "the former mayor", "the defender": the person the text is about,
            # or, where it names nobody, a person described by the role.
            named = None if own_role else _last_named(state, at, None, None)
            if len(words) <= 3 and not any(w[:1].isupper() for w in words):
                # "the former mayor"; not "el secretario general de La Cámpora",
                # whose complement names another body.
                named = _about(state, named)
            if named is not None and not (owner and named.kind is SpeakerKind.DESCRIBED):
                return named  # (another body's spokesman is not "the Darlington Council spokesman")
            kind = SpeakerKind.DESCRIBED
        elif fold(text_of(state, m).split(maxsplit=1)[0]) in ("der", "die"):
            # "der Virologe", "die Forscherin": German names a person just introduced so.
            complement = german_complement(words)
            if complement is not None:
                # "der Journalist von «Schweiz Aktuell»", "der Gezeichnete durch die
                # Redaktion": a role with its complement is someone of its own, named
                # in full only where the complement is written whole.
                titled = titled_complement(state.text, m.description_span)
                if titled is None:
                    return None
                key = "\0" + name_key(titled.slice(state.text))
                return state.person(
                    key, _Person(key, titled.slice(state.text), titled, SpeakerKind.DESCRIBED)
                )
            named = _last_named(state, at, None, None)
            if named is not None and _still_speaking(state, named, at):
                return named
            kind = SpeakerKind.DESCRIBED
        elif head not in DOCUMENT_WORDS and head not in ORGANISATION_WORDS:
            return None
        else:
            author = document_author(state.text, head, at) if head in DOCUMENT_WORDS else None
            if author is not None:  # "a new report released on Monday by X" ... "the report"
                key = name_key(author[0])
                return state.person(key, _Person(key, *author, SpeakerKind.ORGANISATION))
            kind = SpeakerKind.ORGANISATION
    else:
        named = _named_next(state, m)
        if named is not None:
            return named
        kind = SpeakerKind.DESCRIBED
    key = "\0" + name_key(m.description)  # never the key of a name
    person = state.person(key, _Person(key, m.description, m.description_span, kind))
    _set_gender(person, m.gender, m.gender_span)
    return person


# How far after a described source its sentence may end for the next one's name to be theirs.
_NEXT_REACH = 24


def _named_next(state: _State, m: Mention) -> _Person | None:
    """The person the next sentence opens with, for a source its lead describes.

    A news lead describes its source at the end of its sentence and names
    them first thing in the next: ``... is "in the state of a zombie", a
    leading industry figure has said. Tim Renner, the head of Universal Music
    Germany, told ...``. Only a singular indefinite description (``a``,
    ``an``) whose sentence ends right after it, and only a person's name
    (no body's) that opens the next sentence with an apposition or a cue.
    """
    text = state.text
    if fold(text_of(state, m).split(maxsplit=1)[0]) not in ("a", "an"):
        return None
    end = _SENTENCE_END_RE.search(text, m.span.end, m.span.end + _NEXT_REACH)
    if end is None:
        return None
    start = skip_space(text, end.end(), len(text))
    if state.in_quote(start):
        return None
    names = state.index.names_between(start, min(len(text), start + _NEXT_REACH * 3))
    if not names or names[0].span.start != start:
        return None
    first = names[0]
    if text[first.span.end : first.span.end + 1] != "," and not state.index.speaks(first):
        return None  # the next sentence is about them, not by them: "Google News gathers"
    named = by_name(state, first.mention, start)
    return named if named is not None and named.kind is SpeakerKind.PERSON else None


def _still_speaking(state: _State, person: _Person, at: int) -> bool:
    """Whether a German ``der Virologe`` at ``at`` can only be ``person``, the last speaker.

    ``sagt der Virologe`` names the person quoted just before, when the text names
    nobody else since their last mention (``der Politiker`` after a paragraph that
    introduces another politician is not the last speaker). A body, a described
    person or a speaker older than the last attribution stays open.
    """
    if person is not state.last or person.kind is not SpeakerKind.PERSON or not person.mentions:
        return False
    lo = (
        max(s.end for s in person.mentions if s.start < at)
        if any(s.start < at for s in person.mentions)
        else at
    )
    own = set(person.name.split())
    return not any(
        not own.intersection(w.name.split())
        for w in state.index.names_between(lo, at)
        if not state.in_quote(w.span.start)
    )


def text_of(state: _State, m: Mention) -> str:
    """The mention as written."""
    return state.text[m.span.start : m.span.end]


def _described_source(written: str, words: list[str]) -> bool:
    """Whether an indefinite description reads as a source: ``a spokeswoman``, ``analysts``."""
    first = fold(written.split(maxsplit=1)[0]) if written.strip() else ""
    if first in SOURCE_OPENERS:
        return len(written.split()) > 1  # "one fan"; not "one" alone ("..., read one.")
    if fold(words[-1]) in _ONE_PERSON and any(w.endswith(("'s", "’s")) for w in words):
        return True  # "Prime Minister Tony Blair's official spokesman"
    # A bare plural or mass noun of one or two words: "analysts", "police", "local residents".
    return len(words) <= 2 and (words[-1].endswith("s") or fold(words[-1]) in GROUP_WORDS)


_ONE_PERSON = ROLE_WORDS | PERSON_NOUNS
_KNOWN_HEADS = ROLE_WORDS | ORGANISATION_WORDS | DOCUMENT_WORDS | GROUP_WORDS | AGE_WORDS


def by_it(state: _State, m: Mention, at: int) -> _Person | None:
    """``it said``, ``It added:``: the body or document the last attribution named.

    ``it`` names nobody anywhere else (``it is true``), so only right after a
    body's or a document's words (``Mr Crosby's statement said: ... It
    added:``) does it stand for their speaker.
    """
    if not m.open or text_of(state, m).lower() != "it":
        return None
    if state.last_thing or (
        state.last_where is not None and _names_document(state.text, state.last_where)
    ):
        return state.last
    # "The Food Standards Agency warned people. "...," it said.": the body the
    # sentence before names, outside quotations.
    lo = max(0, at - _LOOK_BACK)
    ends = [e.end() for e in _SENTENCE_END_RE.finditer(state.text, lo, at)]
    if not ends:
        return None
    start = ends[-2] if len(ends) > 1 else lo
    body = state.index.body_between(start, ends[-1])
    if body is None or state.in_quote(body.span.start):
        return None
    return by_name(state, body.mention, body.span.start)


def _names_document(text: str, where: Span) -> bool:
    """Whether a mention ends in a document word: ``Mr Crosby's statement``."""
    words = text[where.start : where.end].split()
    return bool(words) and fold(words[-1]) in DOCUMENT_WORDS


def by_group(state: _State, m: Mention, at: int) -> _Person | None:
    """A group named round a person (``die Forscher um Afelt``): one group per person.

    The gold names it as first written (``Forscher um Aneta Afelt von der
    Universität Warschau``); a later shorter form joins it through the person.
    """
    found = group_around(state.text, m.span)
    if found is None:
        return None
    group, where = found
    # The person by surname: the last word before any lower-case one, so that
    # "Aneta Afelt von der Universität Warschau" and "Afelt" are one team's.
    lead = []
    for word in where.slice(state.text).split():
        if not word[:1].isupper():
            break
        lead.append(word)
    key = "\0around " + name_key(lead[-1])
    return state.person(key, _Person(key, group.slice(state.text), group, SpeakerKind.DESCRIBED))


# A German pair of names right after a mention: "schreiben Berlin und Paris im
# Vertrag" (the mention stopped at "und"). The second name is one or two
# capitalised words, then no further capitalised word.
_PAIR_AFTER_RE = regex.compile(
    r"""
    [ \u00a0]+und[ \u00a0]+
    (?P<second>\p{Lu}[\p{L}\-]+(?:[ \u00a0]\p{Lu}[\p{L}\-]+)?)
    (?![\p{L}\-]|[ \u00a0]+\p{Lu})
    """,
    regex.VERBOSE,
)


def by_pair(state: _State, m: Mention, at: int) -> _Person | None:
    """Two names joined by ``und`` after a cue: one group named by both (``Berlin und Paris``).

    Only where the cue verb before the mention is plural (``schreiben``, ``sagen``):
    ``sagte Merkel und Macron nickte`` is Merkel alone.
    """
    if m.name is None or m.name_span is None or m.span.end != m.name_span.end:
        return None
    pair = _PAIR_AFTER_RE.match(state.text, m.span.end, m.span.end + 60)
    if pair is None or not _plural_cue_before(state.text, m.span.start):
        return None
    where = Span(m.name_span.start, pair.end("second"))
    name = where.slice(state.text)
    key = "\0" + name_key(name)
    return state.person(key, _Person(key, name, where, SpeakerKind.DESCRIBED))


# A German plural verb right before the mention: "schreiben ", "sagen ", "erklärten ".
_PLURAL_CUE_BEFORE_RE = regex.compile(r"(?<![\p{L}])\p{Ll}+(?:en|ten)[ \u00a0]+\Z")


def _plural_cue_before(text: str, at: int) -> bool:
    return _PLURAL_CUE_BEFORE_RE.search(text, max(0, at - 24), at) is not None


_RULES = (by_group, by_pair, by_name, by_pronoun, by_description, by_it)


def resolve_speakers(
    text: str, quotes: Sequence[Quote]
) -> tuple[tuple[Speaker, ...], list[int | None]]:
    """The speakers of a document and, for each quotation, the index of its speaker.

    >>> from quoteparse import find_quotes
    >>> text = ('Dennis Brooks runs the band. "We are back," Brooks said. '
    ...         '"It took years," he added.')
    >>> speakers, ids = resolve_speakers(text, find_quotes(text))
    >>> [(s.name, s.quotes) for s in speakers], ids
    ([('Dennis Brooks', (0, 1))], [0, 0])
    """
    if not any(q.speaker_span is not None for q in quotes):
        return (), [None] * len(quotes)
    state = _State(text, quotes)
    found: list[_Person | None] = []
    for k, q in enumerate(quotes):
        where = q.speaker_span
        if (
            where is None
            or q.attribution is Attribution.NONE
            or (q.cue_span is not None and hypothetical(text, where, q.cue_span))
            or abstract_source(text, where)
        ):
            # No speaker, one who would have said it, or "Neuroscience tells us".
            found.append(None)
            continue
        if where in state.by_span:
            person = state.by_span[where]
        else:
            m = read_mention(text, where.start, where.end)
            person = None
            for rule in _RULES:
                person = rule(state, m, where.start)
                if person is not None:
                    break
            state.by_span[where] = person
            if person is not None:
                person.mentions.append(where)
                if m.pronoun is None:
                    state.said(where.start, person)
        found.append(person)
        if person is not None:
            person.quotes.append(k)
            if q.parent is None:
                state.last = person
                state.last_thing = person.kind is SpeakerKind.ORGANISATION
                state.last_where = where
    order = sorted(
        state.people, key=lambda p: min([p.name_span.start, *[s.start for s in p.mentions]])
    )
    order = [p for p in order if p.quotes]
    ids = {id(p): i for i, p in enumerate(order)}
    return tuple(p.freeze() for p in order), [None if p is None else ids[id(p)] for p in found]
