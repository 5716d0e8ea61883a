"""The command line's work loop: read, parse and render each file, here or in worker processes.

With ``jobs > 1`` each worker process is sent a few file *names* at a time and
reads, decodes, parses and renders those files itself; only the rendered
output (and the name, encoding or error) comes back. No input text is
pickled through the parent, which only writes what arrives, in input order.
Standard input (``-``) is read and parsed in the parent, in its place.

On Linux the workers are forked from the parent when it runs one thread (the
command line does): they start with every module the parent has imported.
Started fresh (``spawn``, elsewhere) each worker first spends about a second
of CPU importing quoteparse, most of it compiling the finders' patterns,
which on two cores cost as much as the second worker saved on a corpus.

A failure of one file (it cannot be read or decoded, or the parser raised)
becomes an :class:`Outcome` with ``error`` set; the other files go on.
"""

from __future__ import annotations

import itertools
import multiprocessing
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing.context import BaseContext
from typing import Any, Generic, TextIO, TypeVar

from quoteparse.cli_inputs import read_input
from quoteparse.model import Document
from quoteparse.parse import parse

__all__ = ["Outcome", "process", "run"]

T = TypeVar("T")

#: What a renderer makes of one parsed file: ``render(name, document, encoding)``.
#: With ``jobs > 1`` it is pickled to the workers, so it must be a module-level
#: function or an instance of a module-level class.
Render = Callable[[str, Document, str], T]

# How many chunks per worker may be in flight: enough to keep both busy while
# the parent writes, few enough that a list of a million names is not all sent.
_IN_FLIGHT_PER_WORKER = 3


@dataclass(frozen=True, slots=True)
class Outcome(Generic[T]):
    """One input's fate: its rendered ``output`` and ``encoding``, or its ``error``."""

    name: str
    encoding: str | None
    error: str | None
    output: T | None


def process(name: str, encoding: str, render: Render[T], stdin: TextIO | None = None) -> Outcome[T]:
    """Read, parse and render the file ``name``; never raises for a bad file.

    >>> out = process("/no/such.txt", "utf-8", lambda name, doc, enc: len(doc.text))
    >>> out.error, out.output
    ('no such file', None)
    """
    item = read_input(name, encoding, stdin)
    if item.text is None or item.encoding is None:
        return Outcome(name, None, item.error, None)
    try:
        return Outcome(name, item.encoding, None, render(name, parse(item.text), item.encoding))
    except Exception as exc:  # a parser bug must not lose the other files
        return Outcome(name, item.encoding, f"cannot parse: {type(exc).__name__}: {exc}", None)


def _process_chunk(names: list[str], encoding: str, render: Render[T]) -> list[Outcome[T]]:
    """Worker side (module level, so it pickles): each named file, in order."""
    return [process(name, encoding, render) for name in names]


def _chunks(names: Iterable[str], size: int) -> Iterator[list[str]]:
    """Runs of up to ``size`` names; ``-`` always alone, to be read by the parent."""
    run: list[str] = []
    for name in names:
        if name == "-":
            if run:
                yield run
                run = []
            yield [name]
        else:
            run.append(name)
            if len(run) == size:
                yield run
                run = []
    if run:
        yield run


def _context() -> BaseContext:
    """How to start the workers: fork where it is safe (Linux, one thread here), else spawn."""
    # A fork copies only the calling thread, so a lock another thread held
    # stays held in the child; with one thread there is none. macOS can fork
    # but its system libraries are not fork-safe, hence Linux only.
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")  # as parse_many: no fork of threads


def run(
    names: Sequence[str],
    *,
    encoding: str,
    render: Render[T],
    jobs: int = 1,
    stdin: TextIO | None = None,
    chunksize: int = 16,
) -> Iterator[Outcome[T]]:
    """Each input's :class:`Outcome`, in input order, parsed in ``jobs`` processes."""
    if jobs <= 1 or len(names) <= 1:
        for name in names:
            yield process(name, encoding, render, stdin)
        return
    context = _context()
    chunks = _chunks(names, chunksize)
    pending: deque[tuple[list[str], Future[list[Outcome[T]]] | None]] = deque()
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:

        def submit(chunk: list[str]) -> None:
            # Standard input can only be read here; it waits in line as None.
            work = None if chunk == ["-"] else pool.submit(_process_chunk, chunk, encoding, render)
            pending.append((chunk, work))

        try:
            for chunk in itertools.islice(chunks, jobs * _IN_FLIGHT_PER_WORKER):
                submit(chunk)
            while pending:
                chunk, future = pending.popleft()
                outcomes: list[Outcome[Any]]
                if future is None:
                    outcomes = [process("-", encoding, render, stdin)]
                else:
                    outcomes = future.result()
                for more in itertools.islice(chunks, 1):  # refill before writing
                    submit(more)
                yield from outcomes
        finally:
            # A caller that stops early (a closed pipe, Ctrl-C) must not wait for the rest.
            for _, future in pending:
                if future is not None:
                    future.cancel()
