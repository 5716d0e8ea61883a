"""Flat rows, one per result, for pandas, Parquet and Dask.

A row is a plain dict of strings, numbers, booleans and None: spans become
``start``/``end`` columns (``<field>_start``/``<field>_end`` for other spans),
enums their values, and a nested quantity (a conversion's ``source`` and
``target``) columns with that prefix. Each row also carries ``text``, the
slice of the document the result covers, and its ``index`` in the tuple.

A tuple field (a quote's ``paragraphs``, a speaker's ``mentions`` and
``quotes``) is a list column: ``[[start, end], ...]`` or ``[index, ...]``.
Flat rows (``flat=True``) have no list at all, for CSV and for Parquet that
plain ``pandas.read_parquet`` reads back: such a field is a string of
space-separated items, ``"0-12 14-30"`` for spans and ``"0 2"`` for indices.
"""

from __future__ import annotations

import enum
from typing import Any

from quoteparse import model
from quoteparse._convert import public_fields
from quoteparse.model import RESULT_KINDS, Document, ResultKind, Span
from quoteparse.numbering import numbered

__all__ = ["RESULT_KINDS", "ResultKind", "records", "who_is_quoted"]


def _flat_items(items: tuple[Any, ...]) -> str:
    """A tuple of spans or indices as one string: ``"0-12 14-30"``, ``"0 2"``."""
    return " ".join(f"{s.start}-{s.end}" if isinstance(s, Span) else str(s) for s in items)


def _flatten(value: Any, prefix: str, row: dict[str, Any], flat: bool = False) -> None:
    cls: type = type(value)
    if isinstance(value, Span):
        if prefix == "span_":
            row["start"], row["end"] = value.start, value.end
        else:
            row[prefix + "start"], row[prefix + "end"] = value.start, value.end
    elif value is None and prefix.endswith("span_"):
        row[prefix + "start"] = row[prefix + "end"] = None
    elif isinstance(value, enum.Enum):
        row[prefix[:-1]] = value.value
    elif (names := public_fields(cls)) is not None:
        for name in names:
            _flatten(getattr(value, name), f"{prefix}{name}_", row, flat)
    elif isinstance(value, tuple) and flat:
        row[prefix[:-1]] = _flat_items(value)
    elif isinstance(value, tuple):
        row[prefix[:-1]] = [[s.start, s.end] if isinstance(s, Span) else s for s in value]
    else:
        row[prefix[:-1]] = value


def records(
    doc: Document, kind: ResultKind, *, doc_id: Any = None, flat: bool = False
) -> list[dict[str, Any]]:
    """One flat dict per result of ``kind`` in ``doc``; ``doc_id`` adds a ``doc_id`` column.

    ``flat=True`` writes tuple fields as strings instead of lists (see above).

    >>> from quoteparse import parse
    >>> doc = parse("Comment: See:\\nText.")
    >>> records(doc, "markers", doc_id=7)[0]["label"], records(doc, "markers")[0]["start"]
    ('Comment', 0)
    >>> records(doc, "people")
    Traceback (most recent call last):
    ...
    ValueError: unknown result kind 'people'; use one of: quotes, insertions, ...

    Quote rows carry ``speaker_name``, the name of the speaker ``speaker_id``
    points to; speaker rows carry ``quote_count`` and ``words_quoted`` (the
    words of their top-level quotations) and, as ``text``, the name:

    >>> doc = parse('Ann Lee, 40, spoke. "We won," Lee said. "Again," she said.')
    >>> row = records(doc, "speakers")[0]
    >>> row["name"], row["quote_count"], row["words_quoted"]
    ('Ann Lee', 2, 3)
    >>> records(doc, "quotes")[1]["speaker_name"]
    'Ann Lee'
    >>> records(doc, "speakers")[0]["mentions"], records(doc, "speakers", flat=True)[0]["mentions"]
    ([[30, 33], [49, 52]], '30-33 49-52')
    """
    if kind not in RESULT_KINDS:
        raise ValueError(f"unknown result kind {kind!r}; use one of: {', '.join(RESULT_KINDS)}")
    rows: list[dict[str, Any]] = []
    for index, result in numbered(getattr(doc, kind)):
        row: dict[str, Any] = {} if doc_id is None else {"doc_id": doc_id}
        row["index"] = index
        _flatten(result, "", row, flat)
        if kind == "speakers":
            top = [k for k in result.quotes if doc.quotes[k].parent is None]
            row["quote_count"] = len(result.quotes)
            row["words_quoted"] = sum(len(doc.quotes[k].content.split()) for k in top)
            row["text"] = result.name
        else:
            if kind == "quotes":
                sid = result.speaker_id
                row["speaker_name"] = None if sid is None else doc.speakers[sid].name
            row["text"] = doc.text[row["start"] : row["end"]]
        rows.append(row)
    return rows


def who_is_quoted(doc: Document) -> list[dict[str, Any]]:
    """The speaker rows of ``doc``, most quoted first (ties in order of first mention).

    The one "who is quoted" table the command-line summary and the HTML view show.

    >>> from quoteparse import parse
    >>> doc = parse('"No," said Bo Chan. Ann Lee, 40, spoke. "We won," Lee said. "Yes," she said.')
    >>> [(r["name"], r["quote_count"]) for r in who_is_quoted(doc)]
    [('Ann Lee', 2), ('Bo Chan', 1)]
    """
    return sorted(records(doc, "speakers"), key=lambda r: -r["quote_count"])


# Document.records() hands over to records() (the model does not import its views).
model.VIEWS.records = records
