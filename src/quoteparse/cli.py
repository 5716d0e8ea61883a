"""The command line: ``quoteparse FILE... | -`` and ``python -m quoteparse``.

Reads each file (``-`` is standard input), parses it, and prints a readable
summary, or JSON with ``--json`` / ``--jsonl``, or a standalone HTML page with
``--html``. When standard output is a terminal and ``NO_COLOR`` is not set, the
summary also shows the text with every result highlighted in colour
(``--color always|never`` overrides). A file that is missing or does
not decode gets one line on stderr naming it and the cause; the other files
are still processed, and the exit status is 1 at the end. When the reader of
standard output goes away (``quoteparse *.txt | head``) it stops quietly with
status 141, as tools killed by SIGPIPE do; after Ctrl-C, with one line and
status 130.
"""

from __future__ import annotations

import argparse
import codecs
import json
import os
import re
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TextIO

from quoteparse._json_stream import document_json
from quoteparse._version import __version__
from quoteparse.batch import parse_many
from quoteparse.corpus import decode, find_files
from quoteparse.model import Document
from quoteparse.records import who_is_quoted
from quoteparse.render.html import iter_html_pages, render_html
from quoteparse.render.terminal import render_ansi

__all__ = ["main"]

# Half of a UTF-16 surrogate pair: a code point no UTF encoder writes.
_SURROGATE = re.compile("[\ud800-\udfff]")

#: How much of a result's text the summary shows before eliding it.
_SHOWN = 60


@dataclass(frozen=True, slots=True)
class _Input:
    name: str
    text: str | None
    error: str | None
    encoding: str | None = None


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quoteparse",
        description="Find quotations and speakers, editorial insertions, marker lines and "
        "unit conversions in news text.",
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="text files or folders (searched recursively); - reads stdin",
    )
    parser.add_argument(
        "--glob", default="*", help="which files of a folder to read (default: *), e.g. '*.txt'"
    )
    out = parser.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="one JSON object per input")
    out.add_argument("--jsonl", action="store_true", help="one compact JSON line per input")
    out.add_argument(
        "--html",
        action="store_true",
        help="a standalone HTML page with every result highlighted (one section per input)",
    )
    parser.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="highlight the text in the summary with ANSI colour; auto (the default) "
        "does when stdout is a terminal and NO_COLOR is not set",
    )
    parser.add_argument(
        "--no-text", action="store_true", help="leave the article text out of JSON output"
    )
    parser.add_argument(
        "--encoding",
        default="utf-8",
        help="encoding of the input files (default: utf-8); auto tries utf-8, then cp1252, "
        "then latin-1, per file, and says on stderr which a file needed",
    )
    parser.add_argument(
        "--workers",
        type=_workers,
        default=1,
        metavar="N",
        help="parse in N processes (default 1: in this process); worth it for many files",
    )
    parser.add_argument("--version", action="version", version=f"quoteparse {__version__}")
    return parser


