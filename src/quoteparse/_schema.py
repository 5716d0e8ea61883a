"""Build the JSON Schema of :meth:`Document.to_dict` from the result dataclasses.

The schema shipped as ``quoteparse/schema.json`` is this function's output; a
test rebuilds it and compares, so the published shape cannot drift from the
code. Run ``python -m quoteparse._schema > src/quoteparse/schema.json`` after
changing a result type.
"""

from __future__ import annotations

import dataclasses
import enum
import inspect
import json
import types
import typing
from typing import Any

from quoteparse import model

_SCALARS: dict[Any, str] = {int: "integer", float: "number", str: "string", bool: "boolean"}


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        options = [_type_schema(a, defs) for a in typing.get_args(tp) if a is not type(None)]
        return {"anyOf": [*options, {"type": "null"}]}
    if origin is tuple:
        return {"type": "array", "items": _type_schema(typing.get_args(tp)[0], defs)}
    if tp in _SCALARS:
        return {"type": _SCALARS[tp]}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {
                "description": _first_line(tp),
                "enum": [member.value for member in tp],
            }
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}  # placeholder against recursion
            defs[tp.__name__] = _object_schema(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    raise TypeError(f"no JSON Schema for {tp!r}")


def _first_line(obj: Any) -> str:
    return (inspect.getdoc(obj) or "").split("\n\n")[0].replace("\n", " ")


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    names = [f.name for f in dataclasses.fields(cls) if not f.name.startswith("_")]
    return {
        "description": _first_line(cls),
        "type": "object",
        "properties": {name: _type_schema(hints[name], defs) for name in names},
        "required": names,
        "additionalProperties": False,
    }


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``Document.to_dict()`` output."""
    defs: dict[str, Any] = {}
    document = _object_schema(model.Document, defs)
    document["properties"] = {
        "schema_version": {"const": model.SCHEMA_VERSION},
        "text_length": {"type": "integer", "minimum": 0},
        "file": {"type": "string", "description": "The input's name (command line only)."},
        **document["properties"],
    }
    # The text may be left out with to_dict(include_text=False).
    document["required"] = ["schema_version", "text_length"] + [
        n for n in document["required"] if n != "text"
    ]
    defs["Span"]["properties"]["start"]["minimum"] = 0
    defs["Span"]["properties"]["end"]["minimum"] = 0
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://github.com/quoteparse/quoteparse/schema.json",
        "title": "quoteparse Document",
        **document,
        "$defs": dict(sorted(defs.items())),
    }


if __name__ == "__main__":
    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
