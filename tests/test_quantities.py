"""Example and property tests for the quantity finder."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteparse import Quantity, find_quantities, parse
from quoteparse.units.conventions import DECIMAL_COMMA_SPELLINGS
from quoteparse.units.numbers import NUMBER_WORDS, SCALES, VULGAR_FRACTIONS, read_value
from quoteparse.units.words import (
    CAPITALISED_NOUNS,
    CHANGE_BEFORE,
    COMPOUNDS,
    HALF_AFTER,
    HEDGES,
    IDIOMS,
    METRE_CONTEXT,
    POUND_MONEY_CUES,
    POUND_WEIGHT_CUES,
    RANGE_BOUNDS,
    RANGE_JOINERS,
    RANGE_WORDS,
    SCALE_WORDS,
    TIME_OF_DAY_BEFORE,
    VIDEO_LINES,
)
from tests.units_cases import load


def check_invariants(text: str, found: tuple[Quantity, ...]) -> None:
    """Spans in bounds, slicing back to the text fields, sorted, never crossing."""
    end = 0
    for q in found:
        assert 0 <= q.span.start <= q.span.end <= len(text)
        assert q.span.start >= end
        end = q.span.end
        assert q.value_span in q.span
        assert q.unit_span in q.span
        assert q.unit_span.slice(text) == q.unit_text
        assert math.isfinite(q.value)
        assert type(q).from_dict(q.to_dict()) == q


@pytest.mark.parametrize("case", load("units-quantities.jsonl"))
def test_quantity_cases(case: dict[str, Any]) -> None:
    text = case["text"]
    found = find_quantities(text)
    check_invariants(text, found)
    expected = case["quantities"]
    assert [q.span.slice(text) for q in found] == [e["text"] for e in expected]
    for q, e in zip(found, expected, strict=True):
        assert q.value == pytest.approx(e["value"])
        assert q.unit == e["unit"]
        assert q.value_high == (pytest.approx(e["high"]) if "high" in e else None)
        if "unit_text" in e:
            assert q.unit_text == e["unit_text"]
        assert q.qualifier == e.get("qualifier")
        if "approximate" in e:
            assert q.approximate is e["approximate"]
    assert parse(text).quantities == found


@pytest.mark.parametrize("case", load("units-negative.jsonl"))
def test_not_quantities(case: dict[str, Any]) -> None:
    assert find_quantities(case["text"]) == ()


def test_seed_article(seed_text: str) -> None:
    found = parse(seed_text).quantities
    check_invariants(seed_text, found)
    by_text = {q.span.slice(seed_text): q for q in found}
    q = by_text["55-kilometer"]
    assert (q.value, q.unit, q.unit_text) == (55, "kilometre", "kilometer")
    assert by_text["11 miles"].qualifier == "some"
    assert by_text["18 kilometers"].unit == "kilometre"
    assert not any("500" in t for t in by_text)
    assert set(by_text) == {"55-kilometer", "11 miles", "18 kilometers"}


# --- every entry of the word tables is used by some case ---------------------


@pytest.mark.parametrize("word", sorted(NUMBER_WORDS))
def test_every_number_word(word: str) -> None:
    # A scale word is a value only with its article: "a billion miles".
    value = f"a {word}" if word in SCALE_WORDS else word
    text = f"They went {value} miles."
    (q,) = find_quantities(text)
    assert q.value == NUMBER_WORDS[word]
    assert q.span.slice(text) == f"{value} miles"


@pytest.mark.parametrize("word", sorted(SCALE_WORDS))
def test_every_scale_word_needs_a_number(word: str) -> None:
    assert find_quantities(f"It is a multi-{word} dollar deal of {word} miles.") == ()
    text = f"It cost half a {word} dollars."
    if word in SCALES:  # "half a hundred" is rarely written, and not read
        (q,) = find_quantities(text)
        assert (q.span.slice(text), q.value) == (f"half a {word} dollars", NUMBER_WORDS[word] / 2)
    text = f"It cost a {word} dollars."
    (q,) = find_quantities(text)
    assert (q.span.slice(text), q.value) == (f"a {word} dollars", NUMBER_WORDS[word])
    assert find_quantities(f"They saw {word.title()} Dollar Baby.") == ()


@pytest.mark.parametrize("joiner", sorted(RANGE_JOINERS))
def test_every_range_joiner(joiner: str) -> None:
    text = f"It took two {joiner} three weeks and 11 {joiner} 12 days."
    found = find_quantities(text)
    assert [q.span.slice(text) for q in found] == [
        f"two {joiner} three weeks",
        f"11 {joiner} 12 days",
    ]
    assert [(q.value, q.value_high) for q in found] == [(2, 3), (11, 12)]


@pytest.mark.parametrize("bound", sorted(RANGE_BOUNDS))
def test_every_range_bound(bound: str) -> None:
    text = f"Masts of 30 bis {bound} 130 Metern."
    (q,) = find_quantities(text)
    assert (q.span.slice(text), q.value, q.value_high) == (f"30 bis {bound} 130 Metern", 30, 130)


@pytest.mark.parametrize("joiner", sorted(RANGE_JOINERS - RANGE_WORDS))
def test_list_joiners_need_ends_of_a_size(joiner: str) -> None:
    # "aged 21 and 144 days": far apart, two values; the high end alone is read.
    text = f"She was aged 21 {joiner} 144 days."
    assert [q.span.slice(text) for q in find_quantities(text)] == ["144 days"]


@pytest.mark.parametrize("word", sorted(RANGE_WORDS))
def test_range_words_join_ends_far_apart(word: str) -> None:
    text = f"It lasts 2 {word} 14 days."
    (q,) = find_quantities(text)
    assert (q.value, q.value_high) == (2, 14)


@pytest.mark.parametrize("word", sorted(CHANGE_BEFORE))
def test_every_change_word_keeps_two_percentages(word: str) -> None:
    text = f"Rates went {word} 2% to 3%."
    assert [q.span.slice(text) for q in find_quantities(text)] == ["2%", "3%"]
    assert [q.span.slice(t) for t in ["Rates are 2% to 3%."] for q in find_quantities(t)] == [
        "2% to 3%"
    ]


@pytest.mark.parametrize("word", sorted(TIME_OF_DAY_BEFORE))
def test_every_time_of_day_word(word: str) -> None:
    assert find_quantities(f"Il arrive {word} 16 heures.") == ()
    (q,) = find_quantities("Il attend 16 heures.")
    assert (q.value, q.unit) == (16, "hour")


@pytest.mark.parametrize("half", HALF_AFTER)
def test_every_half_after_a_unit(half: str) -> None:
    text = f"Il reste deux ans{half}."
    (q,) = find_quantities(text)
    assert (q.span.slice(text), q.value) == (f"deux ans{half}", 2.5)


@pytest.mark.parametrize("noun", sorted(CAPITALISED_NOUNS))
def test_every_capitalised_noun_is_prose(noun: str) -> None:
    # Before a bracket the Title Case rule alone would read a title.
    text = f"Sie kostet 15 {noun} (Print)."
    (q,) = find_quantities(text)
    assert (q.span.slice(text), q.value, q.unit_text) == (f"15 {noun}", 15, noun)


@pytest.mark.parametrize("suffix", sorted(SCALES))
def test_every_scale(suffix: str) -> None:
    text = (
        f"It cost £3{suffix} and 3 {suffix} tonnes." if len(suffix) > 1 else f"It cost £3{suffix}."
    )
    found = find_quantities(text)
    assert found[0].value == 3 * SCALES[suffix]
    assert found[0].unit == "GBP"
    if len(suffix) > 1:
        assert (found[1].value, found[1].unit) == (3 * SCALES[suffix], "tonne")


@pytest.mark.parametrize("char", sorted(VULGAR_FRACTIONS))
def test_every_vulgar_fraction(char: str) -> None:
    num, den = VULGAR_FRACTIONS[char]
    (q,) = find_quantities(f"About 2{char} miles and")
    assert q.value == pytest.approx(2 + num / den)


@pytest.mark.parametrize("hedge", sorted(HEDGES))
def test_every_hedge(hedge: str) -> None:
    text = f"The road runs {hedge} 40 miles."
    (q,) = find_quantities(text)
    assert q.qualifier == hedge
    assert q.approximate is HEDGES[hedge]
    assert q.span.slice(text) == "40 miles"


@pytest.mark.parametrize("word", sorted(METRE_CONTEXT))
def test_every_metre_context_word(word: str) -> None:
    (q,) = find_quantities(f"She ran 400m {word} ease.")
    assert q.unit == "metre"


def test_bare_m_before_other_words_is_millions() -> None:
    assert find_quantities("They sold 400m copies.") == ()


@pytest.mark.parametrize(("big", "small"), sorted(COMPOUNDS.items()))
def test_every_compound(big: str, small: str) -> None:
    from quoteparse.units.table import BY_NAME

    big_unit, small_unit = BY_NAME[big], BY_NAME[small]
    text = f"It was 3 {big_unit.names[-1]} 6 {small_unit.names[-1]} long."
    (q,) = find_quantities(text)
    assert q.unit == big
    assert q.value == pytest.approx(3 + 6 * small_unit.factor / big_unit.factor)
    assert q.span.slice(text) == f"3 {big_unit.names[-1]} 6 {small_unit.names[-1]}"


@pytest.mark.parametrize("idiom", sorted(IDIOMS))
def test_every_idiom_is_left_alone(idiom: str) -> None:
    assert find_quantities(f"He said {idiom}s later.".replace(f"{idiom}s", idiom)) == ()


def test_pound_cue_tables_do_not_overlap() -> None:
    assert not POUND_WEIGHT_CUES & POUND_MONEY_CUES


@pytest.mark.parametrize("word", sorted(POUND_WEIGHT_CUES))
def test_every_pound_weight_cue(word: str) -> None:
    # Before the value or as the thing weighed after "of", each beats the scale word.
    for text in (f"It was {word} 5 million pounds.", f"It was 5 million pounds of {word}."):
        (q,) = find_quantities(text)
        assert q.unit == "pound", text


@pytest.mark.parametrize("word", sorted(POUND_MONEY_CUES))
def test_every_pound_money_cue(word: str) -> None:
    for text in (f"It was {word} 500 pounds.", f"It was 500 pounds of {word}."):
        (q,) = find_quantities(text)
        assert q.unit == "GBP", text


# --- numbers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high", "step"),
    [
        ("18", 18, None, 1),
        ("1,609.344", 1609.344, None, 0.001),
        ("2.7bn", 2.7e9, None, 1e8),
        ("3 million", 3e6, None, 1e6),
        ("10-15", 10, 15, 1),
        ("10 to 15", 10, 15, 1),
        ("between 10 and 15", 10, 15, 1),
        ("1 1/2", 1.5, None, 0.5),
        ("2½", 2.5, None, 0.5),
        ("twenty-five", 25, None, 1),
        ("two hundred and ten", 210, None, 1),
        ("five million", 5e6, None, 1e6),
        ("a dozen", 12, None, 1),
        ("one and a half", 1.5, None, 0.5),
        ("half a", 0.5, None, 0.5),
        ("-40", -40, None, 1),
        ("minus 4", -4, None, 1),
    ],
)
def test_read_value(text: str, low: float, high: float | None, step: float) -> None:
    value = read_value(text)
    assert value is not None
    assert value.low == pytest.approx(low)
    assert value.high == (pytest.approx(high) if high is not None else None)
    assert value.step == pytest.approx(step)


@pytest.mark.parametrize("text", ["banana", "five six", "twenty thirty", "3/0", "one and two"])
def test_read_value_rejects(text: str) -> None:
    assert read_value(text) is None


# --- properties --------------------------------------------------------------------

PIECES = st.sampled_from(
    [
        " ",
        "-",
        "(",
        ")",
        ",",
        ".",
        "\u00a0",
        "1",
        "5",
        "0",
        "½",
        "/",
        "£",
        "$",
        "US",
        "€",
        "m",
        "km",
        "miles",
        "mile",
        "in",
        "ft",
        "°C",
        "C",
        "F",
        "%",
        "per cent",
        "bn",
        "million",
        "between",
        " and ",
        " to ",
        "about ",
        "some ",
        "eleven",
        "twenty",
        "five",
        "half a ",
        "a dozen",
        "year",
        "second",
        "st",
        "lb",
        "minus ",
        "or ",
        "pounds",
        "gallons",
        "\n",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_never_raises_and_spans_hold_on_unit_soup(text: str) -> None:
    check_invariants(text, find_quantities(text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_any_text(text: str) -> None:
    check_invariants(text, find_quantities(text))


@pytest.mark.parametrize("lines", sorted(VIDEO_LINES))
def test_every_video_resolution_is_not_pence(lines: str) -> None:
    assert find_quantities(f"It plays {lines}p video.") == ()
    assert find_quantities(f"It costs {int(lines) + 1}p.")[0].unit == "GBX"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("10 000 km away", 10_000),  # issue 13: was "000 km", value 0
        ("1 234 567 tonnes", 1_234_567),  # issue 13: was 567 t
        ("1\N{THIN SPACE}234\N{THIN SPACE}567 tonnes", 1_234_567),
        ("1\N{NARROW NO-BREAK SPACE}000 m", 1_000),
        ("1\N{NO-BREAK SPACE}000 m", 1_000),
        ("1'000 m", 1_000),
        ("1\N{RIGHT SINGLE QUOTATION MARK}000 m", 1_000),
    ],
)
def test_grouped_thousands_are_read_whole(text: str, value: int) -> None:
    (q,) = find_quantities(text)
    assert q.value == value
    assert q.span.start == 0


def test_spaced_thousands_in_a_comma_grouped_text_are_left_out() -> None:
    # The text writes "1,500": "10 000" may be two numbers; never the last group alone.
    text = "It ran 1,500 km and then 10 000 km."
    assert [q.span.slice(text) for q in find_quantities(text)] == ["1,500 km"]


_MARKS = [",", " ", "\N{NO-BREAK SPACE}", "\N{THIN SPACE}", "\N{NARROW NO-BREAK SPACE}", "'"]


def _grouped(n: int, mark: str) -> str:
    return f"{n:,}".replace(",", mark)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1_000, max_value=10**12), st.sampled_from(_MARKS))
def test_grouped_thousands_give_the_number_or_nothing(n: int, mark: str) -> None:
    text = f"The pipe runs {_grouped(n, mark)} km north."
    assert [q.value for q in find_quantities(text)] in ([], [float(n)])


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1_000, max_value=10**12))
def test_dot_grouped_thousands_give_the_number_or_nothing(n: int) -> None:
    # One dot group ("1.234") is read by the text's convention: here decimal commas.
    text = f"Sie lief 2,5 km, dann {_grouped(n, '.')} km."
    assert [q.value for q in find_quantities(text)][1:] in ([], [float(n)])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5,5 km", 5.5),
        ("Er lief 1.234 m und 2,5 km", 1234.0),  # decimal commas: the dot groups
        ("It is 2.5 km, and 1,234 m", 1234.0),
        ("Sie kamen 1.234.567 km weit", 1_234_567.0),
        ("Die Strecke misst 1.234,5 km", 1234.5),
        ("It is 1,234.5 km", 1234.5),
    ],
)
def test_the_documents_decimal_mark(text: str, value: float) -> None:
    assert value in [q.value for q in find_quantities(text)]


@pytest.mark.parametrize("spelling", sorted(DECIMAL_COMMA_SPELLINGS))
def test_every_decimal_comma_spelling_decides_an_undecided_text(spelling: str) -> None:
    (q,) = find_quantities(f"Es sind 1.200 {spelling} heute.")
    assert q.value == 1200.0
    (q,) = find_quantities(f"Es sind 3,250 {spelling} heute.")
    assert q.value == 3.25
    # An English unit in the same undecided text keeps the English reading.
    assert find_quantities("It is 1.200 km.")[0].value == 1.2


def test_a_tie_of_conventions_leaves_the_ambiguous_number_out() -> None:
    text = "It is 2.5 km, 5,5 km and 1,234 m."
    assert [q.value for q in find_quantities(text)] == [2.5, 5.5]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.99\N{MULTIPLICATION SIGN}10\N{MINUS SIGN}30 kilograms", 1.99e-30),  # issue 13
        ("1.2e6 tonnes", 1.2e6),
        ("1.2 x 10^6 tonnes", 1.2e6),
        ("10\N{SUPERSCRIPT SIX} km", 1e6),
        ("3\N{MULTIPLICATION SIGN}10\N{SUPERSCRIPT MINUS}\N{SUPERSCRIPT THREE} m", 3e-3),
    ],
)
def test_scientific_notation(text: str, value: float) -> None:
    (q,) = find_quantities(text)
    assert q.span.slice(text) == text
    assert q.value == pytest.approx(value)


def test_an_exponent_is_never_a_quantity() -> None:
    # Scientific notation it cannot read (exponents of four digits) is left out,
    # never read as its exponent: not "3000 kilograms".
    assert find_quantities("a mass of 1.99\N{MULTIPLICATION SIGN}10\N{MINUS SIGN}3000 kg") == ()
    assert find_quantities("a mass of 2 x 10^1234 kilograms") == ()


@pytest.mark.parametrize(
    "text",
    [
        "123456789012\N{FULLWIDTH DIGIT THREE} km",  # issue 17: was 1234567890123 km
        "12\N{FULLWIDTH DIGIT THREE} km",
        "\N{FULLWIDTH DIGIT ONE}\N{FULLWIDTH DIGIT TWO} km",
        "12\N{ARABIC-INDIC DIGIT THREE} km",
    ],
)
def test_other_decimal_digits_are_not_read(text: str) -> None:
    # Only ASCII digits are read, consistently: no run that ends in another digit.
    assert find_quantities(text) == ()


def test_ascii_digits_still_read_beside_the_fixes() -> None:
    text = "12 km, then 10,000 km"
    assert [q.value for q in find_quantities(text)] == [12.0, 10000.0]


@pytest.mark.parametrize("text", ["12\N{FULLWIDTH DIGIT THREE}", "\N{FULLWIDTH DIGIT ONE}.5"])
def test_read_value_refuses_other_digits(text: str) -> None:
    assert read_value(text) is None