def _workers(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 1:
        raise argparse.ArgumentTypeError(f"needs a whole number of 1 or more, not {value!r}")
    return n


def _read(name: str, encoding: str, stdin: TextIO | None) -> _Input:
    try:
        if name == "-":
            if stdin is None:  # the process was started with standard input closed
                return _Input(name, None, "standard input is closed")
            data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode()
        else:
            with open(name, "rb") as handle:
                data = handle.read()
    except FileNotFoundError:
        return _Input(name, None, "no such file")
    except IsADirectoryError:
        return _Input(name, None, "is a directory")
    except OSError as exc:
        return _Input(name, None, exc.strerror or str(exc))
    try:
        text, used = decode(data, encoding)
    except UnicodeDecodeError as exc:
        hint = " (try --encoding cp1252)" if encoding.lower().replace("-", "") == "utf8" else ""
        return _Input(
            name,
            None,
            f"cannot decode as {encoding}: byte 0x{data[exc.start]:02x} at offset {exc.start}"
            + hint,
        )
    lone = None if text.isascii() else _SURROGATE.search(text)
    if lone is not None:
        # utf-7, unicode_escape and the like can decode to half of a surrogate
        # pair, which no output (UTF-8 JSON, HTML, the terminal) can hold.
        return _Input(
            name,
            None,
            f"decodes as {encoding} to a lone surrogate U+{ord(lone.group()):04X} at "
            f"character {lone.start()}, which cannot be written out",
        )
    return _Input(name, text, None, used)


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _SHOWN else flat[: _SHOWN - 1] + "…"


def _who_is_quoted(doc: Document) -> Iterator[str]:
    """The "who is quoted" table: person, role, quotations, words quoted; most quoted first."""
    rows = who_is_quoted(doc)
    if not rows:
        return
    yield "  who is quoted (quotations, words):"
    for row in rows:
        role = f", {row['role']}" if row["role"] else ""
        words = row["words_quoted"]
        plural = "" if words == 1 else "s"
        yield f"    {row['name']}{role}: {row['quote_count']}, {words} word{plural}"


def summary(name: str, doc: Document) -> Iterator[str]:
    """Lines of the readable summary of one parsed document."""
    counts = ", ".join(
        f"{len(getattr(doc, kind))} {kind}"
        for kind in ("quotes", "insertions", "markers", "quantities", "conversions")
    )
    yield f"{name}: {len(doc.text)} chars; {counts}"
    yield from _who_is_quoted(doc)
    for q in doc.quotes:
        who = f" - {q.speaker}" if q.speaker else ""
        if q.speaker_id is not None and doc.speakers[q.speaker_id].name != q.speaker:
            who += f" = {doc.speakers[q.speaker_id].name}"
        cue = f" ({q.cue})" if q.cue else ""
        state = "" if q.closed else " [unclosed]"
        yield (
            f"  quote      {q.span.start}-{q.span.end} {q.kind.value}{state}: "
            f"{_short(q.span.slice(doc.text))}{who}{cue}"
        )
    for i in doc.insertions:
        where = f" in quote {i.quote}" if i.quote is not None else ""
        yield (
            f"  insertion  {i.span.start}-{i.span.end} {i.kind.value}{where}: "
            f"{i.span.slice(doc.text)}"
        )
    for m in doc.markers:
        yield (
            f"  marker     {m.span.start}-{m.span.end} {m.kind.value}: "
            f"{_short(m.span.slice(doc.text))}"
        )
    for n in doc.quantities:
        yield (
            f"  quantity   {n.span.start}-{n.span.end} {n.dimension.value}: "
            f"{_short(n.span.slice(doc.text))} = {n.value:g} {n.unit}"
        )
    for c in doc.conversions:
        verdict = {True: "consistent", False: "INCONSISTENT", None: "not checked"}[c.consistent]
        expected = f", expected {c.expected:.4g} {c.target.unit}" if c.expected is not None else ""
        yield (
            f"  conversion {c.span.start}-{c.span.end} {verdict}: "
            f"{_short(c.span.slice(doc.text))}{expected}"
        )


def use_colour(choice: str, stdout: TextIO) -> bool:
    """Whether the summary is coloured: ``always``, ``never``, or ``auto``.

    ``auto`` colours only a terminal, and never when ``NO_COLOR`` is set to a
    non-empty value (https://no-color.org).
    """
    if choice != "auto":
        return choice == "always"
    return not os.environ.get("NO_COLOR") and stdout.isatty()


def _progress(done: int, total: int, name: str, stream: TextIO) -> None:
    stream.write(f"\r\x1b[Kquoteparse: {done}/{total} {name}"[:200])
    if done == total:
        stream.write("\n")
    stream.flush()


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line; returns the exit status (see :data:`EXIT_STATUSES`).

    0 when every input was read and written, 1 when any input failed (or
    standard output cannot hold a character), 2 for a usage error, 141 when
    standard output's reader went away before the end, 130 after Ctrl-C.
    """
    stdin = stdin if stdin is not None else sys.stdin  # None when the process has no stdin
    stdout = stdout if stdout is not None else sys.stdout
    stderr = stderr if stderr is not None else sys.stderr
    args = _build_parser().parse_args(argv)
    try:
        status = _run(args, stdin, stdout, stderr)
        stdout.flush()  # here, so that a closed pipe is met inside this try
        return status
    except BrokenPipeError:
        return _reader_gone(stdout)
    except _OutputError as exc:
        stderr.write(f"quoteparse: {exc}\n")
        return _FAILED
    except KeyboardInterrupt:
        # Ctrl-C: one line, not a traceback from wherever the parse was.
        stderr.write("quoteparse: interrupted\n")
        return _SIGINT_STATUS


# The exit statuses; docs/cli.md lists the same.
_OK = 0
_FAILED = 1  # an input failed (a message names it), or output could not be encoded
_USAGE = 2  # argparse's own status for a bad command line, also an unknown encoding
# 128 + the signal: what a shell reports for a tool SIGPIPE or SIGINT stopped.
_SIGPIPE_STATUS = 141
_SIGINT_STATUS = 130

#: Every exit status of :func:`main`, with what it means.
EXIT_STATUSES: dict[int, str] = {
    _OK: "every input was read, parsed and written",
    _FAILED: "an input could not be read or decoded, or standard output cannot hold a character",
    _USAGE: "a bad command line or an unknown encoding",
    _SIGINT_STATUS: "interrupted (Ctrl-C)",
    _SIGPIPE_STATUS: "the reader of standard output went away before the end",
}


def _reader_gone(stdout: TextIO) -> int:
    """The status after a write met a closed pipe (``quoteparse *.txt | head``).

    The reader has all it wanted. Point the process's stdout at /dev/null so
    the flush at exit cannot fail again (and print a traceback of its own).
    """
    if stdout is sys.stdout:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    return _SIGPIPE_STATUS


class _OutputError(Exception):
    """Standard output cannot take what is written (its encoding lacks a character)."""


def _writer(stdout: TextIO) -> Callable[[str], None]:
    """``stdout.write`` that turns an encoding failure into one clear :class:`_OutputError`."""

    def write(piece: str) -> None:
        try:
            stdout.write(piece)
        except UnicodeEncodeError as exc:
            char = exc.object[exc.start]
            raise _OutputError(
                f"standard output ({exc.encoding}) cannot hold U+{ord(char):04X}; "
                "set PYTHONIOENCODING=utf-8"
            ) from None

    return write


#: Parsed documents with the names of their inputs, in input order, as they come.
_Named = Iterator[tuple[str, Document]]


# Each output format writes every document as soon as it has it and flushes,
# so output streams and a reader that went away is met at the next document,
# whatever the format.


def _write_summary(named: _Named, args: argparse.Namespace, stdout: TextIO) -> None:
    write = _writer(stdout)
    colour = use_colour(args.color, stdout)
    for name, doc in named:
        lines = summary(name, doc)
        write(next(lines) + "\n")
        if colour:
            write(render_ansi(doc) + "\n\n")
        for line in lines:
            write(line + "\n")
        stdout.flush()


def _write_jsonl(named: _Named, args: argparse.Namespace, stdout: TextIO) -> None:
    write = _writer(stdout)
    for name, doc in named:
        record = {"file": name, **doc.to_dict(include_text=not args.no_text)}
        write(json.dumps(record, ensure_ascii=False) + "\n")
        stdout.flush()


def _write_json(named: _Named, args: argparse.Namespace, stdout: TextIO) -> None:
    """One indented object for one input, an array of them for several; nothing if none parsed.

    Written piece by piece (``document_json``), never built whole: a big
    text's output costs about its own size in memory, not several times it.
    """
    write = _writer(stdout)
    array = len(args.files) != 1
    count = 0
    for name, doc in named:
        if array:
            write(",\n  " if count else "[\n  ")
        pieces = document_json(doc, {"file": name}, include_text=not args.no_text, level=int(array))
        for piece in pieces:
            write(piece)
        count += 1
        stdout.flush()
    if count:
        write("\n]\n" if array else "\n")


def _write_html(named: _Named, args: argparse.Namespace, stdout: TextIO) -> None:
    """One page for one input; for several, one page with a section per input, as they come."""
    write = _writer(stdout)
    if len(args.files) == 1:
        for name, doc in named:
            write(render_html(doc, title=f"quoteparse: {name}"))
        return
    for piece in iter_html_pages(named):
        write(piece)
        stdout.flush()


def _output(args: argparse.Namespace) -> Callable[[_Named, argparse.Namespace, TextIO], None]:
    """The writer of the output format the command line asked for."""
    if args.html:
        return _write_html
    if args.json:
        return _write_json
    if args.jsonl:
        return _write_jsonl
    return _write_summary


def _run(args: argparse.Namespace, stdin: TextIO | None, stdout: TextIO, stderr: TextIO) -> int:
    """Parse every input named in ``args`` and write the chosen output."""
    try:
        if args.encoding != "auto":
            codecs.lookup(args.encoding)
    except LookupError:
        stderr.write(f"quoteparse: unknown encoding {args.encoding!r}\n")
        return _USAGE
    args.files = list(find_files(args.files, args.glob))
    show_progress = len(args.files) > 1 and stderr.isatty()
    failed: list[str] = []
    names: deque[str] = deque()

    def texts() -> Iterator[str]:
        # Read lazily: parse_many takes a few chunks ahead, never the whole list.
        for done, name in enumerate(args.files, 1):
            item = _read(name, args.encoding, stdin)
            # A message goes on a line of its own: wipe the counter's line first,
            # and redraw the counter after it.
            wipe = "\r\x1b[K" if show_progress else ""
            if item.text is None:
                stderr.write(f"{wipe}quoteparse: {name}: {item.error}\n")
                failed.append(name)
            elif args.encoding == "auto" and item.encoding != "utf-8":
                stderr.write(f"{wipe}quoteparse: {name}: not UTF-8; read as {item.encoding}\n")
            if show_progress:
                _progress(done, len(args.files), name, stderr)
            if item.text is None:
                continue
            names.append(name)
            yield item.text

    named = ((names.popleft(), doc) for doc in parse_many(texts(), workers=args.workers))
    _output(args)(named, args, stdout)
    return _FAILED if failed else _OK
