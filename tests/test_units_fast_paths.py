"""The shortcuts the unit finders take for speed give what the general paths give."""

from __future__ import annotations

import dataclasses
import pickle

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteparse import Dimension, Quantity, Span, find_quantities
from quoteparse._build import quantity
from quoteparse.units import numbers, quantities, scan


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
    # off after its scale must still see "a million km" starting before that point
    # (a bare "million km" is no value: it needs its article).
    text = "x$ 5 a million km"
    assert [(q.span.slice(text), q.unit) for q in find_quantities(text)] == [
        ("a million km", "kilometre")
    ]
    assert find_quantities("x$ 5 million km") == ()


def _sums(low: str, signs: list[int] | None) -> list[tuple[int, int]]:
    """Every sum of money _next_money walks to, as spans."""
    found = []
    k, m = scan._next_money(low, signs, 0, 0)
    while m is not None:
        found.append(m.span())
        k, m = scan._next_money(low, signs, k, m.end())
    return found


@settings(max_examples=300)
@given(st.text(alphabet="$£€¥5.,m bn-x", max_size=40))
def test_listed_signs_and_searched_signs_agree(text: str) -> None:
    listed = sorted(i for i, ch in enumerate(text) if ch in "$£€¥₹₽")
    assert _sums(text, listed) == _sums(text, None)


def test_dense_signs_are_searched() -> None:
    assert scan._sign_positions("£" * 1000) is None
    assert scan._sign_positions("It cost £5m and $6m." + "x" * 200) == [8, 16]


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


def test_unit_spellings_keep_the_zero_scan_exact() -> None:
    # The ASCII digit scan reads every digit as "0": that keeps its matches only
    # while no spelling holds a "0" that the copy could match (one after a digit
    # 1-9, as in "l/100 km", never matches a copy that holds only "0"), and each
    # spelling with a digit starts with a spelling without one, followed by no
    # letter ("m" of "m2", "g" of "g/cm3", "l" of "l/100 km").
    spellings = {s.lower() for s in quantities._BY_SYMBOL} | set(quantities._BY_NAME)
    spellings |= set(numbers.SCALES)
    assert not [
        s for s in spellings if "0" in s and not set(s.partition("0")[0]) & set("123456789")
    ]
    assert [s for s in spellings if "0" in s]  # "l/100 km": the rule above is exercised
    with_digit = [s for s in spellings if any(ch.isdigit() for ch in s)]
    assert with_digit  # "m2", "km3": the rule below is exercised
    for s in with_digit:
        first = next(i for i, ch in enumerate(s) if ch.isdigit())
        assert any(s[:i] in spellings and not ("a" <= s[i] <= "z") for i in range(1, first + 1)), s


@settings(max_examples=400)
@given(st.text(alphabet="0123456789 .,/:-mkgcb2nl%x$a£é\N{NO-BREAK SPACE}²", max_size=40))
def test_zero_scan_matches_the_digit_scan(text: str) -> None:
    zeros = scan._digits_as_zero(text)
    assert zeros == text.translate(str.maketrans("123456789", "000000000"))
    fast = [m.span() for m in scan._ZERO_RUN_RE.finditer(zeros)]
    assert fast == [m.span() for m in scan._DIGIT_RUN_RE.finditer(text)]


def test_zero_copy_only_where_it_serves() -> None:
    assert scan._digits_as_zero("£15 or 2.5 km") == "£00 or 0.0 km"
    assert scan._digits_as_zero("2\N{VULGAR FRACTION ONE HALF} miles") is None
    assert scan._digits_as_zero("\N{EURO SIGN}5") is None  # beyond Latin-1


def _word_triggers_by_hand(low: str) -> list[tuple[int, int]]:
    """Every separator after a number word that follows no letter, by trying each word."""
    found = []
    for at, sep in enumerate(low):
        if sep not in " -\N{NO-BREAK SPACE}\N{NON-BREAKING HYPHEN}" or not scan._WORDS_RE.match(
            low, at
        ):
            continue
        for word in scan._WORD_ENDS:
            start = at - len(word)
            piece = low[max(start, 0) : at]
            spelt = all(
                a == b or (b == " " and a in " -\N{NO-BREAK SPACE}")
                for a, b in zip(piece, word, strict=False)
            )
            after_no_letter = start == 0 or not ("a" <= low[start - 1] <= "z")
            if start >= 0 and len(piece) == len(word) and spelt and after_no_letter:
                found.append((at, start - 1))
    return sorted(set(found))


_WORDY = st.lists(
    st.sampled_from(
        [
            *("one", "half", " a", "seven", "teen", "x", "miles", "years"),
            *(" ", "-", "\N{NO-BREAK SPACE}", "\N{NON-BREAKING HYPHEN}", "(", "é"),
        ]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=500)
@given(_WORDY)
@example("one miles, (half a years-seven-miles\u00a0x-half\u00a0a miles, éseven\u2011miles")
def test_word_triggers_are_every_number_word_before_a_unit(text: str) -> None:
    assert scan._word_triggers(text) == _word_triggers_by_hand(text)


def test_no_unit_spelling_hides_behind_half_a() -> None:
    # _word_triggers lets "half a mile" hide the space after "half": that is exact
    # only while no unit spelling that may follow a number word is "a" or "an",
    # or starts with either and a space.
    after = scan._AFTER_WORDS
    assert "mile" in after
    assert not [w for w in after if w in ("a", "an") or w.startswith(("a ", "an "))]
    assert all(len(w) >= 2 for w in after)  # _AFTER_HEADS_BACKWARDS reads two or three
