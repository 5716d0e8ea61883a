"""German reported speech with no cue: subjunctive sentences and the sentence before.

German news reports a speaker's words in the subjunctive (Konjunktiv I) for as
long as it goes on reporting them, with no cue verb: ``„…“, sagt er. Doch die
Schließung habe ihn „schockiert“``; ``Dabei gehe es auch um „kulturelle
Vielfalt“``. And it quotes a person in a sentence of its own right after a
sentence whose subject they are: ``Mazzucotelli wundert sich über … . „Wir
wissen doch alle …“``. The gold reads both as ``continued`` (or
``paragraph_carry`` when the speaker was named in the paragraph above), see
``evaluation/gold/README-speakers.md``.

:func:`german_reported` is tried last, when no strategy of the sieve found a
cue, so it never overrides a cue. The tables are in :mod:`.words_de`.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from quoteparse._build import span
from quoteparse.model import Attribution, Span
from quoteparse.speaker_words import ROLE_WORDS
from quoteparse.speakers.carry import find_reported, previous_sentence
from quoteparse.speakers.german import acronym, role_noun
from quoteparse.speakers.patterns import SENTENCE_END
from quoteparse.speakers.results import Found, Hit, QuoteSpan
from quoteparse.speakers.text import (
    after_colon,
    near,
    rtrim_spaces,
    sentence_start,
)
from quoteparse.speakers.words_de import (
    GERMAN_MARKERS,
    NOT_SUBJECTS,
    NOUN_MARKERS,
    PARTIAL_VERBS,
    SPEECH_PARTICIPLES,
    SUBJUNCTIVE_VERBS,
)

__all__ = ["german_reported", "sentence_subject", "subjunctive"]

# The words of a sentence: letters, with inner hyphens and dots (``Co-Leiter``, ``K.``).
_WORD_RE = regex.compile(r"\p{L}[\p{L}\p{M}\-]*\.?")

# How many words of a sentence the finite verb of a subjunctive main clause may
# stand after: ``In der NS-Diktatur sei`` (4), ``Doch die Schließung der Grenze habe`` (5).
_VERB_REACH = 6

# The subject opening a sentence, then its verb: ``Mazzucotelli wundert``, ``Ein
# junger Polizist wird``, ``Co-Redaktionsleiter Gabriel schlägt``. Each part is
# one run of letters, and the repeats are bounded, so nothing backtracks far.
_SUBJECT_RE = regex.compile(
    r"""
    [ \t\u00a0]*
    (?P<np>
      # an article and up to two lower-case adjectives: "Ein junger "
      (?P<article>(?:Der|Die|Das|Ein|Eine)[ \u00a0]+(?:\p{Ll}[\p{L}\-]*[ \u00a0]+){0,2})?
      # one to three capitalised words: "Stéphane Mazzucotelli"
      \p{Lu}[\p{L}\p{M}\-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}\-]*){0,2}
    )
    [ \u00a0]+(?P<verb>\p{Ll}+)(?![\p{L}\-])
    """,
    regex.VERBOSE,
)

# Any word of GERMAN_MARKERS as a whole word, in any case: one search in C
# where a loop over the words of 500 characters cost a Python step a word.
_GERMAN_RE = regex.compile(
    r"(?<![\p{L}\-])(?:"
    + "|".join(sorted(GERMAN_MARKERS, key=len, reverse=True))
    + r")(?![\p{L}\-])",
    regex.IGNORECASE,
)

# The same words, whole and lower case, looked for in a lower-cased copy of a
# window: a cheap rejection before _GERMAN_RE. A match of _GERMAN_RE is always
# one of these too (lower() maps every letter _GERMAN_RE folds onto a marker's
# letter to that letter, but the two of FOLD_ONLY, so a window holding one of
# those goes to _GERMAN_RE straight away); nothing outside \p{L} lower-cases to
# an ASCII letter, so the borders hold as well. It cut german() to a third on
# BBC windows, nearly all of which hold no marker (docs/performance.md).
_LOWER_MARKERS = tuple(sorted({w.lower() for w in GERMAN_MARKERS}))
# What may not stand either side of a whole marker in the lower-cased copy.
_WORD_INNER = frozenset("abcdefghijklmnopqrstuvwxyz-")


def _has_lower_marker(lowered: str) -> bool:
    r"""Whether ``lowered`` holds a word of :data:`_LOWER_MARKERS` whole.

    Whole: no ASCII letter or hyphen either side, as ``(?<![a-z\-])`` and
    ``(?![a-z\-])`` would say. ``str.find`` for each of the nineteen words
    skips in C to its next occurrence, where a regex alternation tried every
    word at every position of the window: 35-45 us for a window of 700
    characters, most of german_reported's time on a wall of tiny quotations
    (docs/performance.md, "Worst-input search").
    """
    n = len(lowered)
    inner = _WORD_INNER
    for word in _LOWER_MARKERS:
        k = len(word)
        at = lowered.find(word)
        while at >= 0:
            end = at + k
            if (at == 0 or lowered[at - 1] not in inner) and (
                end == n or lowered[end] not in inner
            ):
                return True
            at = lowered.find(word, at + 1)
    return False


#: Letters that _GERMAN_RE matches to a marker's letter but lower() does not
#: turn into it: the dotted capital I (lower() gives two characters) and the
#: long s. tests/test_german_reported.py checks this over every code point.
FOLD_ONLY = ("\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}", "\N{LATIN SMALL LETTER LONG S}")

# The subject pronouns that may open such a sentence: he, she (or they).
_PRONOUNS = frozenset(("er", "sie"))


def german(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a German function word no other corpus language has.

    >>> german("Er wundert sich nicht.", 0, 22), german("He was not surprised.", 0, 21)
    (True, False)
    """
    window = text[lo:hi]
    if not _has_lower_marker(window.lower()) and not any(c in window for c in FOLD_ONLY):
        return False
    return _GERMAN_RE.search(text, lo, hi) is not None


