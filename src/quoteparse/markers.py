"""Editorial marker lines such as ``Comment: See:`` in scraped articles.

A marker line starts with a label from :data:`quoteparse.marker_labels.LABELS`
at the start of a line (after optional indentation, a bullet or an opening
bracket), in any case, followed by a colon and the rest of the line; some labels
(``Advertisement``, ``Photo``) are markers alone on their line, and credit
labels may take a capitalised name with no colon (``Photo by Ann Lee``). Lines
end at ``\\n``, ``\\r\\n``, ``\\r``, U+2028, U+2029 or U+0085 (NEL). Format
characters (category Cf: a byte order mark, a zero-width space, a word joiner,
a soft hyphen) at the start of a line are skipped when looking for the label,
and belong to the marker line. A line that closes a quotation left open on the
line before is part of that quotation, not a marker.

Speed: ``str.find`` jumps from line break to line break, and one compiled
pattern, its labels shaped as a trie, is tried at each line start; Python does
more only for the lines that start with a label. No part of the pattern puts
two runs of the same characters side by side, so a match costs time linear in
its line whatever its whitespace.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from quoteparse._build import marker
from quoteparse._check import require_text
from quoteparse._text import (
    BREAK_CLASS,
    BREAK_RE,
    DOUBLE_MARKS,
    LINE_BREAKS,
    trie_pattern,
    trim_end,
)
from quoteparse.marker_labels import LABELS, Label
from quoteparse.model import MappedText, Marker, MarkerKind, Piece, Span
from quoteparse.options import Options, resolve_options

__all__ = ["find_markers", "strip_markers"]


# In a label, a space matches any run of spaces or tabs, and an apostrophe
# matches a straight or curly one, or none.
_ATOMS = {" ": r"[ \t]+", "'": "['\N{RIGHT SINGLE QUOTATION MARK}]?"}


def _atoms(text: str) -> tuple[str, ...]:
    return tuple(
        _ATOMS.get(ch, re.escape(ch))
        for ch in " ".join(text.split()).lower().replace("\N{RIGHT SINGLE QUOTATION MARK}", "'")
    )


def _label_pattern(labels: tuple[Label, ...], prefix: str) -> str:
    """One alternation of ``labels`` shaped as a trie, so that at a line start the
    regex engine tests one branch per character instead of every label in turn.

    Where one label is a prefix of another ("See", "See also") the longer one is
    tried first, as the optional continuation is greedy. A space inside a label
    is a run taken whole (see _spaces), its group named ``prefix`` and a number:
    "Photo" + 80,000 spaces cost 2.6 ms in the label alone, shortened a space
    at a time to try "by" and "credit" after each length.
    """
    number = itertools.count()

    def atom(key: str) -> str:
        if key != _ATOMS[" "]:
            return key
        name = f"{prefix}{next(number)}"
        return f"(?-i:(?=(?P<{name}>{key}))(?P={name}))"

    return trie_pattern((_atoms(label.text) for label in labels), atom=atom)


# Spaces, no-break spaces, and the ideographic space that indents Chinese paragraphs.
_SPACE = r"[ \t\u00a0\u3000]"
# ASCII and fullwidth (Chinese, Japanese) colons.
_COLON = "[:\N{FULLWIDTH COLON}]"
_BULLETS = (
    "-*>"
    "\N{BULLET}\N{MIDDLE DOT}\N{EN DASH}\N{EM DASH}"
    "\N{BLACK SMALL SQUARE}\N{BLACK RIGHT-POINTING POINTER}"
)
_CLOSING_BRACKET = {"(": ")", "[": "]"}


def _spaces(name: str) -> str:
    """A run of spaces taken whole, never given back (``re`` has no possessive
    quantifier before Python 3.11): a lookahead captures the run and a
    back-reference steps over it. A run the engine may shorten, followed by
    alternatives that each fail, costs a try of every alternative at every
    shorter length; "Photo" + 16,000 spaces + "x" cost 15 ms a line that way.
    Case-sensitive, as spaces have no case: under IGNORECASE the engine's
    steps over a long run cost several times more per space (2.5 ms against
    0.6 over 320,000 spaces).
    """
    return f"(?-i:(?=(?P<{name}>{_SPACE}*))(?P={name}))"


# What may stand between a label and its colon: a time or date stamp or a
# parenthesised remark. Bounded and lazy, so the first colon that is followed by
# a space or the end of the line ends it ("13:17 Uhr:" is one stamp). It follows
# the run of spaces after the label (see _spaces), so the date branch, which
# needs one space at least, looks behind for it.
_STAMP = rf"""
    (?:
      ,[^{BREAK_CLASS}]{{0,40}}?                   # "Update, 13:17 Uhr:", "Update, 28.4.2020:"
    | (?<={_SPACE})(?:(?:vom|from|at|on|am|du|del)\b{_SPACE}+)?\d[^{BREAK_CLASS}]{{0,40}}?
                                                # "Updated 5:30 p.m.:", "Update vom 3. Mai:"
    | \([^(){BREAK_CLASS}]{{0,40}}\)               # "Photo (cc) :", "Update (March 5):"
    )
