"""Direct quotations: the quote-mark lexicon and the pairing algorithm.

Not built yet (issue 3): :func:`find_quotes` returns no quotations.
"""

from __future__ import annotations

from typing import Any

from quoteparse._check import require_text
from quoteparse.model import Quote
from quoteparse.options import Options, resolve_options

__all__ = ["find_quotes"]


def find_quotes(
    text: str, *, options: Options | None = None, **shortcuts: Any
) -> tuple[Quote, ...]:
    """Find the direct quotations in ``text``, sorted by start.

    >>> find_quotes("No quotations here.")
    ()
    """
    require_text(text)
    resolve_options(options, shortcuts)
    return ()
