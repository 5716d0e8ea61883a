"""The noun phrase that names a speaker next to a cue, as written.

Titles and initials (``Lt. Gen.``, ``Mrs.``, ``J.``) are part of it, a word
from :data:`quoteparse.cue_verbs.STOPWORDS` ends it, and of a name and its
role set off by commas the name is kept.
"""

from __future__ import annotations

import re
from itertools import islice

from quoteparse._build import span
from quoteparse.model import Span
from quoteparse.speaker_words import (
    DETERMINERS,
    FRONTED_OPENERS,
    OPENERS,
    ORGANISATION_WORDS,
    PRONOUNS,
    ROLE_WORDS,
    SOURCE_OPENERS,
)
from quoteparse.speakers.names import fold
from quoteparse.speakers.patterns import (
    AUXILIARY_SET,
    COORDINATOR_SET,
    CUE_WORD_SET,
    NAME_TOKEN_RE,
    PARTICLES,
    SPACES,
    STOPWORD_SET,
    TITLE_SET,
    TOKEN_RE,
)
from quoteparse.speakers.text import (
    capitalised,
    last_token,
    rtrim_spaces,
    skip_space,
    tokens_back,
    word_end,
    words_in,
)
from quoteparse.speakers.words_en import FUTURE_MODALS, HYPOTHETICAL_MODALS

__all__ = ["clause_subject", "name_only", "speaker_before", "subject"]


# A short form in brackets after a body's name: "(UCEA)", "(BMA)".
_BRACKETED_ACRONYM_RE = re.compile(r"\([A-Z][A-Za-z&]{1,9}\)")


