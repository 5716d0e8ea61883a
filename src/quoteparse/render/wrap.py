"""Wrapping ANSI-coloured text at word boundaries to a terminal's width.

A terminal left to itself breaks a long line wherever the column runs out,
in the middle of a word. :func:`wrap` breaks at the last space that fits
instead; SGR escape sequences take no column, and East Asian wide characters
take two. A word longer than the width keeps its own line and overflows (it
is never cut). Existing line breaks are kept.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["wrap"]

# One piece of a line, by what it costs in columns.
_PIECE = re.compile(
    r"""
    (?P<escape>\x1b\[[0-9;]*m)   # an SGR sequence (colour, bold ...): no column
    | (?P<space>[ ]+)            # spaces: where a line may break
    | (?P<word>[^ \x1b]+)        # anything else up to the next space or escape
    | (?P<esc>\x1b)              # a lone ESC (the views show none, but never loop)
    """,
    re.VERBOSE,
)


def _columns(word: str) -> int:
    if word.isascii():
        return len(word)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in word)


def _wrap_line(line: str, width: int) -> str:
    out: list[str] = []
    column = 0
    space = ""  # spaces seen since the last word, written only if the next word fits
    for piece in _PIECE.finditer(line):
        kind, text = piece.lastgroup, piece.group()
        if kind in {"escape", "esc"}:
            out.append(text)
        elif kind == "space":
            space += text
        else:
            size = _columns(text)
            if column and column + len(space) + size > width:
                out.append("\n")
                column = 0
            else:
                out.append(space)
                column += len(space)
            out.append(text)
            column += size
            space = ""
    out.append(space if column + len(space) <= width else "")
    return "".join(out)


def wrap(text: str, width: int) -> str:
    """``text`` with each line broken at spaces so that none is wider than ``width`` columns.

    >>> wrap("the quick brown fox", 10)
    'the quick\\nbrown fox'
    >>> wrap("\\x1b[33mthe quick\\x1b[0m brown", 9)
    '\\x1b[33mthe quick\\x1b[0m\\nbrown'
    >>> wrap("an unbreakableword here", 5)
    'an\\nunbreakableword\\nhere'
    """
    if width < 1:
        raise ValueError(f"width must be 1 or more, not {width}")
    return "\n".join(_wrap_line(line, width) for line in text.split("\n"))