def subjunctive(text: str, lo: int, hi: int) -> bool:
    """Whether the sentence from ``lo`` has a subjunctive finite verb among its first words.

    >>> subjunctive("Dabei gehe es auch um", 0, 21), subjunctive("Dabei geht es um", 0, 16)
    (True, False)
    """
    for k, w in enumerate(_WORD_RE.finditer(text, lo, hi)):
        if k >= _VERB_REACH:
            return False
        if w.group() in SUBJUNCTIVE_VERBS:
            return True
    return False


def _name_like(text: str, np: str) -> bool:
    """Whether a capitalised subject is a person or body rather than a common noun.

    A pronoun, a role noun (``Polizist``, ``Co-Redaktionsleiter Gabriel``) or a
    word the text also writes after a first name (``Stéphane Mazzucotelli``).
    """
    words = np.split()
    if len(words) == 1 and words[0].lower() in _PRONOUNS:
        return True
    if any(role_noun(w) or w.lower() in ROLE_WORDS for w in words):
        return True
    if acronym(words[-1]):
        return True  # "Die ARD": a body
    if len(words) >= 2 and words[0][:1].isupper() and words[0].lower() not in NOT_SUBJECTS:
        return True  # "Thierry Daman": two capitalised words with no article
    return _after_first_name(text, words[-1]) or _bare_name(text, words[-1])


# How many places of a word :func:`_after_first_name` looks at.
_NAME_TRIES = 20


def _after_first_name(text: str, word: str) -> bool:
    """Whether the text writes ``word`` right after a capitalised word that is no article.

    >>> _after_first_name("Die Abogebühr. Stéphane Mazzucotelli lacht.", "Mazzucotelli")
    True
    >>> _after_first_name("Die Abogebühr steigt.", "Abogebühr")
    False
    """
    at = text.find(word)
    tries = 0
    while at >= 0 and tries < _NAME_TRIES:
        tries += 1
        end = at + len(word)
        if at > 0 and text[at - 1] in " \u00a0" and (end == len(text) or not text[end].isalpha()):
            before = text[: at - 1].rsplit(None, 1)
            first = before[-1] if before else ""
            if first[:1].isupper() and first.isalpha() and first.lower() not in _ARTICLE_LIKE:
                return True
        at = text.find(word, end)
    return False


def _bare_name(text: str, word: str) -> bool:
    """Whether the text writes ``word`` twice or more and never after an article: a name.

    >>> _bare_name("Gianni lacht. Aron fragt Gianni.", "Gianni")
    True
    >>> _bare_name("Regierung handelt. Die Regierung schweigt.", "Regierung")
    False
    """
    seen = 0
    at = text.find(word)
    while at >= 0 and seen < _NAME_TRIES:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalpha()) and (
            end == len(text) or not text[end].isalpha()
        ):
            seen += 1
            before = text[max(0, at - _NOUN_MARKER_REACH) : at].split()
            if before and before[-1].lower() in NOUN_MARKERS:
                return False
        at = text.find(word, end)
    return seen >= 2


