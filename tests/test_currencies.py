"""The currency table (units/currencies.py), entry by entry, and the rule for codes."""

from __future__ import annotations

import pytest

from quoteparse import Dimension, find_quantities
from quoteparse.units.currencies import (
    CURRENCY_PREFIXES,
    CURRENCY_SYMBOLS,
    ISO_4217,
    NAMES,
    SCALED_NAMES,
    SHARED_NAMES,
    WORD_CODES,
)
from quoteparse.units.quantities import lookup_unit
from quoteparse.units.table import BY_NAME

CODES = [code for code, _name in ISO_4217]
PLAIN_CODES = [code for code in CODES if code not in WORD_CODES]


def test_the_iso_list_is_well_formed() -> None:
    assert sorted(set(CODES)) == CODES
    assert all(len(c) == 3 and c.isascii() and c.isupper() for c in CODES)
    assert len(CODES) > 150  # every currency of List One, not a selection
    assert set(CODES) >= WORD_CODES
    assert {code for code, _ in (*NAMES, *SCALED_NAMES)} <= set(CODES)
    assert {code for _, code in (*CURRENCY_PREFIXES, *CURRENCY_SYMBOLS)} <= set(CODES)
    shared = [name for name, _ in SHARED_NAMES]
    assert len(shared) == len(set(shared))
    assert not set(shared) & set(CODES)


@pytest.mark.parametrize("code", CODES)
def test_every_code_after_a_number(code: str) -> None:
    text = f"It cost 7m {code} in all."
    (q,) = find_quantities(text)
    assert (q.span.slice(text), q.value, q.unit) == (f"7m {code}", 7_000_000, code)
    assert q.dimension is Dimension.CURRENCY
    assert BY_NAME[code].dimension is Dimension.CURRENCY


@pytest.mark.parametrize("code", PLAIN_CODES)
def test_every_plain_code_before_a_number(code: str) -> None:
    for written in (f"{code} 7m", f"{code}7m", f"{code}\N{NO-BREAK SPACE}7.5bn"):
        text = f"It cost {written} in all."
        (q,) = find_quantities(text)
        assert q.span.slice(text) == written
        assert q.unit == code
        assert q.unit_text == code
        assert q.value == (7.5e9 if written.endswith("bn") else 7e6)


@pytest.mark.parametrize("code", sorted(WORD_CODES))
def test_every_word_code_is_no_money_before_a_number(code: str) -> None:
    assert find_quantities(f"The {code} 10 list.") == ()
    assert find_quantities(f"The {code}10 list.") == ()


@pytest.mark.parametrize("code", sorted(WORD_CODES))
def test_every_word_code_is_no_money_in_a_headline(code: str) -> None:
    assert find_quantities(f"WIN 50 {code} NEW PRIZES") == ()


@pytest.mark.parametrize("code", CODES)
def test_a_code_in_lower_case_is_no_money(code: str) -> None:
    other = lookup_unit(code.lower())
    if other is not None:  # "kgs" is kilograms
        assert other.dimension is not Dimension.CURRENCY
        return
    assert find_quantities(f"It cost {code.lower()} 7bn, or 7bn {code.lower()} in all.") == ()


@pytest.mark.parametrize(("code", "name"), [(c, n) for c, names in SCALED_NAMES for n in names])
def test_every_scaled_name_needs_a_scale(code: str, name: str) -> None:
    assert find_quantities(f"They 3 {name} in all.") == ()
    text = f"It cost 1.5 trillion {name}."
    (q,) = find_quantities(text)
    assert (q.unit, q.value) == (code, 1.5e12)


def test_cents_follow_the_money_of_the_text() -> None:
    dollars = "Profit was 33 cents a share, or $1.2bn."
    euros = "Ein Brief kostet 80 Cent statt 2 Euro."
    assert find_quantities(dollars)[0].unit == "US cent"
    assert find_quantities(euros)[0].unit == "euro cent"
    assert find_quantities("It fell 5 cents.")[0].unit == "US cent"  # no cue: dollars


def test_a_shared_name_gives_no_code() -> None:
    text = "Butane rose to 200 dinars from 170 dinars; five million lira."
    assert [q.unit for q in find_quantities(text)] == ["dinar", "dinar", "lira"]


def test_codes_in_news_text() -> None:
    text = "It raised USD10m and EUR 50m, then 50m EUR; TOP 10 TIPS; COP 26 met."
    assert [(q.span.slice(text), q.value, q.unit) for q in find_quantities(text)] == [
        ("USD10m", 10_000_000, "USD"),
        ("EUR 50m", 50_000_000, "EUR"),
        ("50m EUR", 50_000_000, "EUR"),
    ]
