"""Run :func:`quoteparse.parse` over a Dask Bag or a Dask DataFrame text column.

Results come back as flat records (one row per quote, insertion, marker,
quantity or conversion, with the document's id): by default the rows of
:func:`quoteparse.records.records` with ``flat=True``, the same rows and dtypes
as :func:`quoteparse.pandas.frame`, with no list column, so the Parquet they
go to reads back with plain ``pandas.read_parquet``. ``flat=False`` gives the
nested rows instead (a quote's ``paragraphs`` as a list of ``[start, end]``
pairs, an Arrow list column). Needs ``pip install 'quoteparse[dask]'``; Dask
is imported when a function here is called, never by ``import quoteparse``.

>>> record_columns("markers")[:4]
['doc_id', 'index', 'start', 'end']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from quoteparse.columns import INT_LIST, SPAN_LIST, check_kind, column_types
from quoteparse.model import Document
from quoteparse.options import Options, resolve_options
from quoteparse.parse import parse
from quoteparse.records import ResultKind

__all__ = [
    "parse_bag",
    "record_columns",
    "record_meta",
    "records_bag",
    "records_frame",
]

_STRING = "string"


def _schema(kind: ResultKind, id_dtype: Any = _STRING, flat: bool = True) -> dict[str, Any]:
    types: dict[str, Any] = {"doc_id": id_dtype}
    types.update(column_types(kind, flat=flat))
    return types


def record_columns(kind: str) -> list[str]:
    """The column names of the records of ``kind``, in order, ``doc_id`` first."""
    return list(_schema(check_kind(kind)))


def record_meta(kind: str, id_dtype: Any = _STRING, *, flat: bool = True) -> Any:
    """An empty ``pandas.DataFrame`` with the columns and dtypes of the records of ``kind``.

    Pass it as ``meta=`` to ``Bag.to_dataframe``. ``doc_id`` is a string
    column unless ``id_dtype`` says otherwise (``"int64"`` for integer ids).
    Spans are ``int64`` (``Int64`` where they may be missing), enums and text
    ``string``, optional booleans ``boolean``, and a tuple field such as
    ``paragraphs`` a ``string`` (``"0-12 14-30"``), as in
    :func:`quoteparse.pandas.frame`. With ``flat=False`` (for the records of
    ``records_bag(..., flat=False)``) a tuple field is an Arrow list of
    ``[start, end]`` pairs or of indices; read such Parquet back with
    ``pandas.read_parquet(path, dtype_backend="pyarrow")`` or ``dask.dataframe``.
    """
    import pandas as pd
    import pyarrow as pa

    lists = {
        SPAN_LIST: pd.ArrowDtype(pa.list_(pa.list_(pa.int64()))),
        INT_LIST: pd.ArrowDtype(pa.list_(pa.int64())),
    }
    schema = _schema(check_kind(kind), id_dtype, flat)
    return pd.DataFrame(
        {name: pd.Series([], dtype=lists.get(dtype, dtype)) for name, dtype in schema.items()}
    )


def _frame(rows: list[dict[str, Any]], meta: Any) -> Any:
    import pandas as pd

    frame = pd.DataFrame.from_records(rows, columns=list(meta.columns))
    return frame.astype(meta.dtypes.to_dict())


def _numbered(items: Iterable[Any], partition: int) -> list[tuple[Any, Any]]:
    # A bare text gets the id "<partition>:<position>"; pairs keep their own id.
    out = []
    for position, item in enumerate(items):
        if isinstance(item, str):
            out.append((f"{partition}:{position}", item))
        else:
            doc_id, text = item
            out.append((doc_id, text))
    return out


def _documents(
    items: Iterable[tuple[Any, Any]], options: Options
) -> Iterator[tuple[Any, Document]]:
    for doc_id, value in items:
        yield doc_id, value if isinstance(value, Document) else parse(value, options=options)


def _parse_partition(items: Iterable[tuple[Any, Any]], options: Options) -> list[Any]:
    return list(_documents(items, options))


def _records_partition(
    items: Iterable[tuple[Any, Any]], kind: ResultKind, options: Options, flat: bool
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for doc_id, doc in _documents(items, options):
        rows.extend(doc.records(kind, doc_id=doc_id, flat=flat))
    return rows


def _with_ids(bag: Any) -> Any:
    import dask.bag as db
    from dask.delayed import delayed

    parts = bag.to_delayed(optimize_graph=False)
    numbered = [delayed(_numbered)(part, i) for i, part in enumerate(parts)]
    return db.from_delayed(numbered)  # type: ignore[no-untyped-call]  # dask leaves it untyped


def parse_bag(bag: Any, *, options: Options | None = None, **shortcuts: Any) -> Any:
    """A Bag of ``(doc_id, Document)`` from a Bag of texts or of ``(doc_id, text)`` pairs.

    A bare text gets the id ``"<partition>:<position>"``. Persist the result to
    take several kinds of records from one parse: ``records_bag(parsed, kind)``
    accepts it as it is.
    """
    opts = resolve_options(options, shortcuts)
    return _with_ids(bag).map_partitions(_parse_partition, opts)


def records_bag(
    bag: Any,
    kind: str = "quotes",
    *,
    flat: bool = True,
    options: Options | None = None,
    **shortcuts: Any,
) -> Any:
    """A Bag of flat record dicts of ``kind`` from a Bag of texts, pairs or parsed Documents.

    The Bag may hold texts, ``(doc_id, text)`` pairs, or the ``(doc_id, Document)``
    pairs of :func:`parse_bag` (not parsed again). The dicts are those of
    ``Document.records(kind, doc_id=..., flat=flat)``. Turn the Bag into a
    DataFrame with ``.to_dataframe(meta=record_meta(kind, flat=flat))``.
    """
    checked = check_kind(kind)
    opts = resolve_options(options, shortcuts)
    return _with_ids(bag).map_partitions(_records_partition, checked, opts, flat)


def _frame_partition(
    part: Any,
    *,
    kind: ResultKind,
    text_column: str,
    id_column: str | None,
    options: Options,
    schema: Any,
    flat: bool,
) -> Any:
    import pandas as pd

    ids = part.index if id_column is None else part[id_column]
    rows: list[dict[str, Any]] = []
    for doc_id, text in zip(ids, part[text_column], strict=True):
        if not isinstance(text, str) and pd.isna(text):
            continue  # a missing text has nothing to find
        plain_id = doc_id.item() if hasattr(doc_id, "item") else doc_id
        rows.extend(parse(text, options=options).records(kind, doc_id=plain_id, flat=flat))
    return _frame(rows, schema)


def records_frame(
    frame: Any,
    kind: str = "quotes",
    *,
    text_column: str = "text",
    id_column: str | None = None,
    flat: bool = True,
    options: Options | None = None,
    **shortcuts: Any,
) -> Any:
    """A Dask DataFrame of the records of ``kind`` found in ``frame[text_column]``.

    ``doc_id`` is the row's index label, or its ``id_column`` value when given.
    The rows are those of ``Document.records(kind, flat=flat)``.
    Missing texts (None, NaN) give no records; any other non-``str`` raises
    ``TypeError`` when computed. Partitions map one to one, so the output can
    go straight to ``.to_parquet(...)``.
    """
    checked = check_kind(kind)
    opts = resolve_options(options, shortcuts)
    if text_column not in frame.columns:
        raise KeyError(f"no column {text_column!r}; columns: {', '.join(map(str, frame.columns))}")
    if id_column is not None and id_column not in frame.columns:
        raise KeyError(f"no column {id_column!r}; columns: {', '.join(map(str, frame.columns))}")
    id_dtype = frame.index.dtype if id_column is None else frame[id_column].dtype
    meta = record_meta(checked, id_dtype, flat=flat)
    return frame.map_partitions(
        _frame_partition,
        kind=checked,
        text_column=text_column,
        id_column=id_column,
        options=opts,
        schema=meta,
        flat=flat,
        meta=meta,
    )
