"""The columns of each kind of record and their types, from the model's annotations.

:func:`quoteparse.records.records` builds rows from values; this module gives
the same columns before any row exists, so a table (pandas, Dask, Parquet,
CSV) has its schema even when a corpus has no result of a kind. Types are
pandas dtype names (no pandas needed here): ``int64`` / ``Int64`` (nullable),
``float64``, ``bool`` / ``boolean`` (nullable), ``string``, and, for the tuple
fields of the nested records, :data:`SPAN_LIST` and :data:`INT_LIST`. Flat
records (``flat=True``) have no nested columns: a tuple becomes a ``string``.

>>> column_types("markers")["start"], column_types("quotes")["paragraphs"]
('int64', 'span-list')
>>> column_types("quotes", flat=True)["paragraphs"]
'string'
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing

from quoteparse.model import Conversion, Insertion, Marker, Quantity, Quote, Span, Speaker
from quoteparse.records import RESULT_KINDS, ResultKind

__all__ = ["INT_LIST", "SPAN_LIST", "check_kind", "column_types"]

_RESULT_TYPES: dict[str, type] = {
    "quotes": Quote,
    "insertions": Insertion,
    "markers": Marker,
    "quantities": Quantity,
    "conversions": Conversion,
    "speakers": Speaker,
}

_STRING = "string"
#: A tuple of spans (a quote's paragraphs, a speaker's mentions): a list of
#: ``[start, end]`` pairs in nested records.
SPAN_LIST = "span-list"
#: A tuple of indices (a speaker's quotations): a list of integers in nested records.
INT_LIST = "int-list"

# pandas dtypes by (annotation, may be None).
_DTYPES: dict[tuple[type, bool], str] = {
    (int, False): "int64",
    (int, True): "Int64",
    (float, False): "float64",
    (float, True): "float64",
    (bool, False): "bool",
    (bool, True): "boolean",
    (str, False): _STRING,
    (str, True): _STRING,
}


def check_kind(kind: str) -> ResultKind:
    """``kind`` as a :data:`~quoteparse.records.ResultKind`, or ``ValueError`` naming the kinds."""
    # mypy narrows ``kind`` to the Literal through the ``in`` test.
    if kind not in RESULT_KINDS:
        raise ValueError(f"unknown result kind {kind!r}; use one of: {', '.join(RESULT_KINDS)}")
    return kind


def _fields(cls: type, prefix: str, flat: bool, out: dict[str, str]) -> None:
    # Mirrors records._flatten, from the annotations instead of the values.
    hints = typing.get_type_hints(cls)
    for f in dataclasses.fields(cls):
        if f.name.startswith("_"):
            continue
        tp = hints[f.name]
        name = f"{prefix}{f.name}_"
        optional = False
        if typing.get_origin(tp) in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(tp) if a is not type(None)]
            optional = len(args) < len(typing.get_args(tp))
            tp = args[0]
        if tp is Span:
            int_type = "Int64" if optional else "int64"
            if name == "span_":
                out["start"] = out["end"] = int_type
            else:
                out[name + "start"] = out[name + "end"] = int_type
        elif isinstance(tp, type) and issubclass(tp, enum.Enum):
            out[name[:-1]] = _STRING
        elif isinstance(tp, type) and dataclasses.is_dataclass(tp):
            _fields(tp, name, flat, out)
        elif typing.get_origin(tp) is tuple:
            nested = INT_LIST if typing.get_args(tp)[0] is int else SPAN_LIST
            out[name[:-1]] = _STRING if flat else nested
        else:
            out[name[:-1]] = _DTYPES[(tp, optional)]


def column_types(kind: str, *, flat: bool = False, id_dtype: str | None = None) -> dict[str, str]:
    """Column name -> dtype name of the records of ``kind``, in row order.

    ``id_dtype`` adds a first ``doc_id`` column of that type, as
    ``records(..., doc_id=...)`` does.
    """
    checked = check_kind(kind)
    out: dict[str, str] = {} if id_dtype is None else {"doc_id": id_dtype}
    out["index"] = "int64"
    _fields(_RESULT_TYPES[checked], "", flat, out)
    if checked == "quotes":
        out["speaker_name"] = _STRING
    if checked == "speakers":
        out["quote_count"] = out["words_quoted"] = "int64"
    out["text"] = _STRING
    return out
