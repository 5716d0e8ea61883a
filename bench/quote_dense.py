"""Microseconds per quotation on result-dense walls, against the build floor.

Run from the checkout root: ``python3 bench/quote_dense.py [--runs 5] [--chars 16000]``.
For each wall (a short quotation repeated, as the worst-input search builds
them), times ``find_quotes`` and the building of the same results alone
(``bench/run.py`` ``build_floor``), in turn in the same process, and prints the
median microseconds per quotation of each and their ratio, which issue 14 asks
to keep within 3 (docs/performance.md, "The per-result ceiling").
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from bench.run import build_floor  # noqa: E402
from quoteparse.quotes import find_quotes  # noqa: E402

#: The walls: the densest quotation rows of the worst-input search.
WALLS = ("'a' ", "said 'a' ", "\u00aba\u00bb ", '"a" ', 'told "a" ', ", \u300ca\u300d ")


def _seconds(fn: Callable[[], object]) -> float:
    gc.collect()
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> int:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--chars", type=int, default=16_000)
    args = parser.parse_args(argv)
    print(f"find_quotes on walls of {args.chars:,} chars, median of {args.runs} runs")
    print(f"{'wall':<12} {'quotes':>7} {'us/quote':>9} {'floor us':>9} {'x floor':>8}")
    ratios = []
    for piece in WALLS:
        text = piece * (args.chars // len(piece))
        found = find_quotes(text)
        build = build_floor(
            SimpleNamespace(  # type: ignore[arg-type]
                quotes=found, insertions=(), markers=(), quantities=()
            )
        )
        parse_t, floor_t = [], []
        for _ in range(args.runs):
            parse_t.append(_seconds(lambda: find_quotes(text)))  # noqa: B023
            floor_t.append(_seconds(build))
        per = statistics.median(parse_t) / len(found) * 1e6
        floor = statistics.median(floor_t) / len(found) * 1e6
        ratios.append(per / floor)
        print(f"{piece!r:<12} {len(found):>7} {per:>9.1f} {floor:>9.2f} {per / floor:>8.1f}")
    print(f"median x floor: {statistics.median(ratios):.1f} (ceiling 3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
