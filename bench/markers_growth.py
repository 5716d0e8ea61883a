"""Adversarial growth for find_markers: time ratio over size ratio (about 1 when linear).

Run from the repository root: ``python bench/markers_growth.py``.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from quoteparse import find_markers

GENERATORS: dict[str, Callable[[int], str]] = {
    "prose": lambda n: (
        ("The minister said the plan would go ahead. " * 7 + "\n") * (n // 309 + 1)
    )[:n],
    "short lines": lambda n: ("a\n" * (n // 2 + 1))[:n],
    "newlines": lambda n: "\n" * n,
    "crlf lines": lambda n: ("a\r\n" * (n // 3 + 1))[:n],
    "Comment: wall": lambda n: ("Comment: See:\n" * (n // 14 + 1))[:n],
    "quote wall": lambda n: ('"\n' * (n // 2 + 1))[:n],
    "spaces then label": lambda n: " " * n + "Update:",
    "label then spaces": lambda n: "Update" + " " * n,
    "stamp run": lambda n: ("Update, 1:2:3:4:5:6:7:8:9\n" * (n // 26 + 1))[:n],
}


def _time(text: str) -> float:
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        find_markers(text)
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def main() -> None:
    """Print, per generator, M chars/s at 100 kB and 1 MB, and the growth ratio."""
    for name, make in GENERATORS.items():
        small, big = make(100_000), make(1_000_000)
        ts, tb = _time(small), _time(big)
        growth = (tb / ts) / (len(big) / len(small))
        print(f"{name:<18} {len(big) / tb / 1e6:8.1f} M chars/s at 1 MB, growth {growth:4.2f}")


if __name__ == "__main__":
    main()
