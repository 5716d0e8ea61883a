"""Pair a quantity with its stated equivalent in another unit, and check the sum.

Not built yet (issue 5): no conversions are found.
"""

from __future__ import annotations

from typing import Any

from quoteparse._check import require_text
from quoteparse.model import Conversion, Quantity
from quoteparse.options import Options, resolve_options
from quoteparse.units.quantities import find_quantities

__all__ = ["find_conversions", "pair_conversions"]


def pair_conversions(
    text: str, quantities: tuple[Quantity, ...], options: Options
) -> tuple[Conversion, ...]:
    """Find conversion pairs among ``quantities`` already found in ``text``."""
    return ()


def find_conversions(
    text: str, *, options: Options | None = None, **shortcuts: Any
) -> tuple[Conversion, ...]:
    """Find conversion pairs such as ``11 miles (18 kilometers)`` in ``text``.

    >>> find_conversions("No conversions here.")
    ()
    """
    require_text(text)
    opts = resolve_options(options, shortcuts)
    return pair_conversions(text, find_quantities(text, options=opts), opts)
