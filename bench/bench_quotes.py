"""Throughput of find_quotes on the BBC corpus, beside a bare regex scan of quote pairs.

Run from the checkout root: ``python3 bench/bench_quotes.py`` (needs ../shared).
Prints the median of five runs for each (taken in turn), in million characters
per second and as a multiple of the bare scan's time, then
the adversarial inputs (a megabyte of one mark, alternations) against a
megabyte of prose: the ratio should stay near 1 and below 3.
"""

from __future__ import annotations

import platform
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from quoteparse import Options, find_quotes  # noqa: E402

BBC = ROOT.parent / "shared" / "corpus" / "bbc"
# The baseline the brief names: re.findall(r'"[^"]*"|“[^”]*”', text).
BARE_RE = re.compile('"[^"]*"|\u201c[^\u201d]*\u201d')


def read(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def median_seconds(fn: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def interleaved_medians(fns: dict[str, Callable[[], object]], runs: int = 5) -> dict[str, float]:
    """Median seconds of each function, the runs taken in turn so that load hits all alike."""
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(runs):
        for name, fn in fns.items():
            t0 = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - t0)
    return {name: statistics.median(ts) for name, ts in times.items()}


def main() -> None:
    print(
        f"python {platform.python_version()} on {platform.machine()}, {time.strftime('%Y-%m-%d')}"
    )
    if BBC.is_dir():
        texts = [read(p) for p in sorted(BBC.glob("*/*.txt"))]
        chars = sum(map(len, texts))
        spans_only = Options(attribution=False)
        med = interleaved_medians(
            {
                "bare": lambda: [BARE_RE.findall(t) for t in texts],
                "ours": lambda: [find_quotes(t) for t in texts],
                "spans": lambda: [find_quotes(t, options=spans_only) for t in texts],
            }
        )
        bare, ours, spans = med["bare"], med["ours"], med["spans"]
        print(f"BBC: {len(texts)} articles, {chars:,} chars")
        for label, t in (
            ("bare re.findall pairs", bare),
            ("find_quotes", ours),
            ("find_quotes, no attribution", spans),
        ):
            print(f"  {label:28s} {chars / t / 1e6:6.1f} M chars/s  x{t / bare:5.1f}")
        print("  (x: time as a multiple of the bare scan's, which load changes less)")
        prose = "".join(texts)[:1_000_000]
    else:
        prose = ("The committee met on Tuesday and agreed the budget for next year. " * 16000)[
            :1_000_000
        ]
    size = 1_000_000
    base = median_seconds(lambda: find_quotes(prose))
    print(f"a megabyte of prose: {base * 1000:.1f} ms")
    walls = {
        'wall of "': '"' * size,
        "wall of '": "'" * size,
        "wall of \N{LEFT DOUBLE QUOTATION MARK}": "\N{LEFT DOUBLE QUOTATION MARK}" * size,
        "wall of \u00ab": "\u00ab" * size,
        'alternating "a': ('"a' * size)[:size],
        "alternating 'a": ("'a" * size)[:size],
        'spaced " ': ('" ' * size)[:size],
        "alternating \N{DOUBLE LOW-9 QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}": (
            "\N{DOUBLE LOW-9 QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}" * size
        )[:size],
        "words in \u00ab": ("\u00abab " * size)[:size],
        "heights 5'11\"": ("5'11\" " * size)[:size],
        "possessives in an open quote": ("'" + "the Joneses' car " * size)[:size],
        "one open quote, inches": ('"' + 'a 27" monitor ' * size)[:size],
    }
    for name, text in walls.items():
        t = median_seconds(lambda text=text: find_quotes(text), runs=3)
        print(f"  {name:32s} {t * 1000:8.1f} ms  x{t / base:5.2f} of prose")


if __name__ == "__main__":
    main()
