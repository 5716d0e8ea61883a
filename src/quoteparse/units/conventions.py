"""A document's own number conventions: which mark is its decimal mark.

``1,234`` is a thousand and more in English and a little over one in German,
French or Spanish; ``1.234`` the other way round. Nothing in the number
tells, so the rest of the document does: :func:`read_conventions` counts the
numbers whose marks can be read one way only.

- For a decimal comma: a comma followed by one, two or four and more digits
  (``5,5``, ``3,25``) and dots grouping thousands (``1.234.567``, ``1.234,5``).
- For a decimal point: a dot followed by one, two or four and more digits
  (``2.5``, not a date ``3.12.``), commas grouping thousands with a decimal
  point or twice (``1,234.5``, ``1,234,567``) and a comma before ``000``
  (``820,000``: English news writes thousands so, and a stray ``£135,00``
  beside it is a slip, not a convention). A dot before ``000`` is no evidence
  either way: tables print ``1.000`` for one.

The side with more such numbers decides; a document with none reads the
English way, and a tie leaves ``1,234`` and ``1.234`` out (``ambiguous``), as
no reading can be trusted. Where no number votes, a unit written in a language
that writes decimal commas (``1.200 Tonnen``, ``3,250 kilomètres``; the list is
``DECIMAL_COMMA_SPELLINGS``) reads its own number that way.

Numbers grouped by plain spaces (``10 000``) are read unless the document
groups thousands with commas (``1,000``), where ``the top 10 100m runners`` is
two numbers.

>>> read_conventions("Er lief 5,5 km und 1.234 m.")
Conventions(decimal_comma=True, ambiguous=False, comma_groups=False, undecided=False)
>>> read_conventions("It is 2.5 km, and 1,234 m.")
Conventions(decimal_comma=False, ambiguous=False, comma_groups=True, undecided=False)
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["DECIMAL_COMMA_SPELLINGS", "Conventions", "read_conventions"]

#: Unit spellings (lower case) of languages that write a decimal comma: German,
#: French and Spanish. Where the document's numbers do not vote, such a unit decides
#: its number.
DECIMAL_COMMA_SPELLINGS: frozenset[str] = frozenset(
    (
        "ans",  # French: years
        "años",  # Spanish: years
        "centimètres",  # French: centimetres
        "días",  # Spanish: days
        "dólares",  # Spanish: dollars
        "francs suisses",  # French: Swiss francs
        "franken",  # German: Swiss francs
        "gramm",  # German: grams
        "hectáreas",  # Spanish: hectares
        "hektar",  # German: hectares
        "heure",  # French: hour
        "heures",
        "horas",  # Spanish: hours
        "jahre",  # German: years
        "jahren",
        "jours",  # French: days
        "kilogramm",  # German: kilograms
        "kilometer pro stunde",  # German: kilometres per hour
        "kilometern",  # German: kilometres
        "kilomètre",  # French: kilometre
        "kilomètres",
        "kilomètres carrés",  # French: square kilometres
        "kilowattstunden",  # German: kilowatt-hours
        "kilómetros",  # Spanish: kilometres
        "kilómetros cuadrados",  # Spanish: square kilometres
        "litern",  # German: litres
        "meses",  # Spanish: months
        "meter pro sekunde",  # German: metres per second
        "metern",  # German: metres
        "metern pro sekunde",
        "metros",  # Spanish: metres
        "millimètres",  # French: millimetres
        "minuten",  # German: minutes
        "minutos",  # Spanish: minutes
        "mois",  # French: months
        "monate",  # German: months
        "monaten",
        "mètre",  # French: metre
        "mètres",
        "pour cent",  # French: per cent
        "promille",  # German: per mille
        "prozent",  # German: per cent
        "quadratkilometer",  # German: square kilometres
        "quadratkilometern",
        "schweizer franken",
        "secondes",  # French: seconds
        "sekunden",  # German: seconds
        "semaines",  # French: weeks
        "stunde",  # German: hour
        "stunden",
        "tage",  # German: days
        "tagen",
        "tonnen",  # German: tonnes
        "wochen",  # German: weeks
    )
)


class Conventions(NamedTuple):
    """How a document writes numbers.

    ``decimal_comma``: ``1,234`` is 1.234 and ``1.234`` is 1234.
    ``ambiguous``: the document shows both conventions equally; ``1,234`` and
    ``1.234`` are left out. ``comma_groups``: it writes ``1,000`` (so
    space-grouped thousands are not trusted). ``undecided``: no number voted,
    and the English reading is only the default.
    """

    decimal_comma: bool
    ambiguous: bool
    comma_groups: bool
    undecided: bool = False


# A number with a comma or dot inside: "5,5", "1,234.5", "3.12.2026". It opens with
# the digit class, so "re" skips the prose at C speed; Python sorts the few found.
_MARKED_RE = re.compile(r"[0-9][0-9.,]*[.,][0-9]+")


def _evidence(number: str, after: str) -> int:
    """+1 for a number read one way only with a decimal comma, -1 with a point, else 0."""
    commas, dots = number.count(","), number.count(".")
    if commas and dots:
        return 1 if number.rfind(",") > number.rfind(".") else -1  # 1.234,5 / 1,234.5
    if after == ".":
        return 0  # "3.12.2026" read on: a date, or a number with a slip
    mark = "," if commas else "."
    parts = number.split(mark)
    if len(parts) > 2:
        grouped = all(len(p) == 3 for p in parts[1:]) and len(parts[0]) <= 3
        return (1 if mark == "." else -1) if grouped else 0  # 1.234.567 / 1,234,567
    tail = parts[1]
    if len(tail) != 3:
        return 1 if mark == "," else -1  # 5,5 / 2.5
    if mark == "," and tail == "000" and len(parts[0]) <= 3:
        return -1  # 820,000
    return 0


def read_conventions(text: str) -> Conventions:
    """The number conventions ``text`` follows, from its unambiguous numbers (module docstring)."""
    comma = point = 0
    comma_groups = False
    for m in _MARKED_RE.finditer(text):
        number = m.group()
        end = m.end()
        vote = _evidence(number, text[end : end + 1])
        if vote > 0:
            comma += 1
        elif vote < 0:
            point += 1
        if not comma_groups and "," in number:
            comma_groups = _COMMA_GROUP_RE.search(number) is not None
    return Conventions(
        decimal_comma=comma > point,
        ambiguous=comma == point > 0,
        comma_groups=comma <= point and comma_groups,
        undecided=comma == point == 0,
    )


# Comma thousands: "1,000", "25,500".
_COMMA_GROUP_RE = re.compile(r"[0-9],[0-9]{3}(?![0-9])")
