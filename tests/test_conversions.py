"""Example and property tests for conversion pairs and the consistency rule."""

from __future__ import annotations

import functools
import math
import textwrap
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from quoteparse import Options, find_conversions, find_quantities, parse
from quoteparse.units.table import BY_NAME
from quoteparse.units.words import (
    CONVERSION_LINKS,
    TEMPERATURE_CHANGE_AFTER,
    TEMPERATURE_CHANGE_BEFORE,
)
from tests.conftest import corpus_files, read_corpus_text
from tests.factories import hard_wrap
from tests.units_cases import load


@pytest.mark.parametrize("case", load("units-conversions.jsonl"))
def test_conversion_cases(case: dict[str, Any]) -> None:
    text = case["text"]
    found = find_conversions(text)
    expected = case["conversions"]
    assert [c.span.slice(text) for c in found] == [e["text"] for e in expected]
    for c, e in zip(found, expected, strict=True):
        assert c.consistent is e["consistent"]
        assert c.reading == e.get("reading")
        assert c.source.span.start == c.span.start
        assert c.target.span in c.span
        if c.consistent is None:
            assert (c.expected, c.relative_error) == (None, None)
        else:
            assert c.expected is not None
            assert c.relative_error is not None
            assert c.relative_error == pytest.approx((c.target.value - c.expected) / c.expected)
        assert type(c).from_dict(c.to_dict()) == c
    assert parse(text).conversions == found


def test_seed_article_has_exactly_one_consistent_conversion(seed_text: str) -> None:
    (c,) = parse(seed_text).conversions
    assert c.span.slice(seed_text) == "11 miles (18 kilometers)"
    assert (c.source.value, c.source.unit) == (11, "mile")
    assert (c.target.value, c.target.unit) == (18, "kilometre")
    assert c.consistent is True
    assert c.expected == pytest.approx(17.702784)


@pytest.mark.parametrize("link", CONVERSION_LINKS)
def test_every_link_word(link: str) -> None:
    text = f"A 10 mile ({link} 16 km) walk."
    (c,) = find_conversions(text)
    assert c.span.slice(text) == f"10 mile ({link} 16 km)"
    assert c.consistent is True


def test_tolerance_is_an_option() -> None:
    text = "A 1 gallon (3.9 litres) can."
    (loose,) = find_conversions(text)
    (strict,) = find_conversions(text, conversion_tolerance=0.0)
    assert loose.consistent is True
    assert strict.consistent is False
    assert strict.relative_error == loose.relative_error
    (again,) = find_conversions(text, options=Options(conversion_tolerance=0.0))
    assert again == strict


# --- the consistency rule, as properties ----------------------------------------

PAIRS = [
    ("miles", "km"),
    ("km", "miles"),
    ("feet", "metres"),
    ("metres", "feet"),
    ("inches", "cm"),
    ("pounds", "kg"),
    ("kg", "pounds"),
    ("acres", "hectares"),
    ("mph", "km/h"),
    ("US gallons", "litres"),
    ("imperial gallons", "litres"),
    ("°C", "°F"),
    ("°F", "°C"),
    ("square miles", "sq km"),
]


def _expected(value: float, src: str, dst: str) -> float:
    a = BY_NAME[find_quantities(f"1 {src}")[0].unit]
    b = BY_NAME[find_quantities(f"1 {dst}")[0].unit]
    return (value * a.factor + a.offset - b.offset) / b.factor


def _number(x: float, decimals: int) -> str:
    return f"{x:.{decimals}f}"


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(PAIRS),
    st.floats(min_value=-200, max_value=1e6, allow_nan=False).map(lambda x: round(x, 2)),
    st.integers(min_value=0, max_value=3),
)
def test_a_correctly_rounded_conversion_is_consistent(
    pair: tuple[str, str], value: float, decimals: int
) -> None:
    src, dst = pair
    if "°" not in src:
        value = abs(value)
    expected = _expected(value, src, dst)
    text = f"It is {_number(value, 2)} {src} ({_number(expected, decimals)} {dst}) away."
    (c,) = find_conversions(text)
    assert c.expected == pytest.approx(expected, rel=1e-9, abs=1e-9)
    assert c.consistent is True


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(PAIRS),
    st.floats(min_value=1, max_value=1e6, allow_nan=False).map(lambda x: round(x, 2)),
    st.integers(min_value=0, max_value=3),
    st.floats(min_value=0.06, max_value=3.0),
    st.booleans(),
)
def test_a_conversion_off_by_more_than_the_tolerance_is_not(
    pair: tuple[str, str], value: float, decimals: int, off: float, low: bool
) -> None:
    src, dst = pair
    expected = _expected(value, src, dst)
    stated = round(expected * (1 - off if low else 1 + off), decimals)
    # Off by more than the writer's rounding plus the tolerance, after rounding.
    assume(abs(stated - expected) > 0.5 * 10**-decimals + 0.05 * abs(expected) + 1e-6)
    text = f"It is {_number(value, 2)} {src} ({_number(stated, decimals)} {dst}) away."
    (c,) = find_conversions(text)
    assert c.consistent is False


