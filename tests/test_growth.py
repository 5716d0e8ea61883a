"""Growth checks for the shapes the worst-input search (bench/worst.py) found.

Each shape is timed at n and 4n characters, best of three, with the finder it
hurt, in CPU time of the process (``time.process_time``): on cores shared with
other jobs the wall clock is mostly the wait for a core, which grows with the
load and not with the input. Linear work costs about 4 times as much at 4n,
quadratic about 16; the check fails above :data:`CEILING` (6) and re-times
twice before failing, since one busy moment on a shared machine is not
quadratic work. Sizes are small so
that the whole file runs in seconds; a shape too fast to time at 4n
(:data:`MEASURABLE`) passes, as quadratic work there would not be fast.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import NamedTuple

import pytest

import quoteparse
from bench.adversarial import SYNTHETIC_PROSE, repeat_to

#: 4n may cost at most this many times n (linear ~4, quadratic ~16).
CEILING = 6.0
#: Below this many seconds at 4n a ratio means little.
MEASURABLE = 0.01


class Shape(NamedTuple):
    """One input shape the search reported, with the finder it hurt."""

    name: str
    fn: Callable[[str], object]
    make: Callable[[int], str]
    #: Characters at the small size: several times the 300-character windows the
    #: speaker strategies read, so that the small size is not cheaper per result.
    n: int


def _wall(unit: str) -> Callable[[int], str]:
    return lambda n: repeat_to(unit, n)


def _run(piece: str, sep: str) -> Callable[[int], str]:
    return lambda n: piece + sep * (n - len(piece) - 1) + "x"


def _halves(first: str, second: str) -> Callable[[int], str]:
    # [a [a [a ... b] b] b]: every opener waits for a closer half the text away.
    def make(n: int) -> str:
        k = n // (len(first) + len(second))
        return (first * k + second * k).ljust(n)

    return make


def _breaks(brk: str) -> Callable[[int], str]:
    prose = SYNTHETIC_PROSE.replace("\r\n", "\n").replace("\n", brk)
    return _wall(prose)


SHAPES = (
    # Result-dense quotations: the cue scan before each quotation, the pairing.
    Shape("quotes: said 'a'", quoteparse.find_quotes, _wall("said 'a' "), 2_000),
    Shape('quotes: told "a"', quoteparse.find_quotes, _wall('told "a" '), 2_000),
    Shape("quotes: 'a'", quoteparse.find_quotes, _wall("'a' "), 2_000),
    Shape('quotes: "a"', quoteparse.find_quotes, _wall('"a" '), 2_000),
    Shape("quotes: \u2019a\u2019", quoteparse.find_quotes, _wall("\u2019a\u2019 "), 2_000),
    Shape('quotes: "a\u201d', quoteparse.find_quotes, _wall('"a\u201d '), 2_000),
    # An unclosed opener before a long run: about 1 ms up to some 10,000 spaces
    # and a step past it (a slower, still linear path), so timed above the step.
    Shape(
        "quotes: \u201c + ideographic spaces",
        quoteparse.find_quotes,
        _run("\u201c", "\u3000"),
        32_000,
    ),
    # A cue and an opener before a long run: the speaker strategies step over it.
    Shape("quotes: said \u201c + spaces", quoteparse.find_quotes, _run("said \u201c", " "), 32_000),
    Shape("quotes: \\r line breaks", quoteparse.find_quotes, _breaks("\r"), 40_000),
    # Rare marks paired with a word between, most quoting nothing: a closing
    # mark with nothing open for it, openers past the depth limit, a quotation
    # carried on over every bare CR (issue 14's rows over 10x prose).
    Shape("quotes: \u300fa' ", quoteparse.find_quotes, _wall("\u300fa' "), 16_000),
    Shape("quotes: \u301da' ", quoteparse.find_quotes, _wall("\u301da' "), 16_000),
    Shape("quotes: \u300ea\\r", quoteparse.find_quotes, _wall("\u300ea\r"), 16_000),
    Shape("quotes: \u201da\u300f", quoteparse.find_quotes, _wall("\u201da\u300f "), 16_000),
    Shape("quotes: \u203aa\u2018", quoteparse.find_quotes, _wall("\u203aa\u2018 "), 16_000),
    Shape("quotes: \ufe41a`", quoteparse.find_quotes, _wall("\ufe41a` "), 16_000),
    Shape("quotes: \u201aa\u300d", quoteparse.find_quotes, _wall("\u201aa\u300d "), 16_000),
    # The dense walls the CPU-time search of issue 14 left over the per-result
    # ceiling (30-55 times the build floor a quotation, flat in size): a cue,
    # TeX and ASCII stand-ins, a comma inside the quotation.
    Shape("quotes: \u2018a\u2019", quoteparse.find_quotes, _wall("\u2018a\u2019 "), 2_000),
    Shape("quotes: `a'", quoteparse.find_quotes, _wall("`a' "), 2_000),
    Shape("quotes: ``a''", quoteparse.find_quotes, _wall("``a'' "), 2_000),
    Shape("quotes: <<a>>", quoteparse.find_quotes, _wall("<<a>> "), 2_000),
    Shape("quotes: \u301da,\u301e", quoteparse.find_quotes, _wall("\u301da,\u301e "), 2_000),
    Shape(
        "quotes: said \u201ea\u201c",
        quoteparse.find_quotes,
        _wall("said \u201ea\u201c "),
        2_000,
    ),
    Shape("quotes: \\r\\n line breaks", quoteparse.find_quotes, _breaks("\r\n"), 40_000),
    # Bracketed insertions: openers far from their closers.
    Shape("insertions: [a ... b]", quoteparse.find_insertions, _halves("[a ", "b] "), 20_000),
    # Openers that never close, and closers with nothing open.
    Shape("insertions: [a wall", quoteparse.find_insertions, _wall("[a "), 20_000),
    Shape("insertions: [a] b] wall", quoteparse.find_insertions, _wall("[a] b] b] "), 20_000),
    # Marker lines: a label, a long run of spaces, a word.
    Shape("markers: Photo + spaces", quoteparse.find_markers, _run("Photo", " "), 20_000),
    # A colon label, a lone label and a bracketed label before the run.
    Shape("markers: Comment + spaces", quoteparse.find_markers, _run("Comment", " "), 20_000),
    Shape(
        "markers: Advertisement + tabs",
        quoteparse.find_markers,
        _run("Advertisement", "\t"),
        20_000,
    ),
    Shape(
        "markers: [Update + no-break spaces",
        quoteparse.find_markers,
        _run("[Update", "\u00a0"),
        20_000,
    ),
    Shape("markers: \\r line breaks", quoteparse.find_markers, _breaks("\r"), 20_000),
    Shape("markers: \\r\\n line breaks", quoteparse.find_markers, _breaks("\r\n"), 20_000),
    # Quantities and conversions.
    Shape("quantities: \u00a31-", quoteparse.find_quantities, _wall("\u00a31-"), 2_000),
    Shape("quantities: $1-", quoteparse.find_quantities, _wall("$1-"), 2_000),
    Shape("quantities: \u00a31 ", quoteparse.find_quantities, _wall("\u00a31 "), 2_000),
    Shape("conversions: 1ft (1m)", quoteparse.find_conversions, _wall("1ft (1m) "), 4_000),
)


def _best_of_three(fn: Callable[[str], object], text: str) -> float:
    # The cyclic collector off while timing: its pauses scale with everything
    # the test process holds (the whole suite's leftovers), not with the input.
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(3):
            start = time.process_time()
            fn(text)
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return best


def _growth(shape: Shape) -> tuple[float, float]:
    small, large = shape.make(shape.n), shape.make(4 * shape.n)
    assert (len(small), len(large)) == (shape.n, 4 * shape.n)
    t_large = _best_of_three(shape.fn, large)
    return t_large / max(_best_of_three(shape.fn, small), 1e-9), t_large


def test_the_ceiling_catches_quadratic_work() -> None:
    # A check that cannot fail guards nothing: a scan restarted from every
    # position of the text, as a quadratic finder would, must cross the ceiling.
    def restarted(text: str) -> int:
        return sum(1 for i in range(len(text)) for _ in range(i))

    ratio, _ = _growth(Shape("restarted scan", restarted, _wall("a"), 300))
    assert ratio > CEILING


@pytest.mark.parametrize("shape", SHAPES, ids=[s.name for s in SHAPES])
def test_a_shape_the_search_found_grows_linearly(shape: Shape) -> None:
    ratio, t_large = _growth(shape)
    for _ in range(2):  # re-time before failing: a busy moment is not quadratic work
        if ratio <= CEILING or t_large < MEASURABLE:
            break
        ratio, t_large = _growth(shape)
    assert ratio <= CEILING or t_large < MEASURABLE, (
        f"{shape.name}: {4 * shape.n:,} chars cost {ratio:.1f}x {shape.n:,} chars "
        f"(linear ~4, quadratic ~16), {t_large * 1e3:.1f} ms"
    )
