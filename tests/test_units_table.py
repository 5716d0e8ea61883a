"""The unit table: every factor against its exact definition, every spelling found."""

from __future__ import annotations

import math
from fractions import Fraction as F

import pytest

from quoteparse import Dimension, find_quantities
from quoteparse.units.table import BY_NAME, CURRENCY_PREFIXES, UNITS, Unit

# Definitions, as exact fractions, from NIST SP 811 Appendix B and the 1959
# international yard and pound agreement; recomputed here, not copied.
YD = F("0.9144")
FT = YD / 3
IN = FT / 12
MI = 1760 * YD
LB = F("0.45359237")
G0 = F("9.80665")
US_GAL = 231 * IN**3  # 231 cubic inches
IMP_GAL = F("4.54609") / 1000
HOUR = 3600
JULIAN_YEAR = F("365.25") * 86400

EXACT: dict[str, F] = {
    "metre": F(1),
    "kilometre": F(1000),
    "centimetre": F(1, 100),
    "millimetre": F(1, 1000),
    "micrometre": F(1, 10**6),
    "nanometre": F(1, 10**9),
    "mile": MI,
    "nautical mile": F(1852),
    "light year": 299_792_458 * JULIAN_YEAR,
    "yard": YD,
    "foot": FT,
    "inch": IN,
    "square metre": F(1),
    "square kilometre": F(10**6),
    "square centimetre": F(1, 10**4),
    "hectare": F(10**4),
    "acre": 4840 * YD**2,
    "square mile": MI**2,
    "square yard": YD**2,
    "square foot": FT**2,
    "square inch": IN**2,
    "cubic metre": F(1),
    "cubic kilometre": F(10**9),
    "cubic foot": FT**3,
    "litre": F(1, 1000),
    "millilitre": F(1, 10**6),
    "centilitre": F(1, 10**5),
    "US gallon": US_GAL,
    "imperial gallon": IMP_GAL,
    "gallon": US_GAL,
    "US pint": US_GAL / 8,
    "imperial pint": IMP_GAL / 8,
    "pint": US_GAL / 8,
    "fluid ounce": US_GAL / 128,
    "barrel": 42 * US_GAL,
    "kilogram": F(1),
    "gram": F(1, 1000),
    "milligram": F(1, 10**6),
    "tonne": F(1000),
    "short ton": 2000 * LB,
    "long ton": 2240 * LB,
    "ton": 2000 * LB,
    "pound": LB,
    "ounce": LB / 16,
    "stone": 14 * LB,
    "carat": F(1, 5000),
    "kilometre per hour": F(1000, HOUR),
    "mile per hour": MI / HOUR,
    "metre per second": F(1),
    "metre per minute": F(1, 60),
    "knot": F(1852, HOUR),
    "degree Celsius": F(1),
    "degree Fahrenheit": F(5, 9),
    "kelvin": F(1),
    "second": F(1),
    "minute": F(60),
    "hour": F(HOUR),
    "day": F(86400),
    "week": F(7 * 86400),
    "month": JULIAN_YEAR / 12,
    "year": JULIAN_YEAR,
    "decade": 10 * JULIAN_YEAR,
    "century": 100 * JULIAN_YEAR,
    "joule": F(1),
    "kilojoule": F(1000),
    "megajoule": F(10**6),
    "watt-hour": F(HOUR),
    "kilowatt-hour": F(1000 * HOUR),
    "megawatt-hour": F(10**6 * HOUR),
    "gigawatt-hour": F(10**9 * HOUR),
    "terawatt-hour": F(10**12 * HOUR),
    "calorie": F("4.184"),
    "kilocalorie": F(4184),
    "British thermal unit": F("1055.05585262"),
    "watt": F(1),
    "kilowatt": F(1000),
    "megawatt": F(10**6),
    "gigawatt": F(10**9),
    "terawatt": F(10**12),
    "horsepower": 550 * FT * LB * G0,
    "metric horsepower": 75 * G0,
    "pascal": F(1),
    "kilopascal": F(1000),
    "megapascal": F(10**6),
    "gigapascal": F(10**9),
    "hectopascal": F(100),
    "bar": F(10**5),
    "millibar": F(100),
    "pound per square inch": LB * G0 / IN**2,
    "kilopound per square inch": 1000 * LB * G0 / IN**2,
    "atmosphere": F(101325),
    "byte": F(1),
    "kilobyte": F(10**3),
    "megabyte": F(10**6),
    "gigabyte": F(10**9),
    "terabyte": F(10**12),
    "bit": F(1, 8),
    "kilobit": F(1000, 8),
    "megabit": F(10**6, 8),
    "gigabit": F(10**9, 8),
    "percent": F(1, 100),
    "percentage point": F(1, 100),
    "per mille": F(1, 1000),
    "basis point": F(1, 10**4),
    "part per million": F(1, 10**6),
    "part per billion": F(1, 10**9),
    "newton": F(1),
    "kilonewton": F(1000),
    "pound-force": LB * G0,
    "kilogram-force": G0,
    "hertz": F(1),
    "kilohertz": F(1000),
    "megahertz": F(10**6),
    "gigahertz": F(10**9),
    "revolution per minute": F(1, 60),
    "mile per gallon": MI / US_GAL,
    "kilometre per litre": F(10**6),
    "litre per 100 kilometres": F(1, 1000) / 100_000,
    "volt": F(1),
    "kilovolt": F(1000),
    "millivolt": F(1, 1000),
    "ampere-hour": F(3600),
    "milliampere-hour": F(3600, 1000),
    "newton metre": F(1),
    "pound-foot": LB * G0 * FT,
    "kilowatt-hour per square metre": F(1000 * HOUR),
    "kilogram per cubic metre": F(1),
    "gram per cubic centimetre": F(1000),
}

