"""The command line's table output: ``--csv OUT_DIR`` and ``--parquet OUT_DIR``.

One table per kind of result (:data:`TABLE_KINDS`), each row a flat record
(:func:`quoteparse.records.records` with ``flat=True``: spans as ``start`` /
``end`` integers, no list columns) with a first ``doc_id`` column naming the
input file. :class:`TableRows` turns one parsed document into its rows (a
``--jobs`` worker does that where it parses and sends back only the rows);
:class:`CsvTables` and :class:`ParquetTables` append them as they come, so a
corpus never sits in memory whole. Every table named is written, with its
header or schema, even when no document had a result of its kind.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TextIO

from quoteparse.columns import column_types
from quoteparse.model import Document
from quoteparse.records import ResultKind

__all__ = [
    "TABLE_KINDS",
    "CsvRows",
    "CsvTables",
    "CsvText",
    "ParquetTables",
    "TableRows",
    "Tables",
    "parse_kinds",
]

#: The tables the command line writes, in this order; ``--kind`` picks some.
TABLE_KINDS: tuple[ResultKind, ...] = (
    "quotes",
    "speakers",
    "insertions",
    "markers",
    "quantities",
    "conversions",
)

#: Rows of one document, by kind.
Rows = dict[str, list[dict[str, Any]]]

# How many rows of a kind wait before they go to the Parquet file as one batch:
# big enough for tidy row groups, small enough to keep memory flat.
_PARQUET_BATCH = 50_000


def parse_kinds(value: str) -> tuple[ResultKind, ...]:
    """``--kind quotes,conversions`` as kinds in :data:`TABLE_KINDS` order; ``ValueError`` else.

    >>> parse_kinds("conversions, quotes")
    ('quotes', 'conversions')
    >>> parse_kinds("quote")
    Traceback (most recent call last):
    ...
    ValueError: unknown kind 'quote'; use some of: quotes, speakers, ...
    """
    asked = {part.strip() for part in value.split(",") if part.strip()}
    for kind in sorted(asked - set(TABLE_KINDS)):
        raise ValueError(f"unknown kind {kind!r}; use some of: {', '.join(TABLE_KINDS)}")
    if not asked:
        raise ValueError(f"no kind named; use some of: {', '.join(TABLE_KINDS)}")
    return tuple(kind for kind in TABLE_KINDS if kind in asked)


@dataclass(frozen=True, slots=True)
class TableRows:
    """One document's flat rows of each of ``kinds``, with the file name as ``doc_id``."""

    kinds: tuple[ResultKind, ...] = TABLE_KINDS

    def __call__(self, name: str, doc: Document, encoding: str) -> Rows:
        """The rows of ``doc`` read from ``name`` (``encoding`` is not a column)."""
        return {kind: doc.records(kind, doc_id=name, flat=True) for kind in self.kinds}


#: One document's CSV text of each kind (rows without the header) and its number of rows.
CsvText = dict[str, tuple[str, int]]


@dataclass(frozen=True, slots=True)
class CsvRows:
    """One document's rows of each of ``kinds`` as CSV text, ready to append to its file.

    What a ``--jobs`` worker sends back for ``--csv``: the parent appends the
    text as it is, instead of formatting every row itself.
    """

    kinds: tuple[ResultKind, ...] = TABLE_KINDS

    def __call__(self, name: str, doc: Document, encoding: str) -> CsvText:
        """The CSV text of each kind's rows of ``doc`` read from ``name``."""
        out: CsvText = {}
        for kind in self.kinds:
            rows = doc.records(kind, doc_id=name, flat=True)
            buffer = io.StringIO()
            csv.DictWriter(buffer, fieldnames=_columns(kind)).writerows(rows)
            out[kind] = (buffer.getvalue(), len(rows))
        return out


