"""The word, name and cue patterns the speaker strategies share.

Built once at import from the lexicons (:mod:`quoteparse.cue_verbs`,
:mod:`quoteparse.titles`); each pattern says what it matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quoteparse._text import CLOSING_MARKS as _CLOSING_QUOTE_MARKS
from quoteparse._text import DOUBLE_MARKS, trie_pattern
from quoteparse.cue_verbs import (
    AUXILIARIES,
    COORDINATORS,
    CUES,
    INVERSION_ADVERBS,
    INVERSION_ARTICLES,
    STOPWORDS,
)
from quoteparse.titles import TITLES

__all__ = [
    "ACCORDING",
    "AUX",
    "AUXILIARY_SET",
    "CLOSING_MARKS",
    "COORDINATOR_SET",
    "CUE",
    "CUE_AT_RE",
    "CUE_FIRST_RE",
    "CUE_INVERTED",
    "CUE_WORD_SET",
    "DASHES",
    "INVERSION_SKIP",
    "LAST_BREAK_RE",
    "LINK",
    "NAME_TOKEN_RE",
    "NP_AFTER",
    "PARTICLES",
    "SENTENCE_END",
    "SENTENCE_STOP_RE",
    "SPACES",
    "STOP",
    "STOPWORD_SET",
    "TITLE_BEFORE_RE",
    "TITLE_SET",
    "TOKEN",
    "TOKEN_GAPS",
    "TOKEN_RE",
    "UTTERANCE_END",
    "WINDOW",
    "trie",
]


def _phrase(entry: str) -> str:
    """One entry as a regex: its words joined by spaces or tabs."""
    return r"[ \t]+".join(re.escape(w) for w in entry.split())


def trie(words: Iterable[str], *, whole_word: bool = False) -> str:
    r"""One regex matching exactly ``words``, factored by shared prefixes.

    The words of an entry may be joined by spaces or tabs (``according to``).
    Where one entry is a prefix of another (``say``, ``says``, ``saying``) the
    longer is tried first, just as in an alternation sorted longest first, so
    every match is the same; but the regex engine tests one character per
    trie level instead of every entry in turn. The tree is
    :func:`quoteparse._text.trie_pattern`'s; the result is one group.

    ``whole_word`` makes each entry start a word, as ``(?<!\w)`` before the
    trie would, but checks it after the first letter: a pattern that starts
    with a letter lets the engine skip to the next possible first letter in C
    (which pays for a few verbs; for a hundred words, whose first letters cover
    most of the alphabet, ``(?<!\w)`` first is the better one; see
    docs/performance.md).

    >>> [re.fullmatch(trie(["say", "says", "according to"]), w) is not None
    ...  for w in ("says", "according \t to", "sa")]
    [True, True, False]
    >>> re.fullmatch(trie(["said"], whole_word=True), "said") is not None
    True
    """
    spellings = (_keys(" ".join(word.split()), whole_word) for word in words)
    return f"(?:{trie_pattern(spellings, atom=str)})"


def _keys(entry: str, whole_word: bool) -> list[str]:
    """``entry`` as the trie's keys, each already a regex: one a character."""
    keys = [r"[ \t]+" if ch == " " else re.escape(ch) for ch in entry]
    if whole_word and keys:
        # Not a word character before the first letter just matched.
        keys[0] += r"(?<!\w.)"
    return keys


_TITLE = trie(TITLES)


STOP = trie(STOPWORDS)


AUX = trie(AUXILIARIES)


_OBJECT_CUES = trie(c.text for c in CUES if c.takes_object)


_PLAIN_CUES = trie(c.text for c in CUES if not c.takes_object and not c.speaker_after)


# "according to", "selon", "laut": capitalised too, as they may open a sentence.
ACCORDING = "|".join(
    f"[{w[0].upper()}{w[0]}]{_phrase(w)[1:]}"
    for w in sorted((c.text for c in CUES if c.speaker_after), key=len, reverse=True)
)


# One word of a speaker's name or description: a title with its stop (Gen.),
# initials (J., U.S.), or a word with inner apostrophes and hyphens (ministry's).
# A soft hyphen (U+00AD) stays inside a word: "Ro\u00adberta" is one.
# The lookahead ends a word only where it ends: nothing that may follow a
# token in these patterns (a space, a comma, the end) can follow a cut word,
# so a failed match need not try every shorter cut.
_WORD_INNER = r"\w'\N{RIGHT SINGLE QUOTATION MARK}\-\u00ad"
TOKEN = (
    rf"(?:(?:{_TITLE})\.|(?:[A-Z]\.){{1,3}}"
    rf"|\w[{_WORD_INNER}]*(?![{_WORD_INNER}]))"
)


LINK = r"[ \t\u00a0]+"


# An addressee after told/asked: reporters, the BBC, BBC Radio Five Live.
_OBJECT = (
    rf"(?:(?:the|a|an|his|her|their|its|our){LINK})?(?!(?:{STOP})\b)\w[\w'\-]*"
    rf"(?:{LINK}[A-Z0-9][\w'\-]*){{0,4}}"
)


CUE = rf"(?:(?:{_OBJECT_CUES})(?:{LINK}{_OBJECT})?|(?:{_PLAIN_CUES}))(?!\w)"

