"""Throughput of find_insertions on the BBC corpus, and growth on hostile input.

Run from the checkout root: ``python3 bench/bench_insertions.py``. Prints the
median of 5 runs in M chars/s, then time ratios for inputs 4x and 16x larger
(about 4 and 16 when the cost is linear; inputs that make one result every
few characters allocate so much that Python's collector adds a little more).
"""

from __future__ import annotations

import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from quoteparse import __version__, find_insertions

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc"


def read(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def median_seconds(func: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        func()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


GENERATORS: dict[str, Callable[[int], str]] = {
    "prose": lambda n: ("The minister (in 2019) said the plan would work. " * (n // 49 + 1))[:n],
    "[ wall": lambda n: "[" * n,
    "] wall": lambda n: "]" * n,
    "[] pairs": lambda n: "[]" * (n // 2),
    "[a] pairs": lambda n: "[a] " * (n // 4),
    "[ x ] nest": lambda n: ("[" * 20 + "x" + "]" * 20 + " ") * (n // 42),
    "(sic) run": lambda n: "(sic) " * (n // 6),
    "[. . . x]": lambda n: ("[" + ". " * 100 + "x] ") * (n // 204),
    "[ per line": lambda n: "[ text\n" * (n // 7),
}


def main() -> None:
    print(f"quoteparse {__version__}, Python {platform.python_version()}, {platform.machine()}")
    if CORPUS.exists():
        texts = [read(p) for p in sorted(CORPUS.rglob("*.txt"))]
        total = sum(len(t) for t in texts)
        secs = median_seconds(lambda: [find_insertions(t) for t in texts])
        found = sum(len(find_insertions(t)) for t in texts)
        print(
            f"BBC: {len(texts)} files, {total:,} chars, {found} insertions, "
            f"median of 5 {secs * 1000:.1f} ms = {total / secs / 1e6:.1f} M chars/s"
        )
    else:
        print("BBC corpus not found beside this checkout; skipping")
    size = 100_000
    for name, make in GENERATORS.items():
        texts = [make(size * k) for k in (1, 4, 16)]
        base, *times = [
            median_seconds(lambda text=text: find_insertions(text), runs=3) for text in texts
        ]
        rate = size / base / 1e6
        print(
            f"{name:12} {rate:7.1f} M chars/s at {size:,}; "
            f"x4: {times[0] / base:5.1f}, x16: {times[1] / base:5.1f}"
        )


if __name__ == "__main__":
    main()