class Tables(Protocol):
    """A set of open tables, one per kind: rows are added, then it is closed."""

    def add(self, rows: Rows) -> None:
        """Append one document's rows."""

    def close(self) -> list[tuple[Path, int]]:
        """Finish every file; each file written with its number of rows."""


def _columns(kind: ResultKind) -> list[str]:
    return list(column_types(kind, flat=True, id_dtype="string"))


class CsvTables:
    """``OUT_DIR/<kind>.csv``, UTF-8, a header row, an empty field for a missing value."""

    def __init__(self, folder: Path, kinds: Sequence[ResultKind]) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self._files: dict[str, tuple[Path, TextIO, csv.DictWriter[str]]] = {}
        self._counts: dict[str, int] = {}
        for kind in kinds:
            path = folder / f"{kind}.csv"
            handle = path.open("w", encoding="utf-8", newline="")
            writer = csv.DictWriter(handle, fieldnames=_columns(kind))
            writer.writeheader()
            self._files[kind] = (path, handle, writer)
            self._counts[kind] = 0

    def add(self, rows: Rows) -> None:
        """Append one document's rows to each file."""
        for kind, kind_rows in rows.items():
            self._files[kind][2].writerows(kind_rows)
            self._counts[kind] += len(kind_rows)

    def add_text(self, text: CsvText) -> None:
        """Append one document's rows, already CSV text (from :class:`CsvRows`), to each file."""
        for kind, (rows, count) in text.items():
            self._files[kind][1].write(rows)
            self._counts[kind] += count

    def close(self) -> list[tuple[Path, int]]:
        """Close every file."""
        for _, handle, _ in self._files.values():
            handle.close()
        return [(path, self._counts[kind]) for kind, (path, _, _) in self._files.items()]


# Arrow types of the dtype names in quoteparse.columns (flat records have no lists).
_ARROW_TYPES = {
    "int64": "int64",
    "Int64": "int64",
    "float64": "float64",
    "bool": "bool_",
    "boolean": "bool_",
    "string": "string",
}


class ParquetTables:
    """``OUT_DIR/<kind>.parquet`` with a fixed schema; needs pyarrow (the ``parquet`` extra).

    Plain ``pandas.read_parquet`` reads each back: every column is an integer,
    float, boolean or string column (nullable where the field may be missing).
    """

    def __init__(self, folder: Path, kinds: Sequence[ResultKind]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        folder.mkdir(parents=True, exist_ok=True)
        self._pa = pa
        self._writers: dict[str, Any] = {}
        self._schemas: dict[str, Any] = {}
        self._paths: dict[str, Path] = {}
        self._waiting: dict[str, list[dict[str, Any]]] = {}
        self._counts: dict[str, int] = {}
        for kind in kinds:
            types = column_types(kind, flat=True, id_dtype="string")
            schema = pa.schema(
                [(name, getattr(pa, _ARROW_TYPES[dtype])()) for name, dtype in types.items()]
            )
            path = folder / f"{kind}.parquet"
            self._schemas[kind] = schema
            self._paths[kind] = path
            self._writers[kind] = pq.ParquetWriter(str(path), schema)
            self._waiting[kind] = []
            self._counts[kind] = 0

    def _flush(self, kind: str) -> None:
        rows = self._waiting[kind]
        if rows:
            table = self._pa.Table.from_pylist(rows, schema=self._schemas[kind])
            self._writers[kind].write_table(table)
            self._waiting[kind] = []

    def add(self, rows: Rows) -> None:
        """Queue one document's rows; a full batch goes to its file."""
        for kind, kind_rows in rows.items():
            self._waiting[kind].extend(kind_rows)
            self._counts[kind] += len(kind_rows)
            if len(self._waiting[kind]) >= _PARQUET_BATCH:
                self._flush(kind)

    def close(self) -> list[tuple[Path, int]]:
        """Write what waits and close every file."""
        for kind, writer in self._writers.items():
            self._flush(kind)
            writer.close()
        return [(self._paths[kind], self._counts[kind]) for kind in self._writers]
