"""The schema of each kind of record matches the rows records() builds."""

from __future__ import annotations

import pytest

from quoteparse import parse
from quoteparse.columns import column_types
from quoteparse.records import RESULT_KINDS, ResultKind

# A text with at least one result of every kind, nested fields included.
TEXT = (
    "Comment: See also:\n"
    '"They [the board] tried," said Ann Lee, 40.\n\n'
    '"We walked 3 miles (4.8 km)\n\n"and back," she said. It cost £12m.\n'
)


@pytest.mark.parametrize("kind", RESULT_KINDS)
@pytest.mark.parametrize("flat", [False, True])
def test_columns_are_the_record_keys_in_order(kind: ResultKind, flat: bool) -> None:
    rows = parse(TEXT).records(kind, doc_id="d", flat=flat)
    assert rows, f"the text has no {kind}"
    types = column_types(kind, flat=flat, id_dtype="string")
    for row in rows:
        assert list(row) == list(types)


@pytest.mark.parametrize("kind", RESULT_KINDS)
def test_flat_rows_hold_no_lists(kind: ResultKind) -> None:
    for row in parse(TEXT).records(kind, flat=True):
        assert not any(isinstance(v, (list, tuple, dict)) for v in row.values())
        types = column_types(kind, flat=True)
        assert set(types.values()) <= {"int64", "Int64", "float64", "bool", "boolean", "string"}


def test_flat_paragraphs_are_the_spans_as_text() -> None:
    doc = parse(TEXT)
    (quote,) = [q for q in doc.quotes if len(q.paragraphs) > 1]
    row = doc.records("quotes", flat=True)[doc.quotes.index(quote)]
    assert row["paragraphs"] == " ".join(f"{p.start}-{p.end}" for p in quote.paragraphs)