"""

_BODY = rf"""
    (?P<indent>{_SPACE}*
      (?:(?:>>|[{_BULLETS}]){_SPACE}*)?         # an optional bullet: "- Read more:", "> Update:"
      (?P<open>[(\[])?)                         # "[Read: ...]", "(Bild: Hersteller)"
    (?:
      # "Comment: See:" - a label, an optional stamp, a colon (French puts a
      # space before it), the body. A colon right before a digit is a time.
      (?P<label>{_label_pattern(tuple(lb for lb in LABELS if lb.colon), "c")})
      {_spaces("gap")}
      (?:{_STAMP})?
      {_SPACE}*{_COLON}(?!\d){_SPACE}*
      (?P<body>[^{BREAK_CLASS}]*)
    |
      # "Photo by Ann Lee", "Credit Harry Campbell": a credit label and a name
      # with no colon; the name must be capitalised, checked in Python
      # ("Written by hand" is prose)
      (?P<by>{_label_pattern(tuple(lb for lb in LABELS if lb.bare), "b")})
      {_SPACE}+
      (?P<name>[^{BREAK_CLASS}]+)
    |
      # "Advertisement" alone on its line; "Advertisement for ..." is prose.
      # The spaces after a closing bracket are a group of their own: two space
      # runs side by side made "Photo" + a long run of spaces + "x" quadratic
      # (figure in docs/performance.md, "Measured design choices").
      (?P<lone>{_label_pattern(tuple(lb for lb in LABELS if lb.alone), "a")})
      {_spaces("pad")}(?:[)\]]{_spaces("after")})?(?=[{BREAK_CLASS}]|\Z)
    )