@settings(max_examples=100, deadline=None)
@given(st.floats(min_value=1, max_value=1e4).map(lambda x: round(x, 1)), st.booleans())
def test_ambiguous_gallons_report_the_reading_that_matches(value: float, us: bool) -> None:
    litres = value * (3.785411784 if us else 4.54609)
    text = f"A {value:.1f} gallon ({litres:.1f} litre) tank."
    (c,) = find_conversions(text)
    assert c.consistent is True
    # Both readings differ by 20%, more than rounding plus tolerance once above a few litres.
    if litres > 20:
        assert c.reading == ("US" if us else "imperial")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "1",
                "5",
                " mile",
                " km",
                " (",
                ")",
                " - ",
                ", or ",
                ", ",
                "£3m",
                "$4bn",
                "°C",
                "°F",
                "-",
                "gallon",
                "litres",
            ]
        ),
        max_size=25,
    ).map("".join)
)
def test_conversion_spans_hold(text: str) -> None:
    end = 0
    for c in find_conversions(text):
        assert c.span.start >= end
        end = c.span.end
        assert c.source.span in c.span
        assert c.target.span in c.span
        assert c.source.span.end <= c.target.span.start
        if c.relative_error is not None:
            assert math.isfinite(c.relative_error)


@pytest.mark.parametrize("word", sorted(TEMPERATURE_CHANGE_BEFORE))
def test_every_temperature_change_cue_before(word: str) -> None:
    (c,) = find_conversions(f"It went up {word} 2C (3.6F) this year.")
    assert (c.reading, c.consistent) == ("difference", True)
    assert c.expected == pytest.approx(3.6)


@pytest.mark.parametrize("word", sorted(TEMPERATURE_CHANGE_AFTER))
def test_every_temperature_change_cue_after(word: str) -> None:
    (c,) = find_conversions(f"It was 2C (3.6F) {word} than that.")
    assert (c.reading, c.consistent) == ("difference", True)


def test_a_temperature_without_a_change_cue_is_affine() -> None:
    (c,) = find_conversions("It was 2C (3.6F) at noon.")
    assert (c.reading, c.consistent) == (None, False)
    assert c.expected == pytest.approx(35.6)


@functools.cache
def _with_conversions() -> list[Path]:
    """The BBC articles that hold a conversion (skips when the corpus is absent)."""
    return [p for p in corpus_files("bbc") if find_conversions(read_corpus_text(p))]


def _pairs(text: str) -> list[tuple[str, bool | None]]:
    """The conversions of ``text`` as written, whitespace runs as one space."""
    return sorted(
        (" ".join(c.span.slice(text).split()), c.consistent) for c in find_conversions(text)
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.integers(min_value=40, max_value=80))
def test_hard_wrapping_a_corpus_text_finds_the_same_conversions(
    data: st.DataObject, width: int
) -> None:
    # Issue 12: wrapping a text moves its conversions' spans (a wrap may fall
    # inside one: "26.2\nmiles (42.2 km)") but must not change which are found.
    path = data.draw(st.sampled_from(_with_conversions()), label="article")
    text = read_corpus_text(path)
    wrapped = hard_wrap(text, width)
    assume(wrapped != text)
    for q in find_quantities(wrapped):
        assert q.unit_span.slice(wrapped) == q.unit_text
    assert _pairs(wrapped) == _pairs(text), path


def test_hard_wrapping_keeps_every_conversion_of_a_paragraph() -> None:
    # Every column a wrap can fall at, over one paragraph that holds three pairs.
    paragraph = (
        "The camp lies some 11 miles (18 kilometers) south of the border town, where"
        " convoys wait; runners covered 26.2 miles (42.2 km), and the wall is 5 feet,"
        " or 1.5 metres, high on the side the people there call the old town."
    )
    expected = _pairs(paragraph)
    assert len(expected) == 3
    for width in range(40, 81):
        wrapped = textwrap.fill(paragraph, width, break_on_hyphens=False)
        assert _pairs(wrapped) == expected, width
