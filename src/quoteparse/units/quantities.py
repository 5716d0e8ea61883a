"""Find quantities with units.

Not built yet (issue 5): :func:`find_quantities` returns no quantities.
"""

from __future__ import annotations

from typing import Any

from quoteparse._check import require_text
from quoteparse.model import Quantity
from quoteparse.options import Options, resolve_options

__all__ = ["find_quantities"]


def find_quantities(
    text: str, *, options: Options | None = None, **shortcuts: Any
) -> tuple[Quantity, ...]:
    """Find quantities with units in ``text``, sorted by start.

    >>> find_quantities("No numbers here.")
    ()
    """
    require_text(text)
    resolve_options(options, shortcuts)
    return ()
