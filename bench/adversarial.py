"""Hostile inputs for the linear-time checks, one generator a row.

Each generator makes a text of exactly ``n`` characters. The bench times
``parse()`` on a megabyte of each (the long line: ten) against a megabyte of
prose; ``tests/test_linear_time.py`` times each at two sizes and fails only
when the growth looks quadratic. ``prose`` is the sample a generator may
build from (the bench passes BBC text; tests pass :data:`SYNTHETIC_PROSE`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

__all__ = ["GENERATORS", "SYNTHETIC_PROSE", "Generator", "repeat_to"]

# Our own sentences (never corpus text): quotations, an insertion, a marker
# line, numbers and units, so prose exercises every finder a little.
SYNTHETIC_PROSE = (
    "The committee met on Tuesday to discuss the new budget for the region.\n"
    '"We [the council] have tried everything," the mayor said after the vote.\n'
    "Comment: See also the earlier report.\n"
    "The road runs 12 miles (19 kilometres) north of the town, past a 40-acre farm.\n"
    "Officials called the plan \N{LEFT DOUBLE QUOTATION MARK}ambitious"
    "\N{RIGHT DOUBLE QUOTATION MARK} but said costs had risen by 4% to "
    "\N{POUND SIGN}2.5bn since 2019.\n"
    "Residents, some of whom have lived there for 30 years, were not consulted.\n\n"
)


def repeat_to(unit: str, n: int) -> str:
    """``unit`` repeated and cut to exactly ``n`` characters."""
    if not unit or n <= 0:
        return ""
    return (unit * (n // len(unit) + 1))[:n]


def _wall(unit: str) -> Callable[[int, str], str]:
    def make(n: int, prose: str) -> str:
        return repeat_to(unit, n)

    return make


def _long_line(n: int, prose: str) -> str:
    # Every line break turned into a space: one line, n characters long.
    flat = prose.replace("\r", " ").replace("\n", " ")
    return repeat_to(flat, n)


class Generator(NamedTuple):
    """One adversarial input: a short name, what it attacks, its maker, its bench size."""

    name: str
    attacks: str
    make: Callable[[int, str], str]
    #: How many characters the bench makes (tests scale it down).
    bench_chars: int = 1_000_000


GENERATORS: tuple[Generator, ...] = (
    Generator('"' * 3, "straight double quotes: every one a possible opener", _wall('"')),
    Generator("'" * 3, "straight single quotes: apostrophe or quote at each", _wall("'")),
    Generator(
        "\N{LEFT DOUBLE QUOTATION MARK}" * 3,
        "curly openers with no closer: failed searches must be remembered",
        _wall("\N{LEFT DOUBLE QUOTATION MARK}"),
    ),
    Generator(
        "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}" * 3,
        "guillemet openers with no closer",
        _wall("\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"),
    ),
    Generator("[[[", "opening brackets with no closer", _wall("[")),
    Generator("]]]", "closing brackets with no opener", _wall("]")),
    Generator("[[]]", "nested brackets, depth bounds", _wall("[[]]")),
    Generator("1 2 3", "digits and spaces: a number at every other char", _wall("1 2 3 45 678 ")),
    Generator("1 mile (", "conversion openers that never close", _wall("1 mile (")),
    Generator("Comment:", "a marker line on every line", _wall("Comment: \n")),
    Generator(
        "\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}",
        "alternating open and close marks of every style",
        _wall(
            "\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}"
            "\N{DOUBLE LOW-9 QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}"
            "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
            "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
            "\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK} "
        ),
    ),
    Generator("5'11\"", "feet-and-inches marks among quotes", _wall("5'11\" ")),
    Generator("[ ]", "blank bracket pairs, each one judged and refused", _wall("[ ]")),
    Generator("[x]", "an insertion every four characters: results at their densest", _wall("[x] ")),
    Generator(
        "labels+prose",
        "marker lines between prose lines, no \\r: per-line look-backs must stay local",
        _wall("Comment: See:\nThe council met on Tuesday and said little about it.\n"),
    ),
    Generator("long line", "ten megabytes of prose with no line break", _long_line, 10_000_000),
)