# How far back _bare_name looks for an article: the longest marker and a space.
_NOUN_MARKER_REACH = 12


# Words before a noun that make it no surname: "Die Abogebühr", "Im Zug".
_ARTICLE_LIKE = NOT_SUBJECTS | NOUN_MARKERS


def sentence_subject(text: str, lo: int, hi: int) -> Span | None:
    """The person or body opening the German sentence ``text[lo:hi]`` as its subject.

    >>> t = "Mazzucotelli wundert sich. Stéphane Mazzucotelli lacht."
    >>> s = sentence_subject(t, 0, 26)
    >>> t[s.start:s.end]
    'Mazzucotelli'
    >>> sentence_subject("Die Regierung ging hart vor.", 0, 28) is None
    True
    """
    m = _SUBJECT_RE.match(text, lo, hi)
    if m is None or m.group("verb") in NOT_SUBJECTS:
        return None
    np = m.group("np")
    first = np.split()[0].lower()
    if (m.group("article") is None and first in NOT_SUBJECTS) or not _name_like(text, np):
        return None
    return span(*m.span("np"))


def german_reported(
    text: str,
    lo: int,
    q: QuoteSpan,
    *,
    quotes: Sequence[QuoteSpan],
    found: Sequence[Found],
    last_named: int | None,
    sentence: int | None = None,
) -> tuple[Hit, Attribution] | None:
    """The speaker of a German quotation that has no cue of its own, or None.

    ``lo`` is where the quotation's paragraph starts; ``last_named`` indexes the
    latest top-level quotation with a speaker in ``quotes`` and ``found``;
    ``sentence``, when given, is ``sentence_start(text, lo, q.start)``, found
    once by the caller.

    >>> from quoteparse import parse
    >>> text = ("Ein junger Polizist wird rot. „Das ist nicht normal.“\\n\\n"
    ...         "„Ich bin froh“, sagt Jaeger. Vieles sei aber „nicht berechtigt“.")
    >>> [(q.speaker, q.attribution.value) for q in parse(text).quotes]
    [('Ein junger Polizist', 'continued'), ('Jaeger', 'cue_after'), ('Jaeger', 'continued')]
    """
    start = sentence_start(text, lo, q.start) if sentence is None else sentence
    if not german(text, max(0, start - 300), min(len(text), q.end + 200)):
        return None
    if subjunctive(text, start, q.start):
        return _subjunctive_speaker(
            text, lo, start, quotes=quotes, found=found, last_named=last_named
        )
    if start < q.start:
        subject = _writer_subject(text, lo, start, q)
        if subject is not None:
            return Hit(subject, None, False), Attribution.CUE_BEFORE
        if after_colon(text, q.start, lo) or _reported_clause(text, start, q.start):
            return None
    if start <= lo or not _after_full_stop(text, lo, q.start):
        return None
    region = previous_sentence(text, q.start, lo, False)
    if region is None:
        return None
    subject = sentence_subject(text, *region)
    if subject is None:
        return None
    return Hit(subject, None, False), Attribution.CONTINUED


def _writer_subject(text: str, lo: int, start: int, q: QuoteSpan) -> Span | None:
    """The subject of the writer's sentence that holds a quotation, when it says the words.

    ``Gianni fragt Aron: „…“`` (a colon), ``Bendels hatte gesagt, dass „…“``
    (a reported clause), ``Er rechnet mit »…«`` (a verb of :data:`PARTIAL_VERBS`),
    ``Die ARD hat »…« angekündigt`` (a speech participle after it): the subject
    opening the sentence. After the verb in V2 order (``Dann schickt Gezer eine
    WhatsApp: »…«``, ``Seit Jahren spricht selbst Olaf Scholz vom »…«``): the
    name right after the verb. A bare ``Sie`` (she, they or you) stays open.
    """
    colon = after_colon(text, q.start, lo) and "," not in text[start : q.start]
    verb = _partial_verb(text, start, q.start)
    if not (
        colon
        or verb is not None
        or _reported_clause(text, start, q.start)
        or _participle_after(text, q.end)
    ):
        return None
    subject = sentence_subject(text, start, q.start)
    if subject is None and verb is not None:
        subject = _inverted_subject(text, verb.end(), q.start)
    elif subject is None and colon:
        for w in _WORD_RE.finditer(text, start, q.start):
            if w.group().lower() in PARTIAL_VERBS:
                subject = _inverted_subject(text, w.end(), q.start)
                break
    if subject is None or text[subject.start : subject.end] == "Sie":
        return None
    return subject


