"""Editorial marker lines such as ``Comment: See:`` in scraped articles.

A marker line starts with a label from :data:`quoteparse.marker_labels.LABELS`
at the start of a line (after optional indentation or a bullet), in any case,
followed by a colon and the rest of the line; a few labels (``Advertisement``)
stand alone on their line. Lines end at ``\\n``, ``\\r\\n`` or ``\\r``.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from quoteparse._check import require_text
from quoteparse.marker_labels import LABELS, Label
from quoteparse.model import MappedText, Marker, Piece, Span
from quoteparse.options import Options, resolve_options

__all__ = ["find_markers", "strip_markers"]


def _label_pattern(labels: tuple[Label, ...]) -> str:
    # Longest first, so "See also" wins over "See".
    parts = []
    for label in sorted(labels, key=lambda lb: -len(lb.text)):
        words = [
            re.escape(w).replace("'", "['\N{RIGHT SINGLE QUOTATION MARK}]?")
            for w in label.text.split()
        ]
        parts.append(r"[ \t]+".join(words))
    return "|".join(parts)


_SPACE = r"[ \t\u00a0]"

_MARKER_BODY = rf"""
    (?P<indent>{_SPACE}*
      (?:[-*\u2022\u00b7\u2013\u2014>\u25aa\u25ba]{_SPACE}*)?)  # indent, optional bullet
    (?:
      # "Comment: See:" - a label, a colon (French puts a space before it), the body
      (?P<label>{_label_pattern(tuple(lb for lb in LABELS if lb.colon))})
      {_SPACE}*:{_SPACE}*
      (?P<body>[^\r\n]*)
    |
      # "Advertisement" alone on its line; "Advertisement for ..." is prose
      (?P<lone>{_label_pattern(tuple(lb for lb in LABELS if not lb.colon))})
      {_SPACE}*(?=[\r\n]|\Z)
    )
    """

# A marker on any line but the first: the line break before it comes first in
# the pattern, so `re` skips to the next break with a fast character scan
# instead of trying the label alternation at every position (a lookbehind
# for the line start cost 3x: about 47 vs 150 M chars/s on news).
_MARKER_RE = re.compile(r"[\r\n]" + _MARKER_BODY, re.VERBOSE | re.IGNORECASE)
# A marker on the first line of the text, tried once with .match().
_FIRST_MARKER_RE = re.compile(_MARKER_BODY, re.VERBOSE | re.IGNORECASE)

# Quote marks that leave a quotation open at the end of a line when unbalanced.
_OPENERS = "\N{LEFT DOUBLE QUOTATION MARK}\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
_CLOSERS = "\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
# Any mark _inside_quotation counts (the low-9 mark only lowers the count, so a
# line without the others needs no counting).
_MARK_RE = re.compile(f'["{_OPENERS}{_CLOSERS}]')


def _key(label: str) -> str:
    return " ".join(label.casefold().replace("\N{RIGHT SINGLE QUOTATION MARK}", "'").split())


# Keyed without apostrophes, as the pattern lets writers leave them out.
_BY_KEY: dict[str, Label] = {_key(lb.text).replace("'", ""): lb for lb in LABELS}


# The labels exactly as the table writes them: most markers are spelt so, and a
# dict hit skips the normalising in _key (a quarter of the time per marker).
_BY_TEXT: dict[str, Label] = {lb.text: lb for lb in LABELS}


def _lookup(label: str) -> Label:
    return _BY_TEXT.get(label) or _BY_KEY[_key(label).replace("'", "")]


def _inside_quotation(text: str, line_start: int) -> bool:
    """True when the line before ``line_start`` leaves a quotation open.

    Only a quotation that runs across a line break can hold a line-start label;
    an odd count of straight double quotes or more opening than closing curly
    marks on the previous line means one does.
    """
    if line_start == 0:
        return False
    end = line_start - 1
    if text[end] == "\n" and end > 0 and text[end - 1] == "\r":
        end -= 1
    # Look for "\r" only after the last "\n": an unbounded rfind for a break the
    # text does not use would scan back to the start at every marker (quadratic).
    prev = text.rfind("\n", 0, end)
    prev = max(prev, text.rfind("\r", prev + 1, end)) + 1
    if _MARK_RE.search(text, prev, end) is None:
        return False  # the usual case: no quote mark at all, nothing to count
    line = text[prev:end]
    if line.count('"') % 2:
        return True
    opened = sum(line.count(c) for c in _OPENERS)
    closed = sum(line.count(c) for c in _CLOSERS)
    # German „…“ closes with the English opening mark, so it opens nothing.
    opened -= min(line.count("\N{DOUBLE LOW-9 QUOTATION MARK}"), opened)
    return opened > closed


def _line_end(text: str, start: int) -> int:
    m = _EOL_RE.search(text, start)
    return m.start() if m else len(text)


_EOL_RE = re.compile(r"[\r\n]")


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
    """
    require_text(text)
    resolve_options(options, shortcuts)
    found: list[Marker] = []
    first = _FIRST_MARKER_RE.match(text)
    matches = _MARKER_RE.finditer(text)
    for m in itertools.chain((first,) if first else (), matches):
        line_start = m.start("indent")
        if _inside_quotation(text, line_start):
            continue
        group = "label" if m.group("label") is not None else "lone"
        label_start, label_end = m.span(group)
        label = m.group(group)
        if group == "label":
            body_start = m.start("body")
            body_end = body_start + len(m.group("body").rstrip(" \t\u00a0"))
            line_end = m.end("body")
        else:
            line_end = _line_end(text, m.end())
            body_start = body_end = m.end()
        found.append(
            Marker(
                span=Span(line_start, line_end),
                label=label,
                label_span=Span(label_start, label_end),
                body=text[body_start:body_end],
                body_span=Span(body_start, body_end),
                kind=_lookup(label).kind,
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
    for marker in markers:
        cut_end = marker.span.end
        if text.startswith("\r\n", cut_end):
            cut_end += 2
        elif cut_end < len(text) and text[cut_end] in "\r\n":
            cut_end += 1
        if marker.span.start > at:
            n = marker.span.start - at
            pieces.append(Piece(kept, kept + n, Span(at, marker.span.start)))
            out.append(text[at : marker.span.start])
            kept += n
        at = max(at, cut_end)
    if at < len(text):
        pieces.append(Piece(kept, kept + len(text) - at, Span(at, len(text))))
        out.append(text[at:])
    return MappedText("".join(out), tuple(pieces))
