"""The command line's output formats: one document rendered, and the stream around them.

:class:`Renderer` turns one parsed document into its output (a summary, a JSON
object, a line of JSON Lines, an HTML section). It is a frozen dataclass of
plain values, so ``--jobs`` workers can be sent it and render where they
parse (calling it gives one string, which is what travels back).
:meth:`Renderer.pieces` gives the same output as pieces of at most one result
or one slice of the text each: the one-process path writes those as they come,
so a big text's JSON costs about the text's own size in memory, not the
several times of a whole output string. :func:`write_all` writes the rendered
documents in order, with what goes around them (a JSON array's brackets, an
HTML page's head and tail), flushing after each so that a reader that went
away is met at once.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
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
    #: Show each result's whole text in the summary (``--full``).
    full: bool = False
    #: Wrap the coloured text at word boundaries to this many columns (a terminal's width).
    width: int | None = None

    def __call__(self, name: str, doc: Document, encoding: str) -> str:
        """The output of one document read from ``name`` with ``encoding``, whole."""
        return "".join(self.pieces(name, doc, encoding))

    def pieces(self, name: str, doc: Document, encoding: str) -> Iterator[str]:
        """The output of one document, piece by piece (``"".join`` of them is the output)."""
        extra: dict[str, object] = {"file": name}
        if self.say_encoding:
            extra["encoding"] = encoding
        if self.format == "jsonl":
            record = {**extra, **doc.to_dict(include_text=not self.no_text)}
            yield json.dumps(record, ensure_ascii=False) + "\n"
        elif self.format == "json":
            level = int(self.several)
            yield from document_json(doc, extra, include_text=not self.no_text, level=level)
        elif self.format == "html":
            if self.several:
                yield html_section(name, doc)
            else:
                yield render_html(doc, title=f"quoteparse: {name}")
        else:
            from quoteparse.cli_summary import summary

            lines = summary(
                name,
                doc,
                encoding=encoding if self.say_encoding else None,
                full=self.full,
                who=not self.colour,  # the coloured view has its own table
            )
            yield next(lines) + "\n"
            if self.colour:
                yield render_ansi(doc, width=self.width) + "\n\n"
            for line in lines:
                yield line + "\n"


def write_all(
    outputs: Iterable[Iterable[str | bytes]],
    renderer: Renderer,
    write: Callable[[str | bytes], None],
    flush: Callable[[], None],
) -> None:
    """Write each document's output (its pieces) in order, with its format's brackets around.

    A piece may be bytes already encoded for the output (from a ``--jobs``
    worker); ``write`` takes both.

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
        for piece in output:
            write(piece)
        if renderer.format == "json" and not array:
            write("\n")
        count += 1
        flush()
    if count and array:
        write("\n]\n")
    elif count and page:
        write(page_tail())
