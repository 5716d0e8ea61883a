"""Text primitives the finders share: line breaks, trimming, quote-mark sets, tries.

Each is written once here and derived from its lexicon where there is one (the
quote-mark sets from :mod:`quoteparse.quote_marks`), so a finder never keeps
its own copy of a character list another finder also needs.

>>> BREAK_RE.search("one\\u2028two").start()
3
>>> trim_end("said  \\t", 0, 7)
4
>>> set('"\\u201c\\u201d\\u201e\\u00ab\\u00bb') <= DOUBLE_MARKS
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Container, Iterable, Sequence

from quoteparse.quote_marks import CLOSERS, DEFAULT_OPENERS, MARKS, OPENERS, STRAIGHT

__all__ = [
    "BREAK_CLASS",
    "BREAK_RE",
    "CLOSING_MARKS",
    "DOUBLE_MARKS",
    "LEADING_MARKS",
    "LINE_BREAKS",
    "OPENING_MARKS",
    "char_class",
    "trie_pattern",
    "trim_end",
]

#: Every character that ends a line: the ones ``str.splitlines`` breaks on that
#: news text uses (``\r\n`` is two of them, and the finders count it once).
LINE_BREAKS = frozenset("\n\r\N{LINE SEPARATOR}\N{PARAGRAPH SEPARATOR}\N{NEXT LINE}")

#: :data:`LINE_BREAKS` as escapes for a regex character class (``[^...{BREAK_CLASS}]``).
BREAK_CLASS = r"\n\r\u2028\u2029\x85"

#: One line-break character.
BREAK_RE = re.compile(f"[{BREAK_CLASS}]")

#: The double marks of every style: typewriter, curly (English, German,
#: Polish) and guillemets; what a line counts to tell a quotation open across
#: it. Derived from the lexicon by the characters' names.
DOUBLE_MARKS = frozenset(
    c
    for c in MARKS
    if len(c) == 1 and (c == "\N{QUOTATION MARK}" or "DOUBLE" in unicodedata.name(c))
)

#: Marks that open a quotation in the default style, and the typewriter marks
#: (single characters: the lexicon's two-character ASCII marks such as ``<<`` are
#: not punctuation a cut stands beside).
OPENING_MARKS = frozenset(c for c in DEFAULT_OPENERS | STRAIGHT if len(c) == 1)

#: Marks that close a quotation and open none in the default style (``”``, not ``“``).
CLOSING_MARKS = frozenset(c for c in CLOSERS - DEFAULT_OPENERS if len(c) == 1)

#: Marks that open a quotation in some style (``“``, German ``„`` and ``»``,
#: Swedish ``”``): what may stand between a sentence's end and its first word.
LEADING_MARKS = frozenset(c for c in OPENERS if len(c) == 1)


def char_class(chars: Iterable[str]) -> str:
    """``chars`` escaped for the inside of a regex character class, in a fixed order.

    >>> re.findall(f"[{char_class('»]-')}]", "a-b]c»d")
    ['-', ']', '»']
    """
    return "".join(re.escape(c) for c in sorted(chars))


def trim_end(text: str, lo: int, hi: int, chars: Container[str] | None = None) -> int:
    """The end of ``text[lo:hi]`` without trailing ``chars`` (whitespace when None).

    >>> trim_end("a b\\u3000", 0, 4, frozenset(" \\u3000")), trim_end("   ", 0, 3)
    (3, 0)
    """
    if chars is None:
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
    else:
        while hi > lo and text[hi - 1] in chars:
            hi -= 1
    return hi


_Node = dict[str, "_Node"]


def trie_pattern(
    spellings: Iterable[Sequence[str]],
    *,
    atom: Callable[[str], str] = re.escape,
    tail: Callable[[str], str] | None = None,
) -> str:
    """A regex alternation of ``spellings`` shaped as a prefix tree, longest first.

    ``re`` tries the branches of ``a|b|c`` one after another at every position;
    sharing prefixes (``k(?:m|g|ilo...)``) lets a failing position fail after
    one atom and makes the longest spelling win without sorting. Each spelling
    is a sequence of keys; ``atom`` writes a key as regex (escaped by default),
    and siblings are tried in the order of their keys. ``tail``, when given,
    makes the pattern that must match right after each whole spelling (it gets
    the keys joined), so a test can depend on which spelling matched. The
    result is not wrapped in a group when the tree has one branch.

    >>> trie_pattern(["km", "kg", "kilometre", "m"])
    '(?:k(?:g|ilometre|m)|m)'
    >>> trie_pattern(["see", "see also"])
    'see(?:\\\\ also)?'
    >>> trie_pattern(["ab", "abc"], tail=lambda w: f"(?#{len(w)})")
    'ab(?:c(?#3)|(?#2))'
    """
    root: _Node = {}
    for spelling in spellings:
        node = root
        for key in spelling:
            node = node.setdefault(key, {})
        node[""] = {}
    return _emit(root, "", atom, tail)


def _emit(
    node: _Node, word: str, atom: Callable[[str], str], tail: Callable[[str], str] | None
) -> str:
    # Greedy "(?:...)?" tries the longer spelling first and backtracks to the
    # shorter; with a tail, "(?:longer|tail)" does the same.
    branches = [
        atom(key) + _emit(child, word + key, atom, tail)
        for key, child in sorted(node.items())
        if key
    ]
    ends = "" in node
    end = tail(word) if tail is not None and ends else ""
    if not branches:
        return end
    if end:
        return f"(?:{'|'.join(branches)}|{end})"
    if len(branches) == 1 and not ends:
        return branches[0]
    return "(?:" + "|".join(branches) + (")?" if ends else ")")
