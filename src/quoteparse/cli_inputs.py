"""The command line's inputs: one file (or standard input) read and decoded, errors as values.

Nothing here raises for a bad input: a missing, unreadable or undecodable file
comes back as an :class:`Input` with ``error`` set, so the caller can report it
on a line of its own and go on with the other files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TextIO

from quoteparse.corpus import decode

__all__ = ["Input", "read_input"]

# Half of a UTF-16 surrogate pair: a code point no UTF encoder writes.
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Input:
    """One input: its ``text`` and the ``encoding`` used, or ``error``, why it has none."""

    name: str
    text: str | None
    error: str | None
    encoding: str | None = None


def read_input(name: str, encoding: str, stdin: TextIO | None) -> Input:
    """Read and decode the file ``name`` (``-``: ``stdin``) with ``encoding`` (or ``auto``).

    >>> import io
    >>> read_input("-", "auto", io.TextIOWrapper(io.BytesIO("é".encode("cp1252"))))
    Input(name='-', text='é', error=None, encoding='cp1252')
    >>> read_input("/no/such/file", "utf-8", None).error
    'no such file'
    """
    try:
        if name == "-":
            if stdin is None:  # the process was started with standard input closed
                return Input(name, None, "standard input is closed")
            data = stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read().encode()
        else:
            with open(name, "rb") as handle:
                data = handle.read()
    except FileNotFoundError:
        return Input(name, None, "no such file")
    except IsADirectoryError:
        return Input(name, None, "is a directory")
    except OSError as exc:
        return Input(name, None, exc.strerror or str(exc))
    try:
        text, used = decode(data, encoding)
    except UnicodeDecodeError as exc:
        hint = " (try --encoding cp1252)" if encoding.lower().replace("-", "") == "utf8" else ""
        return Input(
            name,
            None,
            f"cannot decode as {encoding}: byte 0x{data[exc.start]:02x} at offset {exc.start}"
            + hint,
        )
    lone = None if text.isascii() else _SURROGATE.search(text)
    if lone is not None:
        # utf-7, unicode_escape and the like can decode to half of a surrogate
        # pair, which no output (UTF-8 JSON, HTML, the terminal) can hold.
        return Input(
            name,
            None,
            f"decodes as {encoding} to a lone surrogate U+{ord(lone.group()):04X} at "
            f"character {lone.start()}, which cannot be written out",
        )
    return Input(name, text, None, used)
