"""From speaker mentions to people: the linking step over a whole document.

Each quotation's ``speaker_span`` is read into its parts (:mod:`.names`) and
resolved by the first rule that applies, in this order:

1. :func:`by_name`: a name joins the fullest form of it written anywhere in the
   article (``Brooks``, ``Mr Brooks`` -> ``Dennis Brooks``); a surname that two
   people share goes to the one named last before the quotation.
2. :func:`by_pronoun`: ``he``/``she``/``er``/``elle`` ... go to the speaker of the
   last attribution when nothing the text says contradicts it (a gender stated
   by a pronoun or an honorific), else to the person named last before the
   mention; two people named in that last sentence and no earlier speaker
   among them is a tie, left unresolved.
3. :func:`by_description`: ``the minister`` joins the speaker whose role ends
   in that word; ``a spokeswoman for the ministry``, ``analysts``, ``the report``
   are speakers of their own, described rather than named.

A mention already resolved (a carried quotation shares its speaker's span)
gives the same person. Each mention is resolved once, and every lookup is in
a dictionary keyed by a word, so the step is linear in the number of mentions
and the names they look up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from quoteparse.model import Attribution, Gender, Quote, Span, Speaker, SpeakerKind
from quoteparse.speaker_words import DOCUMENT_WORDS, ORGANISATION_WORDS, ROLE_WORDS
from quoteparse.speakers.names import Mention, fold, name_key, read_mention
from quoteparse.speakers.people import NameIndex

__all__ = ["resolve_speakers"]

_GENDERS = {"female": Gender.FEMALE, "male": Gender.MALE}


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
    last_seen: int = -1

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

    __slots__ = ("by_key", "by_span", "index", "last", "people", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.index = NameIndex(text)
        self.people: list[_Person] = []
        self.by_key: dict[str, _Person] = {}
        self.by_span: dict[Span, _Person | None] = {}
        self.last: _Person | None = None  # the speaker of the last attribution

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


def by_name(state: _State, m: Mention, at: int) -> _Person | None:
    """The person a name mention stands for, at its fullest as written in the text."""
    if m.name is None or m.name_span is None:
        return None
    name, where = m.name, m.name_span
    words = name.split()
    fuller = state.index.containing(name)
    if not fuller and len(words) == 1:
        fuller = state.index.starting_with(name)  # first name only: children, fiction
    if fuller:
        keys = {name_key(w.name) for w in fuller}
        if len(keys) > 1:
            # Two people share the word: the one named last before the mention.
            before = [w for w in fuller if w.span.start < at]
            if not before:
                return None
            keys = {name_key(before[-1].name)}
            fuller = [before[-1]]
        best = max(fuller, key=lambda w: len(w.name))
        first = min(
            (w for w in fuller if name_key(w.name) == name_key(best.name)),
            key=lambda w: w.span.start,
        )
        key = name_key(best.name)
        person = state.person(key, _Person(key, best.name, first.span, _kind_of(best.name)))
        _set_gender(person, first.mention.gender, first.mention.gender_span)
        if person.role is None and first.mention.role is not None:
            person.role, person.role_span = first.mention.role, first.mention.role_span
    else:
        key = name_key(name)
        person = state.person(key, _Person(key, name, where, _kind_of(name)))
    if m.role is not None and person.role is None:
        person.role, person.role_span = m.role, m.role_span
    _set_gender(person, m.gender, m.gender_span)
    return person


def by_pronoun(state: _State, m: Mention, at: int) -> _Person | None:
    """The person a pronoun stands for: the last speaker, unless the text says otherwise."""
    p = m.pronoun
    if p is None:
        return None
    want = _GENDERS.get(p.gender) if p.gender is not None else None

    def fits(person: _Person | None) -> bool:
        if person is None:
            return False
        if p.plural:
            return person.kind is not SpeakerKind.PERSON
        if person.kind is not SpeakerKind.PERSON:
            return False
        return want is None or person.gender in (None, want)

    chosen: _Person | None = None
    if fits(state.last):
        chosen = state.last
    elif not p.plural:
        written = state.index.named_before(at)
        if written is not None:
            named = by_name(state, written.mention, written.span.start)
            if fits(named):
                chosen = named
    if chosen is not None and want is not None:
        _set_gender(chosen, p.gender, m.span)
    return chosen


def by_description(state: _State, m: Mention, at: int) -> _Person | None:
    """A described source: joins a speaker with that role, or stands on its own."""
    if m.description is None or m.description_span is None:
        return None
    head = fold(m.description.split()[-1])
    if m.definite:
        if head in ROLE_WORDS:
            for person in reversed(state.people):
                if person.role is not None and fold(person.role.split()[-1]) == head:
                    return person
            return None  # "the defender": someone named earlier, not told who
        if head not in DOCUMENT_WORDS and head not in ORGANISATION_WORDS:
            return None
        kind = SpeakerKind.ORGANISATION
    else:
        kind = SpeakerKind.DESCRIBED
    key = "\0" + name_key(m.description)  # never the key of a name
    person = state.person(key, _Person(key, m.description, m.description_span, kind))
    _set_gender(person, m.gender, m.gender_span)
    return person


_RULES = (by_name, by_pronoun, by_description)


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
    state = _State(text)
    found: list[_Person | None] = []
    for k, q in enumerate(quotes):
        where = q.speaker_span
        if where is None or q.attribution is Attribution.NONE:
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
                person.last_seen = max(person.last_seen, where.start)
        found.append(person)
        if person is not None:
            person.quotes.append(k)
            if q.parent is None:
                state.last = person
    order = sorted(
        state.people, key=lambda p: min([p.name_span.start, *[s.start for s in p.mentions]])
    )
    order = [p for p in order if p.quotes]
    ids = {id(p): i for i, p in enumerate(order)}
    return tuple(p.freeze() for p in order), [None if p is None else ids[id(p)] for p in found]
