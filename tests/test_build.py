"""The private builders the finders use are the model's own results."""

from __future__ import annotations

import dataclasses
import pickle
from typing import Any

import pytest

from quoteparse import (
    Attribution,
    Insertion,
    InsertionKind,
    Marker,
    MarkerKind,
    Quote,
    QuoteKind,
    Span,
)
from quoteparse._build import insertion, marker, quote, span, with_speaker_id

_QUOTE_ARGS: tuple[Any, ...] = (
    Span(0, 12),
    Span(1, 11),
    "We tried it",
    '"',
    '"',
    True,
    0,
    None,
    QuoteKind.SPEECH,
    "she",
    Span(14, 17),
    "said",
    Span(18, 22),
    (Span(1, 11),),
    None,
    Attribution.CUE_AFTER,
)


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
        (quote(*_QUOTE_ARGS), Quote(*_QUOTE_ARGS)),
        (quote(*_QUOTE_ARGS, 3), Quote(*_QUOTE_ARGS, 3)),
        (with_speaker_id(Quote(*_QUOTE_ARGS), 2), Quote(*_QUOTE_ARGS, 2)),
    ],
    ids=["span", "marker", "insertion", "quote", "quote-speaker-id", "with-speaker-id"],
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


def test_every_quote_field_is_set_by_the_generated_builder() -> None:
    # The builders are generated from dataclasses.fields: each field is set once,
    # from the parameter of the same name, so every value reads back in order.
    q = quote(*_QUOTE_ARGS)
    assert [getattr(q, f.name) for f in dataclasses.fields(Quote)] == [*_QUOTE_ARGS, None]
