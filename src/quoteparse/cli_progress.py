"""The progress line on a terminal: files done of all, rate and time left, on standard error.

Messages about one file (an error, a fallback encoding) go on lines of their
own: the counter's line is wiped first and drawn again after the message.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

__all__ = ["Progress"]

# Erase the line the cursor is on and go back to its start.
_WIPE = "\r\x1b[K"


class Progress:
    """``update()`` after each file; ``message()`` for a line of its own; silent if not ``shown``.

    >>> import io
    >>> out = io.StringIO()
    >>> p = Progress(4, out, shown=True, clock=iter([0.0, 2.0, 2.0]).__next__)
    >>> p.update(2, "b.txt")
    >>> out.getvalue()
    '\\r\\x1b[Kquoteparse: 2/4 files, 1.0 files/s, 0:02 left  b.txt'
    """

    def __init__(
        self,
        total: int,
        stream: TextIO,
        *,
        shown: bool,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._total = total
        self._stream = stream
        self._shown = shown
        self._clock = clock
        self._start = clock()
        self._line = ""

    def update(self, done: int, name: str) -> None:
        """Redraw the counter: ``done`` files of the total, the last one ``name``."""
        if not self._shown:
            return
        elapsed = max(self._clock() - self._start, 1e-9)
        rate = done / elapsed
        left = round((self._total - done) / rate) if rate else 0
        self._line = (
            f"quoteparse: {done}/{self._total} files, {rate:.1f} files/s, "
            f"{left // 60}:{left % 60:02d} left  {name}"
        )[:200]
        self._stream.write(_WIPE + self._line)
        if done == self._total:
            self._stream.write("\n")
            self._line = ""
        self._stream.flush()

    def message(self, line: str) -> None:
        """Write ``line`` on a line of its own (wiping and redrawing the counter)."""
        if self._shown:
            self._stream.write(f"{_WIPE}{line}\n{self._line}")
        else:
            self._stream.write(line + "\n")
        self._stream.flush()