# A cue with its speaker after it takes no addressee first: in '"...?" asked
# the magazine' the magazine asks.
CUE_INVERTED = rf"(?:{_OBJECT_CUES}|{_PLAIN_CUES})(?!\w)"


# What may stand between an inverted cue and its speaker: an adverb from the
# table (sagt auch Stenger), or up to three lower-case words when an article
# follows (a déclaré à cette occasion le ministre, dijo primero el secretario).
# English has no article in the table, so "said in a statement" is not skipped.
# A skipped word is never an article itself: in "a déclaré le ministre de la
# Santé" the speaker starts at "le", not at the "la" of its complement.
# A lower-case letter is written as Latin-1 ranges: "re" has no Unicode
# property class, and "regex" runs this scan at half the speed (see
# docs/performance.md, "Measured design choices").
_NOT_ARTICLE = rf"(?!(?:{trie(INVERSION_ARTICLES)}){LINK})"
INVERSION_SKIP = (
    rf"(?:(?:{trie(INVERSION_ADVERBS)}){LINK}"
    rf"|(?:{_NOT_ARTICLE}[a-zß-öø-ÿ][\w'\N{{RIGHT SINGLE QUOTATION MARK}}]*{LINK}){{1,3}}"
    rf"(?=(?:{trie(INVERSION_ARTICLES)}){LINK}))"
)


# A speaker named after the cue ends at punctuation or at a stop word; an
# "and" before a capitalised word joins names ("said Richard and Judy
# executive producer Amanda Ross", "said Matt Williams and Willie Anderson").
NP_AFTER = (
    rf"(?!(?:{STOP})\b){TOKEN}"
    rf"(?:{LINK}(?:and{LINK}(?=[A-Z]))?(?!(?:{STOP})\b){TOKEN}){{0,9}}"
)


DASHES = "-\N{EN DASH}\N{EM DASH}"


# The quote marks that end a sentence scan: the double marks of every style
# (not the double prime sign, inches after digits) and the outer CJK corner
# brackets; not the single marks, which are apostrophes inside words too.
_QUOTE_MARKS = "".join(
    sorted(
        (DOUBLE_MARKS - {"\N{DOUBLE PRIME}"})
        | {"\N{LEFT CORNER BRACKET}", "\N{RIGHT CORNER BRACKET}"}
    )
)


# Where the sentence holding a quotation starts: after the last full stop,
# semicolon, line break or quote mark before it (titles' stops are skipped).
_BREAKS = rf".!?;\n\r{_QUOTE_MARKS}"


# The last sentence break before the end of the window: the greedy ``.*``
# jumps to the end and backs up to the break, reading only the characters after it.
LAST_BREAK_RE = re.compile(rf"(?s:.*)[{_BREAKS}]")


TITLE_BEFORE_RE = re.compile(rf"(?<!\w)(?:{_TITLE}|[A-Z])\Z")


# A cue at a known word position: said / told the BBC / according to X.
CUE_AT_RE = re.compile(
    rf"""
    (?P<acc_cue>{ACCORDING}){LINK}(?P<acc_np>{NP_AFTER})
  | (?P<cue>{CUE})
    """,
    re.VERBOSE,
)


# The first word of any cue, to find candidates fast (whole words only). The
# words go in as a trie, which the scan tries faster than a flat alternation
# of a hundred words (figure in docs/performance.md, "Measured design choices").
_CAPITALISED_FIRST = {c.text.split()[0].capitalize() for c in CUES if c.speaker_after}


CUE_FIRST_RE = re.compile(
    rf"(?<!\w){trie({c.text.split()[0] for c in CUES} | _CAPITALISED_FIRST)}(?!\w)"
)


NAME_TOKEN_RE = re.compile(rf"{TOKEN}")


SPACES = " \t\u00a0"


# Lower-case words inside names: Ursula von der Leyen, Osama bin Laden, Jorge dos Santos.
PARTICLES = frozenset(
    ("von", "van", "der", "den", "de", "du", "da", "di", "dos", "la", "le", "bin", "al", "ter")
)


STOPWORD_SET = frozenset(STOPWORDS)


COORDINATOR_SET = frozenset(COORDINATORS)


# One-word cues: a speaker's name read back from a cue stops at another cue
# ("berichtet Mazzucotelli, fügt aber hinzu" names "Mazzucotelli").
CUE_WORD_SET = frozenset(c.text for c in CUES if " " not in c.text and not c.speaker_after)


# The end of a sentence, or the next quotation, after a quotation.
SENTENCE_STOP_RE = re.compile(rf"[.!?;{_QUOTE_MARKS}]")


TITLE_SET = frozenset(TITLES)


AUXILIARY_SET = frozenset(AUXILIARIES)


TOKEN_RE = re.compile(r"[^ \t\u00a0\n\r]+")


# What separates the tokens of TOKEN_RE.
TOKEN_GAPS = frozenset(" \t\u00a0\n\r")


SENTENCE_END = ".!?\N{HORIZONTAL ELLIPSIS}\N{IDEOGRAPHIC FULL STOP}"


UTTERANCE_END = ",.!?\N{HORIZONTAL ELLIPSIS}-\N{EN DASH}\N{EM DASH}:;"


# What closes an utterance before its cue: every closing quote mark of the lexicon
# (derived there, never retyped) and a closing parenthesis.
CLOSING_MARKS = "".join(sorted(_CLOSING_QUOTE_MARKS)) + ")"


WINDOW = 300
