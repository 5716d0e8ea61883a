"""The Dask integration on a real distributed.LocalCluster with two worker processes."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from quoteparse import (
    Conversion,
    Dimension,
    Document,
    Insertion,
    InsertionKind,
    Quantity,
    Span,
    parse,
)
from quoteparse.integrations.dask import record_columns
from quoteparse.records import RESULT_KINDS
from tests.factories import make_quote

SRC = Path(__file__).resolve().parents[1] / "src"

TEXTS = [
    "Comment: See:\nThe first story.\nUpdate: later.",
    "",
    "No markers here at all.",
    "Editor's note: late.\nRead more: elsewhere\n" * 3,
    "Photo: a river 12 miles (19 kilometres) long.",
]


def _hand_built() -> Document:
    """A Document with one result of every kind, built by hand so every column has data."""
    text = '"We [the council] tried," she said of the 12 miles (19 km) road.'

    def at(part: str, start: int = 0) -> Span:
        i = text.index(part, start)
        return Span(i, i + len(part))

    quote = make_quote(
        at('"We [the council] tried,"'),
        text,
        speaker_span=at("she"),
        cue_span=at("said"),
        paragraphs=(at("We [the council] tried,"),),
    )
    insertion = Insertion(
        span=at("[the council]"),
        content_span=at("the council"),
        content="the council",
        kind=InsertionKind.CLARIFICATION,
        quote=0,
    )
    miles = Quantity(
        span=at("12 miles"),
        value=12.0,
        value_span=at("12"),
        unit="mile",
        unit_text="miles",
        unit_span=at("miles"),
        dimension=Dimension.LENGTH,
    )
    km = Quantity(
        span=at("19 km"),
        value=19.0,
        value_span=at("19"),
        unit="kilometre",
        unit_text="km",
        unit_span=at("km"),
        dimension=Dimension.LENGTH,
        approximate=True,
        qualifier=None,
    )
    conversion = Conversion(
        span=at("12 miles (19 km)"),
        source=miles,
        target=km,
        expected=19.312,
        relative_error=-0.016,
        consistent=True,
    )
    return Document(
        text,
        quotes=(quote,),
        insertions=(insertion,),
        quantities=(miles, km),
        conversions=(conversion,),
    )


def _expected(pairs: list[tuple[Any, str]], kind: Any, flat: bool = True) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for doc_id, text in pairs:
        rows.extend(parse(text).records(kind, doc_id=doc_id, flat=flat))
    return rows


def _plain(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows with pandas' missing values and numpy scalars made plain, for comparing."""
    import pandas as pd

    out = []
    for row in rows:
        clean = {}
        for key, value in row.items():
            if isinstance(value, list | tuple):
                clean[key] = [list(v) if isinstance(v, list | tuple) else v for v in value]
            elif value is None or (not isinstance(value, list) and pd.isna(value)):
                clean[key] = None
            else:
                clean[key] = value.item() if hasattr(value, "item") else value
        out.append(clean)
    return out


# ---- without dask ---------------------------------------------------------


def test_import_quoteparse_never_imports_dask_or_pandas() -> None:
    code = (
        "import sys, quoteparse, quoteparse.integrations.dask\n"
        "bad = {'dask', 'distributed', 'pandas'} & set(sys.modules)\n"
        "assert not bad, bad\n"
    )
    env_path = f"{SRC}"
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": env_path})


@pytest.mark.parametrize("kind", RESULT_KINDS)
def test_record_columns_are_exactly_the_keys_records_produces(kind: Any) -> None:
    doc = _hand_built()
    if kind == "markers":
        doc = parse("Comment: See:\nText.")
    if kind == "speakers":
        doc = parse('Ann Lee, 40, spoke. "We won," Lee said.')
    (row, *_) = doc.records(kind, doc_id="d")
    assert list(row) == record_columns(kind)


def test_unknown_kind_fails_loudly() -> None:
    with pytest.raises(ValueError, match="unknown result kind 'people'"):
        record_columns("people")


# ---- on a LocalCluster ----------------------------------------------------


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    pytest.importorskip("dask", reason="the dask extra is not installed: pip install '.[dask]'")
    pytest.importorskip("pandas", reason="the dask extra is not installed: pip install '.[dask]'")
    distributed = pytest.importorskip(
        "distributed", reason="the dask extra is not installed: pip install '.[dask]'"
    )
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


@pytest.mark.parametrize("kind", ["markers", "quotes", "quantities"])
def test_bag_of_texts_gives_the_records_of_parse_with_partition_ids(client: Any, kind: Any) -> None:
    import dask.bag as db

    from quoteparse.integrations.dask import records_bag

    bag = db.from_sequence(TEXTS, npartitions=2)
    rows = records_bag(bag, kind).compute()
    # from_sequence splits 5 texts into partitions of 3 and 2.
    ids = ["0:0", "0:1", "0:2", "1:0", "1:1"]
    assert rows == _expected(list(zip(ids, TEXTS, strict=True)), kind)
    if kind == "markers":
        assert len(rows) >= 8  # the finder is real, so the comparison is not empty


def test_bag_of_pairs_goes_to_a_dataframe_with_the_declared_dtypes(client: Any) -> None:
    import dask.bag as db

    from quoteparse.integrations.dask import record_meta, records_bag

    pairs = [(f"doc-{i}", t) for i, t in enumerate(TEXTS)]
    frame = records_bag(db.from_sequence(pairs, npartitions=3), "markers").to_dataframe(
        meta=record_meta("markers")
    )
    result = frame.compute()
    assert list(result.columns) == record_columns("markers")
    assert _plain(result.to_dict("records")) == _plain(_expected(pairs, "markers"))


