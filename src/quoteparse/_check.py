"""The one check every public entry point makes on its input."""

from __future__ import annotations

from typing import Any


def require_text(text: Any, name: str = "text") -> str:
    """Return ``text`` if it is a ``str``; otherwise raise a TypeError that says what to pass.

    >>> require_text(b"abc")
    Traceback (most recent call last):
    ...
    TypeError: text must be str, not bytes: decode it first, e.g. data.decode("utf-8") ...
    """
    if isinstance(text, str):
        return text
    if isinstance(text, bytes | bytearray | memoryview):
        raise TypeError(
            f"{name} must be str, not {type(text).__name__}: decode it first, "
            'e.g. data.decode("utf-8") or data.decode("cp1252", errors="replace") '
            "for text of unknown origin"
        )
    if text is None:
        raise TypeError(f"{name} must be str, not None: pass the article text ('' for none)")
    raise TypeError(
        f"{name} must be str, not {type(text).__name__}: pass the article text as a str"
    )
