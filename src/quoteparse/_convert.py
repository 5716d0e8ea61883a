"""Turn result dataclasses into plain JSON-ready data and back.

One generic walk over dataclass fields and their annotations, so a field
added to a result type is serialised without a second hand-kept list.
Fields whose name starts with ``_`` are internal and never serialised.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import types
import typing
from typing import Any

# Leaves of the result types, returned as they are: most values are these.
_ATOMS = frozenset({str, int, float, bool, type(None)})


def to_plain(value: Any) -> Any:
    """Return ``value`` as dicts, lists, strings, numbers, booleans and None."""
    cls: type = type(value)
    if cls in _ATOMS:
        return value
    names = public_fields(cls)
    if names is not None:
        return {name: to_plain(getattr(value, name)) for name in names}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [to_plain(v) for v in value]
    return value


@functools.cache
def public_fields(cls: type) -> tuple[str, ...] | None:
    """The serialised field names of a dataclass, in order; None for any other class.

    ``dataclasses.fields`` rebuilds its answer on every call, which was most of
    the time ``Document.to_dict`` took; a class's fields never change, so
    caching them cannot change results.
    """
    if not dataclasses.is_dataclass(cls):
        return None
    return tuple(f.name for f in dataclasses.fields(cls) if not f.name.startswith("_"))


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    # Type hints never change for a class, so this cache cannot change results.
    return typing.get_type_hints(cls)


def from_plain(tp: Any, data: Any) -> Any:
    """Rebuild a value of type ``tp`` from what :func:`to_plain` made of it."""
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if data is None:
            return None
        return from_plain(args[0], data)
    if origin is tuple:
        (item, _) = typing.get_args(tp)
        return tuple(from_plain(item, v) for v in data)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp(data)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        kwargs = {
            f.name: from_plain(hints[f.name], data[f.name])
            for f in dataclasses.fields(tp)
            if f.init and f.name in data
        }
        return tp(**kwargs)
    if tp is float and isinstance(data, int):
        return float(data)
    return data
