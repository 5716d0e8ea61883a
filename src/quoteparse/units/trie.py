"""Unit spellings as one regex alternation shaped as a prefix tree.

The tree is built by :func:`quoteparse._text.trie_pattern`, shared with the
marker labels; here a space or hyphen in a spelling matches any of them.

>>> trie_pattern(["km", "kg", "kilometre", "m"])
'(?:(?:k(?:g|ilometre|m)|m))'
>>> import re
>>> re.match(trie_pattern(["mile", "miles"]) + "$", "miles") is not None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from quoteparse import _text

__all__ = ["SPACE", "trie_pattern"]

#: What a space inside a spelling matches: "sq ft", "sq\u00a0ft", "square-mile".
SPACE = "[ \N{NO-BREAK SPACE}-]"


def trie_pattern(words: Iterable[str], tail: Callable[[str], str] | None = None) -> str:
    """A non-capturing regex matching any of ``words``, longest spelling first.

    A space or a hyphen in a word matches :data:`SPACE`. ``tail``, when given,
    makes the pattern that must match right after each whole word (it gets the
    word, hyphens as spaces), so a test can depend on which word matched. The
    tree is :func:`quoteparse._text.trie_pattern`'s.

    >>> trie_pattern(["ab", "abc"], tail=lambda w: f"(?#{len(w)})")
    '(?:ab(?:c(?#3)|(?#2)))'
    """
    tree = _text.trie_pattern((w.replace("-", " ") for w in words), atom=_atom, tail=tail)
    return f"(?:{tree})"


def _atom(ch: str) -> str:
    return SPACE if ch == " " else re.escape(ch)
