"""Titles and abbreviations whose full stop does not end a sentence.

One entry a line, written without the full stop. A speaker's name may carry
any run of them (``Lt. Gen. Sergei Kuralenko``, ``Mrs. Thatcher``), so the
attribution rules read ``Mr.`` as part of a noun phrase, never as the end of
one. British style drops the stop (``Mr Blair``); both spellings match.
Matching is case-sensitive, as these are always capitalised in news copy.
Entries are unique, and a test uses each.
"""

from __future__ import annotations

__all__ = ["COMPANY_ENDS", "TITLES"]

TITLES: tuple[str, ...] = (
    # Forms of address.
    "Mr",
    "Mrs",
    "Ms",
    "Messrs",
    "Mme",
    "Mlle",
    "Dr",
    "Prof",
    "Rev",
    "Fr",
    "Hon",
    "Sr",
    "Jr",
    "St",
    # Military ranks (US and NATO abbreviations used by wire services).
    "Gen",
    "Lt",
    "Col",
    "Maj",
    "Capt",
    "Cmdr",
    "Adm",
    "Brig",
    "Sgt",
    "Cpl",
    "Pvt",
    # Offices, as AP style abbreviates them before a name.
    "Gov",
    "Sen",
    "Rep",
    "Pres",
    "Amb",
    "Supt",
    "Insp",
    "Det",
    # Company and other abbreviations that sit inside names.
    "Co",
    "Corp",
    "Inc",
    "Ltd",
    "Bros",
    "Mt",
)


#: The abbreviations of TITLES that end a company's name (``Warner Bros.``), and
#: so may end a sentence too: a sentence opener after one starts a new sentence.
COMPANY_ENDS: frozenset[str] = frozenset(("Co", "Corp", "Inc", "Ltd", "Bros"))
