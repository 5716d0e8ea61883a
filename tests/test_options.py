"""Options: each numeric option's range, and the number types each option takes (issue 17)."""

from __future__ import annotations

import dataclasses
import math
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteparse import Options, parse
from quoteparse.options import _RANGES

ROOT = Path(__file__).resolve().parents[1]
INTS = [f.name for f in dataclasses.fields(Options) if f.type == "int"]
NUMERIC = INTS + [f.name for f in dataclasses.fields(Options) if f.type == "float"]
TEXT = '"We [the US] tried," she said of the 11 miles (18 km) road.\nComment: See:'


def test_every_numeric_option_has_a_range_and_the_docs_list_it() -> None:
    assert sorted(_RANGES) == sorted(NUMERIC)
    table = (ROOT / "docs" / "index.md").read_text("utf-8")
    for name, bounds in _RANGES.items():
        assert f"| `{name}` | {getattr(Options(), name)} | {bounds.text} |" in table, name


@pytest.mark.parametrize(
    ("name", "bad", "message"),
    [
        # Issue 17: each of these raised OverflowError, or was taken.
        (
            "max_bracket_depth",
            2**63,
            f"max_bracket_depth must be from 1 to {sys.maxsize}, not 9223372036854775808",
        ),
        (
            "conversion_tolerance",
            10**400,
            r"conversion_tolerance must be in \[0, 1\), not 10000000000000000000\.\.\. "
            r"\(401 characters\)",
        ),
        ("max_quote_depth", 10**9, "max_quote_depth must be from 1 to 32, not 1000000000"),
        ("max_quote_depth", 33, "max_quote_depth must be from 1 to 32, not 33"),
        ("max_quote_depth", 0, "max_quote_depth must be from 1 to 32, not 0"),
        ("max_insertion_length", 0, "max_insertion_length must be from 1 to"),
        ("max_insertion_length", sys.maxsize + 1, "max_insertion_length must be from 1 to"),
        ("max_bracket_depth", -1, "max_bracket_depth must be from 1 to"),
        ("conversion_tolerance", 1, r"conversion_tolerance must be in \[0, 1\), not 1"),
        ("conversion_tolerance", -0.01, r"conversion_tolerance must be in \[0, 1\), not -0.01"),
        ("conversion_tolerance", math.nan, r"conversion_tolerance must be in \[0, 1\), not nan"),
        ("conversion_tolerance", math.inf, r"conversion_tolerance must be in \[0, 1\), not inf"),
        ("conversion_tolerance", Fraction(10**400), "conversion_tolerance must be in"),
        ("conversion_tolerance", Decimal("sNaN"), r"not Decimal\('sNaN'\)"),
        ("conversion_tolerance", Decimal("1e999"), r"not Decimal\('1E\+999'\)"),
    ],
)
def test_a_number_out_of_range_is_named_with_its_range(
    name: str, bad: object, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        Options(**{name: bad})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=message):
        parse("text", **{name: bad})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "edge"),
    [
        ("max_quote_depth", 1),
        ("max_quote_depth", 32),
        ("max_insertion_length", 1),
        ("max_insertion_length", sys.maxsize),
        ("max_bracket_depth", 1),
        ("max_bracket_depth", sys.maxsize),  # deque(maxlen=...) takes it
        ("conversion_tolerance", 0),
        ("conversion_tolerance", math.nextafter(1.0, 0.0)),
    ],
)
def test_the_ends_of_each_range_parse(name: str, edge: float) -> None:
    options = Options(**{name: edge})  # type: ignore[arg-type]
    assert getattr(options, name) == edge
    assert parse(TEXT, options=options).text == TEXT


def test_the_deepest_quote_depth_nests_that_deep() -> None:
    marks = ['"', "'"] * 17
    text = "".join(f" {m}a" for m in marks) + "".join(f" b{m}" for m in reversed(marks))
    depths = [q.depth for q in parse(text, max_quote_depth=32).quotes]
    assert max(depths) == 31
    assert max(q.depth for q in parse(text, max_quote_depth=3).quotes) == 2


def test_decimal_is_taken_where_fraction_is() -> None:
    plain = Options(conversion_tolerance=0.02)
    assert Options(conversion_tolerance=Decimal("0.02")) == plain  # type: ignore[arg-type]
    assert Options(conversion_tolerance=Fraction(1, 50)) == plain  # type: ignore[arg-type]
    given = Options(conversion_tolerance=Decimal("0.02"))  # type: ignore[arg-type]
    assert type(given.conversion_tolerance) is float
    # An int option takes neither, alike.
    for whole in (Decimal(3), Fraction(3)):
        wanted = f"max_quote_depth must be an int, not {type(whole).__module__}"
        with pytest.raises(TypeError, match=wanted):
            Options(max_quote_depth=whole)  # type: ignore[arg-type]


def test_numpy_bool_is_taken_as_a_bool() -> None:
    numpy = pytest.importorskip("numpy")
    options = Options(attribution=numpy.bool_(False), round_sic=numpy.bool_(True))
    assert (options.attribution, options.round_sic) == (False, True)
    assert (type(options.attribution), type(options.round_sic)) == (bool, bool)
    assert parse(TEXT, options=options) == parse(TEXT, attribution=False)
    # The message names the type truly (NumPy 2 calls its bool_ "bool").
    with pytest.raises(TypeError, match=r"round_sic must be True or False, not numpy\.int64"):
        Options(round_sic=numpy.int64(1))
    with pytest.raises(TypeError, match=r"max_quote_depth must be an int, not numpy\.bool"):
        Options(max_quote_depth=numpy.bool_(True))
    with pytest.raises(TypeError, match=r"attribution must be True or False, not numpy\.ndarray"):
        Options(attribution=numpy.array([True]))


class _BooleanScalar:
    """A boolean scalar as NumPy-like libraries shape one, without NumPy."""

    class dtype:  # the attribute name NumPy uses
        kind = "b"

    shape = ()

    def __init__(self, value: bool) -> None:
        self.value = value

    def __bool__(self) -> bool:
        return self.value


def test_any_boolean_scalar_is_taken_without_numpy() -> None:
    options = Options(multi_paragraph=_BooleanScalar(False))  # type: ignore[arg-type]
    assert options.multi_paragraph is False


NUMBERS = st.one_of(
    st.integers(),
    st.integers(-(2**70), 2**70),
    st.sampled_from([2**63, 2**64, 10**400, -(10**400), sys.maxsize, sys.maxsize + 1]),
    st.floats(),
    st.floats(0, 1),
    st.decimals(),
    st.fractions(),
    st.booleans(),
)


def _build(name: str, value: object) -> Options | Exception:
    try:
        return Options(**{name: value})  # type: ignore[arg-type]
    except (ValueError, TypeError) as error:
        return error


@given(name=st.sampled_from(NUMERIC), value=NUMBERS)
def test_any_number_builds_options_or_names_the_option(name: str, value: object) -> None:
    # Never OverflowError (or anything else) from deep inside, and a short message.
    built = _build(name, value)
    if isinstance(built, Exception):
        assert str(built).startswith(f"{name} must be "), built
        assert len(str(built)) < 200
        return
    taken = getattr(built, name)
    assert type(taken) is (int if name in INTS else float)
    assert _RANGES[name].holds(taken)
    assert parse(TEXT, options=built).text == TEXT
