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
from collections.abc import Callable
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


def from_plain(tp: Any, data: Any) -> Any:
    """Rebuild a value of type ``tp`` from what :func:`to_plain` made of it."""
    return _decoder(tp)(data)


def _same(data: Any) -> Any:
    return data


def _float(data: Any) -> Any:
    # JSON writes 18.0 as 18, which comes back as an int.
    return float(data) if isinstance(data, int) else data


@functools.cache
def _decoder(tp: Any) -> Callable[[Any], Any]:
    """A function rebuilding values of type ``tp``, worked out once per type.

    Reading a type's annotations (``typing.get_type_hints``, ``get_origin``,
    ``dataclasses.fields``) for every value was most of what ``from_dict``
    cost; a type's shape never changes, so caching the decoder cannot change
    results.
    """
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        inner = _decoder(next(a for a in typing.get_args(tp) if a is not type(None)))
        return lambda data: None if data is None else inner(data)
    if origin is tuple:
        item = _decoder(typing.get_args(tp)[0])
        return lambda data: tuple([item(v) for v in data])
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        fields = tuple((f.name, _decoder(hints[f.name])) for f in dataclasses.fields(tp) if f.init)
        cls = tp

        def build(data: Any) -> Any:
            return cls(**{name: decode(data[name]) for name, decode in fields if name in data})

        return build
    if tp is float:
        return _float
    return _same
