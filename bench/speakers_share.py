"""What speaker resolution costs inside ``parse()`` on the BBC corpus.

Run from the checkout root: ``python3 bench/speakers_share.py [--runs 5]``.
Times, in turn and in the same process over the same texts, ``parse()``,
``parse()`` with the linking step's speaker resolution replaced by one that
resolves nothing, and ``find_quotes()``; prints the median chars/s of each and
the ratio of the first two, which is steadier across machines and loads than
the absolute figures (docs/performance.md, "Speakers as people"); also the
bare quote scan of ``bench/run.py`` (floor 1, a ``re.findall`` of quote-mark
pairs) in the same rounds, and what ``parse()`` costs against it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

import quoteparse  # noqa: E402
from bench.run import floor_quote_pairs  # noqa: E402
from quoteparse.quotes import find_quotes  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"
LINKING = sys.modules["quoteparse.parse"]


def _texts() -> list[str]:
    out = []
    for path in sorted(CORPUS.glob("*/*.txt")):
        try:
            out.append(path.read_text("utf-8"))
        except UnicodeDecodeError:
            continue  # the one cp1252 article: the figures are over UTF-8 text
    return out


def _nobody(text: str, quotes: Sequence[Any]) -> tuple[tuple[()], list[None]]:
    return (), [None] * len(quotes)


def _time(fn: Callable[[str], object], texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        fn(text)
    return time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> int:
    """Print the table; returns 1 when the corpus is absent."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    texts = _texts()
    if not texts:
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 1
    chars = sum(map(len, texts))
    real = LINKING.resolve_speakers
    times: dict[str, list[float]] = {
        "parse()": [],
        "parse() without resolution": [],
        "find_quotes()": [],
        "floor 1: bare quote scan": [],
    }
    for _ in range(args.runs):
        LINKING.resolve_speakers = real
        times["parse()"].append(_time(quoteparse.parse, texts))
        LINKING.resolve_speakers = _nobody
        times["parse() without resolution"].append(_time(quoteparse.parse, texts))
        LINKING.resolve_speakers = real
        times["find_quotes()"].append(_time(find_quotes, texts))
        times["floor 1: bare quote scan"].append(_time(floor_quote_pairs, texts))
    median = {name: statistics.median(ts) for name, ts in times.items()}
    print(f"{len(texts)} BBC articles, {chars:,} chars, median of {args.runs} runs")
    for name, seconds in median.items():
        print(f"{name:<28} {chars / seconds / 1e6:6.2f} M chars/s")
    ratio = median["parse()"] / median["parse() without resolution"]
    print(f"parse() / parse() without resolution: {ratio:.2f}x ({1 - 1 / ratio:.0%} of parse())")
    floor = median["parse()"] / median["floor 1: bare quote scan"]
    print(f"parse() costs {floor:.1f}x floor 1 (target <= 30x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
