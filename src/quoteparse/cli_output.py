"""The command line's output formats: one document rendered, and the stream around them.

:class:`Renderer` turns one parsed document into its output (a summary, a JSON
object, a line of JSON Lines, an HTML section). It is a frozen dataclass of
plain values, so ``--jobs`` workers can be sent it and render where they
parse. :func:`write_all` writes the rendered documents in order, with what
goes around them (a JSON array's brackets, an HTML page's head and tail),
flushing after each so that a reader that went away is met at once.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from quoteparse._json_stream import document_json
from quoteparse.model import Document
from quoteparse.render.html import html_section, page_head, page_tail, render_html
from quoteparse.render.terminal import render_ansi

__all__ = ["Format", "Renderer", "write_all"]

Format = Literal["summary", "json", "jsonl", "html"]


@dataclass(frozen=True, slots=True)
class Renderer:
    """How to render each document: the ``format`` and its switches."""

    format: Format = "summary"
    #: Leave the text out of JSON.
    no_text: bool = False
    #: Highlight the text of the summary in ANSI colour.
    colour: bool = False
    #: More than one input: a JSON array, an HTML page of sections.
    several: bool = False
    #: Name the encoding in the output (``--encoding auto``).
    say_encoding: bool = False

    def __call__(self, name: str, doc: Document, encoding: str) -> str:
        """The output of one document read from ``name`` with ``encoding``."""
        extra: dict[str, object] = {"file": name}
        if self.say_encoding:
            extra["encoding"] = encoding
        if self.format == "jsonl":
            record = {**extra, **doc.to_dict(include_text=not self.no_text)}
            return json.dumps(record, ensure_ascii=False) + "\n"
        if self.format == "json":
            level = int(self.several)
            return "".join(document_json(doc, extra, include_text=not self.no_text, level=level))
        if self.format == "html":
            if self.several:
                return html_section(name, doc)
            return render_html(doc, title=f"quoteparse: {name}")
        from quoteparse.cli_summary import summary

        lines = summary(name, doc, encoding=encoding if self.say_encoding else None)
        head = next(lines) + "\n"
        shown = render_ansi(doc) + "\n\n" if self.colour else ""
        return head + shown + "".join(line + "\n" for line in lines)


def write_all(
    outputs: Iterable[str],
    renderer: Renderer,
    write: Callable[[str], None],
    flush: Callable[[], None],
) -> None:
    """Write each document's output in order, with the brackets of its format around them.

    Nothing at all is written when ``outputs`` is empty (no document was parsed).
    """
    count = 0
    array = renderer.format == "json" and renderer.several
    page = renderer.format == "html" and renderer.several
    for output in outputs:
        if array:
            write(",\n  " if count else "[\n  ")
        elif page and not count:
            write(page_head())
        write(output)
        if renderer.format == "json" and not array:
            write("\n")
        count += 1
        flush()
    if count and array:
        write("\n]\n")
    elif count and page:
        write(page_tail())
