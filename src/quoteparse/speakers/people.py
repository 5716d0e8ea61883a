"""The people a document names anywhere: the fuller names a short mention joins.

A name is a run of capitalised words (``Dennis Brooks``, ``Chancellor Gordon
Brown``, ``Ursula von der Leyen``) read into its parts by :mod:`.names`. A
mention such as ``Brooks`` or ``Mr Brooks`` looks up the runs holding that word,
wherever in the article they are written, and a pronoun asks which person the
sentences just before it name, judged from the words around each name (a role,
an honorific, a cue verb or an apposition). Nothing is scanned up front.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from typing import NamedTuple

import regex

from quoteparse._build import span
from quoteparse._text import LEADING_MARKS
from quoteparse.cue_verbs import CUES
from quoteparse.model import Span
from quoteparse.speaker_words import (
    EPITHETS,
    HONORIFICS,
    NON_PERSON_HEADS,
    OPENERS,
    ORGANISATION_WORDS,
    PAST_VERBS,
    PERSON_NOUNS,
    REACTION_VERBS,
    ROLE_WORDS,
    VERB_ADVERBS,
)
from quoteparse.speakers.german import after_noun, noun_before, prepositional, role_noun
from quoteparse.speakers.names import Mention, fold, name_key, read_mention
from quoteparse.speakers.patterns import CUE_WORD_SET, PARTICLES, STOPWORD_SET, trie
from quoteparse.speakers.roles import role_before
from quoteparse.speakers.text import skip_space
from quoteparse.titles import TITLES

__all__ = ["NameIndex", "Written"]

_PARTICLE_WORDS = "|".join(sorted(PARTICLES))
_ABBREVIATIONS = "|".join(sorted((regex.escape(t) for t in TITLES), key=len, reverse=True))

# Every title is a capital and lower-case letters ("Dr", "Messrs"), so the run's
# first word can be one, with its full stop, only where this lookahead matches.
# Tried before the alternation of all the titles, it fails at once at a capital
# that no few lower-case letters and a full stop follow (most of them), which
# makes the run scan about 1.5 times faster; it matches nothing the titles would
# not, so the runs found are the same (tests/test_speakers_linking_speed.py
# compares with the plain pattern). A title of another shape would slip past the
# lookahead: then there is none.
_TITLES_SHAPED = all(regex.fullmatch(r"\p{Lu}\p{Ll}+", t) for t in TITLES)
_TITLE_GUARD = rf"(?=\p{{Lu}}\p{{Ll}}{{1,{max(map(len, TITLES)) - 1}}}\.)" if _TITLES_SHAPED else ""

# A run of two to six capitalised words, with name particles between them:
# "Dennis Brooks", "Rod Brind'Amour", "Ursula von der Leyen", "Dr. Matthew
# Bowes", "George W. Bush". A full stop belongs to a title or an initial only,
# so "India. But Nair" is two runs' worth of words, not one name.
_RUN_RE = regex.compile(
    rf"""
    # Not inside a word, but after an elided French article: "d'Éric Chauvier".
    (?:(?<![\p{{L}}\p{{M}}\p{{Nd}}'’\-.])|(?<=(?<![\p{{L}}\p{{M}}])[dDlL]['’]))
    (?P<run>
        (?:{_TITLE_GUARD}(?:{_ABBREVIATIONS})\.|\p{{Lu}}\.|\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*)
        (?:
            [ \u00a0]+
            (?:(?:{_PARTICLE_WORDS})[ \u00a0]+){{0,2}}
            (?:\p{{Lu}}\.|\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*)
        ){{1,5}}
    )
    (?![\p{{L}}\p{{M}}])
    """,
    regex.VERBOSE,
)

# A particle of _RUN_RE and a space after it, where a run may go on in lower case.
_PARTICLE_HEADS = frozenset(p + space for p in PARTICLES for space in " \u00a0")
_PARTICLE_HEAD_SIZES = tuple(sorted({len(h) for h in _PARTICLE_HEADS}))


def _run_free(text: str, lo: int, at: int) -> int:
    """A place in ``[lo, at]`` that no run of capitalised words covers, nearest ``at``.

    Just after a space, a lower-case letter that opens no particle: a run is
    words and the spaces between them, each word a capital's or a particle,
    so none holds such a letter (nor ends right before it, which its closing
    lookahead forbids). ``lo`` when there is none.
    """
    i = text.rfind(" ", lo, at)
    while i >= lo:
        j = i + 1
        if text[j].islower() and not any(
            text[j : j + n] in _PARTICLE_HEADS for n in _PARTICLE_HEAD_SIZES
        ):
            return j
        i = text.rfind(" ", lo, i)
    return lo


def _word_before(text: str, at: int) -> tuple[int, str] | None:
    """The word just before ``at`` (past spaces and one comma), and where it starts.

    A backward walk of a few characters: a regex anchored at ``at`` would be
    tried from every position of the window before it.
    """
    j = at
    while j > 0 and text[j - 1] in " \u00a0":
        j -= 1
    if j == at:
        return None
    if j > 0 and text[j - 1] == ",":
        j -= 1
    end = j
    while j > 0 and end - j < 40 and (text[j - 1].isalpha() or text[j - 1] in "'’.-"):
        j -= 1
    return (j, text[j:end]) if j < end else None


# The first words of the cues and the reaction verbs, as a trie: the regex engine
# then reads one character per level instead of trying some 270 verbs in turn,
# which made this the dearest match of the linking step (about 10 microseconds
# after every name followed by a space). Every use asks only whether it matches,
# and the trie matches where the alternation of the verbs does
# (tests/test_speakers_linking_speed.py compares).
_VERB_WORDS = frozenset({c.text.split()[0] for c in CUES} | set(REACTION_VERBS))
_VERBS = trie(sorted(_VERB_WORDS))
# What follows a person's name: a cue ("said"), or an age or a relative clause
# (", 36," / ", who"). An apposition (", the club's manager,") says so only
# through its role word (_role_apposition): ", the company" follows bodies too.
# A cue or reaction verb after a name, perhaps after an adverb: "Raha said", "Raha now says".
_ADVERBS = "|".join(VERB_ADVERBS)
_VERB_AFTER = rf"[ \u00a0]+(?:(?:{_ADVERBS})[ \u00a0]+){{0,2}}{_VERBS}\b"
_AFTER_PERSON_RE = regex.compile(
    rf"""
    (?P<after>
        {_VERB_AFTER}
        | ,[ \u00a0]+(?:\d{{1,3}}\b|who\b)
    )
    """,
    regex.VERBOSE,
)

# A verb in the past tense after a name: "Fiona Parry issued", "Sharon Osbourne gave".
_PAST_VERB_RE = regex.compile(
    rf"""
    [ \u00a0]+
    (?P<verb>\p{{Ll}}{{2,}}ed | (?:{"|".join(PAST_VERBS)}))  # issued / gave
    \b
    """,
    regex.VERBOSE,
)


def _has_body_word(name: str) -> bool:
    return any(fold(w) in ORGANISATION_WORDS for w in name.split())


# A cue or reaction verb right after a name: its bearer is the sentence's speaker.
_VERB_AFTER_RE = regex.compile(_VERB_AFTER)

# An apposition after a name: ", now a parliamentary hopeful," / ", speaking to ...".
_APPOSITION_RE = regex.compile(
    r"(?P<apposition>,[ \u00a0]+(?:who|whose|now|speaking|aged|himself|herself)\b)"
)

# An apposition after a name, up to its closing comma or the end of the
# sentence: ", deputy chief economist at Nomura," / ", Libya's oil minister,".
# The quantifiers are possessive: the closing lookahead can hold only after
# the last word read (a word's own characters, a space and a word after it
# are no comma or full stop), so giving back characters or words never makes
# it match; possessive, the engine does not try, which costs it tens of
# microseconds where no punctuation closes the phrase. The match is the same
# (tests/test_speakers_linking_speed.py compares with the greedy pattern).
_APPOSITION_PHRASE_RE = regex.compile(
    r"""
    ,[ \u00a0]++
    (?P<phrase>[\p{L}\p{M}'’\-]++(?:[ \u00a0]++[\p{L}\p{M}\p{Nd}'’\-&()]++){0,19}+)
    (?=[ \u00a0]*[,.;:])
    """,
    regex.VERBOSE,
)

# The words of a phrase, for the lexicons.
_PHRASE_WORD_RE = regex.compile(r"(?P<word>[\p{L}\p{M}\-]+)")

# Words before a name that say it is a person's.
_BEFORE_PERSON = ROLE_WORDS | PERSON_NOUNS | EPITHETS

# How far either side of a word its run of capitalised words may reach.
_RUN_REACH = 80
# Whole-text searches one document may make, and places kept per word: the caps
# that keep a text built of thousands of distinct names linear.
_SEARCH_BUDGET = 400
_MAX_PLACES = 200
# How many people's surnames are counted to find the person a text is about.
_PROTAGONIST_CANDIDATES = 30


def _in_word(ch: str) -> bool:
    return ch.isalnum() or ch in "'’-"


# The possessive ending of a name: "Woodward's".
_POSSESSIVE_S = ("'s", "’s")


def _possessive(text: str, end: int) -> bool:
    """Whether a possessive ends the word at ``end``: ``Woodward's``, not ``O'Sullivan``."""
    return text[end : end + 2] in _POSSESSIVE_S and (
        end + 2 == len(text) or not _in_word(text[end + 2])
    )


# One capitalised word anywhere: where a surname is used on its own ("Raha said").
_WORD_RE = regex.compile(r"(?P<word>\p{Lu}[\p{L}\p{M}'’\-]*)")


# What may stand between a sentence's end and its first word: spaces and opening marks.
_BEFORE_FIRST_WORD = " \u00a0" + "".join(sorted(LEADING_MARKS))


def _sentence_initial(text: str, at: int) -> bool:
    back = text[max(0, at - 3) : at].rstrip(_BEFORE_FIRST_WORD)
    return not back or back[-1] in ".!?\n\r:"


#: Prepositions that open a sentence with whose view it gives: ``Pour Jan
#: Hamáček, cette attitude est méprisante``, ``Para Laura Roy, ...``.
_VIEW_OPENERS = frozenset(("pour", "para"))


def _role_apposition(text: str, at: int) -> bool:
    """Whether an apposition naming a role follows ``at``: ``, Libya's oil minister,``."""
    m = _APPOSITION_PHRASE_RE.match(text, at)
    if m is None:
        return False
    words = _PHRASE_WORD_RE.finditer(m.group("phrase"))
    first = next(words, None)
    if first is None or first.group() in _CLAUSE_OPENERS:
        return False  # "die Hartnäckigkeit, mit der die Innenminister": a clause, no role
    if first.group() in CUE_WORD_SET:
        return False  # ", sagt der Virologe": a cue and its speaker, not an apposition
    # The role stands near the start: "analyst and author of a report about ...".
    for _, w in zip(range(_ROLE_REACH), itertools.chain((first,), words), strict=False):
        word = fold(w.group())
        head = word.split("-", 1)[0]  # "editor-in-chief"
        if word in _BEFORE_PERSON or head in _BEFORE_PERSON or role_noun(word):
            return True
    return False


