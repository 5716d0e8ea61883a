"""Unit spellings as the quantity finder looks them up, and as one pattern.

Abbreviations count in their exact case (``MB`` is not ``mb``), names in any
case; both are keyed as :func:`~quoteparse.units.rejections.spelling_key`
writes them (no-break spaces and hyphens as spaces). The scan
(:mod:`quoteparse.units.scan`) and the readers of
:mod:`quoteparse.units.quantities` share these tables and :data:`UNIT_PATTERN`.

>>> BY_SYMBOL["km"][0].name, BY_NAME["kilometres"].name
('kilometre', 'kilometre')
>>> "mB" in BY_SYMBOL
False
"""

from __future__ import annotations

from quoteparse.model import Dimension
from quoteparse.units.currencies import CURRENCY_SIGNS, WORD_CODES
from quoteparse.units.rejections import spelling_key
from quoteparse.units.table import UNITS, Unit
from quoteparse.units.trie import trie_pattern

__all__ = [
    "BY_CODE",
    "BY_NAME",
    "BY_SYMBOL",
    "DOLLAR_US",
    "PREFIX_CODES",
    "SIGNS",
    "SP",
    "UNIT_PATTERN",
]

#: A plain or no-break space.
SP = "[ \N{NO-BREAK SPACE}]"
_key = spelling_key

# Exact-case abbreviations -> (unit, attached only); lower-cased names -> unit.
BY_SYMBOL: dict[str, tuple[Unit, bool]] = {}
BY_NAME: dict[str, Unit] = {}
for _unit in UNITS:
    for _s in _unit.symbols:
        BY_SYMBOL[_key(_s)] = (_unit, False)
    for _s in _unit.attached:
        BY_SYMBOL[_key(_s)] = (_unit, True)
    for _s in (*_unit.names, *_unit.scaled):
        BY_NAME[_key(_s).lower()] = _unit
BY_CODE: dict[str, Unit] = {u.name: u for u in UNITS if u.dimension is Dimension.CURRENCY}
# ISO 4217 codes read before a number ("EUR 50m", "USD10m"): not the word codes.
PREFIX_CODES = frozenset(u.name for u in UNITS if u.name in u.symbols) - WORD_CODES
# "st" for stone only counts against the number, and never after 1, 21, 31 (ordinals).
_STONE = next(u for u in UNITS if u.name == "stone")
BY_SYMBOL["st"] = (_STONE, True)

#: Every spelling, lower-cased, as one prefix-tree alternation.
UNIT_PATTERN = trie_pattern(sorted({s.lower() for s in BY_SYMBOL} | set(BY_NAME)))
#: Every currency sign a prefix ends with ("$" of "US$").
SIGNS = CURRENCY_SIGNS

# "US" after a dollar sign, the Australian and French way to write US dollars:
# "$US5m", "$US 40" (the caller checks the capitals in the text).
DOLLAR_US = rf"(?:(?<=\$)us(?={SP}?[0-9]))?"
