"""Throughput of the unit finders on the BBC corpus: median of repeated runs.

Run from the checkout root: ``python3 bench/units_throughput.py [--runs 5]``.
Prints chars/s for ``find_quantities`` alone, ``find_conversions`` (which finds
the quantities itself), the two as ``parse()`` runs them and the whole
``parse()``, beside two floors: a bare ``re.findall`` of quote pairs (the ratio
column, comparable across machines and loads) and a bare ``re`` scan of digits,
all timed in the same process over the same texts. With the ``bench`` extra
installed (quantulum3) it also times quantulum3 on a slice of the same text.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from quoteparse import Options, find_conversions, find_quantities, parse  # noqa: E402
from quoteparse.units.conversions import pair_conversions  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"


def load() -> list[str]:
    """Every BBC article, decoded as UTF-8 with a cp1252 fallback."""
    texts = []
    for path in sorted(CORPUS.rglob("*.txt")):
        data = path.read_bytes()
        try:
            texts.append(data.decode("utf-8"))
        except UnicodeDecodeError:
            texts.append(data.decode("cp1252"))
    return texts


def rate(func: Callable[[str], object], texts: list[str], runs: int) -> float:
    """Median chars/s of ``func`` over all ``texts``."""
    size = sum(map(len, texts))
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        for text in texts:
            func(text)
        times.append(time.perf_counter() - t0)
    return size / statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not CORPUS.exists():
        sys.exit(f"no corpus at {CORPUS}")
    texts = load()
    import re

    digits = re.compile(r"[0-9\N{POUND SIGN}$\N{EURO SIGN}]")
    pairs = re.compile(
        '"[^"]*"|\N{LEFT DOUBLE QUOTATION MARK}[^\N{RIGHT DOUBLE QUOTATION MARK}]*'
        "\N{RIGHT DOUBLE QUOTATION MARK}"
    )
    opts = Options()

    def units(text: str) -> object:
        # What parse() runs for units: the quantities, then pairing them.
        return pair_conversions(text, find_quantities(text, options=opts), opts)

    print(f"python {platform.python_version()} on {platform.machine()}, {time.strftime('%F')}")
    print(f"BBC corpus: {len(texts)} articles, {sum(map(len, texts)):,} chars, {args.runs} runs")
    rows = [
        ("bare re.findall of quote pairs (floor)", pairs.findall),
        ("bare re scan of digits (floor)", digits.findall),
        ("find_quantities", find_quantities),
        ("find_conversions (quantities included)", find_conversions),
        ("quantities + pair_conversions (as parse)", units),
        ("parse()", parse),
    ]
    floor = 0.0
    for name, func in rows:
        r = rate(func, texts, args.runs)
        floor = floor or r
        print(f"{name:42s} {r / 1e6:8.1f} M chars/s  floor/x {floor / r:6.1f}")
    try:
        from quantulum3 import parser as q3  # type: ignore[import-not-found]
    except ImportError:
        print("quantulum3 not installed (pip install quoteparse[bench]): skipped")
        return
    sample = texts[:: max(1, len(texts) // 40)]
    ours = rate(find_conversions, sample, args.runs)
    theirs = rate(q3.parse, sample, 1)
    print(
        f"on a {sum(map(len, sample)):,}-char slice: quantulum3 {theirs / 1e3:.1f} k chars/s, "
        f"find_conversions {ours / 1e6:.1f} M chars/s, ratio {ours / theirs:,.0f}x"
    )


if __name__ == "__main__":
    main()