@pytest.mark.parametrize("kind", RESULT_KINDS)
def test_parsed_documents_are_not_parsed_again_and_every_column_survives(
    client: Any, kind: Any, tmp_path: Path
) -> None:
    import dask.bag as db
    import pandas as pd

    from quoteparse.integrations.dask import record_meta, records_bag

    doc = _hand_built()
    if kind == "markers":
        doc = parse("Comment: See:\nText.")
    bag = db.from_sequence([("a", doc), ("b", doc)], npartitions=2)
    frame = records_bag(bag, kind).to_dataframe(meta=record_meta(kind))
    expected = doc.records(kind, doc_id="a", flat=True) + doc.records(kind, doc_id="b", flat=True)
    assert _plain(frame.compute().to_dict("records")) == _plain(expected)
    frame.to_parquet(tmp_path / kind)
    back = pd.read_parquet(tmp_path / kind, dtype_backend="pyarrow")
    assert len(back) == len(expected)
    assert list(back.columns) == record_columns(kind)


def test_parse_bag_then_records_equals_records_from_texts(client: Any) -> None:
    import dask.bag as db

    from quoteparse.integrations.dask import parse_bag, records_bag

    bag = db.from_sequence(TEXTS, npartitions=2)
    parsed = parse_bag(bag).persist()
    pairs = parsed.compute()
    assert [doc for _, doc in pairs] == [parse(t) for t in TEXTS]
    assert records_bag(parsed, "markers").compute() == records_bag(bag, "markers").compute()


def test_dataframe_text_column_to_records_and_parquet(client: Any, tmp_path: Path) -> None:
    import dask.dataframe as dd
    import pandas as pd

    from quoteparse.integrations.dask import records_frame

    articles = pd.DataFrame(
        {"article": [f"a{i}" for i in range(len(TEXTS))], "body": TEXTS},
        index=pd.Index(range(100, 100 + len(TEXTS)), name="row"),
    )
    ddf = dd.from_pandas(articles, npartitions=2)
    by_index = records_frame(ddf, "markers", text_column="body").compute()
    assert _plain(by_index.to_dict("records")) == _plain(
        _expected(list(zip(articles.index, TEXTS, strict=True)), "markers")
    )
    by_column = records_frame(ddf, "markers", text_column="body", id_column="article")
    by_column.to_parquet(tmp_path / "markers")
    back = pd.read_parquet(tmp_path / "markers", dtype_backend="pyarrow")
    assert _plain(back.to_dict("records")) == _plain(
        _expected(list(zip(articles["article"], TEXTS, strict=True)), "markers")
    )


def test_dataframe_missing_texts_give_no_records_and_options_apply(client: Any) -> None:
    import dask.dataframe as dd
    import pandas as pd

    from quoteparse.integrations.dask import records_frame

    articles = pd.DataFrame({"text": ["Comment: x\n", None, "Update: y\n"]})
    rows = records_frame(dd.from_pandas(articles, npartitions=2), "markers").compute()
    assert rows["doc_id"].tolist() == [0, 2]
    with pytest.raises(TypeError, match="unknown option"):
        records_frame(dd.from_pandas(articles, npartitions=1), "markers", max_depth=3)
    with pytest.raises(KeyError, match="no column 'body'"):
        records_frame(dd.from_pandas(articles, npartitions=1), "markers", text_column="body")


SAID = [
    '"We [the board] won," said Ann Lee.\n\n"Again," she said. "And again."',
    "Comment: See:\nThe 3 miles (4.8 km) route.",
    "Nothing here.",
]


@pytest.mark.parametrize("kind", RESULT_KINDS)
def test_dask_rows_are_the_rows_and_dtypes_of_pandas_frame(
    client: Any, kind: Any, tmp_path: Path
) -> None:
    import dask.bag as db
    import pandas as pd

    from quoteparse.integrations.dask import record_meta, records_bag
    from quoteparse.pandas import frame

    pairs = [(f"doc-{i}", t) for i, t in enumerate(SAID)]
    table = records_bag(db.from_sequence(pairs, npartitions=2), kind)
    result = table.to_dataframe(meta=record_meta(kind)).compute().reset_index(drop=True)
    expected = frame(dict(pairs), kind).reset_index()
    assert len(expected) > 0, kind  # the texts have a result of every kind
    assert _plain(result.to_dict("records")) == _plain(expected.to_dict("records"))
    assert result.dtypes.drop("doc_id").to_dict() == expected.dtypes.drop("doc_id").to_dict()
    assert not any(isinstance(v, list) for row in result.to_dict("records") for v in row.values())
    # Plain read_parquet, no pyarrow backend: no list column needs one.
    table.to_dataframe(meta=record_meta(kind)).to_parquet(tmp_path / kind)
    back = pd.read_parquet(tmp_path / kind).reset_index(drop=True)
    assert _plain(back.to_dict("records")) == _plain(expected.to_dict("records"))


def test_nested_rows_on_request(client: Any) -> None:
    import dask.bag as db

    from quoteparse.integrations.dask import record_meta, records_bag

    pairs = [("a", SAID[0])]
    bag = records_bag(db.from_sequence(pairs, npartitions=1), "quotes", flat=False)
    rows = bag.compute()
    assert rows == _expected(pairs, "quotes", flat=False)
    assert any(isinstance(row["paragraphs"], list) and row["paragraphs"] for row in rows)
    frame = bag.to_dataframe(meta=record_meta("quotes", flat=False)).compute()
    assert str(frame.dtypes["paragraphs"]).startswith("list<")
