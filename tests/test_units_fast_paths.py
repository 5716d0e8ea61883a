"""The shortcuts the unit finders take for speed give what the general paths give."""

from __future__ import annotations

import dataclasses
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteparse import Dimension, Quantity, Span, find_quantities
from quoteparse._build import quantity
from quoteparse.units import numbers, quantities


def test_built_quantity_is_the_dataclass_one() -> None:
    fast = quantity(
        start=3,
        end=9,
        value=5.0,
        value_start=3,
        value_end=4,
        unit="kilometre",
        unit_text="km",
        unit_start=5,
        unit_end=7,
        dimension=Dimension.LENGTH,
        value_high=None,
        approximate=True,
        qualifier="about",
    )
    slow = Quantity(
        span=Span(3, 9),
        value=5.0,
        value_span=Span(3, 4),
        unit="kilometre",
        unit_text="km",
        unit_span=Span(5, 7),
        dimension=Dimension.LENGTH,
        approximate=True,
        qualifier="about",
    )
    assert type(fast) is Quantity
    assert type(fast.span) is Span
    assert fast == slow
    assert hash(fast) == hash(slow)
    assert repr(fast) == repr(slow)
    assert pickle.loads(pickle.dumps(fast)) == slow
    assert fast.to_dict() == slow.to_dict()
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.value = 6.0  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.span.start = 0  # type: ignore[misc]


@pytest.mark.parametrize("word", sorted(numbers.NUMBER_WORDS))
def test_one_word_shortcut(word: str) -> None:
    for spelling in (word, word.title(), word.upper()):
        assert numbers.read_value(spelling) == numbers._read(spelling)


_SCALED = st.builds(
    "".join,
    st.lists(
        st.sampled_from(["0", "5", "05", "12", "1,500", ".", "2.7", "-", " ", "\u00a0", ""]),
        max_size=4,
    ),
).flatmap(
    lambda number: st.sampled_from([*numbers.SCALES, "BN", "Million", "M", "mm", "x", ""]).map(
        lambda scale: number + scale
    )
)


@settings(max_examples=400)
@given(_SCALED)
def test_scaled_shortcut(text: str) -> None:
    fast = numbers._scaled(text) if text[:1] and not text[:1].isalpha() else None
    if fast is not None:
        assert repr(fast) == repr(numbers._read(text))


@pytest.mark.parametrize(
    "text",
    [
        "5one mile",  # a number word right after a digit
        "one mile and then five km",  # a number word at the very start
        "£5five miles",  # after money
        "half a mile, half\u00a0a mile, half-a mile",  # only the plain space joins "half a"
        "someone miles, gone km, often miles",  # number words inside words
        "US$5 and A$6, hk$7",  # signs after letters
        "£1£1 $2-$3 from £5m to £6m",
    ],
)
def test_scan_edges_keep_invariants(text: str) -> None:
    found = find_quantities(text)
    assert all(0 <= q.span.start <= q.span.end <= len(text) for q in found)
    assert [q.span.start for q in found] == sorted(q.span.start for q in found)


def test_number_word_right_after_a_rejected_sum_of_money() -> None:
    # "x$ 5 million" is no sum of money ("$" after a letter); the scan that left
    # off after its scale must still see "million km" starting before that point.
    text = "x$ 5 million km"
    assert [(q.span.slice(text), q.unit) for q in find_quantities(text)] == [
        ("million km", "kilometre")
    ]


def _sums(low: str, signs: list[int] | None) -> list[tuple[int, int]]:
    """Every sum of money _next_money walks to, as spans."""
    found = []
    k, m = quantities._next_money(low, signs, 0, 0)
    while m is not None:
        found.append(m.span())
        k, m = quantities._next_money(low, signs, k, m.end())
    return found


@settings(max_examples=300)
@given(st.text(alphabet="$£€¥5.,m bn-x", max_size=40))
def test_listed_signs_and_searched_signs_agree(text: str) -> None:
    listed = sorted(i for i, ch in enumerate(text) if ch in "$£€¥₹₽")
    assert _sums(text, listed) == _sums(text, None)


def test_dense_signs_are_searched() -> None:
    assert quantities._sign_positions("£" * 1000) is None
    assert quantities._sign_positions("It cost £5m and $6m." + "x" * 200) == [8, 16]


def test_long_text_lowered_in_slices_finds_what_each_piece_finds() -> None:
    from quoteparse import find_quantities
    from quoteparse.units import quantities

    piece = "Über 5 KM, “some” TWELVE Miles (19 km) and £3M.\n"
    repeat = 2 * quantities._LOWER_SLICE // len(piece) + 3
    text = piece * repeat
    assert len(text) > 2 * quantities._LOWER_SLICE
    one = find_quantities(piece)
    assert len(one) >= 3
    found = find_quantities(text)
    assert len(found) == len(one) * repeat
    for i, q in enumerate(found):
        base = one[i % len(one)]
        shift = (i // len(one)) * len(piece)
        assert (q.span.start - shift, q.span.end - shift) == (base.span.start, base.span.end)
        assert (q.value, q.unit) == (base.value, base.unit)
