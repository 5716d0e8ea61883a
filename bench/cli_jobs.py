"""Wall time of ``quoteparse DIR --jobs N`` against one process, on a corpus folder.

Run from the repository root::

    python bench/cli_jobs.py                     # the BBC corpus, --jobs 1 and 2, 5 runs
    python bench/cli_jobs.py --jobs 1 2 4 --repeats 7 --format --csv

Each run is the real command line in a fresh process (start-up, reading,
parsing, rendering and writing included), output to a temporary folder or
``/dev/null``; the settings are run in turn, ``--repeats`` times, so drift on
a shared machine hits all alike. It prints the median wall time of each, its
characters per second and its speed-up over ``--jobs 1``. See docs/scale.md.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"  # ../shared beside the checkout


def corpus_chars(folder: Path) -> int:
    """Characters in the corpus's ``*.txt`` files (cp1252 where UTF-8 fails, as --encoding auto)."""
    total = 0
    for path in sorted(folder.rglob("*.txt")):
        data = path.read_bytes()
        try:
            total += len(data.decode("utf-8"))
        except UnicodeDecodeError:
            total += len(data.decode("cp1252"))
    return total


def one_run(folder: Path, jobs: int, output: str) -> tuple[float, float]:
    """Wall and CPU seconds (all processes) of one ``quoteparse`` run with ``--jobs jobs``."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "quoteparse", str(folder), "--glob", "*.txt"]
    command += ["--encoding", "auto", "--jobs", str(jobs)]
    with tempfile.TemporaryDirectory() as tmp:
        if output in ("--csv", "--parquet"):
            command += [output, tmp]
        else:
            command += [output, "--no-text"] if output == "--jsonl" else [output]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
        )
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return wall, cpu


def main() -> None:
    """Time every setting and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument(
        "--format", default="--jsonl", choices=("--jsonl", "--json", "--csv", "--parquet")
    )
    args = parser.parse_args()
    chars = corpus_chars(args.corpus)
    files = sum(1 for _ in args.corpus.rglob("*.txt"))
    print(f"corpus: {args.corpus} ({files:,} files, {chars:,} characters); output {args.format}")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, {args.repeats} runs each")
    # Other people's work on a shared machine slows a pool most: say how busy it was.
    print("load average before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    times: dict[int, list[float]] = {jobs: [] for jobs in args.jobs}
    cpus: dict[int, list[float]] = {jobs: [] for jobs in args.jobs}
    for _ in range(args.repeats):
        for jobs in args.jobs:
            wall, cpu = one_run(args.corpus, jobs, args.format)
            times[jobs].append(wall)
            cpus[jobs].append(cpu)
    print("load average after:  {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    base = statistics.median(times[args.jobs[0]])
    print(f"{'--jobs':>6} {'median s':>9} {'M chars/s':>10} {'speed-up':>9} {'CPU s':>6}  runs (s)")
    for jobs, runs in times.items():
        median = statistics.median(runs)
        each = ", ".join(f"{t:.2f}" for t in runs)
        rate = chars / median / 1e6
        cpu = statistics.median(cpus[jobs])
        print(f"{jobs:>6} {median:>9.2f} {rate:>10.2f} {base / median:>8.2f}x {cpu:>6.2f}  {each}")


if __name__ == "__main__":
    main()
