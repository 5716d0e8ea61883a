"""BBC throughput of ``find_quotes`` and ``parse`` at older commits and at this checkout.

Run from the checkout root (needs ../shared and git)::

    python3 bench/before_after.py 61bcc86 9c9e594 --runs 5

Each commit's ``src/`` is written to a temporary folder with ``git archive``
and imported under the package's own name, its two functions kept and the
package dropped from ``sys.modules`` before the next is imported; this
checkout's ``src/`` (working tree included) comes last. The package imports
nothing lazily on these paths, so each function runs its own version's code.
Every run times all the functions in turn over all 2,225 articles (so load
hits them alike); the medians of the runs are printed in M chars/s, with each
version's speed as a multiple of the first's (above 1 is faster), as a ratio
of medians and as the median of each run's ratio.
``61bcc86`` is ``main`` just before the issue-12 work was merged and
``9c9e594`` the merge itself (``git log --first-parent main``).
"""

from __future__ import annotations

import argparse
import io
import platform
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "corpus" / "bbc"


def read(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def load(src: Path) -> tuple[Callable[[str], object], Callable[[str], object]]:
    """``find_quotes`` and ``parse`` of the package under ``src``, imported afresh."""
    for name in [m for m in sys.modules if m == "quoteparse" or m.startswith("quoteparse.")]:
        del sys.modules[name]
    sys.path.insert(0, str(src))
    try:
        import quoteparse
    finally:
        sys.path.remove(str(src))
    assert Path(quoteparse.__file__).is_relative_to(src), quoteparse.__file__
    return quoteparse.find_quotes, quoteparse.parse


def _short(ref: str) -> str:
    return subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--short", ref],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    args.add_argument("refs", nargs="+", help="older commits, the first the baseline")
    args.add_argument("--runs", type=int, default=5)
    opts = args.parse_args()
    if not BBC.is_dir():
        print("needs ../shared/corpus/bbc")
        return 2
    texts = [read(p) for p in sorted(BBC.glob("*/*.txt"))]
    chars = sum(map(len, texts))
    versions: dict[str, tuple[Callable[[str], object], Callable[[str], object]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for ref in opts.refs:
            archive = subprocess.run(
                ["git", "-C", str(ROOT), "archive", ref, "src"], capture_output=True, check=True
            ).stdout
            folder = Path(tmp) / ref
            with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
                tar.extractall(folder, filter="data")
            versions[_short(ref)] = load(folder / "src")
        versions[f"{_short('HEAD')}+tree"] = load(ROOT / "src")
        fns = {
            (fn, version): pair[k]
            for k, fn in enumerate(("find_quotes", "parse"))
            for version, pair in versions.items()
        }
        times: dict[tuple[str, str], list[float]] = {key: [] for key in fns}
        for f in fns.values():  # a few articles each to warm up
            for t in texts[:200]:
                f(t)
        for _ in range(opts.runs):
            for key, f in fns.items():
                t0 = time.perf_counter()
                for t in texts:
                    f(t)
                times[key].append(time.perf_counter() - t0)
    when = time.strftime("%Y-%m-%d %H:%M")
    print(f"python {platform.python_version()}, {when}, {opts.runs} runs")
    print(
        f"BBC: {len(texts)} articles, {chars:,} chars; M chars/s, median (min-max); "
        "speed against the first version: ratio of medians, and median of the runs' ratios"
    )
    for (fn, version), ts in times.items():
        base = times[fn, next(iter(versions))]
        med = statistics.median(ts)
        # Each run's ratio compares timings taken seconds apart, so a busy
        # minute on a shared machine moves both; its median is the steadier figure.
        paired = statistics.median(b / t for b, t in zip(base, ts, strict=True))
        print(
            f"  {fn:12s} {version:14s} {chars / med / 1e6:6.2f} "
            f"({chars / max(ts) / 1e6:.2f}-{chars / min(ts) / 1e6:.2f})"
            f"  x{statistics.median(base) / med:.3f}  x{paired:.3f} paired"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
