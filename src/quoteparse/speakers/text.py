"""Where sentences, paragraphs and words are, for the speaker strategies."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from quoteparse.speaker_words import OPENERS, PRONOUNS
from quoteparse.speakers.patterns import (
    CLOSING_MARKS,
    LAST_BREAK_RE,
    SENTENCE_END,
    SPACES,
    TITLE_BEFORE_RE,
    TOKEN_GAPS,
    TOKEN_RE,
    WINDOW,
)
from quoteparse.speakers.results import QuoteSpan
from quoteparse.titles import COMPANY_ENDS

__all__ = [
    "SENTENCE_REACH",
    "Lines",
    "after_colon",
    "at_sentence_start",
    "breaks_sentence",
    "capitalised",
    "format_as_spaces",
    "last_token",
    "line_end",
    "near",
    "previous_paragraph",
    "rtrim_spaces",
    "sentence_start",
    "skip_space",
    "tokens_back",
    "word_end",
    "words_in",
]


# A run of format characters (Unicode category Cf: byte order mark, zero-width
# space and joiners, word joiner, soft hyphen, direction marks). The regex
# module knows the category; the standard re would need all 160-odd listed.
_FORMAT_RUN_RE = regex.compile(r"\p{Cf}+")


def format_as_spaces(text: str) -> str:
    """``text`` with each run of format characters written as spaces, unless inside a word.

    A zero-width space or a byte order mark between a closing mark and its cue
    (``"...,"\u200b she said``) must not hide the cue: the strategies skip
    spaces, so they read the run as spaces. The copy has the same length, so
    every span found in it is exact in ``text``. A run between two letters or
    digits stays, so that a soft hyphen or a joiner inside a word keeps it one
    word.

    >>> format_as_spaces('"Go,"\u200b she\u2060 said; co\u00adop.')
    '"Go,"  she  said; co\xadop.'
    """
    if text.isascii() or _FORMAT_RUN_RE.search(text) is None:
        return text
    return _FORMAT_RUN_RE.sub(_blank_unless_in_word, text)


def _blank_unless_in_word(run: regex.Match[str]) -> str:
    text = run.string
    start, end = run.span()
    if start > 0 and end < len(text) and text[start - 1].isalnum() and text[end].isalnum():
        return run.group()
    return " " * (end - start)


class Lines:
    """Paragraph (line) bounds around quotations met in order, each line found once.

    Searches start where the last one ended, so a text with one long line and
    many quotations is still read once.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.cr = "\r" in text
        self.start = 0  # the current line's start ...
        self.end = -1  # ... and the line break ending it (or len(text))

    def around(self, start: int, end: int) -> tuple[int, int]:
        """The start of the line holding ``start`` and the end of the line holding ``end``."""
        if not self.start <= start < self.end:
            text = self.text
            floor = self.start
            at = text.rfind("\n", floor, start)
            if self.cr:
                at = max(at, text.rfind("\r", floor, start))
            self.start = at + 1 if at >= 0 else floor
            self.end = self._break(start)
        return self.start, self.end if end <= self.end else self._break(end)

    def _break(self, pos: int) -> int:
        text = self.text
        end = len(text)
        if self.cr:
            # The \r first: in a text that breaks lines with \r alone, a search
            # for \n to the end of the text on every line made it quadratic.
            cr = text.find("\r", pos)
            if cr >= 0:
                end = cr
        at = text.find("\n", pos, end)
        return at if at >= 0 else end


def _line_start(text: str, pos: int, floor: int) -> int:
    lo = max(floor, pos - WINDOW)
    return max(text.rfind("\n", lo, pos), text.rfind("\r", lo, pos), lo - 1) + 1


def line_end(text: str, pos: int) -> int:
    hi = min(len(text), pos + WINDOW)
    end = text.find("\n", pos, hi)
    if end >= 0:
        hi = end
    end = text.find("\r", pos, hi)
    return end if end >= 0 else hi


def words_in(text: str, lo: int, hi: int) -> list[str]:
    """The TOKEN_RE tokens of ``text[lo:hi]``, as strings."""
    seg = text[lo:hi]
    # Printable text has no white space but the plain space (no tab, no
    # no-break space, no line break), so str.split cuts it as TOKEN_RE does.
    if seg.isprintable():
        return seg.split()
    return TOKEN_RE.findall(seg)


