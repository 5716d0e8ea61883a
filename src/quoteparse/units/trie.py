"""Build a regex alternation of many words as a prefix tree.

``re`` tries the branches of ``a|b|c`` one after another at every position;
sharing prefixes (``k(?:m|g|ilo...)``) lets a failing position fail after one
character and makes the longest spelling win without sorting.

>>> trie_pattern(["km", "kg", "kilometre", "m"])
'(?:(?:k(?:g|ilometre|m)|m))'
>>> import re
>>> re.match(trie_pattern(["mile", "miles"]) + "$", "miles") is not None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

__all__ = ["SPACE", "trie_pattern"]

#: What a space inside a spelling matches: "sq ft", "sq\u00a0ft", "square-mile".
SPACE = "[ \N{NO-BREAK SPACE}-]"


def trie_pattern(words: Iterable[str], tail: Callable[[str], str] | None = None) -> str:
    """A non-capturing regex matching any of ``words``, longest spelling first.

    A space or a hyphen in a word matches :data:`SPACE`. ``tail``, when given,
    makes the pattern that must match right after each whole word (it gets the
    word, hyphens as spaces), so a test can depend on which word matched.

    >>> trie_pattern(["ab", "abc"], tail=lambda w: f"(?#{len(w)})")
    '(?:ab(?:c(?#3)|(?#2)))'
    """
    root: _Node = {}
    for word in words:
        node = root
        for ch in word.replace("-", " "):
            node = node.setdefault(ch, {})
        node[""] = {}
    return f"(?:{_emit(root, '', tail)})"


_Node = dict[str, "_Node"]


def _atom(ch: str) -> str:
    return SPACE if ch == " " else re.escape(ch)


def _emit(node: _Node, word: str, tail: Callable[[str], str] | None) -> str:
    # Greedy "(?:...)?" tries the longer spelling first and backtracks to the
    # shorter; with a tail, "(?:longer|tail)" does the same.
    branches = [
        _atom(ch) + _emit(child, word + ch, tail) for ch, child in sorted(node.items()) if ch
    ]
    end = tail(word) if tail is not None and "" in node else ""
    if not branches:
        return end
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" in node:
        return f"(?:{body}|{end})" if end else f"(?:{body})?"
    return body
