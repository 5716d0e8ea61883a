"""Reading a corpus folder: which files, and how their bytes become text.

The rule of ``encoding="auto"``, applied to each file on its own: UTF-8 when
the bytes are valid UTF-8; otherwise cp1252 (Windows Western, what most
mis-saved news text is) when every byte is defined in cp1252; otherwise
Latin-1 (ISO-8859-1), which decodes any bytes. The encoding actually used is
returned beside the text, so output can say which. A UTF-8 byte order mark at
the start is dropped (read as ``utf-8-sig``): it says how the file is encoded
and is not part of the text, so offsets count from the first real character.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["AUTO_ORDER", "decode", "find_files"]

#: The encodings ``decode(..., "auto")`` tries, in order; the last decodes any bytes.
AUTO_ORDER: tuple[str, ...] = ("utf-8", "cp1252", "latin-1")


def decode(data: bytes, encoding: str = "auto") -> tuple[str, str]:
    """``(text, encoding used)``; ``"auto"`` follows :data:`AUTO_ORDER`.

    >>> decode("café".encode("utf-8"))
    ('café', 'utf-8')
    >>> decode("café – 5".encode("cp1252"))
    ('café – 5', 'cp1252')
    >>> decode(b"\\xef\\xbb\\xbfcaf\\xc3\\xa9", "utf8")  # a byte order mark is not text
    ('café', 'utf8')
    >>> decode(b"\\x81")  # undefined in cp1252
    ('\\x81', 'latin-1')
    >>> decode(b"\\xe9", "utf-8")
    Traceback (most recent call last):
    ...
    UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data
    """
    if encoding != "auto":
        return data.decode(_without_bom(encoding)), encoding
    for candidate in AUTO_ORDER[:-1]:
        try:
            return data.decode(_without_bom(candidate)), candidate
        except UnicodeDecodeError:
            continue
    return data.decode(AUTO_ORDER[-1]), AUTO_ORDER[-1]


def _without_bom(encoding: str) -> str:
    # A byte order mark opening a UTF-8 file says how it is encoded; it is not
    # part of the text (utf-16 and utf-32 drop theirs already).
    return "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding


def find_files(names: Iterable[str], glob: str = "*") -> Iterator[str]:
    """Each name as given, except a folder, which gives its files matching ``glob``.

    A folder is searched recursively and its files come in sorted order;
    ``-`` (standard input) and missing names pass through for the caller to report,
    and so does a link in a folder whose target is gone: it names a file the
    caller expects to be read, so it is reported, not skipped.
    """
    for name in names:
        path = Path(name)
        if name != "-" and path.is_dir():
            yield from sorted(str(p) for p in path.rglob(glob) if _is_file(p))
        else:
            yield name


def _is_file(path: Path) -> bool:
    # A dangling link is not is_file(), but it is an input that failed, not a folder.
    return path.is_file() or (path.is_symlink() and not path.exists())