def tokens_back(text: str, lo: int, hi: int) -> Iterator[tuple[int, str]]:
    """The TOKEN_RE tokens of ``text[lo:hi]`` with their starts, last first."""
    seg = text[lo:hi]
    if not seg.isprintable():
        yield from reversed([(t.start(), t.group()) for t in TOKEN_RE.finditer(text, lo, hi)])
        return
    # Only spaces separate the tokens here (see words_in): str.split finds them in one call.
    end = hi
    for part in reversed(seg.split(" ")):
        start = end - len(part)
        if part:
            yield start, part
        end = start - 1


def last_token(text: str, lo: int, hi: int) -> int:
    """The start of the token of ``text[lo:hi]`` ending at ``hi``; ``hi`` when none does."""
    j = hi
    while j > lo and text[j - 1] not in TOKEN_GAPS:
        j -= 1
    return j


def word_end(text: str, start: int) -> int:
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    return end


#: How far back from a quotation its sentence is looked for.
SENTENCE_REACH = 200


def sentence_start(text: str, lo: int, hi: int) -> int:
    """Just after the last sentence break in ``text[max(lo, hi - SENTENCE_REACH):hi]``.

    That window's start when it has none. :class:`~.index.TextIndex` gives the
    same answer from breaks found once per text.
    """
    start = max(lo, hi - SENTENCE_REACH)
    while hi > start:
        m = LAST_BREAK_RE.match(text, start, hi)
        if m is None:
            break
        at = m.end() - 1
        if not breaks_sentence(text, at):
            hi = at
            continue
        return at + 1
    return start


def breaks_sentence(text: str, at: int) -> bool:
    """Whether the break character at ``at`` (a LAST_BREAK_RE one) ends a sentence.

    It depends on the characters around ``at`` only, so it can be found once.
    """
    # Mrs. Thatcher, Lt. Gen., £10.5bn, bbc.co.uk: not a sentence's end.
    return not (
        text[at] == "."
        and ((at + 1 < len(text) and text[at + 1].isalnum()) or _title_stop(text, at))
    )


def _title_stop(text: str, at: int) -> bool:
    """Whether the full stop at ``at`` closes a title or an abbreviation, not a sentence.

    After a company's ``Bros.`` or ``Inc.``, a sentence opener (``However``,
    ``The``, ``He``) starts a new sentence all the same.
    """
    title = TITLE_BEFORE_RE.search(text, max(0, at - 8), at)
    if title is None:
        return False
    if title.group() not in COMPANY_ENDS:
        return True
    nxt = _NEXT_WORD_RE.match(text, at + 1)
    return nxt is None or nxt.group("word").lower() not in _SENTENCE_OPENERS


# The word after a full stop and its spaces.
_NEXT_WORD_RE = regex.compile(r"[ \t\u00a0]+(?P<word>\p{L}+)")
# Words that open a sentence: openers and subject pronouns.
_SENTENCE_OPENERS = OPENERS | frozenset(p.text for p in PRONOUNS) | frozenset(("it", "they"))


def rtrim_spaces(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1] in SPACES:
        hi -= 1
    return hi


# A run of whitespace: on str, re's \s is the test of str.isspace.
_SPACE_RUN_RE = re.compile(r"\s+")


def skip_space(text: str, lo: int, hi: int) -> int:
    m = _SPACE_RUN_RE.match(text, lo, hi) if lo < hi else None
    return m.end() if m else lo


def previous_paragraph(text: str, para_lo: int) -> tuple[int, int] | None:
    """The previous non-blank paragraph before ``para_lo``, as (start, trimmed end)."""
    j = para_lo
    floor = max(0, para_lo - WINDOW)
    while j > floor and text[j - 1].isspace():
        j -= 1
    if j in (0, floor):
        return None
    return _line_start(text, j, 0), j


def near(text: str, earlier: QuoteSpan, para_lo: int) -> bool:
    """True when ``earlier`` ends in this paragraph or the one just above it."""
    if earlier.end > para_lo:
        return True
    prev = previous_paragraph(text, para_lo)
    return prev is not None and earlier.end > prev[0]


def at_sentence_start(text: str, start: int, lo: int) -> bool:
    j = start
    while j > lo and text[j - 1] in " \t\u00a0":
        j -= 1
    if j <= lo:
        return True
    ch = text[j - 1]
    if ch in CLOSING_MARKS and j - 1 > lo:
        ch = text[j - 2]
    return ch in SENTENCE_END or ch in ":\N{EN DASH}\N{EM DASH}"


def after_colon(text: str, start: int, lo: int) -> bool:
    j = start
    while j > lo and text[j - 1] in SPACES:
        j -= 1
    return j > lo and text[j - 1] in ":\N{FULLWIDTH COLON}"


def capitalised(word: str) -> bool:
    return word[:1].isupper()