READINGS: dict[str, dict[str, F]] = {
    "gallon": {"US": US_GAL, "imperial": IMP_GAL},
    "pint": {"US": US_GAL / 8, "imperial": IMP_GAL / 8},
    "fluid ounce": {"US": US_GAL / 128, "imperial": IMP_GAL / 160},
    "ton": {"short": 2000 * LB, "long": 2240 * LB, "metric": F(1000)},
    "mile per gallon": {"US": MI / US_GAL, "imperial": MI / IMP_GAL},
}

PHYSICAL = [u for u in UNITS if u.dimension is not Dimension.CURRENCY and u.name != "degree"]


def test_the_degree_of_angle() -> None:
    assert BY_NAME["degree"].factor == math.pi / 180


def test_the_defining_values_named_in_the_issue() -> None:
    assert F("1609.344") == MI
    assert F("0.0254") == IN
    assert F("3.785411784") == US_GAL * 1000
    assert BY_NAME["mile"].factor == 1609.344
    assert BY_NAME["inch"].factor == 0.0254
    assert BY_NAME["pound"].factor == 0.45359237
    assert math.isclose(BY_NAME["US gallon"].factor * 1000, 3.785411784, rel_tol=1e-15)
    assert math.isclose(BY_NAME["imperial gallon"].factor * 1000, 4.54609, rel_tol=1e-15)


@pytest.mark.parametrize("unit", PHYSICAL, ids=[u.name for u in PHYSICAL])
def test_every_factor_is_the_exact_defined_value(unit: Unit) -> None:
    assert math.isclose(unit.factor, float(EXACT[unit.name]), rel_tol=1e-15)


def test_every_physical_unit_has_an_exact_value_here() -> None:
    assert {u.name for u in PHYSICAL} | {"degree"} == set(EXACT) | {"degree"}


@pytest.mark.parametrize("name", sorted(READINGS))
def test_every_reading_is_exact(name: str) -> None:
    unit = BY_NAME[name]
    assert {r for r, _ in unit.readings} == set(READINGS[name])
    for reading, factor in unit.readings:
        assert math.isclose(factor, float(READINGS[name][reading]), rel_tol=1e-15)
    assert unit.factor == unit.readings[0][1]


def test_temperature_offsets() -> None:
    c, f = BY_NAME["degree Celsius"], BY_NAME["degree Fahrenheit"]
    assert c.offset == 273.15
    # 32 °F is 273.15 K and -40 °F is -40 °C, exactly by definition.
    assert math.isclose(32 * f.factor + f.offset, 273.15, rel_tol=1e-15)
    assert math.isclose(-40 * f.factor + f.offset, -40 + c.offset, rel_tol=1e-15)


def test_no_duplicate_names_or_spellings() -> None:
    names = [u.name for u in UNITS]
    assert len(names) == len(set(names))
    spellings = [s for u in UNITS for s in (*u.symbols, *u.attached)]
    assert len(spellings) == len(set(spellings))
    words = [n.lower() for u in UNITS for n in (*u.names, *u.scaled)]
    assert len(words) == len(set(words))
    signs = [p for p, _ in CURRENCY_PREFIXES]
    assert len(signs) == len(set(signs))


def _spellings() -> list[tuple[Unit, str, str]]:
    rows = []
    for u in UNITS:
        rows += [(u, s, f"It measured 7 {s} in all.") for s in u.names]
        rows += [(u, s, f"It measured 7 {s} in all.") for s in u.symbols]
        rows += [(u, s, f"It measured 7{s} in all.") for s in u.attached]
        rows += [(u, s, f"It measured 7 million {s} in all.") for s in u.scaled]
    return rows


@pytest.mark.parametrize(
    ("unit", "spelling", "text"), _spellings(), ids=[f"{u.name}:{s}" for u, s, _ in _spellings()]
)
def test_every_spelling_is_found(unit: Unit, spelling: str, text: str) -> None:
    (q,) = find_quantities(text)
    assert q.unit == unit.name
    assert q.unit_text == spelling
    assert q.value == (7_000_000 if spelling in unit.scaled else 7)
    assert q.dimension is unit.dimension


@pytest.mark.parametrize(("sign", "code"), CURRENCY_PREFIXES, ids=[p for p, _ in CURRENCY_PREFIXES])
def test_every_currency_sign_is_found(sign: str, code: str) -> None:
    text = f"It cost {sign}7m in all."
    (q,) = find_quantities(text)
    assert (q.unit, q.unit_text, q.value) == (code, sign, 7_000_000)
    assert q.dimension is Dimension.CURRENCY


def test_word_tables_have_no_duplicates() -> None:
    """Each upper-case table in units/words.py and units/numbers.py lists an entry once."""
    import ast
    import inspect

    from quoteparse.units import numbers, words

    checked = 0
    for module in (words, numbers):
        for stmt in ast.parse(inspect.getsource(module)).body:
            if not isinstance(stmt, ast.AnnAssign) or not isinstance(stmt.target, ast.Name):
                continue
            if not stmt.target.id.isupper() or stmt.value is None:
                continue
            for node in ast.walk(stmt.value):
                if isinstance(node, ast.Tuple | ast.Dict):
                    items = node.elts if isinstance(node, ast.Tuple) else node.keys
                    strings = [i.value for i in items if isinstance(i, ast.Constant)]
                    assert len(strings) == len(set(strings)), (stmt.target.id, strings)
                    checked += 1
    assert checked >= 8
