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
import importlib.util
import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO, TypeVar

from quoteparse._version import __version__
from quoteparse.cli_jobs import Render
from quoteparse.cli_jobs import run as run_files
from quoteparse.cli_output import Format, Renderer, write_all
from quoteparse.cli_progress import Progress
from quoteparse.cli_summary import summary
from quoteparse.cli_tables import (
    TABLE_KINDS,
    CsvRows,
    CsvTables,
    ParquetTables,
    TableRows,
    Tables,
    parse_kinds,
)
from quoteparse.corpus import find_files
from quoteparse.model import Document
from quoteparse.records import ResultKind

__all__ = ["EXIT_STATUSES", "main", "summary"]

T = TypeVar("T")


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
    out.add_argument(
        "--csv",
        type=Path,
        metavar="OUT_DIR",
        help="write one CSV table per kind of result into OUT_DIR (quotes.csv, ...)",
    )
    out.add_argument(
        "--parquet",
        type=Path,
        metavar="OUT_DIR",
        help="write one Parquet table per kind of result into OUT_DIR (needs pyarrow)",
    )
    parser.add_argument(
        "--kind",
        type=_kinds,
        metavar="KINDS",
        help="with --csv or --parquet, only these tables, e.g. quotes,conversions "
        f"(default: all of {','.join(TABLE_KINDS)})",
    )
    parser.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="highlight the text in the summary with ANSI colour; auto (the default) "
        "does when stdout is a terminal and NO_COLOR is not set",
    )
    parser.add_argument(
        "--full",
        action="store_true",
        help="in the summary, show each result's whole text (default: its first 60 characters)",
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
        "--jobs",
        "-j",
        "--workers",
        dest="jobs",
        type=_workers,
        default=1,
        metavar="N",
        help="parse in N processes, each reading its own files (default 1: in this "
        "process); output stays in input order",
    )
    parser.add_argument("--version", action="version", version=f"quoteparse {__version__}")
    return parser


