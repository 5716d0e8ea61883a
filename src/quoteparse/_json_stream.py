"""A Document's JSON written piece by piece, for output too big to build at once.

``"".join(document_json(doc, extra))`` is exactly
``json.dumps({**extra, **doc.to_dict()}, ensure_ascii=False, indent=2)``, but no
piece holds more than one result or one slice of the text, so writing the
pieces as they come keeps memory near the size of the text itself (a whole
``to_dict()`` and its ``json.dumps`` cost several times the text).

>>> import json
>>> from quoteparse import parse
>>> doc = parse('Comment: See:\\n"We tried," she said.')
>>> "".join(document_json(doc, {"file": "a.txt"})) == json.dumps(
...     {"file": "a.txt", **doc.to_dict()}, ensure_ascii=False, indent=2)
True
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from quoteparse._convert import public_fields, to_plain
from quoteparse.model import Document

__all__ = ["document_json"]

#: Characters of the text encoded per piece: big enough that the per-piece
#: overhead is nothing, small enough that a piece is a sliver of a big text.
TEXT_PIECE = 1 << 20

# The result tuples of a Document, in field order (what to_dict writes after the text).
_RESULTS = tuple(name for name in public_fields(Document) or () if name != "text")


def _dumps(value: Any, pad: str) -> str:
    # json.dumps only writes a newline between items (a newline inside a string is
    # escaped), so indenting every line of a nested value is one replace.
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", pad)


def _text(text: str) -> Iterator[str]:
    # Escapes are per character, so the text may be cut anywhere.
    yield '"'
    for start in range(0, len(text), TEXT_PIECE):
        yield json.dumps(text[start : start + TEXT_PIECE], ensure_ascii=False)[1:-1]
    yield '"'


def document_json(
    doc: Document,
    extra: Mapping[str, Any] | None = None,
    *,
    include_text: bool = True,
    level: int = 0,
) -> Iterator[str]:
    """The pieces of ``doc``'s JSON (two-space indent), ``extra`` keys first.

    ``level`` is how many levels deep the object sits (1 inside an array), so
    that the pieces can be written as an item of a bigger indented document.
    """
    pad = "\n" + "  " * (level + 1)
    inner = pad + "  "
    head = {**(extra or {}), **doc._json_head()}
    sep = "{"
    for key, value in head.items():
        yield f"{sep}{pad}{json.dumps(key, ensure_ascii=False)}: {_dumps(value, pad)}"
        sep = ","
    if include_text:
        yield f'{sep}{pad}"text": '
        yield from _text(doc.text)
        sep = ","
    for name in _RESULTS:
        results = getattr(doc, name)
        if not results:
            yield f'{sep}{pad}"{name}": []'
        else:
            yield f'{sep}{pad}"{name}": ['
            for i, result in enumerate(results):
                yield ("," if i else "") + inner + _dumps(to_plain(result), inner)
            yield pad + "]"
        sep = ","
    yield "\n" + "  " * level + "}"
