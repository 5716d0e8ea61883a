"""Small word lists the quantity and conversion finders consult, as data."""

from __future__ import annotations

__all__ = [
    "BARE_CURRENCY_AFTER",
    "BARE_CURRENCY_NAMES",
    "CAPITALISED_NOUNS",
    "CHANGE_BEFORE",
    "COMPOUNDS",
    "CONVERSION_LINKS",
    "HALF_AFTER",
    "HEDGES",
    "IDIOMS",
    "METRE_CONTEXT",
    "POUND_MONEY_CUES",
    "POUND_WEIGHT_CUES",
    "RANGE_BOUNDS",
    "RANGE_JOINERS",
    "RANGE_WORDS",
    "SCALE_WORDS",
    "TEMPERATURE_CHANGE_AFTER",
    "TEMPERATURE_CHANGE_BEFORE",
    "TIME_OF_DAY_BEFORE",
    "VIDEO_LINES",
]

#: Currency names that are English words, counted after digits without a scale
#: ("10 real", "it cost 10 real."), unlike "won" and "dong" ("they 3 won").
BARE_CURRENCY_NAMES: frozenset[str] = frozenset(("real",))

#: The words that may follow such a name for it to count: "10 real a month",
#: "10 real each". Any other word makes it the adjective: "10 real estate
#: agents", "2 real problems", "they 3 real in all". Punctuation or the end of
#: the text after it counts.
BARE_CURRENCY_AFTER: frozenset[str] = frozenset(("a", "an", "apiece", "each", "per", "than"))

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
        "barrier",  # the 5m barrier (pole vault)
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
        "gold",  # 800m and 1,500m gold
        "high",  # 10m high
        "hurdles",  # 110m hurdles
        "in",  # 100m in 9.8 seconds
        "indoor",  # 60m indoor record
        "long",  # 5m long
        "longer",  # 20m longer
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
        "shorter",  # 20m shorter
        "sprint",  # the 60m sprint
        "tall",  # 3m tall
        "taller",  # 50m taller than the Petronas Towers
        "title",  # the 800m title
        "to",  # from 5m to 10m
        "track",  # their 382m track
        "victory",  # a 3,000m victory
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

#: Words joining the two ends of a range whose low end has no unit: "two or three
#: weeks", "14 and 15 inch", "two to 2.5 hours", German "11 oder 12 m/s", "30 bis
#: über 130 Metern" (the bound word after the joiner is read as part of it). "to",
#: dashes and "bis" between digits are read by the value pattern itself; "from ...
#: to" is a change, never a range.
RANGE_JOINERS: frozenset[str] = frozenset(
    (
        "to",
        "or",
        "and",
        "bis",  # German "bis"
        "oder",  # German "oder"
        "und",  # German "und"
        "ou",  # French "ou"
        "et",  # French "et"
    )
)

#: The joiners that say "range" on their own; the others ("and", "or") join two
#: values only when they are of a size, or after "between".
RANGE_WORDS: frozenset[str] = frozenset(("to", "bis"))

#: Words before "8% to 9%" that make it a change and the level it reaches:
#: "edged up 0.1% to 4.7%", "cut by 1% to 2%".
CHANGE_BEFORE: frozenset[str] = frozenset(("up", "down", "by", "from"))

#: Bound words that may follow a range joiner: "30 bis über 130 Metern".
RANGE_BOUNDS: frozenset[str] = frozenset(("über", "over"))

#: Scale words that make no value on their own: "a billion barrels" and "half a
#: billion dollars" count with their article, "billion dollars" alone does not
#: (it was read as 1e9 whatever stood before it).
SCALE_WORDS: frozenset[str] = frozenset(("hundred", "thousand", "million", "billion", "trillion"))

#: Words before a whole number of hours that make it a time of day, not a
#: duration: French "à 16 heures", "vers 9 heures", "dès 8 heures".
TIME_OF_DAY_BEFORE: frozenset[str] = frozenset(("à", "vers", "dès"))

#: Words after a unit that add a half to the value: French "deux ans et demi".
HALF_AFTER: tuple[str, ...] = (" et demi", " et demie", " and a half")

#: Number-word quantities that are idioms, not measurements: "One day, ...".
IDIOMS: frozenset[str] = frozenset(
    (
        "one day",  # One day, he said ...
        "two bit",  # two-bit politicians
        "zero hour",  # the zero-hour deadline
        "zero hours",  # zero-hours contracts
    )
)

