"""One call from texts to a pandas DataFrame of results (needs the ``pandas`` extra).

``frame(texts, kind)`` parses each text and gives one row per result of
``kind``, indexed by document id: the label of a Series, the key of a mapping,
or the position in a list. The columns are the flat records of
:meth:`quoteparse.Document.records` (``flat=True``: spans as ``start``/``end``
integers, no list column) with typed dtypes, the same for every call: nullable
``Int64`` and ``boolean`` where a field may be missing, ``string`` for text.
So the frame goes to Parquet and back with plain ``pandas.read_parquet``.

>>> import pandas as pd
>>> articles = pd.Series(
...     {"a-1": '"We won," said Ann Lee. The 3 miles (4.8 km) route.', "a-2": "No quotes."}
... )
>>> quotes = frame(articles, "quotes")
>>> quotes[["start", "end", "speaker", "text"]]
         start  end  speaker       text
doc_id
a-1          0    9  Ann Lee  "We won,"
>>> quotes.dtypes[["start", "speaker_id", "closed", "speaker"]].astype(str).tolist()
['int64', 'Int64', 'bool', 'string']
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "quotes.parquet"
>>> quotes.to_parquet(path)
>>> pd.testing.assert_frame_equal(pd.read_parquet(path), quotes)
>>> frame(["Up 5 km.", "Down 2 kg."], "quantities")[["unit", "value"]]
             unit  value
doc_id
0       kilometre    5.0
1        kilogram    2.0

A text that is missing (None or NaN in a Series) gives no rows; a kind with
no result anywhere gives an empty frame with the same columns and dtypes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from quoteparse.columns import check_kind, column_types
from quoteparse.options import Options, resolve_options
from quoteparse.parse import parse

__all__ = ["frame"]


def _pairs(texts: Any) -> Iterator[tuple[Any, Any]]:
    """(doc id, text) for a Series (its labels), a mapping (its keys) or a list (positions)."""
    # A pandas Series is no Mapping, but has .items() of (label, value) too.
    if isinstance(texts, Mapping) or (hasattr(texts, "items") and hasattr(texts, "index")):
        yield from texts.items()
    else:
        yield from enumerate(texts)


def frame(
    texts: Iterable[str] | Mapping[Any, str] | Any,
    kind: str = "quotes",
    *,
    options: Options | None = None,
    **shortcuts: Any,
) -> Any:
    """A DataFrame of the results of ``kind`` in ``texts``, indexed by document id ``doc_id``.

    ``texts`` is a pandas Series, a mapping of id to text, or any iterable of
    texts (ids 0, 1, ...). ``kind`` is one of ``quotes``, ``speakers``,
    ``insertions``, ``markers``, ``quantities``, ``conversions``; options and
    shortcuts are those of :func:`quoteparse.parse`. A misspelt kind or option
    raises before any text is parsed.
    """
    import pandas as pd

    checked = check_kind(kind)
    opts = resolve_options(options, shortcuts)
    dtypes = column_types(checked, flat=True)
    ids: list[Any] = []
    rows: list[dict[str, Any]] = []
    for doc_id, text in _pairs(texts):
        if not isinstance(text, str) and pd.isna(text):
            continue  # a missing text has nothing to find
        found = parse(text, options=opts).records(checked, flat=True)
        ids += [doc_id] * len(found)
        rows += found
    table = pd.DataFrame.from_records(rows, columns=list(dtypes)).astype(dtypes)
    index_dtype = getattr(getattr(texts, "index", None), "dtype", None)
    index = pd.Index(ids, name="doc_id")
    if index_dtype is not None:
        index = index.astype(index_dtype)
    table.index = index
    return table
