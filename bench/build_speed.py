"""Time the result builders of ``quoteparse/_build.py`` against a peer, in one process.

Run from the checkout root::

    python bench/build_speed.py                      # _build against the dataclass __init__
    python bench/build_speed.py --against d6211a1    # ... and against _build.py at a commit

What is timed is ``bench/run.py``'s ``build_floor``: building again every
result of the BBC corpus (one Document per article) and of the result-dense
walls (``1 mile (``, ``[x]``, ``Comment:``), no matching. The runs of each
builder are interleaved, so machine noise falls on all of them alike; each
figure is the median of ``--repeats`` runs, and the ratio is peer / current
(above 1 means the current builders are faster).
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

import quoteparse  # noqa: E402
from bench.run import DEFAULT_CORPUS, build_floor, load_corpus  # noqa: E402
from quoteparse import _build, model  # noqa: E402

#: Result-dense walls: a result every few characters, where building is most of the cost.
WALLS = {"1 mile (": "1 mile (", "[x]": "[x] ", "Comment:": "Comment: x\n"}
WALL_CHARS = 200_000


def builders_at(rev: str) -> ModuleType:
    """``quoteparse/_build.py`` as it was at git revision ``rev``, imported under another name."""
    source = subprocess.run(
        ["git", "show", f"{rev}:src/quoteparse/_build.py"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(source)
    spec = importlib.util.spec_from_file_location(f"_build_at_{rev}", f.name)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _quantity(**kw: Any) -> model.Quantity:
    s = model.Span
    return model.Quantity(
        s(kw["start"], kw["end"]),
        kw["value"],
        s(kw["value_start"], kw["value_end"]),
        kw["unit"],
        kw["unit_text"],
        s(kw["unit_start"], kw["unit_end"]),
        kw["dimension"],
        kw["value_high"],
        kw["approximate"],
        kw["qualifier"],
    )


def _marker(*a: Any) -> model.Marker:
    s = model.Span
    return model.Marker(s(a[0], a[1]), a[2], s(a[3], a[4]), a[5], s(a[6], a[7]), a[8])


#: The dataclass constructors behind the builders' signatures: the peer every run has.
DATACLASS = SimpleNamespace(
    span=model.Span,
    quote=model.Quote,
    insertion=model.Insertion,
    marker=_marker,
    quantity=_quantity,
)


def run_once(build: Callable[[], object]) -> float:
    """Seconds for one ``build()``, after a full collection."""
    gc.collect()
    start = time.perf_counter()
    build()
    return time.perf_counter() - start


def _all(found: list[quoteparse.Document], builders: Any) -> Callable[[], object]:
    """One thunk that builds every result of ``found`` again with ``builders``."""
    builds = [build_floor(d, builders) for d in found]
    return lambda: [b() for b in builds]


def main() -> int:
    """Print the medians and ratios; see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", help="also time _build.py at this git revision")
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()

    docs = [quoteparse.parse(t) for t in load_corpus(args.corpus)]
    inputs = {"BBC corpus": docs}
    for name, unit in WALLS.items():
        inputs[name] = [quoteparse.parse(unit * (WALL_CHARS // len(unit)))]
    peers: dict[str, Any] = {"current": _build, "dataclass __init__": DATACLASS}
    if args.against:
        peers[f"_build@{args.against}"] = builders_at(args.against)

    print(f"Python {platform.python_version()}, {platform.machine()}, {time.strftime('%F')}")
    print(f"median of {args.repeats} interleaved runs, seconds; ratio = peer / current")
    for name, found in inputs.items():
        results = sum(
            len(d.quotes) + len(d.insertions) + len(d.markers) + len(d.quantities) for d in found
        )
        fns = {peer: _all(found, mod) for peer, mod in peers.items()}
        times: dict[str, list[float]] = {peer: [] for peer in peers}
        for _ in range(args.repeats):
            for peer, build in fns.items():
                times[peer].append(run_once(build))
        current = statistics.median(times["current"])
        row = [f"{name} ({results:,} results): current {current:.4f}"]
        for peer in peers:
            if peer != "current":
                median = statistics.median(times[peer])
                row.append(f"{peer} {median:.4f} ({median / current:.2f}x)")
        print("  " + ", ".join(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