"""

# Matched at each line start only.
_LINE_RE = re.compile(_BODY, re.VERBOSE | re.IGNORECASE)

# A "... by" credit with no colon is a short line.
_MAX_BY_LINE = 120


def _key(label: str) -> str:
    return " ".join(label.casefold().replace("\N{RIGHT SINGLE QUOTATION MARK}", "'").split())


# Keyed without apostrophes, as the pattern lets writers leave them out.
_BY_KEY: dict[str, Label] = {_key(lb.text).replace("'", ""): lb for lb in LABELS}


# Each label on its own, for the rare label whose case folding differs from the
# regex engine's ("EDİTOR'S NOTE" with a dotted capital I matches "editor's note").
_EACH_LABEL: tuple[tuple[re.Pattern[str], Label], ...] = tuple(
    (re.compile(_label_pattern((lb,), "s"), re.IGNORECASE), lb) for lb in LABELS
)


def _lookup(label: str) -> Label:
    found = _BY_KEY.get(_key(label).replace("'", ""))
    if found is not None:
        return found
    # The pattern matched ``label`` as one of the labels, so one of these matches.
    return next(lb for pattern, lb in _EACH_LABEL if pattern.fullmatch(label))


# --- the "label inside a quotation" rule ------------------------------------
_LEFT = "\N{LEFT DOUBLE QUOTATION MARK}"
_RIGHT = "\N{RIGHT DOUBLE QUOTATION MARK}"
_LOW9 = "\N{DOUBLE LOW-9 QUOTATION MARK}"  # German and Polish opening mark
_GUILLEMETS = (
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
)


# Any mark of the three families (the lexicon's double marks, a superset of
# the ones counted below): most lines before a label have none, and one search
# says so faster than counting each.
_FAMILY_MARK_RE = re.compile(f"[{''.join(sorted(DOUBLE_MARKS))}]")


def _open_quotes(line: str) -> tuple[bool, bool, bool]:
    """Which quotation families ``line`` leaves open: straight, curly, guillemets."""
    straight = line.count('"') % 2 == 1
    low9 = line.count(_LOW9)
    left = line.count(_LEFT)
    right = line.count(_RIGHT)
    # German „…“ closes with the English opening mark, so it opens nothing.
    curly = low9 + left - right - 2 * min(left, low9) > 0
    # « » and » « (German) both occur, so only an imbalance tells.
    guillemets = line.count(_GUILLEMETS[0]) != line.count(_GUILLEMETS[1])
    return straight, curly, guillemets


def _closes_quotes(line: str, low9_open: bool) -> tuple[bool, bool, bool]:
    """Which quotation families ``line`` closes without opening them itself."""
    straight = line.count('"') % 2 == 1
    left = line.count(_LEFT)
    right = line.count(_RIGHT)
    low9 = line.count(_LOW9)
    curly = right > left + low9 or (low9_open and left > low9)
    guillemets = line.count(_GUILLEMETS[0]) != line.count(_GUILLEMETS[1])
    return straight, curly, guillemets


def _inside_quotation(text: str, prev: int | None, line_start: int, line_end: int) -> bool:
    """True when the line is the middle of a quotation that runs across a line break.

    That takes a quotation left open by the line before (starting at ``prev``)
    and closed on this line. A quotation left open and never closed here (an
    inch mark, a multi-paragraph quotation whose next paragraph re-opens) does
    not count, nor does one opened before an empty line.
    """
    if prev is None or not _FAMILY_MARK_RE.search(text, prev, line_start):
        return False
    end = line_start - 1
    if text[end] == "\n" and end > prev and text[end - 1] == "\r":
        end -= 1
    before = text[prev:end]
    opened = _open_quotes(before)
    if not any(opened):
        return False
    low9_open = before.count(_LOW9) > before.count(_LEFT) + before.count(_RIGHT)
    closed = _closes_quotes(text[line_start:line_end], low9_open)
    return any(o and c for o, c in zip(opened, closed, strict=True))


def _lines(text: str) -> Iterator[tuple[int, int | None]]:
    """Each line start, with the start of the line before it (None when that line
    is empty or there is none). A run of empty lines costs one step."""
    yield 0, None
    brk = _only_break(text)
    if brk is None:
        prev = 0
        for m in _BREAKS_RE.finditer(text):
            start = m.end()
            if start == len(text):
                return
            yield start, (prev if m.group() in _ONE_BREAK else None)
            prev = start
        return
    # One kind of break: str.find runs at memory speed, several times faster
    # than a regex search, so \r, \r\n and U+2028 lines cost what \n lines do.
    width = len(brk)
    run = _RUNS_RE[brk].match
    prev = 0
    at = text.find(brk)
    while at >= 0:
        start = at + width
        if start == len(text):
            return
        if text.startswith(brk, start):
            skipped = run(text, start)  # matches: a break starts here
            start = skipped.end() if skipped else start
            if start == len(text):
                return
            yield start, None
        else:
            yield start, prev
        prev = start
        at = text.find(brk, start)


def _only_break(text: str) -> str | None:
    """The one way ``text`` breaks its lines, or None when it mixes them.

    A text with no break at all gives ``"\\n"`` (nothing to find).
    """
    present = [ch for ch in LINE_BREAKS if ch in text]
    if len(present) <= 1:
        return present[0] if present else "\n"
    if len(present) == 2 and "\r" in present and "\n" in present:
        crlf = text.count("\r\n")
        if crlf == text.count("\r") == text.count("\n"):
            return "\r\n"
    return None


# A run of line breaks; runs longer than one break hold an empty line.
_BREAKS_RE = re.compile(r"(?:\r\n?|[\n\u2028\u2029\x85])+")
# A run of one kind of break, for each kind _only_break may name.
_ONE_BREAK = LINE_BREAKS | {"\r\n"}
_RUNS_RE = {brk: re.compile(f"(?:{re.escape(brk)})+") for brk in _ONE_BREAK}


# Most lines cannot start a marker: their first two characters (lower case, a
# tab read as a space) begin no label, and their first is no space, bullet or
# bracket. Checking that in a set is several times cheaper than a failed match.
_PREFIXES = frozenset(" ".join(lb.text.lower().split())[:2] for lb in LABELS)
_ANY_PREFIX = frozenset(" \t\u00a0\u3000([>" + _BULLETS)
# Letters that re.IGNORECASE matches to an ASCII letter but str.lower() does not
# turn into it; a test checks every letter that starts a label against the engine.
_FOLD = str.maketrans(
    {
        "\N{LATIN CAPITAL LETTER I WITH DOT ABOVE}": "i",
        "\N{LATIN SMALL LETTER DOTLESS I}": "i",
        "\N{LATIN SMALL LETTER LONG S}": "s",
    }
)


def _may_start_marker(head: str) -> bool:
    """Whether a line beginning with ``head`` (two characters or fewer) may be a marker."""
    if head[:1] in _ANY_PREFIX:
        return True
    if head.lower().replace("\t", " ") in _PREFIXES:
        return True
    return not head.isascii() and head.translate(_FOLD).lower().replace("\t", " ") in _PREFIXES


def _past_format(text: str, at: int) -> int:
    """The end of the run of format characters (Cf) starting at ``at``."""
    n = len(text)
    category = unicodedata.category
    while at < n and category(text[at]) == "Cf":
        at += 1
    return at


def _matches(text: str) -> Iterator[tuple[re.Match[str], int | None, int]]:
    """Each line that matches the pattern: the match, the line before, the line start."""
    match = _LINE_RE.match
    for start, prev in _lines(text):
        head = text[start : start + 2]
        at = start
        if not _may_start_marker(head):
            # "\ufeffComment:": a byte order mark or a zero-width character
            # before the label, skipped (it stays part of the marker line).
            if head < "\x80" or unicodedata.category(head[0]) != "Cf":
                continue
            at = _past_format(text, start)
            if not _may_start_marker(text[at : at + 2]):
                continue
        m = match(text, at)
        if m is not None:
            yield m, prev, start


_TRAILING = frozenset(" \t\u00a0\u3000")


def _line_end(text: str, start: int) -> int:
    m = BREAK_RE.search(text, start)
    return m.start() if m else len(text)


def find_markers(
    text: str, *, options: Options | None = None, **shortcuts: Any
) -> tuple[Marker, ...]:
    """Find editorial marker lines in ``text``, sorted by start.

    >>> text = 'He declined to comment: "No."\\nComment: Also See:\\n'
    >>> [(m.label, m.body, m.kind.value) for m in find_markers(text)]
    [('Comment', 'Also See:', 'comment')]
    >>> m = find_markers(text)[0]
    >>> m.span.slice(text), m.label_span.slice(text)
    ('Comment: Also See:', 'Comment')
    >>> [m.label for m in find_markers("Update, 13:17: Roads reopen.\\n[Read: Why]")]
    ['Update', 'Read']
    """
    require_text(text)
    resolve_options(options, shortcuts)
    found: list[Marker] = []
    # Per call, so nothing outlives it: a label as written -> its kind.
    kinds: dict[str, MarkerKind] = {}
    for m, prev, line_start in _matches(text):
        group = m.lastgroup
        if group == "body":
            label_start, label_end = m.span("label")
            body_start, line_end = m.span("body")
        elif group == "name":
            label_start, label_end = m.span("by")
            body_start, line_end = m.span("name")
            name = m.group("name")
            if not name[0].isupper() or line_end - line_start > _MAX_BY_LINE:
                continue
        else:
            label_start, label_end = m.span("lone")
            line_end = _line_end(text, m.end())
            body_start = line_end
        body_end = line_end
        if body_end > body_start and text[body_end - 1] in _TRAILING:
            body_end = trim_end(text, body_start, body_end, _TRAILING)
        opener = m.group("open")
        if opener and body_end > body_start and text[body_end - 1] == _CLOSING_BRACKET[opener]:
            body_end = trim_end(text, body_start, body_end - 1, _TRAILING)
        if group not in ("body", "name"):  # the lone branch, which ends in a space group
            body_start = body_end = label_end
        if _inside_quotation(text, prev, line_start, line_end):
            continue
        label = text[label_start:label_end]
        kind = kinds.get(label)
        if kind is None:
            kind = kinds[label] = _lookup(label).kind
        found.append(
            marker(
                line_start,
                line_end,
                label,
                label_start,
                label_end,
                text[body_start:body_end],
                body_start,
                body_end,
                kind,
            )
        )
    return tuple(found)


def strip_markers(text: str, markers: tuple[Marker, ...] | None = None) -> MappedText:
    """Return ``text`` with every marker line (and its line break) removed.

    All other characters are kept as they are, and the result maps each of its
    characters back to its offset in ``text``. Pass ``markers`` from an earlier
    :func:`find_markers` or :func:`quoteparse.parse` to skip finding them again.

    >>> text = "First line.\\nComment: See:\\nLast line."
    >>> stripped = strip_markers(text)
    >>> stripped.text
    'First line.\\nLast line.'
    >>> stripped.original_offset(12), text[26]
    (26, 'L')
    """
    require_text(text)
    if markers is None:
        markers = find_markers(text)
    pieces: list[Piece] = []
    out: list[str] = []
    kept = 0
    at = 0
    for line in markers:
        cut_end = line.span.end
        if text.startswith("\r\n", cut_end):
            cut_end += 2
        elif cut_end < len(text) and text[cut_end] in LINE_BREAKS:
            cut_end += 1
        if line.span.start > at:
            n = line.span.start - at
            pieces.append(Piece(kept, kept + n, Span(at, line.span.start)))
            out.append(text[at : line.span.start])
            kept += n
        at = max(at, cut_end)
    if at < len(text):
        pieces.append(Piece(kept, kept + len(text) - at, Span(at, len(text))))
        out.append(text[at:])
    return MappedText("".join(out), tuple(pieces))