# How many words into an apposition its role word may stand.
_ROLE_REACH = 4
# Words that open a clause after a comma rather than a role: prepositions,
# relatives, conjunctions ("mit der", "which", "and").
_CLAUSE_OPENERS = STOPWORD_SET | frozenset(
    ("mit", "der", "die", "das", "dem", "den", "des", "von", "of", "for", "by", "with")
)


# What joins two people's names into a pair: "Aron und Gianni". German only: a
# German first name before a noun reads as one run ("bestellt Gianni Snacks"),
# and English pairs are often bodies or adjectives ("Disney and ABC", "Labour
# and Conservative calls").
_COORDINATORS = (" und ",)


def _capital_after(text: str, at: int) -> bool:
    """Whether a capitalised word follows ``at`` after one space (a longer name goes on)."""
    return text[at : at + 1] == " " and text[at + 1 : at + 2].isupper()


def _capital_before(text: str, at: int) -> bool:
    """Whether a capitalised word ends one space before ``at`` (a longer name stops here)."""
    if at < 2 or text[at - 1] != " " or not text[at - 2].isalpha():
        return False
    j = at - 2
    while j > 0 and _in_word(text[j - 1]):
        j -= 1
    return text[j].isupper()


def _lone_capital(text: str, at: int, step: int) -> bool:
    """Whether one capitalised word, no acronym, alone (no run), starts or ends at ``at``.

    ``step`` 1 reads the word starting at ``at``, -1 the word ending there.
    """
    if step > 0:
        lo = hi = at
        while hi < len(text) and _in_word(text[hi]):
            hi += 1
        alone = not _capital_after(text, hi)
    else:
        lo = hi = at
        while lo > 0 and _in_word(text[lo - 1]):
            lo -= 1
        alone = not _capital_before(text, lo)
    word = text[lo:hi]
    return alone and word[:1].isupper() and not word.isupper()


