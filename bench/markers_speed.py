"""Throughput of find_markers on the BBC corpus: median of 5 runs, in M chars/s.

Run from the repository root: ``python bench/markers_speed.py``. Each article is
passed separately, as a caller would, and the whole corpus once joined.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from quoteparse import find_markers  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"


def _read(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def main() -> None:
    """Print chars/s per article and on the joined corpus."""
    texts = [_read(p) for p in sorted(CORPUS.rglob("*.txt")) if p.name != "README.TXT"]
    joined = "\n".join(texts)
    total = sum(map(len, texts))
    for name, run in (
        ("per article", lambda: [find_markers(t) for t in texts]),
        ("joined", lambda: find_markers(joined)),
    ):
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            run()
            times.append(time.perf_counter() - t0)
        med = statistics.median(times)
        print(f"{name:<12} {len(texts)} texts, {total:,} chars: {total / med / 1e6:7.1f} M chars/s")


if __name__ == "__main__":
    main()
