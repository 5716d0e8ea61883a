"""quoteparse.pandas.frame: texts to a typed DataFrame indexed by document id."""

from __future__ import annotations

from pathlib import Path

import pytest

pd = pytest.importorskip("pandas", reason="pandas is in the test extra: pip install -e '.[test]'")

from quoteparse import parse  # noqa: E402
from quoteparse.columns import column_types  # noqa: E402
from quoteparse.pandas import frame  # noqa: E402
from quoteparse.records import RESULT_KINDS, ResultKind  # noqa: E402

TEXTS = {
    "d1": 'Comment: See also:\n"They [the board] tried," said Ann Lee, 40. It cost £12m.\n',
    "d2": '"We walked 3 miles (4.8 km)\n\n"and back," she said.\n',
}


@pytest.mark.parametrize("kind", RESULT_KINDS)
def test_rows_are_the_flat_records_with_the_id_as_index(kind: ResultKind) -> None:
    got = frame(pd.Series(TEXTS), kind)
    expected = [
        (doc_id, row)
        for doc_id, text in TEXTS.items()
        for row in parse(text).records(kind, flat=True)
    ]
    assert len(expected) > 0
    assert got.index.name == "doc_id"
    assert got.index.tolist() == [doc_id for doc_id, _ in expected]
    assert list(got.columns) == list(column_types(kind, flat=True))
    for (_, row), (_, got_row) in zip(expected, got.iterrows(), strict=True):
        assert {k: (None if pd.isna(v) else v) for k, v in got_row.items()} == row
    assert {c: str(t) for c, t in got.dtypes.items()} == column_types(kind, flat=True)


def test_list_input_is_indexed_by_position_and_missing_texts_give_no_rows() -> None:
    got = frame(["No results.", "Up 5 km.", None, "Down 2 kg."], "quantities")
    assert got.index.tolist() == [1, 3]
    assert got["unit"].tolist() == ["kilometre", "kilogram"]
    assert frame(
        pd.Series(["Up 5 km.", float("nan")], index=[10, 20]), "quantities"
    ).index.tolist() == [10]


def test_a_kind_with_no_results_is_an_empty_frame_with_the_same_dtypes() -> None:
    empty = frame(["Plain prose."], "conversions")
    assert len(empty) == 0
    assert {c: str(t) for c, t in empty.dtypes.items()} == column_types("conversions", flat=True)


def test_a_misspelt_kind_or_option_fails_before_any_text_is_parsed() -> None:
    def texts() -> object:
        raise AssertionError("read a text")
        yield ""  # pragma: no cover

    with pytest.raises(ValueError, match="unknown result kind 'quote'"):
        frame(texts(), "quote")
    with pytest.raises(TypeError):
        frame(texts(), "quotes", no_such_option=True)


def test_parquet_round_trip_with_plain_read_parquet(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    for kind in RESULT_KINDS:
        table = frame(TEXTS, kind)
        table.to_parquet(tmp_path / f"{kind}.parquet")
        pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / f"{kind}.parquet"), table)
