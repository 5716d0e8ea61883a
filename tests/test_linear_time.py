"""Adversarial inputs must cost linear time: a regression to quadratic fails here.

Not a speed test (bench/run.py measures speed): each generator from
bench/adversarial.py is timed at n and 4n characters, and the test fails only
when 4n costs more than :data:`CEILING` times n. Linear work gives about 4,
quadratic about 16; the ceiling sits between, well clear of timer noise, and a
run that crosses it is re-timed before it fails. Timings below
:data:`MEASURABLE` seconds at 4n are too small to judge and pass.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest

import quoteparse
from bench.adversarial import GENERATORS, SYNTHETIC_PROSE, Generator

#: Characters at the small size; the large one is four times this.
N = 40_000
#: 4n may cost at most this many times n (linear ~4, quadratic ~16).
CEILING = 12.0
#: Below this many seconds at 4n a ratio means nothing; quadratic work at 4n
#: from any finder would take far longer.
MEASURABLE = 0.02

FUNCTIONS: tuple[tuple[str, Callable[[str], object]], ...] = (
    ("parse", quoteparse.parse),
    ("find_quotes", quoteparse.find_quotes),
    ("find_insertions", quoteparse.find_insertions),
    ("find_quantities", quoteparse.find_quantities),
)


def _best_of(fn: Callable[[str], object], text: str, runs: int = 2) -> float:
    # The collector off while timing, as in tests/test_growth.py: a generation-2
    # pass that lands in one run and not the other is not the finder's growth.
    best = float("inf")
    enabled = gc.isenabled()
    gc.disable()
    try:
        for _ in range(runs):
            start = time.perf_counter()
            fn(text)
            best = min(best, time.perf_counter() - start)
    finally:
        if enabled:
            gc.enable()
    return best


def _growth(fn: Callable[[str], object], gen: Generator) -> tuple[float, float]:
    small = gen.make(N, SYNTHETIC_PROSE)
    large = gen.make(4 * N, SYNTHETIC_PROSE)
    assert len(small) == N
    assert len(large) == 4 * N
    t_small = _best_of(fn, small)
    t_large = _best_of(fn, large)
    return t_large / max(t_small, 1e-9), t_large


@pytest.mark.parametrize("gen", GENERATORS, ids=[g.name for g in GENERATORS])
def test_adversarial_input_costs_linear_time_in_parse(gen: Generator) -> None:
    _assert_linear(quoteparse.parse, gen)


@pytest.mark.parametrize(("name", "fn"), FUNCTIONS[1:], ids=[n for n, _ in FUNCTIONS[1:]])
def test_worst_walls_cost_linear_time_in_each_finder(
    name: str, fn: Callable[[str], object]
) -> None:
    # parse() runs every finder, so this is a second look, per finder, at the
    # walls that attack the pairing and bracket logic hardest.
    for gen in GENERATORS:
        if gen.name in {'"""', "“““", "[[[", "1 mile ("}:
            _assert_linear(fn, gen)


def _assert_linear(fn: Callable[[str], object], gen: Generator) -> None:
    ratio, t_large = _growth(fn, gen)
    for _ in range(2):  # re-time before failing: one busy moment is not quadratic work
        if ratio <= CEILING or t_large < MEASURABLE:
            return
        ratio, t_large = _growth(fn, gen)
    assert ratio <= CEILING or t_large < MEASURABLE, (
        f"{gen.name!r} ({gen.attacks}): {4 * N} chars cost {ratio:.1f}x "
        f"{N} chars (linear ~4, quadratic ~16), {t_large * 1e3:.1f} ms"
    )


def test_the_ceiling_catches_a_quadratic_function() -> None:
    # The harness itself must be able to fail: a deliberately quadratic scan
    # (search from every position to the end) must cross the ceiling.
    def quadratic(text: str) -> int:
        return sum(text.count('"', i) for i in range(0, len(text), 16))

    gen = next(g for g in GENERATORS if g.name == '"""')
    # A busy machine can only slow one size and so blur the ratio; one clean
    # try out of three shows the growth.
    tries = []
    for _ in range(3):
        tries.append(_growth(quadratic, gen))
        if tries[-1][0] > CEILING:
            break
    assert max(t for _, t in tries) >= MEASURABLE
    assert max(r for r, _ in tries) > CEILING, tries


def test_spaces_after_a_closing_quote_cost_linear_time() -> None:
    # Regression guard: the speaker-after pattern once put two space runs side
    # by side, and 4,000 spaces between a quotation and a word cost 3.2 s.
    def make(n: int) -> str:
        return '"We won," ' + " " * n + "x"

    small, large = 250, 2000
    t_small = _best_of(quoteparse.parse, make(small), runs=1)
    t_large = _best_of(quoteparse.parse, make(large), runs=1)
    # Linear work gives about 8 here, quadratic about 64.
    assert t_large < MEASURABLE or t_large / max(t_small, 1e-9) <= 3 * (large / small)


def test_a_marker_label_then_a_long_space_run_costs_linear_time() -> None:
    # Regression guard: the "alone on its line" branch of the marker pattern
    # put two space runs side by side, and "Photo" + 8,000 spaces + "x" cost
    # 0.8-1.8 s a line (quadratic in the run).
    def make(n: int) -> str:
        return "Photo" + " " * n + "x"

    small, large = 2000, 8000
    t_small = _best_of(quoteparse.find_markers, make(small))
    t_large = _best_of(quoteparse.find_markers, make(large))
    for _ in range(2):  # re-timed before failing
        if t_large < MEASURABLE or t_large / max(t_small, 1e-9) <= 6.0:
            return
        t_small = _best_of(quoteparse.find_markers, make(small))
        t_large = _best_of(quoteparse.find_markers, make(large))
    assert t_large < MEASURABLE or t_large / max(t_small, 1e-9) <= 6.0