class Written(NamedTuple):
    """A name as written somewhere in the document."""

    name: str
    span: Span
    mention: Mention


class NameIndex:
    """The names a text writes, looked up by one of their words, lazily.

    Nothing is scanned up front: a lookup finds the word's occurrences with
    ``str.find`` and reads the run of capitalised words around each, and a
    pronoun's look-back scans only its window. Lookups are cached per word and
    capped per document, so a text of any shape costs time linear in its
    length times a constant.

    >>> idx = NameIndex("Chancellor Gordon Brown spoke. Later Mr Brown said no.")
    >>> [w.name for w in idx.ending_with("Brown")]
    ['Gordon Brown']
    """

    __slots__ = (
        "_budget",
        "_common",
        "_ending",
        "_places",
        "_protagonist",
        "_read",
        "_runs_with",
        "_text",
        "_with_role",
    )

    def __init__(self, text: str) -> None:
        self._text = text
        self._read: dict[tuple[int, int], Written | None] = {}
        self._places: dict[str, list[int]] = {}
        self._runs_with: dict[str, list[tuple[int, int]]] = {}
        self._common: dict[str, bool] = {}
        self._ending: dict[str, list[Written]] = {}
        self._with_role: dict[str, list[Written]] = {}
        # Whole-text searches left for this document (each costs one pass in C).
        self._budget = _SEARCH_BUDGET
        self._protagonist: tuple[Written, int] | bool | None = False  # False: not read yet

    def _spend(self) -> bool:
        self._budget -= 1
        return self._budget >= 0

    def places(self, word: str) -> list[int]:
        """Where ``word`` is written as a whole word (case as given), in order."""
        found = self._places.get(word)
        if found is not None:
            return found
        found = []
        if word and self._spend():
            text, n, size = self._text, len(self._text), len(word)
            at = text.find(word)
            while at >= 0 and len(found) < _MAX_PLACES:
                end = at + size
                alone_before = at == 0 or not _in_word(text[at - 1])
                if alone_before and (end == n or not _in_word(text[end]) or _possessive(text, end)):
                    found.append(at)
                at = text.find(word, end)
        self._places[word] = found
        return found

    def _common_word(self, word: str) -> bool:
        """Whether the text also writes ``word`` in lower case (so it is no name)."""
        low = word.lower()
        if low not in self._common:
            self._common[low] = self._spend() and f" {low} " in self._text
        return self._common[low]

    def _run_at(self, at: int) -> tuple[int, int] | None:
        """The run of capitalised words holding the word at ``at``, if any."""
        text = self._text
        lo = max(0, at - _RUN_REACH)
        hi = min(len(text), at + _RUN_REACH)
        if not _TITLES_SHAPED:  # a title might start in lower case: the plain scan
            m = _RUN_RE.search(text, lo, hi)
            while m is not None and m.end() <= at:
                m = _RUN_RE.search(text, m.end(), hi)
            return None if m is None or m.start() > at else m.span()
        # The plain scan from lo, run after run, skips every run that ends by
        # at and gives the next if it starts by at; so it is the run starting at
        # or before at that ends after it. Read the same way from a place no run
        # covers, trying only where a run can start (an ASCII capital, or any
        # letter beyond ASCII), and no further than at: where no run holds the
        # word, the plain scan read on to hi, and most of its cost was there
        # (tests/test_speakers_linking_speed.py compares the two at every place).
        q = _run_free(text, lo, at)
        while q <= at:
            ch = text[q]
            if "A" <= ch <= "Z" or ch > "\x7f":
                m = _RUN_RE.match(text, q, hi)
                if m is not None:
                    if m.end() > at:
                        return m.span()
                    q = m.end()
                    continue
            q += 1
        return None

    def _runs(self, word: str) -> list[tuple[int, int]]:
        runs = self._runs_with.get(word)
        if runs is None:
            runs = []
            for at in self.places(word):
                run = self._run_at(at)
                if run is not None and self._text[run[1] - 2 : run[1]] in _POSSESSIVE_S:
                    # "Clive Woodward's many surprises" writes the name Clive Woodward;
                    # only here, where forms of a name are gathered: a possessive is
                    # not the subject a pronoun looks for.
                    run = (run[0], run[1] - 2)
                if run is not None and (not runs or runs[-1] != run):
                    runs.append(run)
            self._runs_with[word] = runs
        return runs

    def _written(self, lo: int, hi: int, *, single: bool = False) -> Written | None:
        """The name a run holds; a one-word name only after an honorific and if ``single``."""
        key = (lo, hi)
        if key not in self._read:
            text = self._text
            first_end = text.find(" ", lo, hi)
            first = text[lo:first_end] if first_end > 0 else ""
            if first.lower() in OPENERS or prepositional(first):
                lo = first_end + 1  # "Former Chelsea defender Marcel Desailly", "Laut ET-News"
            elif first and _sentence_initial(text, lo) and self._common_word(first):
                # "Later Gordon Brown": a sentence's first word is a name only if
                # the text never writes it in lower case.
                lo = first_end + 1
            lo = after_noun(text, lo, hi)  # "eine Mail von Relotius": the name is Relotius
            m = read_mention(text, lo, hi)
            ok = m.name is not None and m.name_span is not None
            self._read[key] = Written(m.name, m.name_span, m) if ok else None  # type: ignore[arg-type]
        w = self._read[key]
        if w is not None and self.coordinated(w.name):
            return None  # "schreibt Gianni Aron" after "Aron und Gianni": two people
        if w is None or (
            len(w.name.split()) < 2
            # "Mr Brown", "President Trump": a title makes one word a name, and so
            # does a role before a word the text writes again (not "King Cross station").
            and not (single and (self._titled(w.span.start) or self._role_surname(w)))
        ):
            return None
        return w

    def protagonist(self) -> tuple[Written, int] | None:
        """The person the text names most often by surname, and how often it writes it.

        Read once, on demand: the surnames of the first :data:`_PROTAGONIST_CANDIDATES`
        full names of people the text writes, each counted where written alone too.

        >>> idx = NameIndex("Mayor Jo Kemp spoke. Kemp won. Kemp lost. Tom Ray said Kemp sang.")
        >>> w, n = idx.protagonist()
        >>> w.name, n
        ('Jo Kemp', 4)
        """
        if self._protagonist is not False:
            return self._protagonist  # type: ignore[return-value]
        seen: dict[str, Written] = {}
        for m in _RUN_RE.finditer(self._text):
            w = self._written(*m.span())
            if w is not None:
                seen.setdefault(w.name.split()[-1], w)
                if len(seen) == _PROTAGONIST_CANDIDATES:
                    break
        best: tuple[Written, int] | None = None
        for surname, w in seen.items():
            places = self.places(surname)
            if best is not None and len(places) <= best[1]:
                continue
            # A person's: read so where written in full, or a verb follows the surname.
            size = len(surname)
            if self.person_like(w) or any(
                _VERB_AFTER_RE.match(self._text, at + size) for at in places
            ):
                best = (w, len(places))
        self._protagonist = best
        return best

    def coordinated(self, name: str) -> bool:
        """Whether the two words of ``name`` are two people the text joins with ``und``.

        ``Aron und Gianni lernen sich kennen``: ``schreibt Gianni Aron auf
        TikTok`` is Gianni writing to Aron, not a person named Gianni Aron.

        >>> NameIndex("Aron und Gianni kamen. Dann schrieb Gianni Aron.").coordinated("Gianni Aron")
        True
        >>> NameIndex("Aron Gianni und Paul kamen.").coordinated("Aron Gianni")
        False
        """
        words = name.split()
        if len(words) != 2:
            return False
        first, second = words
        text, n = self._text, len(self._text)
        for at in self.places(first):
            end = at + len(first)
            for joint in _COORDINATORS:
                pair = joint + second
                after = end + len(pair)
                if (
                    text.startswith(pair, end)
                    and (after == n or not _in_word(text[after]))
                    and not _capital_after(text, after)
                ):
                    return True  # "Gianni und Aron", not "Gianni und Aron Müller"
                pair = second + joint
                before = at - len(pair)
                if (
                    before >= 0
                    and text.startswith(pair, before)
                    and (before == 0 or not _in_word(text[before - 1]))
                    and not _capital_before(text, before)
                ):
                    return True  # "Aron und Gianni", not "Ozzy Osbourne and Sharon"
        return False

    def _role_surname(self, w: Written) -> bool:
        """Whether a one-word name after a role is written more than once: ``President Trump``."""
        return w.mention.role is not None and len(self.places(w.name)) > 1

    def _titled(self, at: int) -> bool:
        """Whether an honorific stands before the name at ``at``: ``Mr Brown``, ``Dr Greenspan``."""
        before = _word_before(self._text, at)
        return before is not None and fold(before[1]) in HONORIFICS

    def ending_with(self, word: str) -> list[Written]:
        """The multi-word names whose last word is ``word``, in text order.

        Read once per word (a surname is looked up for every mention of it);
        the caller gets its own list.
        """
        found = self._ending.get(word)
        if found is None:
            key = name_key(word)
            found = []
            for lo, hi in self._runs(word):
                w = self._written(lo, hi)
                if w is not None and name_key(w.name.split()[-1]) == key:
                    found.append(w)
            self._ending[word] = found
        return list(found)

    def named_alone(self, word: str) -> bool:
        """Whether the text names someone by ``word`` alone after a role: ``Prince Charles``.

        Such a one-word name is a person of its own, so a fuller name that
        merely starts with the word (``Charles Kennedy``) is someone else.

        >>> NameIndex("Prince Charles spoke. Charles Kennedy spoke.").named_alone("Charles")
        True
        >>> NameIndex("Sharon Osbourne spoke.").named_alone("Sharon")
        False
        """
        for lo, hi in self._runs(word):
            self._written(lo, hi)
            w = self._read.get((lo, hi))
            if w is not None and w.name == word and w.mention.role is not None:
                return True
        return self._paired_alone(word)

    def _paired_alone(self, word: str) -> bool:
        """Whether the text pairs ``word`` alone with another lone name: ``Aron und Gianni``.

        Two people the text calls by one word each (``Gianni`` throughout, and
        ``Dey bestellt Gianni Snacks`` once, a name then a noun).

        >>> NameIndex("Aron und Gianni kamen.")._paired_alone("Gianni")
        True
        >>> NameIndex("Tom Kurz und Gianni Berg kamen.")._paired_alone("Gianni")
        False
        """
        text = self._text
        if word.isupper():
            return False  # an acronym: a body ("ARD und ZDF")
        for at in self.places(word):
            end = at + len(word)
            if _capital_before(text, at) or _capital_after(text, end):
                continue  # part of a longer run: "Gianni Berg"
            for joint in _COORDINATORS:
                if text.startswith(joint, end) and _lone_capital(text, end + len(joint), 1):
                    return True
                if text.endswith(joint, 0, at) and _lone_capital(text, at - len(joint), -1):
                    return True
        return False

    def starting_with(self, word: str) -> list[Written]:
        """The multi-word names whose first word is ``word``, in text order."""
        out = []
        for lo, hi in self._runs(word):
            w = self._written(lo, hi)
            if w is not None and name_key(w.name.split()[0]) == name_key(word):
                out.append(w)
        return out

    def clipped(self, short: str) -> list[Written]:
        """The names of two or more words whose first word begins with ``short``.

        ``the Fed`` is the ``Federal Reserve``: a body's clipped name. The
        caller decides whether the names found read as a body's.

        >>> [w.name for w in NameIndex("The US Federal Reserve met. The Fed").clipped("Fed")]
        ['US Federal Reserve']
        """
        text, n, size = self._text, len(self._text), len(short)
        out: list[Written] = []
        if not short or not self._spend():
            return out
        at = text.find(short)
        while at >= 0 and len(out) < _MAX_PLACES:
            end = at + size
            if (at == 0 or not _in_word(text[at - 1])) and end < n and text[end].islower():
                run = self._run_at(at)
                w = self._written(*run) if run is not None else None
                if w is not None and w.span.end > end:
                    out.append(w)
            at = text.find(short, end)
        return out

    def body_between(self, lo: int, hi: int) -> Written | None:
        """The first body's name written in ``[lo, hi)``: a run holding a body's word.

        >>> NameIndex("The Food Standards Agency warned people.").body_between(0, 40).name
        'Food Standards Agency'
        """
        for m in _RUN_RE.finditer(self._text, lo, hi):
            w = self._written(*m.span())
            if w is not None and _has_body_word(w.name):
                return w
        return None

    def with_role(self, role: str) -> list[Written]:
        """The full names written right after the role word ``role``, in text order.

        ``London mayor Ken Livingstone`` and ``Mayor Ken Livingstone`` for
        ``mayor``: where ``the mayor`` of a later sentence finds its name.

        >>> idx = NameIndex("London mayor Ken Livingstone spoke. The mayor said no.")
        >>> [w.name for w in idx.with_role("mayor")]
        ['Ken Livingstone']
        """
        cached = self._with_role.get(role)
        if cached is not None:
            return cached
        text, n = self._text, len(self._text)
        out: list[Written] = []
        self._with_role[role] = out  # filled below; each role is read once per text
        for form in dict.fromkeys((role, role.capitalize())):
            for at in self.places(form):
                if form[0].isupper():  # "Mayor Ken Livingstone": the run holds the role
                    run = self._run_at(at)
                    if run is None or run[0] != at:
                        continue
                else:
                    j = at + len(form)
                    if j >= n or text[j] not in " \u00a0":
                        continue
                    run = self._run_at(j + 1)
                    if run is None or run[0] != j + 1:
                        continue
                w = self._written(*run)
                if w is not None:
                    out.append(w)
        out.sort(key=lambda w: w.span.start)
        return out

    def person_like(self, w: Written) -> bool:
        """Whether a written name reads as a person's, from the words around it.

        A role or honorific in it (``Dr``, ``Prof`` too), a role word or possessive before it
        (``secretary George Osborne``, ``ONGC's Mr Raha``), or a cue, an age or
        an apposition after it (``Raha said``, ``Desailly, 36,``).
        """
        m = w.mention
        if fold(w.name.rsplit(" ", 1)[-1]) in NON_PERSON_HEADS:
            return False  # "England's World Cup": an event, whatever is around it
        return (
            m.role is not None
            or m.gender is not None
            or self._titled(w.span.start)
            or self._context(w.span.start, w.span.end)
        )

    def _context(self, lo: int, hi: int) -> bool:
        """Whether the words around ``text[lo:hi]`` say it names a person."""
        text = self._text
        before = _word_before(text, lo)
        if before is not None and (
            fold(before[1]) in _BEFORE_PERSON or before[1].endswith(_POSSESSIVE_S)
        ):
            return True
        if _AFTER_PERSON_RE.match(text, hi) or _APPOSITION_RE.match(text, hi):
            return True
        if (
            _PAST_VERB_RE.match(text, hi)
            and (_sentence_initial(text, lo) or text[max(0, lo - 2) : lo] == ", ")
            and hi - lo > 3
        ):
            # "Fiona Parry issued a plea", "On Tuesday, Sharon Osbourne gave": a
            # full name opening its clause, then the verb of which it is the subject.
            return " " in text[lo:hi] and not _has_body_word(text[lo:hi])
        return _role_apposition(text, hi) or role_before(text, lo)  # "the mayor of X, Name"

    def speaks(self, w: Written) -> bool:
        """Whether a cue or reaction verb follows the name: ``Mr Kennedy acknowledged``."""
        return _VERB_AFTER_RE.match(self._text, w.span.end) is not None

    def stated_gender(self, surname: str) -> tuple[str, Span] | None:
        """The gender an honorific before ``surname`` states anywhere in the text, and where."""
        text = self._text
        for at in self.places(surname):
            before = _word_before(text, at)
            if before is not None:
                gender = HONORIFICS.get(fold(before[1]))
                if gender is not None:
                    return gender, span(before[0], before[0] + len(before[1]))
        return None

    def lone_surname(self, lo: int, hi: int) -> Written | None:
        """``Nair``, ``O'Sullivan`` written alone where a person's surname reads so.

        A word that ends a fuller person's name elsewhere in the text, or one a
        cue or an apposition follows (``Parry, speaking to BBC Sport``).
        """
        text = self._text
        word = text[lo:hi]
        if word.lower() in OPENERS or noun_before(text, lo):  # "ihrem Einsatz": a noun
            return None
        after = (
            _AFTER_PERSON_RE.match(text, hi)
            or _APPOSITION_RE.match(text, hi)
            or _role_apposition(text, hi)
        )
        if not after:
            return None  # a lone word names a person by what follows it: "Nair said"
        # "However, ...": a sentence's first word needs a fuller person's name elsewhere.
        if _sentence_initial(text, lo) and not any(
            self.person_like(w) for w in self.ending_with(word)
        ):
            return None
        where = span(lo, hi)
        return Written(word, where, Mention(where, name=word, name_span=where))

    def _person_run(self, lo: int, hi: int) -> Written | None:
        """The person a run names, judged from its words and context before reading it."""
        text = self._text
        words = text[lo:hi].split()
        if (
            len(words) > 2
            and fold(words[0]) in _VIEW_OPENERS
            and _sentence_initial(text, lo)
            and text[hi : hi + 1] == ","
        ):
            # "Pour Jan Hamáček, cette attitude ...": the sentence gives the view
            # of the name after the preposition, a person a later "il" may be.
            w = self._written(skip_space(text, lo + len(words[0]), hi), hi, single=True)
            if w is None or fold(w.name.rsplit(" ", 1)[-1]) in NON_PERSON_HEADS:
                return None
            return w if " " in w.name and not _has_body_word(w.name) else None
        if len(words) == 2 and words[0].lower() in OPENERS:
            # "But Parry": one word after an opener, a lone surname or nothing.
            at = hi - len(words[1])
            return self.lone_surname(at, hi)
        inside = any(
            (f := fold(word)) in HONORIFICS
            or f in ROLE_WORDS
            or role_noun(f)
            or "-" in f
            or f.endswith(("'s", "’s", "'", "’"))
            for word in words[:-1]
        )
        context = self._context(lo, hi)
        if not inside and not context:
            return None
        w = self._written(lo, hi, single=True)
        if w is None or fold(w.name.rsplit(" ", 1)[-1]) in NON_PERSON_HEADS:
            return None  # "Director of Public Prosecutions, Ken Macdonald": an office
        return w if context or self.person_like(w) else None

    def names_between(
        self, lo: int, hi: int, quoted: tuple[Sequence[int], Sequence[int]] = ((), ())
    ) -> list[Written]:
        """The person-like names written in ``[lo, hi)``, in text order: runs, then lone words.

        ``quoted`` holds the starts and the ends of quotations, sorted and not
        overlapping: a run or a word wholly inside one is not read (its name
        would stand inside it, which the caller drops anyway).
        """
        out: list[Written] = []
        text = self._text
        runs = [m.span() for m in _RUN_RE.finditer(text, lo, hi)]
        starts, ends = quoted
        q = bisect.bisect_right(ends, lo)  # the first quotation ending after lo
        r = 0
        covered = -1
        for m in _WORD_RE.finditer(text, lo, hi):
            a, b = m.span()
            if b - a < 3 or m.group().lower() in OPENERS:
                continue  # "He", "US", "The": never the start of a person's name
            while q < len(ends) and ends[q] <= a:
                q += 1
            inside = q < len(ends) and starts[q] <= a
            while r < len(runs) and runs[r][1] <= a:
                r += 1
            if r < len(runs) and runs[r][0] <= a:
                if runs[r][0] > covered:
                    covered = runs[r][1]
                    if inside and runs[r][0] >= starts[q] and runs[r][1] <= ends[q]:
                        continue
                    found = self._person_run(*runs[r])
                    if found is not None:
                        out.append(found)
                continue
            if a < covered or inside:
                continue
            w = self.lone_surname(a, b)
            if w is not None:
                out.append(w)
        return out
