"""Speaker resolution costs time linear in the text, whatever names it holds.

Each shape is timed at n and 4n characters; 4n may cost at most
:data:`CEILING` times n (linear ~4, quadratic ~16). The shapes attack the
people index: many distinct people (one whole-text search each), one surname
written thousands of times, walls of capitalised words in a pronoun's
look-back window, and long capitalised runs.
"""

from __future__ import annotations

import itertools
import string
import time
from collections.abc import Callable, Iterator

import pytest

import quoteparse

N = 20_000
CEILING = 8.0
MEASURABLE = 0.02


def _names() -> Iterator[str]:
    letters = string.ascii_lowercase
    for a, b, c in itertools.product(letters, repeat=3):
        yield f"{a.upper()}{b}{c}ton {b.upper()}{c}{a}ley"


def _fill(piece: Callable[[int], str], size: int) -> str:
    out: list[str] = []
    total = 0
    for k in itertools.count():
        p = piece(k)
        out.append(p)
        total += len(p)
        if total >= size:
            break
    return "".join(out)[:size]


def _distinct_people(size: int) -> str:
    names = _names()
    return _fill(
        lambda _k: f'{next(names)} spoke. "We go," {next(names).split()[1]} said. "Yes," he said. ',
        size,
    )


def _one_surname(size: int) -> str:
    return _fill(
        lambda _k: 'Dennis Brooks arrived. "Late," Brooks said. "Again," Mr Brooks said. ', size
    )


def _capital_wall(size: int) -> str:
    return _fill(
        lambda k: "Aa Bb Cc Dd. " * 20 + '"We go," he said. ' if k % 2 else "Ee Ff. ", size
    )


def _long_runs(size: int) -> str:
    return _fill(lambda _k: "Ab " * 50 + 'said "x". ', size)


SHAPES = {
    "distinct people": _distinct_people,
    "one surname": _one_surname,
    "capital wall before pronouns": _capital_wall,
    "long capitalised runs": _long_runs,
}


def _best(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        quoteparse.parse(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_speaker_resolution_grows_linearly(name: str) -> None:
    make = SHAPES[name]
    small, large = make(N), make(4 * N)
    assert quoteparse.parse(small).quotes, "the shape must hold quotations to resolve"
    for _ in range(3):
        ratio = _best(large) / max(_best(small), 1e-9)
        if ratio <= CEILING or _best(large) < MEASURABLE:
            return
    pytest.fail(f"{name}: 4n cost {ratio:.1f}x n (linear ~4, quadratic ~16)")
