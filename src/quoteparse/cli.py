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
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TextIO

from quoteparse._version import __version__
from quoteparse.batch import parse_many
from quoteparse.corpus import decode, find_files
from quoteparse.model import Document
from quoteparse.render.html import render_html, render_html_pages
from quoteparse.render.terminal import render_ansi

__all__ = ["main"]

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
        return _Input(name, text, None, used)
    except UnicodeDecodeError as exc:
        hint = " (try --encoding cp1252)" if encoding.lower().replace("-", "") == "utf8" else ""
        return _Input(
            name,
            None,
            f"cannot decode as {encoding}: byte 0x{data[exc.start]:02x} at offset {exc.start}"
            + hint,
        )


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _SHOWN else flat[: _SHOWN - 1] + "…"


def _who_is_quoted(doc: Document) -> Iterator[str]:
    """The "who is quoted" table: person, role, quotations, words quoted; most quoted first."""
    rows = doc.records("speakers")
    if not rows:
        return
    yield "  who is quoted (quotations, words):"
    for row in sorted(rows, key=lambda r: -r["quote_count"]):
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
    """Run the command line; returns the exit status (0, or 1 when any input failed).

    The status is 141 when standard output's reader went away before the end,
    and 130 after Ctrl-C.
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
        # "quoteparse *.txt | head": the reader has all it wanted. Point the
        # process's stdout at /dev/null so the flush at exit cannot fail again.
        if stdout is sys.stdout:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
        return _SIGPIPE_STATUS
    except KeyboardInterrupt:
        # Ctrl-C: one line, not a traceback from wherever the parse was.
        stderr.write("quoteparse: interrupted\n")
        return _SIGINT_STATUS


# 128 + the signal: what a shell reports for a tool SIGPIPE or SIGINT stopped.
_SIGPIPE_STATUS = 141
_SIGINT_STATUS = 130


def _run(args: argparse.Namespace, stdin: TextIO | None, stdout: TextIO, stderr: TextIO) -> int:
    """Parse every input named in ``args`` and write the chosen output."""
    try:
        if args.encoding != "auto":
            codecs.lookup(args.encoding)
    except LookupError:
        stderr.write(f"quoteparse: unknown encoding {args.encoding!r}\n")
        return 2
    args.files = list(find_files(args.files, args.glob))
    show_progress = len(args.files) > 1 and stderr.isatty()
    colour = use_colour(args.color, stdout)
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

    documents = []
    pages: list[tuple[str, Document]] = []
    for doc in parse_many(texts(), workers=args.workers):
        name = names.popleft()
        if args.html:
            pages.append((name, doc))
        elif args.json or args.jsonl:
            record = {"file": name, **doc.to_dict(include_text=not args.no_text)}
            if args.jsonl:
                stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            else:
                documents.append(record)
        else:
            lines = summary(name, doc)
            stdout.write(next(lines) + "\n")
            if colour:
                stdout.write(render_ansi(doc) + "\n\n")
            for line in lines:
                stdout.write(line + "\n")
    if len(pages) == 1:
        stdout.write(render_html(pages[0][1], title=f"quoteparse: {pages[0][0]}"))
    elif pages:
        stdout.write(render_html_pages(pages))
    if args.json and documents:
        shape = documents[0] if len(args.files) == 1 else documents
        stdout.write(json.dumps(shape, ensure_ascii=False, indent=2) + "\n")
    return 1 if failed else 0
