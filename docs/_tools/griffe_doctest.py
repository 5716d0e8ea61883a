"""A griffe extension for the API reference: doctest examples shown as code blocks.

The docstrings' examples are plain doctest (``>>>`` lines and their output),
which Markdown would read as text, taking ``[...]`` in an output for a link.
Each run of lines from a ``>>>`` line to the next blank line is fenced as
``pycon`` before mkdocstrings renders the docstring. Used by ``mkdocs.yml``
only; nothing in the package imports it.
"""

from __future__ import annotations

from typing import Any

import griffe


def fence_doctests(text: str) -> str:
    r"""``text`` with each doctest block in a fenced ``pycon`` code block.

    >>> fence_doctests("Intro.\n\n>>> 1 + 1\n2\n\nAfter.").split("\n")
    ['Intro.', '', '```pycon', '>>> 1 + 1', '2', '```', '', 'After.']
    """
    out: list[str] = []
    inside = False
    for line in text.split("\n"):
        if not inside and line.lstrip().startswith(">>>"):
            out.append("```pycon")
            inside = True
        elif inside and not line.strip():
            out.append("```")
            inside = False
        out.append(line)
    if inside:
        out.append("```")
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Fence the doctest blocks of every docstring griffe loads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Rewrite ``obj``'s docstring in place, once, when griffe has loaded it."""
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(obj.docstring.value)
