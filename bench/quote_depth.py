"""What ``max_quote_depth`` costs on hostile text: the figures behind its range (issue 17).

The text is a wall of opening marks, then as many stray closers that close
none of them: each closer looks through every open quotation, as deep as the
option lets the stack grow, so time grows with the depth. The pairing pass is
timed on its own (``quotes._Pairer``, what ``find_quotes`` runs), so that depths
``Options`` now refuses can still be shown. Prints the median of
``--repeats`` runs per depth, and its ratio to the default depth (3), timed in
the same process::

    python bench/quote_depth.py --n 8000
"""

from __future__ import annotations

import argparse
import statistics
import time

from quoteparse.quotes import _Pairer

DEPTHS = (3, 8, 16, 32, 64, 256, 1_000_000_000)


def wall(n: int) -> str:
    """``n`` opening curly double marks, then ``n`` closing single marks (none of them pairs)."""
    return " \N{LEFT DOUBLE QUOTATION MARK}a" * n + " a\N{RIGHT SINGLE QUOTATION MARK}" * n


def median_seconds(text: str, depth: int, repeats: int) -> float:
    """Median time of the pairing pass on ``text`` with ``max_quote_depth=depth``."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        _Pairer(text, depth, True).run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=8000, help="opening marks in the wall")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--depths", type=int, nargs="*", default=list(DEPTHS))
    args = parser.parse_args()
    text = wall(args.n)
    base = median_seconds(text, 3, args.repeats)
    print(f"{len(text)} characters, median of {args.repeats} runs")
    for depth in args.depths:
        seconds = base if depth == 3 else median_seconds(text, depth, args.repeats)
        print(f"max_quote_depth={depth:>10}: {seconds * 1000:8.1f} ms  x{seconds / base:.2f}")


if __name__ == "__main__":
    main()
