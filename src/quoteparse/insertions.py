"""Bracketed editorial insertions such as ``[the United States]`` and ``[sic]``.

Not built yet (issue 4): :func:`find_insertions` returns no insertions.
"""

from __future__ import annotations

from typing import Any

from quoteparse._check import require_text
from quoteparse.model import Insertion
from quoteparse.options import Options, resolve_options

__all__ = ["find_insertions"]


def find_insertions(
    text: str, *, options: Options | None = None, **shortcuts: Any
) -> tuple[Insertion, ...]:
    """Find bracketed insertions in ``text``, sorted by start, with ``quote=None``.

    >>> find_insertions("No brackets here.")
    ()
    """
    require_text(text)
    resolve_options(options, shortcuts)
    return ()
