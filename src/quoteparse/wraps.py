"""Hard-wrapped text: which single line breaks are wraps inside a paragraph.

Plain-text feeds, e-mail and older archives break lines at 60-80 columns
with a single newline and set paragraphs apart by a blank line or an indent.
Web text puts one paragraph on a line, of any length. :func:`unwrap` tells
the two apart from the text's own line-length profile and returns the text
with each wrap written as a space, the same length as the original, so every
offset found in it is an offset into the caller's text.

The rule, for the whole text:

1. The wrap column is the longest line (trailing spaces and ``\\r`` not
   counted) of at most :data:`MAX_WIDTH` columns, and at least
   :data:`MIN_WIDTH` (shorter means a list or verse). More than one line in
   :data:`OVERRUN_SHARE` longer than that means paragraphs on lines of their
   own (web text); fewer are words too long to break (a web address).
2. A *joint* is a newline between two non-blank lines whose second line is
   not indented deeper than the text's shallowest line (an indent starts a
   paragraph; a text that indents every line alike, as some feeds do, sets
   its paragraphs apart by blank lines). The text is hard-wrapped when
   it has at least :data:`MIN_JOINTS` joints, at least :data:`MIN_FILLED` of
   them end a line filled to within :data:`FILL_SLACK` columns of the wrap
   column, and at least :data:`MIN_JOINTS` of its wraps (rule 3) break a
   sentence: the line does not end with a full stop, ``!`` or ``?`` and the
   next line starts with a letter that is not upper-case (or a digit). Web
   text of short paragraphs, one a line, ends its lines with sentences and
   starts them with capitals, so however full its lines look it is not read
   as wrapped.
3. In hard-wrapped text a joint is a wrap when the next line's first word
   would not have fitted on the line (the line, a space and that word run
   past the wrap column less :data:`WRAP_SLACK`), the way a wrapping editor
   breaks; a short line before it (a heading, a signature) stays a break.

>>> text = "A short title\\n\\n" + "word " * 8 + "and\\nmore " + "word " * 8 + "end"
>>> unwrap(text) == text  # one joint only: not enough to call it wrapped
True
>>> unwrap(text + "\\nand more").count("\\n")  # two joints: both wraps, the blank line stays
2
>>> wrapped = ("The lines of this text were broken at forty\\n"
...            "or so columns, as an e-mail program does\\n"
...            "it, and each of them is a wrap that joins\\n"
...            "the words of a paragraph.")
>>> unwrap(wrapped).count("\\n")
0
>>> web = "The army withdrew from the town.\\nIt took a week.\\nNobody saw them go.\\nIt was over."
>>> unwrap(web) == web  # every line ends a sentence: paragraphs, not wraps
True
"""

from __future__ import annotations

import re
from itertools import islice

__all__ = [
    "FILL_SLACK",
    "MAX_WIDTH",
    "MIN_FILLED",
    "MIN_JOINTS",
    "MIN_WIDTH",
    "OVERRUN_SHARE",
    "WRAP_SLACK",
    "unwrap",
]

#: Narrowest wrap column read as hard wrapping.
MIN_WIDTH = 30
#: Widest wrap column read as hard wrapping (wider lines are web paragraphs).
MAX_WIDTH = 100
#: Fewest joints (newlines inside a block of lines) a wrapped text has.
MIN_JOINTS = 2
#: Share of joints that must end a filled line.
MIN_FILLED = 0.5
#: A line within this many columns of the wrap column is filled.
FILL_SLACK = 20
#: Columns a wrapping editor may leave unused at the end of a line.
WRAP_SLACK = 8
#: At most one line in this many may run past :data:`MAX_WIDTH` in wrapped text.
OVERRUN_SHARE = 20

# Marks that end a sentence at the end of a line (CJK full-width ones too).
_SENTENCE_ENDS = frozenset(
    ".!?\N{IDEOGRAPHIC FULL STOP}\N{FULLWIDTH EXCLAMATION MARK}\N{FULLWIDTH QUESTION MARK}"
)

# Characters an indent is made of.
_INDENT = " \t\N{NO-BREAK SPACE}\N{IDEOGRAPHIC SPACE}"


def _has_joints(text: str) -> bool:
    """At least :data:`MIN_JOINTS` single newlines with text after them.

    Text that sets every line apart by a blank line (the BBC's) has none, and
    is told after one compiled search (``tests/test_wraps.py`` checks it
    against the plain loop over each newline).
    """
    return next(islice(_JOINT_RE.finditer(text), MIN_JOINTS - 1, None), None) is not None


# A newline (of LF or CRLF) between two characters that are no line breaks: a
# joint. The pattern opens with the plain "\n", so "re" skips to each newline
# at memchr speed and tests the characters around it there.
_JOINT_RE = re.compile(r"\n(?=[^\r\n])(?:(?<=[^\r\n]\n)|(?<=[^\r\n]\r\n))")


def unwrap(text: str) -> str:
    """``text`` with the newlines that are hard wraps written as spaces (same length).

    Only ``\\n`` and ``\\r\\n`` line breaks are read; text that is not hard
    wrapped comes back as it is (the same object).
    """
    if not _has_joints(text):
        return text
    lines = text.split("\n")
    lengths = [len(line.rstrip()) for line in lines]
    # A word too long to break (a web address) may overrun the wrap column.
    fitting = [n for n in lengths if n <= MAX_WIDTH]
    width = max(fitting, default=0)
    if width < MIN_WIDTH or (len(lengths) - len(fitting)) * OVERRUN_SHARE > len(fitting):
        return text
    depths = [len(line) - len(line.lstrip(_INDENT)) for line in lines]
    base = min((d for d, n in zip(depths, lengths, strict=True) if n), default=0)
    joints = [
        k for k in range(len(lines) - 1) if lengths[k] and lengths[k + 1] and depths[k + 1] <= base
    ]
    if len(joints) < MIN_JOINTS:
        return text
    filled = sum(1 for k in joints if lengths[k] >= width - FILL_SLACK)
    if filled < MIN_FILLED * len(joints):
        return text
    wraps: list[int] = []
    broken = 0  # wraps that break a sentence: the evidence a wrapping editor made them
    for k in joints:
        nxt = lines[k + 1].lstrip()
        word = nxt.split(None, 1)[0]
        if lengths[k] + 1 + len(word) > width - WRAP_SLACK:
            wraps.append(k)
            first, last = nxt[0], lines[k].rstrip()[-1]
            if last not in _SENTENCE_ENDS and first.isalnum() and not first.isupper():
                broken += 1
    if broken < MIN_JOINTS:
        return text
    chars = list(text)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for k in wraps:
        at = offsets[k + 1] - 1  # the newline ending line k
        chars[at] = " "
        if at and chars[at - 1] == "\r":
            chars[at - 1] = " "
    return "".join(chars)