def _kinds(value: str) -> tuple[ResultKind, ...]:
    try:
        return parse_kinds(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _workers(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 1:
        raise argparse.ArgumentTypeError(f"needs a whole number of 1 or more, not {value!r}")
    return n


def use_colour(choice: str, stdout: TextIO) -> bool:
    """Whether the summary is coloured: ``always``, ``never``, or ``auto``.

    ``auto`` colours only a terminal, and never when ``NO_COLOR`` is set to a
    non-empty value (https://no-color.org).
    """
    if choice != "auto":
        return choice == "always"
    return not os.environ.get("NO_COLOR") and stdout.isatty()


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


def _write_raw(raw: io.RawIOBase, data: bytes) -> None:
    """All of ``data`` to a raw file, however many writes it takes."""
    view = memoryview(data)
    while view:
        written = raw.write(view)
        if written is None:  # a non-blocking file that is full: wait by trying again
            continue
        view = view[written:]


def _writer(stdout: TextIO, *, as_bytes: bool = False) -> Callable[[str | bytes], None]:
    """``stdout.write`` that turns an encoding failure into one clear :class:`_OutputError`.

    With ``as_bytes`` (see :func:`_byte_encoding`) every piece goes to
    ``stdout.buffer`` as bytes: a piece that is already bytes (what a
    ``--jobs`` worker encoded) as it is, a ``str`` encoded here.
    """

    buffer = getattr(stdout, "buffer", None)
    raw = buffer if isinstance(buffer, io.RawIOBase) else None
    # Under PYTHONUNBUFFERED (common in containers) stdout's bytes go to a raw
    # file, whose write may take only part of a large piece and say so in its
    # return value, which the text layer drops: a reader that goes away then
    # loses the rest silently, with exit status 0. Write the bytes ourselves.
    if as_bytes and buffer is not None:
        stdout.flush()  # nothing the text layer holds may come after these bytes
    else:
        as_bytes = False

    def write(piece: str | bytes) -> None:
        try:
            if isinstance(piece, str) and (raw is not None or as_bytes):
                piece = piece.encode(stdout.encoding, stdout.errors or "strict")
            if isinstance(piece, bytes):
                if raw is not None:
                    _write_raw(raw, piece)
                elif buffer is not None:
                    buffer.write(piece)
            else:
                stdout.write(piece)
        except UnicodeEncodeError as exc:
            char = exc.object[exc.start]
            raise _OutputError(
                f"standard output ({exc.encoding}) cannot hold U+{ord(char):04X}; "
                "set PYTHONIOENCODING=utf-8"
            ) from None

    return write


def _byte_encoding(stdout: TextIO) -> tuple[str, str] | None:
    """The ``(encoding, errors)`` that ``--jobs`` workers encode their output with, or None.

    The parent then writes the workers' bytes to ``stdout.buffer`` untouched
    instead of encoding every document itself. Only where the text layer would
    add nothing: a byte buffer behind it, and no newline translation (``\\n``
    is the line separator).
    """
    if getattr(stdout, "buffer", None) is None or os.linesep != "\n":
        return None
    return stdout.encoding, stdout.errors or "strict"


def _terminal_width(stdout: TextIO) -> int | None:
    """The columns of the terminal ``stdout`` is, for wrapping at word boundaries; else None."""
    if not stdout.isatty():
        return None
    try:
        return os.get_terminal_size(stdout.fileno()).columns
    except (OSError, ValueError):  # no real file descriptor behind it
        return None


def _format(args: argparse.Namespace) -> Format:
    """The output format the command line asked for."""
    if args.html:
        return "html"
    if args.json:
        return "json"
    return "jsonl" if args.jsonl else "summary"


@dataclass(frozen=True, slots=True)
class _Whole:
    """``renderer``'s whole output as a one-item tuple: what a ``--jobs`` worker sends back.

    With ``encoding`` (``(encoding, errors)``) the output is encoded in the
    worker, so the parent only writes the bytes; a character the encoding
    cannot hold leaves it a ``str``, for the parent to report as one error.
    """

    renderer: Renderer
    encoding: tuple[str, str] | None = None

    def __call__(self, name: str, doc: Document, encoding: str) -> tuple[str | bytes]:
        text = self.renderer(name, doc, encoding)
        if self.encoding is None:
            return (text,)
        try:
            return (text.encode(*self.encoding),)
        except UnicodeEncodeError:
            return (text,)


def _run(args: argparse.Namespace, stdin: TextIO | None, stdout: TextIO, stderr: TextIO) -> int:
    """Parse every input named in ``args`` and write the chosen output."""
    try:
        if args.encoding != "auto":
            codecs.lookup(args.encoding)
    except LookupError:
        stderr.write(f"quoteparse: unknown encoding {args.encoding!r}\n")
        return _USAGE
    tables = args.csv is not None or args.parquet is not None
    if args.kind is not None and not tables:
        stderr.write("quoteparse: --kind needs --csv or --parquet\n")
        return _USAGE
    if args.parquet is not None and importlib.util.find_spec("pyarrow") is None:
        stderr.write("quoteparse: --parquet needs pyarrow: pip install 'quoteparse[parquet]'\n")
        return _USAGE
    names = list(find_files(args.files, args.glob))
    progress = Progress(len(names), stderr, shown=len(names) > 1 and stderr.isatty())
    failed: list[str] = []

    def outputs(render: Render[T]) -> Iterator[T]:
        outcomes = run_files(
            names, encoding=args.encoding, render=render, jobs=args.jobs, stdin=stdin
        )
        for done, outcome in enumerate(outcomes, 1):
            if outcome.error is not None:
                progress.message(f"quoteparse: {outcome.name}: {outcome.error}")
                failed.append(outcome.name)
            elif args.encoding == "auto" and outcome.encoding != "utf-8":
                progress.message(
                    f"quoteparse: {outcome.name}: not UTF-8; read as {outcome.encoding}"
                )
            progress.update(done, outcome.name)
            if outcome.output is not None:
                yield outcome.output

    if tables:
        kinds = args.kind or TABLE_KINDS
        out: Tables
        if args.csv is not None:
            csv_out = CsvTables(args.csv, kinds)
            # The CSV text is made where the document is parsed (a worker's, with --jobs).
            for text in outputs(CsvRows(kinds)):
                csv_out.add_text(text)
            out = csv_out
        else:
            out = ParquetTables(args.parquet, kinds)
            for rows in outputs(TableRows(kinds)):
                out.add(rows)
        write = _writer(stdout)
        for path, count in out.close():
            write(f"{path}: {count} row{'' if count == 1 else 's'}\n")
        return _FAILED if failed else _OK
    renderer = Renderer(
        format=_format(args),
        no_text=args.no_text,
        colour=use_colour(args.color, stdout),
        several=len(names) != 1,
        say_encoding=args.encoding == "auto",
        full=args.full,
        width=_terminal_width(stdout),
    )
    # In one process each document's output is rendered lazily, piece by piece,
    # as it is written (memory near the text's size); workers send back one string,
    # encoded to bytes where standard output takes bytes.
    render: Render[Iterable[str | bytes]]
    if args.jobs <= 1 or len(names) <= 1:
        render = renderer.pieces
        write = _writer(stdout)
    else:
        encoding = _byte_encoding(stdout)
        render = _Whole(renderer, encoding)
        write = _writer(stdout, as_bytes=encoding is not None)
    write_all(outputs(render), renderer, write, stdout.flush)
    return _FAILED if failed else _OK
