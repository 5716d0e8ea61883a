"""What importing quoteparse costs every later full garbage collection of the process.

Run from the repository root::

    python bench/gc_import.py              # 3 fresh processes each, 25 collections in each

For each import (``re, dataclasses`` as the peer, then ``quoteparse``) a fresh
process imports it, counts the objects the cyclic collector tracks, and times
``gc.collect()`` (a full collection); it prints the medians and, for
quoteparse, which modules' globals hold the objects it added. See the
"Worst-input search" section of docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Run in the child: import, count, time, and attribute the added objects to the
# module whose globals reach them first (each object counted once).
CHILD = r"""
import gc, json, sys, time, types
import re, dataclasses
before_modules = set(sys.modules)
before = {id(o) for o in gc.get_objects()}
if sys.argv[1] == "quoteparse":
    import quoteparse
gc.collect()  # a collection first untracks the tuples that hold only atomic values
tracked = len(gc.get_objects())
times, cpu = [], []
for _ in range(int(sys.argv[2])):
    start, start_cpu = time.perf_counter(), time.thread_time()
    gc.collect()
    cpu.append(time.thread_time() - start_cpu)
    times.append(time.perf_counter() - start)
seen = set(before) | {id(m.__dict__) for m in list(sys.modules.values()) if m is not None}
owners = {}
for name in [m for m in sys.modules if m not in before_modules]:
    stack, count = list(vars(sys.modules[name]).values()), 0
    while stack:
        obj = stack.pop()
        if id(obj) in seen or not gc.is_tracked(obj) or isinstance(obj, types.ModuleType):
            continue
        if isinstance(obj, (types.FunctionType, type)) and getattr(obj, "__module__", name) != name:
            continue  # a name imported from another module: counted there
        seen.add(id(obj))
        count += 1
        stack.extend(gc.get_referents(obj))
    owners[name] = count
ms = sorted(t * 1e3 for t in times)
print(json.dumps({"tracked": tracked, "ms": ms, "cpu": [t * 1e3 for t in cpu], "owners": owners}))
"""


def child(what: str, collections: int, src: Path) -> dict[str, object]:
    """One fresh process's figures for importing ``what`` from ``src``."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, what, str(collections)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    result: dict[str, object] = json.loads(out)
    return result


def main() -> None:
    """Print tracked objects and full-collection time after each import, and the owners."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=3)
    parser.add_argument("--collections", type=int, default=25)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="another version's src/")
    args = parser.parse_args()
    print("load average before: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    rows = {}
    for what in ("re, dataclasses", "quoteparse"):
        runs = [child(what, args.collections, args.src) for _ in range(args.processes)]
        ms = statistics.median(statistics.median(r["ms"]) for r in runs)  # type: ignore[arg-type]
        cpu = statistics.median(statistics.median(r["cpu"]) for r in runs)  # type: ignore[arg-type]
        rows[what] = (runs[0]["tracked"], ms, cpu, runs[0]["owners"])
    print("load average after:  {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    # The CPU time of the collecting thread is the figure: on a busy machine the
    # wall time of a collection is mostly waiting for a core.
    print(f"{'import':<16} {'tracked':>8} {'full gc CPU ms':>15} {'wall ms':>8}")
    for what, (tracked, ms, cpu, _) in rows.items():
        print(f"{what:<16} {tracked:>8,} {cpu:>15.2f} {ms:>8.2f}")
    owners: dict[str, int] = rows["quoteparse"][3]  # type: ignore[assignment]
    qp = sum(n for name, n in owners.items() if name.split(".")[0] == "quoteparse")
    print(f"objects reached from quoteparse's own modules: {qp:,}; the top modules:")
    for name, count in sorted(owners.items(), key=lambda item: -item[1])[: args.top]:
        print(f"{count:>8,}  {name}")


if __name__ == "__main__":
    main()