def _walk_back(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The run of up to twelve name words ending at ``hi``, cut at a stop word.

    ``and`` between two capitalised words is part of a body's name
    (``Universities and Colleges Employers' Association``), and so is ``on``
    after a body's noun (``Joint Committee on Intelligence and Security``).
    """
    kept_lo = kept_hi = -1
    count = 0
    joined = False  # the last word taken was "and" between capitals, pending
    pending_on = False  # the last word was "on", kept only after a body's noun
    # Twelve words fit in 140 characters; a longer run is cut there anyway.
    window = max(lo, hi - 140)
    for start, word in tokens_back(text, window, hi):
        if count == 12 or word in CUE_WORD_SET:
            break
        if pending_on and not (word[:1].isupper() and fold(word) in ORGANISATION_WORDS):
            break  # "on" joined no body's name: the phrase ends after it
        pending_on = False
        if word in STOPWORD_SET:
            if word == "and" and count and not joined and text[kept_lo].isupper():
                joined = True
                continue
            if (
                word == "on"
                and count
                and not joined
                and text[kept_lo].isupper()
                and fold(text[kept_lo:kept_hi].split(maxsplit=1)[0]) not in OPENERS  # on Thursday
            ):
                pending_on = True  # "Joint Committee on Intelligence and Security"
                continue
            break
        if start == window > lo and not text[window - 1].isspace():
            break  # the window cut this word in two
        if not count and _BRACKETED_ACRONYM_RE.fullmatch(word) is not None:
            continue  # "Employers' Association (UCEA) said": the short form is no part
        # A word of letters and digits is a name token; the pattern decides the rest.
        if not word.isalnum() and NAME_TOKEN_RE.fullmatch(word) is None:
            break
        if joined and not word[:1].isupper():
            break  # "he and Tom Smith": the "and" joined no name
        joined = False
        kept_lo = start
        if kept_hi < 0:
            kept_hi = start + len(word)
        count += 1
    return (kept_lo, kept_hi) if count else None


def _only_stopwords(text: str, lo: int, hi: int) -> bool:
    return STOPWORD_SET.issuperset(words_in(text, lo, hi))


def _role_like(text: str, lo: int, hi: int) -> bool:
    return any(word[0].islower() for word in words_in(text, lo, hi))


# Words before a noun, which an adverb does not follow: "The family", "His family".
_FUNCTION_WORDS = (
    STOPWORD_SET | DETERMINERS | SOURCE_OPENERS | frozenset(("this", "these", "those", "our"))
)

# Pronouns that are a cue's subject when right before it.
_SUBJECT_PRONOUNS = frozenset(p.text for p in PRONOUNS)


def _adverb(text: str, lo: int, word: int, hi: int) -> bool:
    """``strongly`` in ``Netanyahu strongly warned``: an -ly word after a name or pronoun.

    Only there: ``the family said`` ends in -ly too, after an article.
    """
    w = text[word:hi]
    if len(w) < 5 or not w.endswith("ly") or not w.islower():
        return False
    before = last_token(text, lo, rtrim_spaces(text, lo, word))
    prev = text[before:word].strip()
    if not prev or prev.lower() in _SUBJECT_PRONOUNS:
        return bool(prev)
    return prev[0].isupper() and prev.lower() not in _FUNCTION_WORDS


def _skip_joined_verb(text: str, lo: int, hi: int) -> int:
    """Where the subject ends when a verb and a conjunction stand before the cue.

    ``Aron lacht und sagt`` and ``Smith smiled and said`` share the subject
    of the first verb: skip ``lacht und`` (one lower-case word that is no stop
    word, then a conjunction) when a capitalised word stands before it.
    Anything else leaves ``hi`` as it is.
    """
    conj = last_token(text, lo, hi)
    if conj == hi or text[conj:hi] not in COORDINATOR_SET:
        return hi
    verb_end = rtrim_spaces(text, lo, conj)
    verb = last_token(text, lo, verb_end)
    word = text[verb:verb_end]
    if verb == verb_end or not word.isalpha() or not word.islower() or word in STOPWORD_SET:
        return hi
    subject_end = rtrim_spaces(text, lo, verb)
    if not text[last_token(text, lo, subject_end) : subject_end][:1].isupper():
        return hi  # "welcomed the statement and said": the word is an object, not a verb
    return subject_end


# Relative pronouns that stand for the noun phrase before them as a cue's subject.
_RELATIVES = frozenset(("who", "which"))


def _antecedent(text: str, lo: int, relative: int) -> Span | None:
    """The noun phrase a ``who``/``which`` set off by a comma stands for.

    ``the producer Quincy Jones, who described him`` gives the producer; with
    no comma (``the man who said``) the relative clause narrows a description
    that :func:`speaker_before` cannot take whole, so nothing.
    """
    before = rtrim_spaces(text, lo, relative)
    if before == lo or text[before - 1] != ",":
        return None
    np = speaker_before(text, lo, before - 1)
    if np is None or text[np.start : np.end] in _RELATIVES:
        return None
    return np


# Auxiliaries of several words ("is reported as"), longest first.
_PHRASE_AUXILIARIES = tuple(sorted((a for a in AUXILIARY_SET if " " in a), key=len, reverse=True))


def _phrase_auxiliary(text: str, lo: int, hi: int) -> int:
    """Where an auxiliary of several words ending at ``hi`` starts, or -1."""
    if not text.endswith(_PHRASE_AUXILIARIES, lo, hi):
        return -1  # the cheap gate, one call in C: most words before a cue end no phrase
    for phrase in _PHRASE_AUXILIARIES:
        at = hi - len(phrase)
        if at > lo and text.startswith(phrase, at) and text[at - 1] in SPACES:
            return at
    return -1


# Modals skipped between a subject and its cue.
_MODALS = HYPOTHETICAL_MODALS | FUTURE_MODALS


def _subject_modal(text: str, lo: int, word: int, hi: int) -> bool:
    """``would`` in ``An abuser would have said``, ``will`` in ``Mr Kennedy will say``.

    A modal right after its subject is no part of the mention.

    Not after a conjunction: in ``... for 20 minutes and would say`` the
    subject is further back, and the modal is left for the role rules to read.
    """
    if text[word:hi] not in _MODALS:
        return False
    before = rtrim_spaces(text, lo, word)
    return text[last_token(text, lo, before) : before] not in STOPWORD_SET


def speaker_before(text: str, lo: int, cue_start: int) -> Span | None:
    """The noun phrase just before a cue, as written.

    ``Kaha Kiknavelidze, analyst at Troika Dialog, said`` and ``Rhodri Glyn
    Thomas, Plaid Cymru health spokesman said`` name the person before the
    role; ``The shadow secretary, Theresa May, said`` names the one after.
    """
    lo = max(lo, cue_start - 200)
    hi = cue_start
    while hi > lo and text[hi - 1] in SPACES:
        hi -= 1
    while True:  # Mr Blair has also said / Netanyahu strongly warned
        word = last_token(text, lo, hi)
        phrase = _phrase_auxiliary(text, lo, hi)
        if phrase >= 0:
            word = phrase  # "Mr Kapor is reported as saying"
        elif word == hi or not (
            text[word:hi] in AUXILIARY_SET
            or _subject_modal(text, lo, word, hi)  # An abuser would have said
            or _adverb(text, lo, word, hi)
        ):
            break
        hi = word
        while hi > lo and text[hi - 1] in SPACES:
            hi -= 1
    word = last_token(text, lo, hi)
    if word < hi and text[word:hi].lower() in _SUBJECT_PRONOUNS:
        return span(word, hi)  # "Explaining why he argued": the pronoun is the subject
    if word < hi and text[word:hi] in _RELATIVES:
        return _antecedent(text, lo, word)  # "Quincy Jones, who described him as"
    hi = _skip_joined_verb(text, lo, hi)
    set_off = hi > lo and text[hi - 1] == ","
    if set_off:
        if text.startswith("ing", word_end(text, cue_start) - 3):
            return None  # he declined, saying: the subject is not next to the cue
        hi -= 1
    seg_lo = max(text.rfind(",", lo, hi) + 1, lo)
    if seg_lo > lo and text[seg_lo:hi].strip(SPACES).isdigit():
        # "Michael Bloomberg, 77, said": the age is set off, the name before it.
        hi = seg_lo - 1
        seg_lo = max(text.rfind(",", lo, hi) + 1, lo)
    near = _walk_back(text, seg_lo, hi)
    if near is None:
        return None
    near = _after_fronted(text, seg_lo, *near)  # "In 2015 the former mayor argued"
    near = _before_participle(text, *near)  # "Chelsea explaining the decision read:"
    lead = words_in(text, seg_lo, near[0])
    if (
        seg_lo > lo
        and not set_off
        and lead
        and STOPWORD_SET.issuperset(lead)
        and _RELATIVES.isdisjoint(lead)  # "Ms Robinson, who presents X tells"
    ):
        # ", with finance minister Hans Eichel saying": a stop word opens a
        # clause of its own, and no comma closes it as a role after a name
        # (", from the Lindell Institute, called").
        return span(*near)
    # Only a comma before the phrase can make it a role (seg_lo > lo): the
    # words are looked at only then.
    if seg_lo > lo and not (
        _only_stopwords(text, seg_lo, near[0]) and not _role_like(text, *near)  # a bare name
    ):
        # Another comma-separated phrase before this one: the name and its role.
        first = skip_space(text, seg_lo, hi)
        role_first = text[first : first + 1].islower()
        if role_first or _role_like(text, seg_lo, hi):
            far_hi = seg_lo - 1
            far_lo = max(text.rfind(",", lo, far_hi) + 1, lo)
            far = _walk_back(text, far_lo, far_hi)
            if far is not None and (not text[far[0]].isupper() or _fronted(text, far[0], far[1])):
                # "After the ruling Carla Ferstman, ...", "Later the ruling Carla Ferstman, ..."
                far = _capitalised_tail(text, *far)
                fronted = far is not None and _fronted(text, far_lo, far[0])
            else:
                fronted = False
            if (
                far is not None
                and text[far[0]].isupper()
                and (fronted or _only_stopwords(text, far_lo, far[0]))
                and (role_first or not _role_like(text, far[0], far[1]))
            ):
                return span(*far)
    return span(*near)


def _capitalised_tail(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The last two or more capitalised words of ``[lo, hi)``, after a lower-case one.

    A phrase before a name that no comma sets off (``After the ruling Carla
    Ferstman``) leaves the name at the end.
    """
    words = list(tokens_back(text, lo, hi))
    k = 0
    while k < len(words) and words[k][1][:1].isupper():
        k += 1
    if k < 2 or k == len(words):
        return None
    return words[k - 1][0], hi


# Words that open the object of a participle: "explaining the decision".
_OBJECT_OPENERS = frozenset(("the", "a", "an", "his", "her", "its", "their"))


def _before_participle(text: str, lo: int, hi: int) -> tuple[int, int]:
    """``Chelsea explaining the decision``: a name, then a participle clause about it.

    >>> t = "Chelsea explaining the decision"
    >>> lo, hi = _before_participle(t, 0, len(t))
    >>> t[lo:hi]
    'Chelsea'
    """
    if text.find("ing", lo, hi) < 0:
        return lo, hi  # the cheap gate: no word here can be the participle
    words = list(reversed(list(tokens_back(text, lo, hi))))
    for k in range(1, len(words)):
        word = words[k][1]
        follows = words[k + 1][1].lower() if k + 1 < len(words) else ""
        if (
            word.endswith("ing")
            and word.islower()
            and words[k - 1][1][:1].isupper()
            and follows in _OBJECT_OPENERS
        ):
            prev_start, prev = words[k - 1]
            return lo, prev_start + len(prev)
    return lo, hi


def _after_fronted(text: str, seg_lo: int, lo: int, hi: int) -> tuple[int, int]:
    """``In 2015 the former mayor``: a fronted phrase with no comma, cut at the last article.

    ``[lo, hi)`` is the noun phrase found before the cue, in a segment opening
    at ``seg_lo``; only a segment that opens with a fronted phrase's word is cut.

    >>> t = "In a joint statement the firms"
    >>> lo, hi = _after_fronted(t, 0, 3, len(t))
    >>> t[lo:hi]
    'the firms'
    """
    first = skip_space(text, seg_lo, hi)
    end = text.find(" ", first, hi)
    if end < 0 or text[first:end].lower() not in FRONTED_OPENERS:
        return lo, hi
    words = list(tokens_back(text, max(lo, end + 1), hi))
    for start, word in words[:-1] if len(words) > 1 else ():
        if word.lower() in _ARTICLES:
            return start, hi
    if words and words[-1][1].lower() in _ARTICLES and words[-1][0] > first:
        return words[-1][0], hi
    return lo, hi


# Articles that open a noun phrase.
_ARTICLES = frozenset(("the", "a", "an"))


def _fronted(text: str, lo: int, hi: int) -> bool:
    """Whether ``[lo, hi)`` is a fronted phrase: ``After the ruling``, ``In a statement``."""
    words = words_in(text, lo, hi)
    return bool(words) and words[0].lower() in FRONTED_OPENERS


def _role_then_name(words: list[str], k: int) -> bool:
    """Whether ``words[k:]`` holds up to three lower-case words, then two capitalised ones."""
    j = k
    while j < len(words) and j - k < 3 and words[j][:1].islower():
        j += 1
    after = words[j : j + 2]
    return j > k and len(after) == 2 and all(w[:1].isupper() for w in after)


def name_only(text: str, np: Span) -> Span:
    """A capitalised name ends at its first lower-case word: ``Pitt of his role``.

    Name particles stay (``Ursula von der Leyen``), and so does a role word
    before a first and last name (``Yukos spokesman Alexander Shadrin``).
    """
    if not text[np.start : np.start + 1].isupper():
        return np  # a spokesman for the ministry, der Virologe
    tokens = list(TOKEN_RE.finditer(text, np.start, np.end))
    words = [t.group() for t in tokens]
    ends = [t.end() for t in tokens]
    end = ends[0]
    for k in range(1, len(words)):
        if words[k][:1].islower():
            particle = words[k] in PARTICLES and k + 1 < len(words)
            # "the Royal Institute of Chartered Surveyors": "of" inside a body's name.
            particle = particle or (
                words[k] == "of"
                and k + 1 < len(words)
                and words[k + 1][:1].isupper()
                and words[k - 1].lower() in ORGANISATION_WORDS
            )
            # Yukos spokesman Alexander Shadrin, Richard and Judy executive producer
            # Amanda Ross: role words (up to three) before a full name stay.
            role = _role_then_name(words, k)
            # "Matt Williams and Willie Anderson": "and" between capitals joins names.
            joined = words[k] == "and" and k + 1 < len(words) and words[k + 1][:1].isupper()
            if not (particle or role or joined):
                break
            continue
        end = ends[k]
    return span(np.start, end)


def subject(text: str, lo: int, cue_start: int) -> Span | None:
    """The name opening the sentence, when the cue has no speaker next to it.

    ``Mr Kennedy used a speech to say ...`` and ``Oxfam senior policy adviser
    Max Lawson welcomed the plan and said ...``: capitalised words, with up to
    three role words before a first and last name. Only a personal name (a
    title, or two capitalised words) counts. A comma after a name ends it
    (``Dr Richard Lewis, Welsh secretary of the BMA, welcomed``).
    """
    # Sixteen tokens are read at most: the rest of a long sentence is not tokenised.
    found = list(islice(TOKEN_RE.finditer(text, lo, cue_start), 16))
    words = [t.group() for t in found]
    k = 0
    while k < len(words) and words[k] in STOPWORD_SET:
        k += 1
    first, last = k, -1
    end = -1
    while k < len(words):
        word = words[k]
        if word.endswith(_POSSESSIVES):
            # "Australia's Prime Minister John Howard" names its subject after the
            # owner; "Nair's Indian-style adaptation" does not.
            after = subject(text, found[k].end(), cue_start) if k == first else None
            if after is None or not any(
                fold(w) in ROLE_WORDS for w in words_in(text, after.start, after.end)
            ):
                return None
            return after
        if word.endswith(",") and capitalised(word) and _name_token(word[:-1]):
            last, end = k, found[k].end() - 1
            break
        if NAME_TOKEN_RE.fullmatch(word) is None:
            break
        if capitalised(word):
            last, end = k, found[k].end()
            k += 1
            continue
        j = k
        while j < len(words) and j - k < 3 and not capitalised(words[j]):
            if words[j] in STOPWORD_SET:
                break
            j += 1
        if last >= 0 and j + 1 < len(words) and capitalised(words[j]) and capitalised(words[j + 1]):
            k = j
            continue
        break
    if last < first:
        return None
    names = [w for w in words[first : last + 1] if capitalised(w)]
    titled = words[first].rstrip(".") in TITLE_SET
    if len(names) < 2 and not titled and not _lone_subject(words, first, last):
        return None
    return span(found[first].start(), end)


def _lone_subject(words: list[str], first: int, last: int) -> bool:
    """``Napster claims ... and says``: one capitalised word opening the clause, then a verb.

    The word is no opener or stop word (``However``, ``In``) and the next word
    is in lower case and no stop word, as a verb after its subject is.
    """
    if last != first or first + 1 >= len(words):
        return False
    word, nxt = words[first], words[first + 1]
    return (
        word.isalpha()
        and word.lower() not in OPENERS
        and word.lower() not in DETERMINERS  # "Ein junger Polizist wird rot"
        and word.lower() not in _SUBJECT_PRONOUNS
        and word not in STOPWORD_SET
        and nxt.isalpha()
        and nxt.islower()
        and nxt not in STOPWORD_SET
        and nxt not in AUXILIARY_SET
    )


# A possessive ending on a word.
_POSSESSIVES = ("'s", "\N{RIGHT SINGLE QUOTATION MARK}s")


def _name_token(word: str) -> bool:
    return bool(word) and NAME_TOKEN_RE.fullmatch(word) is not None


# How many clauses after commas :func:`clause_subject` looks into.
_CLAUSES = 4


def clause_subject(text: str, lo: int, cue_start: int) -> Span | None:
    """:func:`subject` of the sentence, or of a clause after one of its first commas.

    ``A day ahead of the report, Mr Kennedy used a speech to say ...``: a
    fronted phrase set off by a comma stands before the subject.
    """
    found = subject(text, lo, cue_start)
    at = lo
    for _ in range(_CLAUSES):
        if found is not None:
            return found
        at = text.find(",", at, cue_start) + 1
        if at == 0:
            return None
        found = subject(text, at, cue_start)
    return found
