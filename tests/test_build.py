"""The private builders the finders use are the model's own results."""

from __future__ import annotations

import dataclasses
import pickle
from typing import Any

import pytest

from quoteparse import Insertion, InsertionKind, Marker, MarkerKind, Span
from quoteparse._build import insertion, marker, span


@pytest.mark.parametrize(
    ("fast", "slow"),
    [
        (span(2, 5), Span(2, 5)),
        (
            marker(0, 13, "Comment", 0, 7, "See:", 9, 13, MarkerKind.COMMENT),
            Marker(Span(0, 13), "Comment", Span(0, 7), "See:", Span(9, 13), MarkerKind.COMMENT),
        ),
        (
            insertion(span(4, 9), span(5, 8), "sic", InsertionKind.SIC, None),
            Insertion(Span(4, 9), Span(5, 8), "sic", InsertionKind.SIC),
        ),
    ],
    ids=["span", "marker", "insertion"],
)
def test_built_result_is_the_dataclass_one(fast: Any, slow: Any) -> None:
    assert type(fast) is type(slow)
    assert fast == slow
    assert hash(fast) == hash(slow)
    assert repr(fast) == repr(slow)
    assert pickle.loads(pickle.dumps(fast)) == slow
    field = dataclasses.fields(fast)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(fast, field, None)
    for f in dataclasses.fields(fast):
        value = getattr(fast, f.name)
        if isinstance(value, Span):
            assert type(value) is Span
            assert value == getattr(slow, f.name)
