"""The unit table: every unit the quantity finder knows, as data.

Each :class:`Unit` has a canonical name (the ``Quantity.unit`` value), its
:class:`~quoteparse.model.Dimension`, the factor that turns one of it into the
SI base unit of that dimension (metre, square metre, cubic metre, kilogram,
metre per second, kelvin, second, joule, watt, pascal, byte, fraction, newton,
hertz, radian, metre per cubic metre, kilogram per cubic metre, cubic metre
per metre, volt, coulomb, newton metre, joule per square metre) and, for
temperatures, the offset added after scaling (``kelvin = value * factor +
offset``). ``names`` are written-out words, matched in any case (plurals and
both spellings listed one by one, never derived); ``symbols`` are
abbreviations, matched exactly as written (``MB`` is not ``mb``);
``attached`` are abbreviations that are also ordinary words or letters and
count only when written against the number (``42in``, ``30C``, ``24h``);
``scaled`` are names that are also English words and count only after a
scale (``1.5 trillion won``).
An ambiguous unit lists its ``readings`` (name, factor), the first being the
default: a conversion is checked against each reading and names the one that
matches.

The factors are the exact defined values, from NIST Special Publication 811
(2008 edition), *Guide for the Use of the International System of Units*,
Appendix B, which carries the international yard and pound of 1959 (yard =
0.9144 m, pound = 0.45359237 kg, so foot = 0.3048 m, inch = 0.0254 m, mile =
1609.344 m), the US gallon of 231 cubic inches (3.785411784 L), the UK
Weights and Measures Act 1985 for the imperial gallon (4.54609 L), the
international nautical mile (1852 m), standard gravity (9.80665 m/s², for
pound-force, kilogram-force, psi and horsepower), the thermochemical calorie
(4.184 J), the International Table Btu (1055.05585262 J) and the Julian year
(365.25 days) of the IAU. ``tests/test_units_table.py`` recomputes every
factor from these definitions with exact fractions.

Currencies have dimension ``CURRENCY``, an ISO 4217 code (or, for a name
several currencies share, that name: ``dinar``, ``US cent``) as canonical name
and factor 1: they are found, never converted (rates change). Their data is in
``quoteparse/units/currencies.py``, built from the ISO 4217 list.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import pi

from quoteparse.model import Dimension
from quoteparse.units.currencies import (
    CURRENCY_PREFIXES,
    CURRENCY_SYMBOLS,
    ISO_4217,
    NAMES,
    SCALED_NAMES,
    SHARED_NAMES,
)

__all__ = ["BY_NAME", "CURRENCY_PREFIXES", "UNITS", "Unit"]

D = Dimension


@dataclass(frozen=True, slots=True)
class Unit:
    """One unit: canonical name, dimension, factor (and offset) to the SI base, spellings."""

    name: str
    dimension: Dimension
    factor: float
    names: tuple[str, ...] = ()
    symbols: tuple[str, ...] = ()
    attached: tuple[str, ...] = ()
    offset: float = 0.0
    readings: tuple[tuple[str, float], ...] = ()
    scaled: tuple[str, ...] = ()


# Exact definitions the factors below are built from (NIST SP 811, App. B).
_FT = 0.3048
_IN = 0.0254
_MI = 1609.344
_YD = 0.9144
_LB = 0.45359237
_G0 = 9.80665
_US_GAL = 3.785411784e-3
_IMP_GAL = 4.54609e-3
# IAU (2012 resolution B2 and the Julian year): c = 299 792 458 m/s times 365.25 days.
_LIGHT_YEAR = 299_792_458 * 365.25 * 86400

_PHYSICAL: tuple[Unit, ...] = (
    # --- length (metre) ---
    # French "mètre(s)" and German "Metern" beside the English spellings (German
    # "Meter" is "meter").
    Unit(
        "metre",
        D.LENGTH,
        1.0,
        ("metre", "metres", "meter", "meters", "mètre", "mètres", "Metern", "metros"),
        ("m",),
    ),
    Unit(
        "kilometre",
        D.LENGTH,
        1e3,
        (
            "kilometre",
            "kilometres",
            "kilometer",
            "kilometers",
            "kilo-metre",
            "kilo-metres",
            "kilomètre",  # French
            "kilomètres",
            "Kilometern",  # German dative plural
            "kilómetros",  # Spanish
        ),
        ("km", "kms", "Km", "KM"),
    ),
    Unit(
        "centimetre",
        D.LENGTH,
        1e-2,
        ("centimetre", "centimetres", "centimeter", "centimeters", "Zentimeter", "centimètres"),
        ("cm",),
    ),
    Unit(
        "millimetre",
        D.LENGTH,
        1e-3,
        ("millimetre", "millimetres", "millimeter", "millimeters", "millimètres"),
        ("mm",),
    ),
    Unit(
        "micrometre",
        D.LENGTH,
        1e-6,
        ("micrometre", "micrometres", "micrometer", "micrometers", "micron", "microns"),
        ("µm", "μm"),
    ),
    Unit("nanometre", D.LENGTH, 1e-9, ("nanometre", "nanometres", "nanometer", "nanometers")),
    Unit("mile", D.LENGTH, _MI, ("mile", "miles"), ("mi",)),
    Unit("nautical mile", D.LENGTH, 1852.0, ("nautical mile", "nautical miles")),
    # The IAU light year: the speed of light times a Julian year, exactly.
    Unit(
        "light year",
        D.LENGTH,
        _LIGHT_YEAR,
        ("light year", "light years", "Lichtjahre", "Lichtjahren", "années-lumière"),
        ("ly",),
    ),
    Unit("yard", D.LENGTH, _YD, ("yard", "yards"), ("yd", "yds")),
    Unit("foot", D.LENGTH, _FT, ("foot", "feet"), ("ft",)),
    # "in" is a word: only "42in", never "42 in".
    Unit("inch", D.LENGTH, _IN, ("inch", "inches"), (), ("in",)),
    # --- area (square metre) ---
    Unit(
        "square metre",
        D.AREA,
        1.0,
        ("square metre", "square metres", "square meter", "square meters"),
        ("m²", "m2", "sq m", "sqm"),
    ),
    Unit(
        "square kilometre",
        D.AREA,
        1e6,
        (
            "square kilometre",
            "square kilometres",
            "square kilometer",
            "square kilometers",
            "Quadratkilometer",  # German
            "Quadratkilometern",
            "kilomètres carrés",  # French
            "kilómetros cuadrados",  # Spanish
        ),
        ("km²", "km2", "sq km", "sqkm"),
    ),
    Unit(
        "square centimetre",
        D.AREA,
        1e-4,
        ("square centimetre", "square centimetres", "square centimeter", "square centimeters"),
        ("cm²", "cm2", "sq cm"),
    ),
    Unit("hectare", D.AREA, 1e4, ("hectare", "hectares", "Hektar", "hectáreas"), ("ha",)),
    Unit("acre", D.AREA, 4840 * _YD**2, ("acre", "acres")),
    Unit(
        "square mile",
        D.AREA,
        _MI**2,
        ("square mile", "square miles"),
        ("sq mi", "sq miles", "sq mile", "mi²"),
    ),
    Unit("square yard", D.AREA, _YD**2, ("square yard", "square yards"), ("sq yd", "sq yds")),
    Unit(
        "square foot",
        D.AREA,
        _FT**2,
        ("square foot", "square feet"),
        ("sq ft", "sq feet", "ft²", "sqft"),
    ),
    Unit("square inch", D.AREA, _IN**2, ("square inch", "square inches"), ("sq in", "in²")),
    # --- volume (cubic metre) ---
    Unit(
        "cubic metre",
        D.VOLUME,
        1.0,
        (
            "cubic metre",
            "cubic metres",
            "cubic meter",
            "cubic meters",
            "Kubikmeter",
            "mètres cubes",
        ),
        ("m³", "m3", "cu m"),
    ),
    Unit(
        "cubic kilometre",
        D.VOLUME,
        1e9,
        ("cubic kilometre", "cubic kilometres", "cubic kilometer", "cubic kilometers"),
        ("km³", "km3"),
    ),
    Unit("cubic foot", D.VOLUME, _FT**3, ("cubic foot", "cubic feet"), ("cu ft", "ft³")),
    # German "Liter" is "liter"; "Litern" is its dative plural.
    Unit(
        "litre",
        D.VOLUME,
        1e-3,
        ("litre", "litres", "liter", "liters", "Litern"),
        ("L", "ltr"),
        ("l",),
    ),
    Unit(
        "millilitre",
        D.VOLUME,
        1e-6,
        ("millilitre", "millilitres", "milliliter", "milliliters"),
        ("ml", "mL"),
    ),
    Unit(
        "centilitre",
        D.VOLUME,
        1e-5,
        ("centilitre", "centilitres", "centiliter", "centiliters"),
        ("cl", "cL"),
    ),
    Unit("US gallon", D.VOLUME, _US_GAL, ("US gallon", "US gallons", "U.S. gallons")),
    Unit("imperial gallon", D.VOLUME, _IMP_GAL, ("imperial gallon", "imperial gallons")),
    # Wire copy writes "gallons" for both; conversions say which was meant.
    Unit(
        "gallon",
        D.VOLUME,
        _US_GAL,
        ("gallon", "gallons"),
        ("gal",),
        readings=(("US", _US_GAL), ("imperial", _IMP_GAL)),
    ),
    Unit("US pint", D.VOLUME, _US_GAL / 8, ("US pint", "US pints")),
    Unit("imperial pint", D.VOLUME, _IMP_GAL / 8, ("imperial pint", "imperial pints")),
    Unit(
        "pint",
        D.VOLUME,
        _US_GAL / 8,
        ("pint", "pints"),
        ("pt",),
        readings=(("US", _US_GAL / 8), ("imperial", _IMP_GAL / 8)),
    ),
    Unit(
        "fluid ounce",
        D.VOLUME,
        _US_GAL / 128,
        ("fluid ounce", "fluid ounces"),
        ("fl oz",),
        readings=(("US", _US_GAL / 128), ("imperial", _IMP_GAL / 160)),
    ),
    # The oil barrel: 42 US gallons.
    Unit("barrel", D.VOLUME, 42 * _US_GAL, ("barrel", "barrels"), ("bbl",)),
    # --- mass (kilogram) ---
    Unit(
        "kilogram",
        D.MASS,
        1.0,
        ("kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos", "Kilogramm"),
        ("kg", "kgs"),
    ),
    Unit("gram", D.MASS, 1e-3, ("gram", "grams", "gramme", "grammes", "Gramm"), ("g",)),
    Unit(
        "milligram",
        D.MASS,
        1e-6,
        ("milligram", "milligrams", "milligramme", "milligrammes"),
        ("mg",),
    ),
    Unit("tonne", D.MASS, 1e3, ("tonne", "tonnes", "metric ton", "metric tons", "Tonnen")),
    Unit("short ton", D.MASS, 2000 * _LB, ("short ton", "short tons")),
    Unit("long ton", D.MASS, 2240 * _LB, ("long ton", "long tons")),
    # "tons": US short tons, British long tons, or loosely tonnes.
    Unit(
        "ton",
        D.MASS,
        2000 * _LB,
        ("ton", "tons"),
        readings=(("short", 2000 * _LB), ("long", 2240 * _LB), ("metric", 1e3)),
    ),
    # "pounds" after a number is read as weight; money is written "£".
    Unit("pound", D.MASS, _LB, ("pound", "pounds"), ("lb", "lbs")),
    Unit("ounce", D.MASS, _LB / 16, ("ounce", "ounces"), ("oz",)),
    Unit("stone", D.MASS, 14 * _LB, ("stone", "stones")),
    Unit("carat", D.MASS, 2e-4, ("carat", "carats")),
    # --- speed (metre per second) ---
    Unit(
        "kilometre per hour",
        D.SPEED,
        1e3 / 3600,
        (
            "kilometres per hour",
            "kilometers per hour",
            "kilometre per hour",
            "kilometer per hour",
            "kilometres an hour",
            "kilometers an hour",
            "Kilometer pro Stunde",  # German
        ),
        ("km/h", "kph", "kmh", "km/hr", "km per hour"),
    ),
    Unit(
        "mile per hour",
        D.SPEED,
        _MI / 3600,
        ("miles per hour", "mile per hour", "miles an hour"),
        ("mph",),
    ),
    Unit(
        "metre per second",
        D.SPEED,
        1.0,
        (
            "metres per second",
            "meters per second",
            "metre per second",
            "meter per second",
            "Meter pro Sekunde",  # German
            "Metern pro Sekunde",
        ),
        ("m/s", "m per second"),
    ),
    Unit(
        "metre per minute",
        D.SPEED,
        1 / 60,
        ("metres per minute", "meters per minute", "metre per minute", "meter per minute"),
        ("m/min", "m per minute"),
    ),
    Unit("knot", D.SPEED, 1852 / 3600, ("knot", "knots")),
    # --- temperature (kelvin) ---
    Unit(
        "degree Celsius",
        D.TEMPERATURE,
        1.0,
        (
            "degrees Celsius",
            "degree Celsius",
            "degrees centigrade",
            "degree centigrade",
            "Celsius",
            "centigrade",
        ),
        ("°C", "° C", "ºC", "℃"),
        ("C",),
        offset=273.15,
    ),
    Unit(
        "degree Fahrenheit",
        D.TEMPERATURE,
        5 / 9,
        ("degrees Fahrenheit", "degree Fahrenheit", "Fahrenheit"),
        ("°F", "° F", "ºF", "℉"),
        ("F",),
        offset=459.67 * 5 / 9,
    ),
    Unit("kelvin", D.TEMPERATURE, 1.0, ("kelvin", "kelvins")),
    # --- time (second) ---
    # German, French and Spanish spellings beside the English ("Minute" and French
    # "minute(s)" are the English words; French "an" is an English word, left out).
    Unit(
        "second",
        D.TIME,
        1.0,
        ("second", "seconds", "Sekunde", "Sekunden", "seconde", "secondes"),
        ("sec", "secs"),
    ),
    Unit("minute", D.TIME, 60.0, ("minute", "minutes", "Minuten", "minutos"), ("min", "mins")),
    # German "Stunde(n)" and French "heure(s)" beside the English.
    Unit(
        "hour",
        D.TIME,
        3600.0,
        ("hour", "hours", "Stunde", "Stunden", "heure", "heures", "horas"),
        ("hr", "hrs"),
        ("h",),
    ),
    Unit("day", D.TIME, 86400.0, ("day", "days", "Tag", "Tage", "Tagen", "jour", "jours", "días")),
    Unit(
        "week",
        D.TIME,
        7 * 86400.0,
        ("week", "weeks", "Woche", "Wochen", "semaine", "semaines", "semanas"),
    ),
    Unit(
        "month",
        D.TIME,
        365.25 * 86400 / 12,
        ("month", "months", "Monat", "Monate", "Monaten", "mois", "meses"),
    ),
    Unit(
        "year",
        D.TIME,
        365.25 * 86400,
        # German "die 32-Jährige": a woman of 32.
        ("year", "years", "Jahr", "Jahre", "Jahren", "Jährige", "Jährigen", "ans", "años"),
        ("yr", "yrs"),
    ),
    Unit("decade", D.TIME, 3652.5 * 86400, ("decade", "decades")),
    Unit("century", D.TIME, 36525 * 86400.0, ("century", "centuries")),
    # --- energy (joule) ---
    Unit("joule", D.ENERGY, 1.0, ("joule", "joules"), (), ("J",)),
    Unit("kilojoule", D.ENERGY, 1e3, ("kilojoule", "kilojoules"), ("kJ",)),
    Unit("megajoule", D.ENERGY, 1e6, ("megajoule", "megajoules"), ("MJ",)),
    Unit(
        "watt-hour",
        D.ENERGY,
        3.6e3,
        ("watt-hour", "watt-hours", "watt hour", "watt hours"),
        ("Wh",),
    ),
    Unit(
        "kilowatt-hour",
        D.ENERGY,
        3.6e6,
        (
            "kilowatt-hour",
            "kilowatt-hours",
            "kilowatt hour",
            "kilowatt hours",
            "Kilowattstunden",  # German
            "Kilowattstunde",
        ),
        ("kWh",),
    ),
    Unit(
        "megawatt-hour",
        D.ENERGY,
        3.6e9,
        ("megawatt-hour", "megawatt-hours", "megawatt hour", "megawatt hours"),
        ("MWh",),
    ),
    Unit(
        "gigawatt-hour",
        D.ENERGY,
        3.6e12,
        ("gigawatt-hour", "gigawatt-hours", "gigawatt hour", "gigawatt hours"),
        ("GWh",),
    ),
    Unit(
        "terawatt-hour",
        D.ENERGY,
        3.6e15,
        ("terawatt-hour", "terawatt-hours", "terawatt hour", "terawatt hours"),
        ("TWh",),
    ),
    Unit("calorie", D.ENERGY, 4.184, ("calorie", "calories"), ("cal",)),
    Unit("kilocalorie", D.ENERGY, 4184.0, ("kilocalorie", "kilocalories"), ("kcal",)),
    Unit(
        "British thermal unit",
        D.ENERGY,
        1055.05585262,
        ("British thermal unit", "British thermal units"),
        ("Btu", "BTU"),
    ),
    # --- power (watt) ---
    Unit("watt", D.POWER, 1.0, ("watt", "watts"), (), ("W",)),
    Unit("kilowatt", D.POWER, 1e3, ("kilowatt", "kilowatts"), ("kW",)),
    Unit("megawatt", D.POWER, 1e6, ("megawatt", "megawatts"), ("MW",)),
    Unit("gigawatt", D.POWER, 1e9, ("gigawatt", "gigawatts"), ("GW",)),
    Unit("terawatt", D.POWER, 1e12, ("terawatt", "terawatts"), ("TW",)),
    # Mechanical horsepower: 550 foot pound-force per second.
    Unit("horsepower", D.POWER, 550 * _FT * _LB * _G0, ("horsepower",), ("hp", "HP", "bhp")),
    Unit("metric horsepower", D.POWER, 75 * _G0, ("metric horsepower",), ("PS",)),
    # --- pressure (pascal) ---
    Unit("pascal", D.PRESSURE, 1.0, ("pascal", "pascals"), ("Pa",)),
    Unit("kilopascal", D.PRESSURE, 1e3, ("kilopascal", "kilopascals"), ("kPa",)),
    Unit("megapascal", D.PRESSURE, 1e6, ("megapascal", "megapascals"), ("MPa",)),
    Unit("gigapascal", D.PRESSURE, 1e9, ("gigapascal", "gigapascals"), ("GPa",)),
    Unit("hectopascal", D.PRESSURE, 1e2, ("hectopascal", "hectopascals"), ("hPa",)),
    Unit("bar", D.PRESSURE, 1e5, (), ("bar",)),
    Unit("millibar", D.PRESSURE, 1e2, ("millibar", "millibars"), ("mbar",)),
    Unit(
        "pound per square inch",
        D.PRESSURE,
        _LB * _G0 / _IN**2,
        ("pounds per square inch", "pound per square inch"),
        ("psi",),
    ),
    # A thousand psi: steel and materials strengths.
    Unit("kilopound per square inch", D.PRESSURE, 1e3 * _LB * _G0 / _IN**2, (), ("ksi",)),
    Unit("atmosphere", D.PRESSURE, 101325.0, ("atmosphere", "atmospheres"), ("atm",)),
    # --- data (byte) ---
    Unit("byte", D.DATA, 1.0, ("byte", "bytes")),
    Unit("kilobyte", D.DATA, 1e3, ("kilobyte", "kilobytes"), ("KB", "kB")),
    Unit("megabyte", D.DATA, 1e6, ("megabyte", "megabytes"), ("MB",)),
    Unit("gigabyte", D.DATA, 1e9, ("gigabyte", "gigabytes"), ("GB",)),
    Unit("terabyte", D.DATA, 1e12, ("terabyte", "terabytes"), ("TB",)),
    Unit("bit", D.DATA, 0.125, ("bit", "bits")),
    Unit("kilobit", D.DATA, 125.0, ("kilobit", "kilobits"), ("kb", "Kb")),
    Unit("megabit", D.DATA, 1.25e5, ("megabit", "megabits"), ("Mb",)),
    Unit("gigabit", D.DATA, 1.25e8, ("gigabit", "gigabits"), ("Gb",)),
    # --- percentage (fraction) ---
    # German "Prozent" and French "pour cent" beside the English.
    Unit(
        "percent",
        D.PERCENTAGE,
        0.01,
        # German "100-prozentige": a hundred per cent as an adjective.
        ("per cent", "percent", "Prozent", "prozentige", "prozentigen", "pour cent"),
        ("%", "pct"),
        ("pc",),
    ),
    Unit(
        "percentage point", D.PERCENTAGE, 0.01, ("percentage point", "percentage points"), ("pp",)
    ),
    # Per mille (blood alcohol in German, "Promille"), basis points (rates), parts per
    # million and billion (concentrations): fractions by definition.
    Unit(
        "per mille",
        D.PERCENTAGE,
        1e-3,
        ("per mille", "per mil", "Promille", "pour mille"),
        ("\N{PER MILLE SIGN}",),
    ),
    Unit("basis point", D.PERCENTAGE, 1e-4, ("basis point", "basis points"), ("bp",)),
    Unit(
        "part per million", D.PERCENTAGE, 1e-6, ("parts per million", "part per million"), ("ppm",)
    ),
    Unit(
        "part per billion", D.PERCENTAGE, 1e-9, ("parts per billion", "part per billion"), ("ppb",)
    ),
    # --- force (newton) ---
    Unit("newton", D.FORCE, 1.0, ("newton", "newtons"), ("N",)),
    Unit("kilonewton", D.FORCE, 1e3, ("kilonewton", "kilonewtons"), ("kN",)),
    Unit("pound-force", D.FORCE, _LB * _G0, ("pound-force", "pounds-force"), ("lbf",)),
    Unit("kilogram-force", D.FORCE, _G0, ("kilogram-force", "kilograms-force"), ("kgf",)),
    # --- frequency (hertz) ---
    Unit("hertz", D.FREQUENCY, 1.0, ("hertz",), ("Hz",)),
    Unit("kilohertz", D.FREQUENCY, 1e3, ("kilohertz",), ("kHz", "KHz")),
    Unit("megahertz", D.FREQUENCY, 1e6, ("megahertz",), ("MHz", "Mhz")),
    Unit("gigahertz", D.FREQUENCY, 1e9, ("gigahertz",), ("GHz", "Ghz")),
    # Engine and disc speeds: one turn a minute.
    Unit(
        "revolution per minute",
        D.FREQUENCY,
        1 / 60,
        ("revolutions per minute", "revolution per minute", "Umdrehungen pro Minute"),
        ("rpm", "RPM", "U/min", "tr/min"),
    ),
    # --- angle (radian); "degrees" alone is read as an angle ---
    Unit("degree", D.ANGLE, pi / 180, ("degree", "degrees"), ("°",)),
    # --- fuel economy (metre per cubic metre) ---
    Unit(
        "mile per gallon",
        D.FUEL_ECONOMY,
        _MI / _US_GAL,
        ("miles per gallon",),
        ("mpg",),
        readings=(("US", _MI / _US_GAL), ("imperial", _MI / _IMP_GAL)),
    ),
    Unit(
        "kilometre per litre",
        D.FUEL_ECONOMY,
        1e6,
        ("kilometres per litre", "kilometers per liter"),
        ("km/l", "km/L", "kmpl"),
    ),
    # --- fuel consumption (cubic metre per metre): the inverse of fuel economy, so
    # never paired with it (a conversion is a factor, not an inverse) ---
    Unit(
        "litre per 100 kilometres",
        D.FUEL_CONSUMPTION,
        1e-8,
        ("litres per 100 km", "litres per 100 kilometres", "liters per 100 kilometers"),
        ("l/100 km", "l/100km", "L/100 km", "L/100km"),
    ),
    # --- voltage (volt); "V" alone only against the number ("230V", not "Henry V") ---
    Unit("volt", D.VOLTAGE, 1.0, ("volt", "volts"), (), ("V",)),
    Unit("kilovolt", D.VOLTAGE, 1e3, ("kilovolt", "kilovolts"), ("kV",)),
    Unit("millivolt", D.VOLTAGE, 1e-3, ("millivolt", "millivolts"), ("mV",)),
    # --- electric charge (coulomb): battery capacities ---
    Unit("ampere-hour", D.CHARGE, 3.6e3, ("ampere-hour", "ampere-hours", "amp-hours"), ("Ah",)),
    Unit(
        "milliampere-hour",
        D.CHARGE,
        3.6,
        ("milliampere-hour", "milliampere-hours", "milliamp-hours"),
        ("mAh",),
    ),
    # --- torque (newton metre): engines ---
    Unit(
        "newton metre",
        D.TORQUE,
        1.0,
        ("newton metre", "newton metres", "newton meter", "newton meters", "Newtonmeter"),
        ("N m", "Nm", "N\N{MIDDLE DOT}m", "N\N{DOT OPERATOR}m"),
    ),
    Unit(
        "pound-foot",
        D.TORQUE,
        _LB * _G0 * _FT,
        ("pound-foot", "pound-feet", "pounds-feet"),
        ("lb-ft", "lb ft", "lbs-ft", "lb\N{MIDDLE DOT}ft"),
    ),
    # --- irradiation (joule per square metre): solar yields ---
    Unit(
        "kilowatt-hour per square metre",
        D.IRRADIATION,
        3.6e6,
        ("kilowatt-hours per square metre", "kilowatt hours per square metre"),
        ("kWh/m²", "kWh/m2"),
    ),
    # --- density (kilogram per cubic metre) ---
    Unit(
        "kilogram per cubic metre",
        D.DENSITY,
        1.0,
        ("kilograms per cubic metre", "kilograms per cubic meter"),
        ("kg/m³", "kg/m3"),
    ),
    Unit(
        "gram per cubic centimetre",
        D.DENSITY,
        1e3,
        ("grams per cubic centimetre", "grams per cubic centimeter"),
        ("g/cm³", "g/cm3"),
    ),
)


def _currencies() -> tuple[Unit, ...]:
    """One unit per ISO 4217 code and per shared name, from ``units/currencies.py``."""
    names = dict(NAMES)
    scaled = dict(SCALED_NAMES)
    symbols: dict[str, tuple[str, ...]] = {}
    for symbol, code in CURRENCY_SYMBOLS:
        symbols[code] = (*symbols.get(code, ()), symbol)
    units = [
        Unit(
            code,
            D.CURRENCY,
            1.0,
            names.get(code, ()),
            (code, *symbols.get(code, ()), *_EXTRA_CODE_SYMBOLS.get(code, ())),
            scaled=scaled.get(code, ()),
        )
        for code, _name in ISO_4217
    ]
    units += [Unit(name, D.CURRENCY, 1.0, spellings) for name, spellings in SHARED_NAMES]
    # Pence sterling (the exchanges' GBX): "53p", "300p" share prices.
    units.append(Unit("GBX", D.CURRENCY, 1.0, ("pence",), (), ("p",)))
    return tuple(units)


# Symbols beside the ISO code: China's "RMB".
_EXTRA_CODE_SYMBOLS: dict[str, tuple[str, ...]] = {"CNY": ("RMB",)}

#: Every unit the finder knows: the physical units above, then the currencies.
UNITS: tuple[Unit, ...] = _PHYSICAL + _currencies()

#: Each unit by its canonical name.
BY_NAME: dict[str, Unit] = {u.name: u for u in UNITS}
