"""Small word lists the quantity and conversion finders consult, as data."""

from __future__ import annotations

__all__ = [
    "COMPOUNDS",
    "CONVERSION_LINKS",
    "HEDGES",
    "IDIOMS",
    "METRE_CONTEXT",
    "VIDEO_LINES",
]

#: Words written before a quantity, and whether each makes it approximate.
#: The qualifier is reported either way; bounds ("more than") are not hedges.
HEDGES: dict[str, bool] = {
    "about": True,
    "around": True,
    "some": True,
    "nearly": True,
    "almost": True,
    "roughly": True,
    "approximately": True,
    "approx.": True,
    "circa": True,
    "c.": True,
    "an estimated": True,
    "estimated": True,
    "close to": True,
    "more or less": True,
    "getting on for": True,
    "more than": False,
    "less than": False,
    "fewer than": False,
    "at least": False,
    "at most": False,
    "up to": False,
    "over": False,
    "under": False,
    "just over": False,
    "just under": False,
}

#: Words after "100m" that show the writer meant metres (athletics, distances),
#: where any other word ("2m people") shows a count in millions.
METRE_CONTEXT: frozenset[str] = frozenset(
    (
        "above",  # 10m above the ground
        "across",  # 30m across
        "ahead",  # 10m ahead
        "and",  # the 100m and 200m
        "at",  # 5m at the deepest point
        "away",  # 50m away
        "backstroke",  # the 100m backstroke
        "behind",  # 5m behind
        "below",  # 20m below
        "breaststroke",  # 200m breaststroke
        "butterfly",  # 100m butterfly
        "champion",  # Olympic 100m champion
        "deep",  # 10m deep
        "event",  # the 800m event
        "final",  # the 100m final
        "freestyle",  # 400m freestyle
        "from",  # 48m from goal
        "high",  # 10m high
        "hurdles",  # 110m hurdles
        "in",  # 100m in 9.8 seconds
        "indoor",  # 60m indoor record
        "long",  # 5m long
        "medley",  # 400m medley
        "of",  # 2.20m of the bar
        "off",  # 5m off the coast
        "on",  # 800m on Saturday
        "or",  # 5m or more
        "race",  # the 100m race
        "record",  # the 800m record
        "relay",  # 4x100m relay
        "run",  # a 100m run
        "short",  # 3cm short
        "sprint",  # the 60m sprint
        "tall",  # 3m tall
        "title",  # the 800m title
        "to",  # from 5m to 10m
        "wide",  # 5m wide
        "with",  # 2.20m with his first jump
        "world",  # 800m world record
    )
)

#: Larger unit followed by the smaller one it is written with: "6ft 2in", "1m 80cm".
COMPOUNDS: dict[str, str] = {
    "foot": "inch",
    "metre": "centimetre",
    "stone": "pound",
    "pound": "ounce",
    "hour": "minute",
    "minute": "second",
}

#: Number-word quantities that are idioms, not measurements: "One day, ...".
IDIOMS: frozenset[str] = frozenset(
    (
        "one day",  # One day, he said ...
        "two bit",  # two-bit politicians
        "zero hour",  # the zero-hour deadline
        "zero hours",  # zero-hours contracts
    )
)

#: Numbers that with "p" are video resolutions, not pence: "720p", "1080p".
VIDEO_LINES: frozenset[str] = frozenset(("480", "576", "720", "1080", "1440", "2160"))

#: Hedges that may sit between a quantity and its stated equivalent, after the
#: bracket, dash or "or" ("11 miles (about 18 km)", "5 feet, or roughly 1.5 metres").
CONVERSION_LINKS: tuple[str, ...] = (
    "about",
    "around",
    "approx.",
    "approximately",
    "roughly",
    "some",
    "nearly",
    "almost",
    "just over",
    "just under",
    "more than",
    "over",
    "c.",
    "equivalent to",
    "the equivalent of",
)