#: Unit names German writes with a capital, as every noun, that are also English
#: names in lower case: written so after a number they are prose ("kostet 15 Euro
#: (Print)", "250 Kilometer pro Stunde"), never a title. The German-only names
#: ("Jahren", "Stunden") are capitalised in the unit table itself.
CAPITALISED_NOUNS: frozenset[str] = frozenset(
    (
        "Cent",
        "Dollar",
        "Euro",
        "Kilometer",
        "Kilowatt",
        "Lira",
        "Liter",
        "Meter",
        "Minute",
        "Watt",
        "Zloty",
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
    "ca.",  # German "circa": "= ca. 2 kn"
    "etwa",  # German
    "environ",  # French
)

#: Words near "pounds" that show a weight: the thing weighed after "of" ("29.4 million
#: pounds of fish") or a verb or noun of weighing in the few words before. They win
#: over a scale word ("million pounds" is otherwise money).
POUND_WEIGHT_CUES: frozenset[str] = frozenset(
    (
        "beef",  # pounds of beef
        "butter",  # pounds of butter
        "cannabis",  # pounds of cannabis seized
        "catch",  # a catch of 5 million pounds
        "cheese",  # pounds of cheese
        "chicken",  # pounds of chicken
        "coal",  # pounds of coal
        "cocaine",  # pounds of cocaine
        "coffee",  # pounds of coffee
        "copper",  # pounds of copper
        "explosives",  # pounds of explosives
        "fish",  # pounds of fish
        "flour",  # pounds of flour
        "food",  # pounds of food
        "fruit",  # pounds of fruit
        "garbage",  # pounds of garbage
        "gold",  # pounds of gold
        "grain",  # pounds of grain
        "heavier",  # 20 pounds heavier
        "heroin",  # pounds of heroin
        "landed",  # fishermen landed 2 million pounds
        "lighter",  # 10 pounds lighter
        "marijuana",  # pounds of marijuana
        "meat",  # pounds of meat
        "plastic",  # pounds of plastic
        "pork",  # pounds of pork
        "potatoes",  # pounds of potatoes
        "rice",  # pounds of rice
        "salmon",  # pounds of salmon
        "seafood",  # pounds of seafood
        "shrimp",  # pounds of shrimp
        "silver",  # pounds of silver
        "steel",  # pounds of steel
        "sugar",  # pounds of sugar
        "trash",  # pounds of trash
        "waste",  # pounds of waste
        "weigh",  # weigh 300 pounds
        "weighed",  # weighed 5 pounds
        "weighing",  # weighing 9 pounds
        "weighs",  # weighs 200 pounds
        "weight",  # a weight of 20 pounds
        "wheat",  # pounds of wheat
    )
)

#: Words near "pounds" that show money: a sum paid, raised, owed or won. They
#: make "pounds" sterling where no scale word does ("paid 500 pounds").
POUND_MONEY_CUES: frozenset[str] = frozenset(
    (
        "bill",  # a bill of 500 pounds
        "budget",  # a budget of 5 million pounds
        "charge",  # a charge of 20 pounds
        "compensation",  # 5,000 pounds compensation
        "cost",  # cost 300 pounds
        "costs",  # costs 30 pounds
        "deal",  # a deal worth 5 million pounds
        "donated",  # donated 100 pounds
        "earn",  # earn 400 pounds a week
        "earned",  # earned 400 pounds
        "fine",  # a fine of 200 pounds
        "fined",  # fined 500 pounds
        "fund",  # a fund of 5 million pounds
        "funding",  # 5 million pounds of funding
        "invest",  # invest 2 billion pounds
        "invested",  # invested 2 billion pounds
        "investment",  # 2 billion pounds of investment
        "money",  # 5 million pounds of taxpayers' money
        "paid",  # paid 500 pounds
        "pay",  # pay 500 pounds
        "price",  # a price of 200 pounds
        "prize",  # a prize of 1,000 pounds
        "profit",  # a profit of 5 million pounds
        "raise",  # raise 10,000 pounds
        "raised",  # raised 10,000 pounds
        "salary",  # a salary of 50,000 pounds
        "sold",  # sold for 5 million pounds
        "spend",  # spend 5 million pounds
        "spent",  # spent 5 million pounds
        "sterling",  # 5 million pounds sterling
        "worth",  # worth 5 million pounds
    )
)

#: Words before a temperature that make it a change, not a reading: "rose by 1.5
#: degrees Celsius (2.7 Fahrenheit)" converts by the scale alone (1.8 F per C).
TEMPERATURE_CHANGE_BEFORE: frozenset[str] = frozenset(
    (
        "by",  # rose by 1.5C
        "extra",  # an extra 2C
        "further",  # a further 0.5C
        "increase",  # an increase of 2C
        "rise",  # a rise of 1.1C
        "warming",  # warming of 1.5C
    )
)

#: Words after a temperature (and its conversion) that make it a change: "1.5C
#: (2.7F) above pre-industrial levels", "3C (5.4F) warmer".
TEMPERATURE_CHANGE_AFTER: frozenset[str] = frozenset(
    (
        "above",  # 1.5C above pre-industrial levels
        "below",  # 2C below average
        "colder",  # 5C colder
        "cooler",  # 3C cooler
        "higher",  # 2C higher than normal
        "hotter",  # 4C hotter
        "lower",  # 2C lower
        "of",  # 1.5C of warming
        "warmer",  # 3C warmer
    )
)
