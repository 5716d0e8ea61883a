"""The rejection rules of the quantity finder: a number and a unit that are no quantity.

The scan finds every number written before a unit spelling; these rules,
each a named :class:`Rejection` with the case it serves, turn down the ones a
reader would not count (``1080p`` video, the ``21st`` century, ``2m people``,
the ``2005 year``, ``The Three Degrees`` ...). They are consulted in four
stages of :func:`quoteparse.units.quantities.find_quantities`, by how much is
known of the candidate:

- :data:`SYMBOL_RULES`, for a unit written as an abbreviation (``in``, ``st``, ``p``);
- :data:`NAME_RULES`, for a unit written as a name (``Degrees``, ``century``, ``won``);
- :data:`VALUE_RULES`, once the unit is known, on the value as written;
- :data:`PLACED_RULES`, once the value's start is final (after a range's low end
  and a sign are taken in).

A rule is a plain predicate over a :class:`Candidate`; the first that holds
rejects it. ``tests/test_units_rejections.py`` checks that each rule's case is
left out, and found again with that rule taken out of its table.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from typing import NamedTuple

from quoteparse.model import Dimension
from quoteparse.units.currencies import CURRENCY_SIGNS, WORD_CODES
from quoteparse.units.numbers import SCALES
from quoteparse.units.table import UNITS, Unit
from quoteparse.units.trie import trie_pattern
from quoteparse.units.words import (
    BARE_CURRENCY_AFTER,
    BARE_CURRENCY_NAMES,
    CAPITALISED_NOUNS,
    IDIOMS,
    METRE_CONTEXT,
    SCALE_WORDS,
    TIME_OF_DAY_BEFORE,
    VIDEO_LINES,
)

__all__ = [
    "NAME_RULES",
    "PLACED_RULES",
    "SCALE_END_RE",
    "SYMBOL_RULES",
    "VALUE_RULES",
    "Candidate",
    "Rejection",
    "Rule",
    "changes",
    "spelling_key",
    "word_before",
]


class Rejection(enum.Enum):
    """Why a number before a unit spelling is no quantity."""

    ATTACHED_APART = "attached_apart"
    ORDINAL_ST = "ordinal_st"
    VIDEO_LINES = "video_lines"
    HEADLINE_CODE = "headline_code"
    TITLE = "title"
    COUNTED_NOUN = "counted_noun"
    ORDINAL_SECOND = "ordinal_second"
    SCALED_ONLY = "scaled_only"
    IDIOM = "idiom"
    BARE_SCALE = "bare_scale"
    CHANGE = "change"
    CALENDAR_YEAR = "calendar_year"
    MILLIONS = "millions"
    MONEY_UPPER_END = "money_upper_end"
    TIME_OF_DAY = "time_of_day"


class Candidate(NamedTuple):
    """A number before a unit spelling, as the scan found it.

    ``low`` is the lower-cased ``text`` (same offsets); ``vs:ve`` the value,
    ``us:ue`` the unit as written; ``key`` the spelling as looked up (no-break
    spaces and hyphens as spaces); ``sep`` what stands between value and unit;
    ``attached`` whether the abbreviation counts only against the number;
    ``floor`` the end of the quantity before (nothing before it is read);
    ``start`` where the quantity starts: ``vs``, or before it once a range's
    low end or a sign is taken in (for :data:`PLACED_RULES`).
    """

    text: str
    low: str
    vs: int
    ve: int
    us: int
    ue: int
    key: str
    sep: str | None
    unit: Unit
    attached: bool
    floor: int
    start: int


class Rule(NamedTuple):
    """One rejection rule: its name, its test, the text it serves, and the
    spellings it can hold for (lower-cased; None for any), so the finder asks
    each candidate only the rules that may reject it."""

    name: Rejection
    rejects: Callable[[Candidate], bool]
    case: str
    keys: frozenset[str] | None = None


def spelling_key(spelling: str) -> str:
    """Spelling as looked up: no-break spaces and hyphens count as spaces."""
    return spelling.replace("\N{NO-BREAK SPACE}", " ").replace("-", " ")


# Names that count only after a scale: "1.5 trillion won", never "they 3 won".
_SCALED = frozenset(spelling_key(s).lower() for u in UNITS for s in u.scaled)
# Names spelt in lower case in the table: written Title Case mid-sentence they are a title.
_LOWER_NAMES = frozenset(spelling_key(n).lower() for u in UNITS for n in u.names if n.islower())
#: A scale word or suffix ending the text searched: "5 million", "2.7bn".
SCALE_END_RE = re.compile(rf"(?:{trie_pattern(SCALES)})\Z")
# A word in capitals after a unit: "ALL NEW" of "WIN 50 ALL NEW".
_NEXT_CAPITALS_RE = re.compile(r"[ \N{NO-BREAK SPACE}]+[A-Z]{2}")
# The word after a bare "m": it tells metres ("100m final") from millions ("2m people").
_NEXT_WORD_RE = re.compile(r"[ \N{NO-BREAK SPACE}]?(?P<word>[a-z]+)")
# The word written just before a number, with only spaces between: "walked" of "walked 250".
# (A whole word: not the tail of a longer one cut by the search window.)
_WORD_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?P<word>[^\W\d_]+)[ \N{NO-BREAK SPACE}]+\Z")
# The first letter of the word after a unit.
_NEXT_INITIAL_RE = re.compile(r"[ \N{NO-BREAK SPACE}]+(?P<initial>[^\W\d_])")


def changes(low: str, start: int, value_text: str, floor: int) -> bool:
    """True for "from 10 to 15": a change between two values, not a range."""
    return " to" in value_text and start - 5 >= floor and low.startswith("from ", start - 5)


def word_before(text: str, at: int, floor: int = 0) -> str:
    """The word just before ``at``, with only spaces between ("" when there is none)."""
    w = _WORD_BEFORE_RE.search(text, max(floor, at - 20), at)
    return w["word"] if w is not None else ""


def _titled(text: str, vs: int, ue: int) -> bool:
    """Whether a unit name in Title Case after the value at ``vs`` reads as a title.

    "He walked 250 Miles to" is prose: the number is in digits and the words
    on both sides, with only spaces between, are in lower case. "The Three
    Degrees", "a screening of 21 Grams." and "Walks 250 Miles To" are titles.
    """
    if not text[vs].isdigit():
        return True
    before = _WORD_BEFORE_RE.search(text, max(0, vs - 30), vs)
    if before is None or not before["word"][0].islower():
        return True
    after = _NEXT_INITIAL_RE.match(text, ue)
    return after is None or not after["initial"].islower()


# --- abbreviations ----------------------------------------------------------


def _attached_apart(c: Candidate) -> bool:
    # "2 in 10", "five C": an abbreviation that is also a word counts only against digits.
    return c.attached and (bool(c.sep) or not c.low[c.ve - 1].isdigit())


def _ordinal_st(c: Candidate) -> bool:
    # "the 21st century": "st" after 1, 21, 31 (not 11) is an ordinal, not stone.
    if c.key != "st" or c.unit.name != "stone":
        return False
    digits = c.low[c.vs : c.ve]
    return digits.endswith("1") and not digits.endswith("11")


def _video_lines(c: Candidate) -> bool:
    # "1080p": a video resolution, not pence.
    return c.key == "p" and c.low[c.vs : c.ve] in VIDEO_LINES


def _headline_code(c: Candidate) -> bool:
    # "WIN 50 ALL NEW": a headline in capitals, not Albanian lek.
    return c.key in WORD_CODES and _NEXT_CAPITALS_RE.match(c.text, c.ue) is not None


# --- names ------------------------------------------------------------------


def _title(c: Candidate) -> bool:
    # "The Three Degrees", "21 Grams": a lower-case name written in Title Case is a title.
    unit_text = c.text[c.us : c.ue]
    return (
        unit_text[0].isupper()
        and not unit_text.isupper()
        and c.key.lower() in _LOWER_NAMES
        and unit_text not in CAPITALISED_NOUNS
        and _titled(c.text, c.vs, c.ue)
    )


def _counted_noun(c: Candidate) -> bool:
    # "four century-old schooners": four schooners, each a century old.
    return (
        c.sep == " "
        and c.low.startswith("-", c.ue)
        and c.low[c.ue + 1 : c.ue + 2].isalpha()
        and c.unit.dimension is not Dimension.PERCENTAGE
    )


def _ordinal_second(c: Candidate) -> bool:
    # "three second-half goals": "second" is an ordinal there.
    return c.key == "second" and c.low.startswith("-", c.ue)


def _scaled_only(c: Candidate) -> bool:
    # "they 3 won": "won" is money only after a scale ("1.5 trillion won").
    key = c.key.lower()
    if key not in _SCALED or SCALE_END_RE.search(c.low, c.vs, c.ve):
        return False
    return not (key in BARE_CURRENCY_NAMES and _bare_currency(c))


def _bare_currency(c: Candidate) -> bool:
    # "it cost 10 real.", "10 real a month": digits, then nothing a noun could
    # be ("10 real estate agents", "the real thing" has no number at all).
    if not c.low[c.vs : c.ve].isdigit():
        return False
    if c.low.startswith("-", c.ue):
        return False  # "10 real-estate firms"
    w = _NEXT_WORD_RE.match(c.low, c.ue)  # no letter follows the unit itself
    return w is None or w["word"] in BARE_CURRENCY_AFTER


# --- the value --------------------------------------------------------------


def _idiom(c: Candidate) -> bool:
    # "One day, he said": number words that make an idiom, not a measurement.
    value_text = c.low[c.vs : c.ve]
    return value_text[0].isalpha() and f"{value_text} {c.key.lower()}" in IDIOMS


def _bare_scale(c: Candidate) -> bool:
    # "multi-billion dollar", "Million Dollar Baby": a scale word with neither its
    # number nor "a" / "half a" before it is no value.
    value_text = c.low[c.vs : c.ve]
    if value_text not in SCALE_WORDS:
        return False
    if c.text[c.vs].isupper():
        return True
    vs, low, floor = c.vs, c.low, c.floor
    return not (
        (vs >= floor + 7 and low.startswith("half a ", vs - 7))
        or (vs >= floor + 2 and low.startswith("a ", vs - 2))
    )


def _change(c: Candidate) -> bool:
    # "rose from 10 to 15 km": a change; the scan finds "15 km" next.
    return changes(c.low, c.vs, c.low[c.vs : c.ve], c.floor)


def _calendar_year(c: Candidate) -> bool:
    # "the 2005 year": a calendar year, not a duration.
    value_text = c.low[c.vs : c.ve]
    return c.key == "year" and len(value_text) == 4 and "1800" <= value_text <= "2100"


def _millions(c: Candidate) -> bool:
    # "2m people": millions of something, not metres ("the 100m final" is metres).
    if c.key != "m" or c.unit.name != "metre" or c.sep:
        return False
    w = _NEXT_WORD_RE.match(c.low, c.ue)
    return w is not None and w["word"] not in METRE_CONTEXT


# A sum of money and a range joiner ending right before a number: "$5m to " of
# "from $5m to 6m".
_MONEY_THEN_JOINER_RE = re.compile(
    rf"""
    [{re.escape(CURRENCY_SIGNS)}](?:us)?         # "$", "$us"
    [ ]?[0-9][0-9.,]*(?:m|bn)?                    # "5m"
    [ ]?(?:to|and|-|\N{{EN DASH}})[ ]?\Z          # " to "
    """,
    re.VERBOSE,
)


def _money_upper_end(c: Candidate) -> bool:
    # "from $5m to 6m": the upper end of a sum of money the range reader did not
    # take (a change), millions of that money, never six metres.
    if c.key != "m" or c.unit.name != "metre" or c.sep:
        return False
    return _MONEY_THEN_JOINER_RE.search(c.low, max(0, c.vs - 30), c.vs) is not None


def _time_of_day(c: Candidate) -> bool:
    # "à 16 heures": a time of day, not sixteen hours.
    value_text = c.low[c.vs : c.ve]
    return (
        c.unit.name == "hour"
        and value_text.isdigit()
        and int(value_text) <= 24
        and word_before(c.low, c.start, c.floor) in TIME_OF_DAY_BEFORE
    )


# The spellings some rules can hold for, as Rule.keys.
_CODE_KEYS = frozenset(code.lower() for code in WORD_CODES)
_IDIOM_KEYS = frozenset(idiom.rsplit(" ", 1)[-1] for idiom in IDIOMS)
_HOUR_KEYS = frozenset(
    spelling_key(s).lower()
    for u in UNITS
    if u.name == "hour"
    for s in (*u.names, *u.symbols, *u.attached)
)

SYMBOL_RULES: tuple[Rule, ...] = (
    Rule(Rejection.ATTACHED_APART, _attached_apart, "He scored 2 in 10 tries."),
    Rule(Rejection.ORDINAL_ST, _ordinal_st, "It is the 21st century.", frozenset(("st",))),
    Rule(Rejection.VIDEO_LINES, _video_lines, "It plays 1080p video.", frozenset(("p",))),
    Rule(Rejection.HEADLINE_CODE, _headline_code, "WIN 50 ALL NEW PRIZES", _CODE_KEYS),
)
NAME_RULES: tuple[Rule, ...] = (
    Rule(Rejection.TITLE, _title, "They sang with The Three Degrees."),
    Rule(Rejection.COUNTED_NOUN, _counted_noun, "It has four century-old schooners."),
    Rule(
        Rejection.ORDINAL_SECOND,
        _ordinal_second,
        "They scored 3-second-half goals.",
        frozenset(("second",)),
    ),
    Rule(Rejection.SCALED_ONLY, _scaled_only, "Of the games they 3 won.", _SCALED),
)
VALUE_RULES: tuple[Rule, ...] = (
    Rule(Rejection.IDIOM, _idiom, "He said one day later.", _IDIOM_KEYS),
    Rule(Rejection.BARE_SCALE, _bare_scale, "They went billion miles."),
    Rule(Rejection.CHANGE, _change, "It rose from 10 to 15 km."),
    Rule(
        Rejection.CALENDAR_YEAR,
        _calendar_year,
        "It was the 2005 year of reckoning.",
        frozenset(("year",)),
    ),
    Rule(Rejection.MILLIONS, _millions, "The show drew 2m people.", frozenset(("m",))),
    Rule(
        Rejection.MONEY_UPPER_END,
        _money_upper_end,
        "Sales rose from $5m to 6m.",
        frozenset(("m",)),
    ),
)
PLACED_RULES: tuple[Rule, ...] = (
    Rule(Rejection.TIME_OF_DAY, _time_of_day, "Il arrive à 16 heures.", _HOUR_KEYS),
)
