"""How every output numbers results: the summary, the HTML view and the JSON and records.

A result's number is its position in its kind's tuple on the Document, counted
from 0: the same position its object has in the JSON array (``--json``,
``Document.to_dict()``), the ``index`` column of its record, and the value other
results use to point at it (an insertion's ``quote``, a quotation's ``parent``
and ``continues``, a speaker's ``quotes``). So ``#2`` in the summary or on the
HTML page is the third quotation of the JSON, and an insertion "in quotation #2"
has ``"quote": 2``. Counting from 1 in the views would make every
cross-reference off by one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

__all__ = ["FIRST", "number", "numbered"]

T = TypeVar("T")

#: The number of the first result of a kind: its JSON array index.
FIRST = 0


def numbered(results: Iterable[T]) -> Iterator[tuple[int, T]]:
    """Each result with its number, in order (the records' ``index`` column).

    >>> list(numbered("ab"))
    [(0, 'a'), (1, 'b')]
    """
    return enumerate(results, start=FIRST)


def number(index: int) -> str:
    """A result's number as the views write it.

    >>> number(0), number(12)
    ('#0', '#12')
    """
    return f"#{index}"