def _partial_verb(text: str, start: int, at: int) -> regex.Match[str] | None:
    """The first verb of :data:`PARTIAL_VERBS` in the sentence before ``at``."""
    for w in _WORD_RE.finditer(text, start, at):
        if w.group() in PARTIAL_VERBS:
            return w
    return None


# The subject right after a verb in V2 order: "schickt Gezer", "spricht selbst
# Bundeskanzler Olaf Scholz", "rechnet er"; a few adverbs may come between.
_INVERTED_SUBJECT_RE = regex.compile(
    r"""
    [  ]+(?:(?:selbst|auch|gerade|da|nun|dann|einst|jetzt|noch)[  ]+){0,2}
    (?P<np>
      er
    | (?:(?:der|die|das)[  ]+(?:\p{Ll}[\p{L}\-]*[  ]+){0,2})?
      \p{Lu}[\p{L}\p{M}\-]*(?:[  ]+\p{Lu}[\p{L}\p{M}\-]*){0,3}
    )
    (?![\p{L}\-])
    """,
    regex.VERBOSE,
)


def _inverted_subject(text: str, at: int, hi: int) -> Span | None:
    """The person right after the verb ending at ``at``, in V2 order, else None."""
    m = _INVERTED_SUBJECT_RE.match(text, at, hi)
    if m is None:
        return None
    np = m.group("np")
    if np != "er" and (np.split()[0].lower() in NOT_SUBJECTS - {"der", "die", "das"}):
        return None
    if np != "er" and not _name_like(text, np):
        return None
    return span(*m.span("np"))


# The words after a quotation that may come before its participle: "„…“ angekündigt".
_PARTICIPLE_REACH = 3


def _participle_after(text: str, end: int) -> bool:
    """Whether a speech participle closes the sentence within a few words after ``end``."""
    for k, w in enumerate(_WORD_RE.finditer(text, end, min(len(text), end + 60))):
        if k >= _PARTICIPLE_REACH:
            return False
        if w.group().rstrip(".") in SPEECH_PARTICIPLES:
            nxt = w.end() - w.group().endswith(".")
            return nxt == len(text) or text[nxt] in ".!?,;"
    return False


def _reported_clause(text: str, start: int, at: int) -> bool:
    """Whether a sentence reports words: a speech participle, then ``dass``, before ``at``.

    >>> _reported_clause("Bendels hatte gesagt, dass ", 0, 27)
    True
    >>> _reported_clause("Er fährt hin, dass ", 0, 19)
    False
    """
    words = [w.group().lower() for w in _WORD_RE.finditer(text, start, at)]
    if "dass" not in words:
        return False
    return any(w in SPEECH_PARTICIPLES for w in words[: words.index("dass")])


def _after_full_stop(text: str, lo: int, at: int) -> bool:
    """Whether a sentence ends right before ``at`` (not a colon: that sentence is the cue's)."""
    j = rtrim_spaces(text, lo, at)
    return j > lo and text[j - 1] in SENTENCE_END


def _subjunctive_speaker(
    text: str,
    lo: int,
    start: int,
    *,
    quotes: Sequence[QuoteSpan],
    found: Sequence[Found],
    last_named: int | None,
) -> tuple[Hit, Attribution] | None:
    """Who a subjunctive sentence starting at ``start`` reports: the nearest speaker before it.

    The last quoted speaker when quoted in this paragraph; else the speaker or
    subject of the sentence before, in this paragraph; else the last quoted
    speaker of the paragraph above.
    """
    earlier: QuoteSpan | None = None
    earlier_speaker: Span | None = None
    if last_named is not None:
        earlier, earlier_speaker = quotes[last_named], found[last_named].speaker
        if earlier_speaker is not None and earlier.start >= lo:
            return Hit(earlier_speaker, None, False), Attribution.CONTINUED
    region = previous_sentence(text, start, lo, False) if start > lo else None
    if region is not None:
        hit = find_reported(text, *region)
        speaker = hit.speaker if hit is not None else sentence_subject(text, *region)
        if speaker is not None:
            return Hit(speaker, None, False), Attribution.CONTINUED
    if earlier is not None and earlier_speaker is not None and near(text, earlier, lo):
        return Hit(earlier_speaker, None, False), Attribution.PARAGRAPH_CARRY
    return None
