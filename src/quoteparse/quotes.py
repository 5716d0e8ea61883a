"""Direct quotations: pairing quote marks into nested, multi-paragraph quotations.

One compiled pattern jumps from quote mark to quote mark; Python runs only
there. Each mark is judged from its neighbours, the way markdown-it-py's
smartquotes rule does it: a letter or digit on both sides makes an apostrophe
(``don't``), space before and a letter after makes an opener, a letter before
and space after a closer. Curly and angle marks keep the direction they were
typed with unless their neighbours clearly say otherwise (German ``„Ja“``
closes with ``“``; reversed ``»Ja«``; Swedish ``”Ja”``). Openers go on a
stack bounded by ``max_quote_depth``; a closer ends the innermost open
quotation it can close. A line break ends a paragraph: a quotation still open
there carries on when the next paragraph opens with the same mark
(``multi_paragraph``), and otherwise is reported unclosed, ending with its
paragraph. Inside an open quotation, the same opening mark right after a
full stop re-opens it (paragraphs that an extraction ran together), and four
or more marks in a row are a wall, skipped whole.

Marks that may be apostrophes or primes as well as closers (``the Williamses'
car``, ``a 27" monitor``) close a quotation only when no surer closer for it
follows in the same paragraph; that look-ahead is remembered, so the whole
pass stays linear on any input.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from quoteparse._build import quote, span
from quoteparse._check import require_text
from quoteparse._text import BREAK_CLASS, BREAK_RE, LINE_BREAKS, trim_end
from quoteparse.model import Quote, QuoteKind
from quoteparse.options import Options, resolve_options
from quoteparse.quote_marks import (
    CLOSERS,
    CLOSES,
    DEFAULT_OPENERS,
    ELISIONS,
    MARK_CHARS,
    OPENERS,
    STANDS_FOR,
    STRAIGHT,
)
from quoteparse.quote_titles import MAX_TITLE_CHARS, is_title
from quoteparse.speakers import Found, QuoteSpan, attribute
from quoteparse.wraps import unwrap

__all__ = ["find_quotes"]

_APOSTROPHES = "\N{APOSTROPHE}\N{RIGHT SINGLE QUOTATION MARK}"
# Marks that may stand for left-out letters (the '60s; autocorrect curls it as ‘60s).
_ELIDERS = _APOSTROPHES + "\N{LEFT SINGLE QUOTATION MARK}"
_INCHES = "\N{QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}\N{DOUBLE PRIME}"
# Typewriter marks between two letters or digits are apostrophes or primes;
# the scan does not stop there. Every other mark may quote even between
# letters (Chinese writes 说“好”, 说‘好’ with no spaces), so Python judges it.
_INWORD = "".join(sorted(STRAIGHT))
_OTHER = "".join(sorted(MARK_CHARS - set(_INWORD)))
_ALL = "".join(sorted(MARK_CHARS))
# First characters of the marks judged by STANDS_FOR: TeX `` and `, '', << and >>.
_WIDE_FIRST = frozenset(m[0] for m in STANDS_FOR)
# One-character marks whose judgement never skips ahead (no elision, no
# feet and inches, no two-character mark starts with them): such a mark that
# closes nothing open and cannot open does nothing, and _mark drops it before
# judging it. Most of the rare marks (CJK corners, guillemets, low-9 ...).
_QUIET = frozenset(c for c in MARK_CHARS if c not in _WIDE_FIRST and c not in _ELIDERS)
# Marks judged from their two neighbours alone (never from a wider window):
# their roles are remembered per (before, mark, after) for one text. The
# typewriter marks read more (the mark two back, the digits before inches).
_BY_NEIGHBOURS = frozenset(c for c in _QUIET if c not in STRAIGHT)


def _scan_pattern(chars: str = "", breaks: bool = False) -> str:
    """The scan for quote marks; with ``chars``, only those, walls, and line breaks.

    Without ``chars``: every mark where it may quote. With them, the pass
    stops at a mark of ``chars`` where it may quote, at any mark that starts
    four in a row (the pass skips a wall whole, so it must stop where the wall
    starts) and, with ``breaks``, at a line break (where open quotations may
    end, and the state with them). Every branch starts with the one character
    class, so ``re`` still skips to the next candidate at memchr-like speed
    (a top-level alternation of classes made the scan four times slower).
    """
    where = rf"""
      (?<=[{re.escape(_OTHER)}])       # a mark that can quote wherever it stands
    | (?!\w)                # an apostrophe-like mark with no letter after it,
    | (?<!\w[{_INWORD}])     # or none before it: between letters (don't, 6'2) never
    """
    if not chars:
        return rf"(?P<mark>[{re.escape(_ALL)}]) (?: {where} )"
    first = re.escape(_ALL) + (BREAK_CLASS if breaks else "")
    return rf"""
    (?P<mark>[{first}])
    (?:
      {rf"(?<=[{BREAK_CLASS}])  # a line break" if breaks else "(?!)"}
    | (?<=[{re.escape(chars)}]) (?: {where} )
    | (?<=[{re.escape(_ALL)}]) (?=[{re.escape(_ALL)}]{{3}})  # a wall starts
    )
    """


# Every mark, where it may quote.
_SCAN_RE = re.compile(_scan_pattern(), re.VERBOSE)
# Marks that do nothing while no quotation is open: closers only (」, 』, 〞 ...)
# that _mark drops at once; the marks that can still act are the rest.
_CLOSE_ONLY = frozenset(c for c in _QUIET if c not in OPENERS)
# While no quotation is open the pass stops only where a mark can act.
_OPEN_SCAN_RE = re.compile(_scan_pattern("".join(sorted(MARK_CHARS - _CLOSE_ONLY))), re.VERBOSE)
# Four or more marks in a row never occur in prose: a wall is skipped whole,
# so a megabyte of quote marks costs one match.
_WALL_RE = re.compile(rf"[{re.escape(_ALL)}]{{4,}}")
# After an ASCII <<: a number, as in a bit shift (x << 2); never a quotation.
_SHIFT_RE = re.compile(r" ?\d")
# Three or more grave accents fence code (Markdown), never a TeX quotation.
_FENCE_RE = re.compile(r"`{3,}")

_NONSPACE_RE = re.compile(r"\S")

# After an opening-looking apostrophe: a word from the elision table ('n', 'em)
# or digits (the '60s, in '99, drug '771).
_ELISION_RE = re.compile(
    rf"""
    (?P<digits>\d+s?(?!\w))
  | (?P<word>[A-Za-z]{{1,5}})(?P<tail>[{_APOSTROPHES}])?(?!\w)
    """,
    re.VERBOSE,
)
# After a digit and an apostrophe-like mark: the inches of a height (6'2", 5' 10").
_FEET_INCHES_RE = re.compile(rf"[{_APOSTROPHES}][ \u00a0]?\d{{1,2}}(?:\.\d+)?[{_INCHES}]")
# Before an inch-like mark: a short number (screens, records, heights), not a year.
_SHORT_NUMBER_RE = re.compile(r"(?<![\d,.])\d{1,3}(?:[.,]\d+)?\Z")

_OPEN_PUNCT = frozenset("([{\N{EN DASH}\N{EM DASH}-/")
_CLOSE_PUNCT = frozenset(",.;:!?)]}\N{HORIZONTAL ELLIPSIS}")
_SENTENCE_END = frozenset(".!?\N{HORIZONTAL ELLIPSIS}")


def _is_cjk(ch: str) -> bool:
    """Han, kana and hangul: scripts that put quote marks between letters."""
    return "\u2e80" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\uf900" <= ch <= "\ufaff"


_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def _is_punct(ch: str) -> bool:
    if ch < "\x80":
        return ch in _ASCII_PUNCT
    return unicodedata.category(ch)[0] in "PS"


@dataclass(slots=True)
class _Open:
    """A quotation being read: its opening mark and what is known so far."""

    start: int
    mark: str
    parent: _Open | None
    piece_start: int
    #: Every mark that can close this quotation or one it is nested in.
    reach: frozenset[str]
    pieces: list[tuple[int, int]] = field(default_factory=list)
    close: int = -1  # index of the closing mark, or -1
    end: int = -1  # span end
    index: int = -1  # position among the results, once sorted


@dataclass(frozen=True, slots=True)
class _Role:
    """What one mark can do: open, close, close only if nothing surer follows, skip to."""

    opens: bool
    closes: bool
    weak: bool = False
    skip_to: int = 0


_NOTHING = _Role(False, False)
# The eight plain roles, built once: a mark's role is a value, not a new object.
_BOOLS = (False, True)
_ROLES = {(o, c, w): _Role(o, c, w) for o in _BOOLS for c in _BOOLS for w in _BOOLS}
_OPENS = _ROLES[True, False, False]
_CLOSES = _ROLES[False, True, False]


def _is_format(ch: str) -> bool:
    """A format character (BOM, zero-width space, word joiner, soft hyphen): invisible."""
    return ch >= "\xad" and unicodedata.category(ch) == "Cf"


def _neighbours(text: str, i: int) -> tuple[str, str]:
    """The visible characters either side of ``i``: format characters are skipped."""
    j = i - 1
    while j >= 0 and _is_format(text[j]):
        j -= 1
    k = i + 1
    n = len(text)
    while k < n and _is_format(text[k]):
        k += 1
    return (text[j] if j >= 0 else "\n"), (text[k] if k < n else "\n")


def _role(text: str, i: int) -> _Role:
    """Judge the mark at ``i`` from its neighbours; a pure function of the text."""
    c = text[i]
    n = len(text)
    prev = text[i - 1] if i else "\n"
    nxt = text[i + 1] if i + 1 < n else "\n"
    if (prev >= "\xad" and _is_format(prev)) or (nxt >= "\xad" and _is_format(nxt)):
        prev, nxt = _neighbours(text, i)
    if c == "\N{QUOTATION MARK}":
        # The commonest cases first, decided exactly as below would: a space
        # before and a letter after opens; a space after closes unless a
        # space or a digit (inches) stands before.
        if nxt.isalnum() and prev.isspace():
            return _OPENS
        if nxt.isspace() and not prev.isspace() and not prev.isdigit():
            return _CLOSES
    prev_space, next_space = prev.isspace(), nxt.isspace()
    if c in _APOSTROPHES:
        if prev.isalnum() and nxt.isalnum() and not (_is_cjk(prev) and _is_cjk(nxt)):
            return _NOTHING  # don't, o'clock, 1960's
        if nxt == "s" and (i + 2 >= n or not text[i + 2].isalnum()):
            return _NOTHING  # (RMS)'s, G.'s: a possessive, even with its noun lost
        if prev.isdigit():
            # 6'2" and 5' 10": the feet and the inches are both primes.
            m = _FEET_INCHES_RE.match(text, i)
            if m:
                return _Role(False, False, skip_to=m.end())
    elif (
        c == "\N{LEFT SINGLE QUOTATION MARK}" and (prev + nxt).isascii() and (prev + nxt).isalnum()
    ):
        return _NOTHING  # elmo666‘s: autocorrect curled an apostrophe the wrong way
    if c in _ELIDERS and not prev.isalnum():
        m = _ELISION_RE.match(text, i + 1)
        if m and (m.lastgroup == "digits" or m.group("word").lower() in ELISIONS):
            return _Role(False, False, skip_to=m.end())
    if c in STRAIGHT:
        prev_punct, next_punct = _is_punct(prev), _is_punct(nxt)
        opens = not next_space and (not next_punct or prev_space or prev_punct)
        closes = not prev_space and (not prev_punct or next_space or next_punct)
        if opens and closes:
            # Inside a run of punctuation both ways are possible; between
            # letters (foo"bar) neither is.
            opens, closes = prev_punct, next_punct
        elif prev_space and next_space and i > 1 and text[i - 2] in _CLOSE_PUNCT:
            closes = True  # "... nine years... " Hailey recalled
    else:
        opens = not prev.isalnum() and not next_space and nxt not in _CLOSE_PUNCT
        closes = not prev_space and prev not in _OPEN_PUNCT and not nxt.isalnum()
        if opens == closes:
            # French « Oui » and Chinese 说“好” leave it to the mark's own shape.
            opens = c in DEFAULT_OPENERS
            closes = not opens
        if opens and c not in OPENERS:
            opens, closes = False, True
        elif closes and c not in CLOSERS:
            opens, closes = True, False
        elif opens and not prev_space and c not in DEFAULT_OPENERS:
            # A closing-shaped mark glued to the next word (enemies,”with;
            # （think-drink）”效应) still closes a quotation that is open.
            closes = True
    if not closes:
        return _ROLES[opens, False, False]
    weak = False
    if c in _APOSTROPHES:
        # the Williamses' car, 'I know' she said: possessive or closer.
        weak = prev.isalnum() and next_space and i + 2 < n and text[i + 2].isalnum()
    elif c in _INCHES and prev.isdigit():
        if nxt.isalnum() or nxt == "-":
            return _NOTHING  # 27"-wide, 10"x8"
        short = _SHORT_NUMBER_RE.search(text, max(0, i - 12), i) is not None
        weak = short and next_space and i + 2 < n and text[i + 2].isalnum()
    return _ROLES[opens, True, weak]


def _role_of(text: str, i: int, mark: str) -> _Role:
    """Judge a mark of :data:`STANDS_FOR` at ``i`` as the mark it stands for would be.

    The judgement reads a few characters either side, so it runs on a short
    window with the stand-in in place; a mark that only opens (or only
    closes) keeps that direction, as :func:`_role` keeps it for curly marks.
    """
    lo = max(0, i - 16)
    hi = i + len(mark)
    role = _role(text[lo:i] + STANDS_FOR[mark] + text[hi : hi + 4], i - lo)
    if role.skip_to:
        # An elision after a TeX ` (`em): back to offsets of the real text.
        return _Role(False, False, skip_to=role.skip_to - (i - lo) - 1 + hi)
    if not (role.opens or role.closes):
        return role
    if mark not in CLOSERS:
        return _OPENS
    if mark not in OPENERS:
        return _ROLES[False, True, role.weak]
    return role


class _Pairer:
    """One left-to-right pass over the marks of one text."""

    def __init__(self, text: str, max_depth: int, multi_paragraph: bool) -> None:
        self.text = text
        self.n = len(text)
        self.max_depth = max_depth
        self.multi_paragraph = multi_paragraph
        self.stack: list[_Open] = []
        self.done: list[_Open] = []
        self.skip_until = 0
        # Most text breaks lines with \n alone, which str.find finds fastest.
        self.only_newlines = not any(br in text for br in "\r\u2028\u2029\x85")
        # Openers left unpaired past max_depth, so that their closers are too.
        self.too_deep: list[str] = []
        # Remembered look-aheads for weak closers, per opening mark:
        # (searched from, decided up to, a surer closer follows).
        self.ahead: dict[str, tuple[int, int, bool]] = {}
        # The last paragraph end found for a look-ahead: (searched from, the
        # break or n); any position between the two has the same next break.
        self.para_end: tuple[int, int] = (0, -1)
        # The last search for an ASCII >> after a <<: (searched from, where
        # found or -1, paragraph end), so a paragraph of << is searched once.
        self.angle_ahead: tuple[int, int, int] = (0, -1, -1)
        # Roles of the marks judged by their neighbours alone (_judge), by
        # the three characters: a wall of one pattern is judged once.
        self.roles: dict[str, _Role] = {}
        # The scan of the state with no room left (_full_scan) and its key:
        # the innermost open quotation and the last unpaired opener.
        self.full_state: tuple[_Open, str, re.Pattern[str]] | None = None

    def run(self) -> list[_Open]:
        text = self.text
        n = self.n
        stack = self.stack  # the same list throughout: emptied and refilled in place
        search = _SCAN_RE.search
        open_search = _OPEN_SCAN_RE.search
        too_deep = self.too_deep  # the same list throughout, too
        max_depth = self.max_depth
        find_break = self._next_break
        only_newlines = self.only_newlines
        mark = self._mark
        cursor = 0  # line breaks before here are dealt with
        pos = 0
        while True:
            skip = self.skip_until
            start = pos if pos > skip else skip
            # The scan stops only where a mark can act in the present state:
            # the marks _mark would drop are skipped at the speed of re.
            if not stack:
                m = open_search(text, start)
            elif len(too_deep) >= max_depth:
                m = self._full_scan().search(text, start)
                if m is not None and text[m.start()] in LINE_BREAKS:
                    # Past a line break the state may change: every mark again.
                    m = search(text, m.start())
            else:
                m = search(text, start)
            if m is None:
                break
            i = m.start()
            pos = i + 1
            if stack:
                while stack:
                    # str.find inline for the common text that breaks lines with \n alone.
                    br = text.find("\n", cursor, i) if only_newlines else find_break(cursor, i)
                    if br < 0:
                        break
                    cursor = self._end_paragraph(br)
                if i < self.skip_until:
                    continue
            cursor = i
            if i + 3 < n and text[i + 1] in MARK_CHARS:
                wall = _WALL_RE.match(text, i)
                if wall is not None:
                    self.skip_until = wall.end()
                    continue
            mark(i, text[i])
        while stack:
            br = find_break(cursor, n)
            cursor = self._end_paragraph(br if br >= 0 else n)
        return self.done

    def _full_scan(self) -> re.Pattern[str]:
        """The scan while no opener has room left (``too_deep`` full).

        Then a one-character mark that :func:`_mark` does not judge at once
        (see ``_QUIET``) acts only when it closes an open quotation or the
        innermost unpaired opener, or re-opens the innermost quotation; the
        scan stops at those, at every other mark, at walls and at line breaks.
        One pattern per such state, built once per text.
        """
        top, last = self.stack[-1], self.too_deep[-1]
        if self.full_state is not None and self.full_state[0] is top and self.full_state[1] == last:
            return self.full_state[2]
        acting = {c for m in top.reach | CLOSES[last] for c in m} | set(top.mark)
        chars = "".join(sorted(c for c in MARK_CHARS if c not in _QUIET or c in acting))
        pattern = re.compile(_scan_pattern(chars, breaks=True), re.VERBOSE)
        self.full_state = (top, last, pattern)
        return pattern

    def _next_break(self, lo: int, hi: int) -> int:
        """The first line break in ``text[lo:hi]``, or -1."""
        if self.only_newlines:
            return self.text.find("\n", lo, hi)
        br = BREAK_RE.search(self.text, lo, hi)
        return br.start() if br else -1

    def _mark(self, i: int, c: str) -> None:
        """Open, close or skip at the mark ``c`` at ``i``."""
        text = self.text
        stack = self.stack
        if c == "\N{QUOTATION MARK}":
            # Most marks in English copy are straight double ones: the two
            # commonest cases are decided here exactly as _role would.
            prev = text[i - 1] if i else "\n"
            nxt = text[i + 1] if i + 1 < self.n else "\n"
            if prev >= "\xad" or nxt >= "\xad":
                pass  # a format character may hide the real neighbour: _role decides
            elif nxt.isspace() or i + 1 == self.n:
                if not stack and not self.too_deep:
                    # Never opens (see _role), and nothing is open for it to
                    # close: the inches of 5'11" walls.
                    return
                if not prev.isspace() and not prev.isdigit():
                    self._close_innermost(i, c, _CLOSES)
                    return
            elif nxt.isalnum() and prev.isspace():
                self._open(i, c, _OPENS)
                return
        if c in _QUIET:
            too_deep = self.too_deep
            if (not stack or c not in stack[-1].reach) and (
                not too_deep or c not in CLOSES[too_deep[-1]]
            ):
                # It closes nothing that is open, so only opening is left:
                # a closing-only mark does nothing, nor does an opener with
                # no room left (see _open), unless it re-opens the innermost.
                if c not in OPENERS:
                    return
                if len(too_deep) >= self.max_depth and stack[-1].mark != c:
                    return
            role = self._judge(i, c)
        else:
            # A lone apostrophe, the commonest of these, needs no look at its neighbour.
            if c in _WIDE_FIRST and (c != "\N{APOSTROPHE}" or text.startswith("''", i)):
                c = self._stand_in(i, c)
                if not c:
                    return
            role = self._judge(i, c) if c not in STANDS_FOR else self._stand_in_role(i, c)
        if role.skip_to > i:
            self.skip_until = role.skip_to
            return
        if role.closes and self._close_innermost(i, c, role):
            return
        if role.opens:
            self._open(i, c, role)

    def _judge(self, i: int, c: str) -> _Role:
        """:func:`_role` of the mark ``c`` at ``i``, remembered by neighbours where it can be.

        A mark of ``_BY_NEIGHBOURS`` is judged from the characters either
        side; an apostrophe-like mark after a letter (``a' ``) from those and
        the one after next (a possessive ``'s``, a weak closer), since after a
        letter it is neither an elision nor feet and inches.
        """
        text = self.text
        prev = text[i - 1] if i else "\n"
        nxt = text[i + 1] if i + 1 < self.n else "\n"
        if c in _BY_NEIGHBOURS:
            if (
                (prev >= "\xad" and _is_format(prev))
                or (nxt >= "\xad" and _is_format(nxt))
                or (prev.isdigit() and c in _INCHES)
            ):
                return _role(text, i)  # the judgement reads past these neighbours
            key = prev + c + nxt
        elif c in _ELIDERS and prev.isalpha() and not (nxt >= "\xad" and _is_format(nxt)):
            key = prev + c + nxt + (text[i + 2] if i + 2 < self.n else "\n")
        else:
            return _role(text, i)
        role = self.roles.get(key)
        if role is None:
            role = self.roles[key] = _role(text, i)
        return role

    def _stand_in(self, i: int, c: str) -> str:
        """The mark that starts with ``c`` at ``i`` (`` or `, '' or ', << or >>); "" for none."""
        text = self.text
        if c == "\N{APOSTROPHE}":
            if not text.startswith("''", i):
                return c
            # Two apostrophes close a single quotation first when that is what
            # is open ('He said 'no'' she said), else they are one double mark.
            for q in reversed(self.stack):
                closers = CLOSES[q.mark]
                if "''" in closers:
                    break
                if c in closers:
                    return c
            self.skip_until = max(self.skip_until, i + 2)
            return "''"
        if c == "\N{GRAVE ACCENT}":
            fence = _FENCE_RE.match(text, i)
            if fence is not None:
                self.skip_until = fence.end()
                return ""
            if text.startswith("``", i):
                self.skip_until = max(self.skip_until, i + 2)
                return "``"
            return c
        # One < or > is a sign; three or more are arrows or e-mail quoting.
        if text.startswith(c * 2, i) and not text.startswith(c, i + 2) and text[i - 1 : i] != c:
            self.skip_until = max(self.skip_until, i + 2)
            return c * 2
        return ""

    def _stand_in_role(self, i: int, c: str) -> _Role:
        """:func:`_role_of`, with the two checks that need the open quotations."""
        role = _role_of(self.text, i, c)
        if c == "''" and not (role.opens or role.closes) and self.stack:
            # Penn Treebank spaces its marks: `` Ready , '' the pilot said.
            prev, nxt = self.text[i - 1 : i], self.text[i + 2 : i + 3]
            if prev.isspace() and (nxt.isspace() or not nxt) and self.stack[-1].mark == "``":
                return _CLOSES
        if (
            c == "<<"
            and role.opens
            and (_SHIFT_RE.match(self.text, i + 2) or not self._angle_closer_follows(i))
        ):
            return _NOTHING  # a shift or an arrow (x << 2), not a quotation
        return role

    def _angle_closer_follows(self, i: int) -> bool:
        """True when a ``>>`` follows ``i`` in its paragraph (remembered, so linear)."""
        lo, found, stop = self.angle_ahead
        if lo <= i and (i < found if found >= 0 else i < stop):
            return found >= 0
        br = self._next_break(i, self.n)
        stop = br if br >= 0 else self.n
        found = self.text.find(">>", i + 2, stop)
        self.angle_ahead = (i, found, stop)
        return found >= 0

    def _close_innermost(self, i: int, c: str, role: _Role) -> bool:
        """Close the innermost open quotation ``c`` can close; False when none is."""
        stack = self.stack
        if self.too_deep and c in CLOSES[self.too_deep[-1]]:
            self.too_deep.pop()  # closes an opener that was left unpaired
            return True
        for k in range(len(stack) - 1, -1, -1):
            if c in CLOSES[stack[k].mark]:
                if role.weak and self._surer_closer_follows(i, stack[k].mark):
                    return False
                self._close(k, i, len(c))
                return True
        return False

    def _open(self, i: int, c: str, role: _Role) -> None:
        stack = self.stack
        if stack and stack[-1].mark == c and not role.closes and self._after_sentence(i):
            # "... everyone. "You could ...": paragraphs run together by the
            # extraction; the quotation goes on past the re-opening mark.
            top = stack[-1]
            top.pieces.append((top.piece_start, trim_end(self.text, top.piece_start, i)))
            top.piece_start = i + len(c)
            return
        if len(stack) >= self.max_depth:
            if len(self.too_deep) < self.max_depth:
                self.too_deep.append(c)
            return
        if stack:
            parent = stack[-1]
            reach = parent.reach | CLOSES[c]
        else:
            parent, reach = None, CLOSES[c]
        stack.append(_Open(i, c, parent, i + len(c), reach))

    def _after_sentence(self, i: int) -> bool:
        text = self.text
        j = i
        while j > 0 and text[j - 1] in " \t\u00a0":
            j -= 1
        if j == i:
            return False
        while j > 0 and text[j - 1] in MARK_CHARS and i - j < 4:
            j -= 1  # ... say 'wow.' "My point: a nested quotation closed first
        return j > 0 and text[j - 1] in _SENTENCE_END

    def _close(self, k: int, i: int, width: int = 1) -> None:
        stack = self.stack
        q = stack[k]
        del stack[k:]
        self.too_deep.clear()
        start = q.piece_start
        if (
            not q.pieces
            and (start >= i or self.text[start].isspace())
            and _NONSPACE_RE.search(self.text, start, i) is None
        ):
            return  # an empty pair quotes nothing
        q.pieces.append((q.piece_start, i))
        q.close = i
        q.end = i + width
        self.done.append(q)

    def _end_paragraph(self, br: int) -> int:
        """Deal with open quotations at the line break ``br``; return the new cursor."""
        text = self.text
        stack = self.stack
        bottom = stack[0]
        self.too_deep.clear()
        end = trim_end(text, bottom.piece_start, br)
        nxt = _NONSPACE_RE.search(text, br)
        k = nxt.start() if nxt else self.n
        if self.multi_paragraph and k < self.n and self._reopens(k, bottom.mark):
            width = len(bottom.mark)
            self._unclosed(stack[1:], end)
            del stack[1:]
            bottom.pieces.append((bottom.piece_start, end))
            bottom.piece_start = k + width
            self.skip_until = k + width
            return k + width
        self._unclosed(stack, end)
        stack.clear()
        return br

    def _reopens(self, k: int, mark: str) -> bool:
        """True when the paragraph starting at ``k`` opens with ``mark``."""
        text = self.text
        if mark in STANDS_FOR:
            if not text.startswith(mark, k) or text.startswith(mark[0], k + len(mark)):
                return False
            return _role_of(text, k, mark).opens
        return text[k] == mark and self._judge(k, mark).opens

    def _unclosed(self, entries: list[_Open], end: int) -> None:
        # ``end`` follows the last non-space character, so it is never before
        # an opening mark still on the stack.
        for q in entries:
            if end <= q.piece_start and not q.pieces:
                continue  # an opening mark with nothing after it quotes nothing
            q.pieces.append((q.piece_start, end))
            q.end = end
            self.done.append(q)

    def _surer_closer_follows(self, i: int, opener: str) -> bool:
        """True when a mark after ``i`` in the paragraph closes ``opener`` more surely."""
        cached = self.ahead.get(opener)
        if cached is not None and cached[0] <= i < cached[1]:
            return cached[2]
        text = self.text
        lo, stop = self.para_end
        if not lo <= i < stop:
            # Remembered: one paragraph of weak closers must not be searched
            # for its end once per closer.
            br = self._next_break(i, self.n)
            stop = br if br >= 0 else self.n
            self.para_end = (i, stop)
        closers = CLOSES[opener]
        found = False
        upto = stop
        after_wide = -1  # the second character of a two-character mark
        for m in _SCAN_RE.finditer(text, i + 1, stop):
            j = m.start()
            if j == after_wide:
                continue
            c = text[j]
            if c in _WIDE_FIRST and text[j : j + 2] in STANDS_FOR:
                c = text[j : j + 2]  # '' or >>, judged whole
                after_wide = j + 1
            if c not in closers and c != opener:
                continue
            role = self._judge(j, c) if c not in STANDS_FOR else _role_of(text, j, c)
            if role.closes and not role.weak and c in closers:
                found, upto = True, j
                break
            if role.opens and not role.closes:
                upto = j
                break
        self.ahead[opener] = (i, upto, found)
        return found


_START = attrgetter("start")


_NOBODY = Found(QuoteKind.TITLE)
# Content longer than this is never a name (spaces either side included).
_LONGEST_TITLE = MAX_TITLE_CHARS + 2


def _names_are_not_speech(text: str, spans: list[QuoteSpan], found: list[Found]) -> list[Found]:
    """Give a quoted name or title (``»Die Zeit«``) kind ``title`` and nobody as speaker.

    Speech with a speaker found for it (``Er sagte: »Gute Nacht«``) stays
    speech unless a title noun names what it is (``the album “Night Shift”``).
    """
    for k, s in enumerate(spans):
        lo = s.content_start
        if s.content_end - lo > _LONGEST_TITLE or lo >= s.content_end or text[lo].islower():
            continue  # most quotations: too long or lower-case first, told without a call
        a = found[k]
        spoken = a.kind is QuoteKind.SPEECH and a.speaker is not None
        if is_title(text, s.content_start, s.content_end, s.start, s.end, spoken=spoken):
            found[k] = _NOBODY
    return found


def find_quotes(
    text: str, *, options: Options | None = None, **shortcuts: Any
) -> tuple[Quote, ...]:
    """Find the direct quotations in ``text``, sorted by start, with their speakers.

    >>> text = '"We will rebuild," the mayor said. The \\'60s houses don\\'t count.'
    >>> (q,) = find_quotes(text)
    >>> q.content, q.speaker, q.cue, q.kind.value
    ('We will rebuild,', 'the mayor', 'said', 'speech')
    >>> find_quotes("He is 6'2\\" and owns a 27\\" monitor.")
    ()
    """
    require_text(text)
    opts = resolve_options(options, shortcuts)
    if not text:
        return ()
    # Hard wraps read as spaces (the same length), so a quotation runs on over
    # them; every span is still an offset into text, and every slice is of text.
    seen = unwrap(text)
    found = _Pairer(seen, opts.max_quote_depth, opts.multi_paragraph).run()
    if not found:
        return ()
    # Each opening mark starts at most one quotation, so starts are unique and
    # sorting by start alone is the order (start, -end).
    found.sort(key=_START)
    spans: list[QuoteSpan] = []
    parents: list[int | None] = []
    for k, q in enumerate(found):
        q.index = k
        up = q.parent
        while up is not None and up.index < 0:
            up = up.parent  # an opener overrun by its parent's closer is no quotation
        # A parent starts first, so it has its index and span already.
        depth = spans[up.index].depth + 1 if up is not None else 0
        parents.append(up.index if up is not None else None)
        content_end = q.close if q.close >= 0 else q.end
        spans.append(QuoteSpan(q.start, q.end, q.start + len(q.mark), content_end, depth))
    found_attr = _names_are_not_speech(
        seen, spans, attribute(seen, spans, parents, speakers=opts.attribution)
    )
    quotes: list[Quote] = []
    for q, s, parent, a in zip(found, spans, parents, found_attr, strict=True):
        start, end, content_start, content_end, depth = s
        content_span = span(content_start, content_end)
        speaker, cue = a.speaker, a.cue
        close = q.close
        quotes.append(
            quote(
                span(start, end),
                content_span,
                text[content_start:content_end],
                q.mark,
                text[close : q.end] if close >= 0 else None,
                close >= 0,
                depth,
                parent,
                a.kind,
                text[speaker.start : speaker.end] if speaker is not None else None,
                speaker,
                text[cue.start : cue.end] if cue is not None else None,
                cue,
                (content_span,)
                if len(q.pieces) == 1
                else tuple([span(lo, hi) for lo, hi in q.pieces]),
                a.continues,
                a.attribution,
            )
        )
    return tuple(quotes)
