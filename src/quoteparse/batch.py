"""parse_many(): parse a stream of texts, in this process or in worker processes.

Documents come back in input order. With ``workers > 1`` texts are sent to a
process pool in chunks; only the finders' results travel back, and each
Document is rebuilt around the caller's own ``str`` (no second copy of the
text). Workers are started with the ``spawn`` method on every platform, so
the pool behaves the same on Linux, macOS and Windows and never forks a
process that holds threads; call ``parse_many`` under
``if __name__ == "__main__":`` in scripts, as ``multiprocessing`` requires.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from quoteparse._check import require_text
from quoteparse.model import Document
from quoteparse.options import Options, resolve_options
from quoteparse.parse import parse

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["Progress", "parse_many"]

#: A progress callback: ``(documents done, total or None when the input has no len())``.
Progress = Callable[[int, int | None], None]

# The Document fields that workers send back; the text stays in the parent.
_RESULT_FIELDS = tuple(f.name for f in dataclasses.fields(Document) if f.name != "text")

# How many chunks per worker may be in flight: enough to keep every worker
# busy while the parent rebuilds Documents, few enough that a lazy input of
# millions of texts is never read far ahead.
_IN_FLIGHT_PER_WORKER = 3


def _results(texts: list[str], options: Options) -> list[tuple[Any, ...]]:
    """Worker side: the result tuples of each text's Document (module level, so it pickles)."""
    out = []
    for text in texts:
        doc = parse(text, options=options)
        out.append(tuple(getattr(doc, name) for name in _RESULT_FIELDS))
    return out


def _rebuild(text: str, results: tuple[Any, ...]) -> Document:
    return Document(text, **dict(zip(_RESULT_FIELDS, results, strict=True)))


def _chunks(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    it = iter(texts)
    while chunk := list(itertools.islice(it, size)):
        for text in chunk:
            require_text(text, "each text")
        yield chunk


def parse_many(
    texts: Iterable[str],
    *,
    workers: int | None = None,
    chunksize: int = 32,
    progress: Progress | None = None,
    options: Options | None = None,
    **shortcuts: Any,
) -> Iterator[Document]:
    """Parse each text in ``texts``; yield the Documents in input order.

    ``texts`` may be any iterable of ``str``, including a lazy one (a
    generator reading files): it is read a few chunks ahead, never whole.
    ``workers`` is the number of processes; ``None``, 0 or 1 parse here, in
    this process. ``chunksize`` texts go to a worker at a time (bigger chunks
    cost less in messages; smaller ones balance uneven lengths). ``progress``,
    when given, is called as ``progress(done, total)`` once before the first
    document and after each chunk, ``total`` being ``len(texts)`` or None when
    ``texts`` has no length. ``options`` and keyword shortcuts are those of
    :func:`quoteparse.parse`; unknown names and bad arguments raise here, at
    the call, before any text is read. A text that is not a ``str`` raises
    ``TypeError`` when the iteration reaches it.

    >>> docs = parse_many(["Comment: See:\\nOne.", "Two."], chunksize=1)
    >>> [len(d.markers) for d in docs]
    [1, 0]
    >>> seen = []
    >>> _ = list(parse_many(["a", "b", "c"], chunksize=2, progress=lambda *a: seen.append(a)))
    >>> seen
    [(0, 3), (2, 3), (3, 3)]
    """
    opts = resolve_options(options, shortcuts)
    if workers is not None and (not isinstance(workers, int) or workers < 0):
        raise ValueError(f"workers must be None or an int >= 0, got {workers!r}")
    if not isinstance(chunksize, int) or chunksize < 1:
        raise ValueError(f"chunksize must be an int >= 1, got {chunksize!r}")
    total = len(texts) if hasattr(texts, "__len__") else None  # type: ignore[arg-type]
    if workers is None or workers <= 1:
        chunks = _serial(texts, chunksize=chunksize, opts=opts)
    else:
        chunks = _pooled(texts, workers=workers, chunksize=chunksize, opts=opts)
    return _reported(chunks, progress, total)


_Chunks = Generator[tuple[int, Iterator[Document]], None, None]


def _reported(chunks: _Chunks, progress: Progress | None, total: int | None) -> Iterator[Document]:
    """The Documents of each ``(size, documents)`` chunk, ``progress`` told after each."""
    done = 0
    if progress is not None:
        progress(0, total)
    try:
        for size, docs in chunks:
            yield from docs
            done += size
            if progress is not None:
                progress(done, total)
    finally:
        chunks.close()  # a caller that stops early stops the workers now (see _pooled)


def _serial(texts: Iterable[str], *, chunksize: int, opts: Options) -> _Chunks:
    # Each Document is made when the caller asks for it, so a bad text raises there.
    for chunk in _chunks(texts, chunksize):
        yield len(chunk), (parse(text, options=opts) for text in chunk)


def _pooled(texts: Iterable[str], *, workers: int, chunksize: int, opts: Options) -> _Chunks:
    # Imported here, not at the top: the pool's modules (multiprocessing,
    # concurrent.futures and what they import: threading, socket, pickle ...)
    # are some 5,000 objects the garbage collector would walk in every process
    # that imports quoteparse, most of which never start a pool.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    chunks = _chunks(texts, chunksize)
    pending: deque[tuple[list[str], Future[list[tuple[Any, ...]]]]] = deque()
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        try:
            for chunk in itertools.islice(chunks, workers * _IN_FLIGHT_PER_WORKER):
                pending.append((chunk, pool.submit(_results, chunk, opts)))
            while pending:
                chunk, future = pending.popleft()
                results = future.result()
                # Refill before yielding, so workers stay busy while the caller works.
                for more in itertools.islice(chunks, 1):
                    pending.append((more, pool.submit(_results, more, opts)))
                # The caller reads the whole chunk before this generator goes on.
                yield (
                    len(chunk),
                    (_rebuild(text, parts) for text, parts in zip(chunk, results, strict=True)),
                )
        finally:
            # A caller that stops early (break, an exception) must not wait for the rest.
            for _, future in pending:
                future.cancel()
