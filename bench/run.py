"""The quoteparse benchmark: throughput, floors, scaling, adversarial input, memory, peers.

Run from the repository root::

    python bench/run.py                 # full run (about 4 minutes on 2 cores)
    python bench/run.py --quick         # smaller sizes and fewer repeats (about 40 seconds)
    python bench/run.py --corpus PATH --repeats 7 --max-mb 10 --json out.json

Every figure is a median of repeated runs, printed beside the Python version,
the machine and the date, and the peers (the two ``re`` floors, quantulum3)
are timed in the same process over the same texts. The checkout's own
``src/`` is imported, whatever is installed. See docs/performance.md.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

import quoteparse  # noqa: E402
from bench.adversarial import GENERATORS, SYNTHETIC_PROSE, repeat_to  # noqa: E402
from quoteparse import _build  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"

# Floor 1: the cheapest scan that finds anything quote-like - straight and
# curly double-quote pairs - with one bare findall.
QUOTE_PAIRS = re.compile(
    r"""
    "[^"]*"                                               # "straight"
    | \N{LEFT DOUBLE QUOTATION MARK}[^\N{RIGHT DOUBLE QUOTATION MARK}]*
      \N{RIGHT DOUBLE QUOTATION MARK}                     # “curly”
    """,
    re.VERBOSE,
)

# Floor 2: one pattern that stops at every character some finder must look
# at - quote marks of every style, brackets, digits, currency signs, and the
# line breaks before marker lines - with Python regaining control at each
# stop. One character class, so `re` can scan for it without trying each
# position (a `^` branch instead costs 2-3x: measured 49 vs 106 M chars/s).
TRIGGERS = re.compile(
    "["
    "\\n\\r"  # line breaks: marker lines start after them
    "\"'\u2018-\u201f\u00ab\u00bb\u2039\u203a\u300c-\u300f"  # quote marks of every style
    "\\[\\]()"  # brackets: insertions, conversions
    "0-9\u00bc-\u00be\u2150-\u215e"  # digits and vulgar fractions: quantities
    "$\u00a3\u00a5\u20ac"  # currency signs
    "]"
)


def floor_quote_pairs(text: str) -> object:
    """Floor 1: a bare findall of quote-mark pairs."""
    return QUOTE_PAIRS.findall(text)


def floor_triggers(text: str) -> int:
    """Floor 2: stop at every trigger, do nothing there."""
    n = 0
    for _ in TRIGGERS.finditer(text):
        n += 1
    return n


FINDERS: tuple[tuple[str, Callable[[str], object]], ...] = (
    ("parse()", quoteparse.parse),
    ("find_quotes", quoteparse.find_quotes),
    ("find_insertions", quoteparse.find_insertions),
    ("find_markers", quoteparse.find_markers),
    ("find_quantities", quoteparse.find_quantities),
    ("find_conversions", quoteparse.find_conversions),
)
# What a JSON export costs end to end: parse, then the documented plain shape.
EXPORTS: tuple[tuple[str, Callable[[str], object]], ...] = (
    ("parse().to_dict()", lambda text: quoteparse.parse(text).to_dict()),
)
FLOORS: tuple[tuple[str, Callable[[str], object]], ...] = (
    ("floor 1: re.findall quote pairs", floor_quote_pairs),
    ("floor 2: re trigger stops", floor_triggers),
)


def read_text(path: Path) -> str:
    """A corpus file as str: UTF-8, or cp1252 for the one file that is not."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def load_corpus(root: Path) -> list[str]:
    """Every ``*.txt`` article under ``root`` (one folder level deep, or flat), sorted by path."""
    paths = sorted(root.glob("*/*.txt")) or sorted(root.glob("*.txt"))
    return [read_text(p) for p in paths]


def timed(fn: Callable[[], object], repeats: int) -> float:
    """Median wall time of ``fn()`` over ``repeats`` runs (gc collected before each)."""
    times = []
    for _ in range(max(1, repeats)):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def over(fn: Callable[[str], object], texts: Sequence[str]) -> Callable[[], None]:
    """A thunk that applies ``fn`` to every text."""

    def run() -> None:
        for t in texts:
            fn(t)

    return run


def news(texts: Sequence[str], chars: int) -> str:
    """``chars`` characters of concatenated articles (repeated when the corpus is shorter)."""
    return repeat_to("\n\n".join(texts) + "\n\n", chars)


def peak_memory(fn: Callable[[str], object], text: str) -> tuple[int, int]:
    """(peak extra bytes while ``fn(text)`` runs, bytes its result still holds)."""
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        result = fn(text)
        current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del result
    return peak - base, current - base


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        commit = ""
    try:
        import regex  # type: ignore[import-untyped, unused-ignore]

        regex_version = str(regex.__version__)
    except ImportError:
        regex_version = "absent"
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "platform": platform.platform(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "quoteparse": f"{quoteparse.__version__} ({commit or 'no git'})",
        "regex": regex_version,
    }


def rate(chars: int, seconds: float) -> float:
    """Characters per second (inf when too fast to time)."""
    return chars / seconds if seconds > 0 else float("inf")


def mcs(chars_per_s: float) -> str:
    """M chars/s, three significant figures."""
    return f"{chars_per_s / 1e6:8.3g}"


def bench_throughput(texts: Sequence[str], repeats: int) -> dict[str, Any]:
    """chars/s of parse(), each finder and the two floors over the corpus articles."""
    chars = sum(map(len, texts))
    runs: dict[str, list[float]] = {name: [] for name, _ in FLOORS + FINDERS + EXPORTS}
    # Round robin: every repeat times every function once, so a busy moment on
    # a shared machine spreads over all of them instead of sinking one.
    for _ in range(max(1, repeats)):
        for name, fn in FLOORS + FINDERS + EXPORTS:
            runs[name].append(timed(over(fn, texts), 1))
    rates = {name: rate(chars, statistics.median(times)) for name, times in runs.items()}
    return {"chars": chars, "rates": rates}


def bench_scaling(
    texts: Sequence[str], sizes_mb: Sequence[int], repeats: int
) -> list[dict[str, Any]]:
    """parse() on 1, 10, 100 ... MB of concatenated news: time and cost per char vs the first."""
    rows: list[dict[str, Any]] = []
    for mb in sizes_mb:
        text = news(texts, mb * 1_000_000)
        # Big sizes get fewer repeats: the 100 MB run alone takes tens of seconds.
        reps = repeats if mb <= 1 else max(1, repeats // 2) if mb <= 10 else 1
        seconds = timed(lambda t=text: quoteparse.parse(t), reps)  # type: ignore[misc]
        rows.append({"mb": mb, "seconds": seconds, "repeats": reps})
        del text
    base = rows[0]["seconds"] / rows[0]["mb"]
    for row in rows:
        row["relative_cost_per_char"] = (row["seconds"] / row["mb"]) / base
    return rows


def bench_adversarial(
    prose: str, repeats: int, scale: float, per_finder: bool = False
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """parse() on each hostile input vs a megabyte of prose, per char; growth from n/4 to n."""
    size = int(1_000_000 * scale)
    prose_text = repeat_to(prose, size)
    prose_runs: list[float] = []
    rows: list[dict[str, Any]] = []
    for gen in GENERATORS:
        n = int(gen.bench_chars * scale)
        text = gen.make(n, prose)
        quarter = gen.make(n // 4, prose)
        # Prose is timed beside every row, and the median of all those runs is
        # the baseline: a busy moment on a shared machine cannot skew it alone.
        prose_runs.append(timed(lambda: quoteparse.parse(prose_text), repeats))
        seconds = timed(lambda t=text: quoteparse.parse(t), repeats)  # type: ignore[misc]
        quarter_s = timed(lambda t=quarter: quoteparse.parse(t), repeats)  # type: ignore[misc]
        peak, _ = peak_memory(quoteparse.parse, text)
        doc = quoteparse.parse(text)
        results = sum(len(part) for part in (doc.quotes, doc.insertions, doc.markers))
        results += len(doc.quantities) + len(doc.conversions)
        floor_s = timed(build_floor(doc), repeats)
        del doc
        finders = {}
        if per_finder:
            # Which finder pays for a slow row (parse() runs each once).
            for name, fn in FINDERS[1:]:
                finders[name] = timed(lambda t=text, f=fn: f(t), repeats)  # type: ignore[misc]
        rows.append(
            {
                "finders_seconds": finders,
                "name": gen.name,
                "attacks": gen.attacks,
                "chars": n,
                "seconds": seconds,
                "relative_cost_per_char": seconds / n,
                "results": results,
                "build_floor_seconds": floor_s,
                "relative_floor_per_char": floor_s / n,
                "growth": (seconds / quarter_s) / (n / (n // 4)) if quarter_s > 0 else 0.0,
                "peak_bytes_per_char": peak / n,
            }
        )
    prose_s = statistics.median(prose_runs)
    for row in rows:
        row["relative_cost_per_char"] /= prose_s / size
        row["relative_floor_per_char"] /= prose_s / size
    prose_peak, _ = peak_memory(quoteparse.parse, prose_text)
    baseline = {"chars": size, "seconds": prose_s, "peak_bytes_per_char": prose_peak / size}
    return baseline, rows


def build_floor(doc: quoteparse.Document, builders: Any = _build) -> Callable[[], object]:
    """A function that builds ``doc``'s results again, the way the finders build them.

    It does no matching at all, so its time is the least any parse that returns
    these objects can cost: an input with a result every few characters cannot
    be cheaper than this, however fast the matching. ``builders`` is the module
    whose builders it calls (``bench/build_speed.py`` passes an older one).
    """
    quote, insertion, marker = builders.quote, builders.insertion, builders.marker
    quantity, span = builders.quantity, builders.span

    def build() -> object:
        made: list[object] = []
        for q in doc.quotes:
            made.append(
                quote(
                    span(q.span.start, q.span.end),
                    span(q.content_span.start, q.content_span.end),
                    q.content,
                    q.open_mark,
                    q.close_mark,
                    q.closed,
                    q.depth,
                    q.parent,
                    q.kind,
                    q.speaker,
                    q.speaker_span,
                    q.cue,
                    q.cue_span,
                    q.paragraphs,
                    q.continues,
                    q.attribution,
                    q.speaker_id,
                )
            )
        for i in doc.insertions:
            made.append(
                insertion(
                    span(i.span.start, i.span.end),
                    span(i.content_span.start, i.content_span.end),
                    i.content,
                    i.kind,
                    i.quote,
                )
            )
        for m in doc.markers:
            made.append(
                marker(
                    m.span.start,
                    m.span.end,
                    m.label,
                    m.label_span.start,
                    m.label_span.end,
                    m.body,
                    m.body_span.start,
                    m.body_span.end,
                    m.kind,
                )
            )
        for u in doc.quantities:
            made.append(
                quantity(
                    start=u.span.start,
                    end=u.span.end,
                    value=u.value,
                    value_start=u.value_span.start,
                    value_end=u.value_span.end,
                    unit=u.unit,
                    unit_text=u.unit_text,
                    unit_start=u.unit_span.start,
                    unit_end=u.unit_span.end,
                    dimension=u.dimension,
                    value_high=u.value_high,
                    approximate=u.approximate,
                    qualifier=u.qualifier,
                )
            )
        return made

    return build


def bench_parse_many(texts: Sequence[str], workers: int, repeats: int) -> dict[str, Any]:
    """chars/s of parse_many over the corpus: in process, and with ``workers`` processes."""
    # Four passes over the corpus (20 MB): a pool's start-up is paid once per
    # job, so a job of a few seconds shows it at its real weight.
    texts = list(texts) * 4
    chars = sum(map(len, texts))
    out: dict[str, Any] = {"chars": chars, "workers": workers}
    for label, n in (("serial", None), ("pool", workers)):
        # The pool's start-up (spawned interpreters importing quoteparse) is
        # part of the cost a user pays, so it is inside the timing.
        seconds = timed(
            lambda w=n: sum(1 for _ in quoteparse.parse_many(texts, workers=w, chunksize=64)),  # type: ignore[misc]
            max(1, min(3, repeats // 2)),
        )
        out[label] = rate(chars, seconds)
    return out


def bench_memory(texts: Sequence[str], chars: int) -> dict[str, Any]:
    """Peak extra and retained bytes per input char of parse() on prose."""
    text = news(texts, chars)
    peak, retained = peak_memory(quoteparse.parse, text)
    per_article = [peak_memory(quoteparse.parse, t)[0] / max(1, len(t)) for t in texts[:200]]
    return {
        "chars": chars,
        "peak_bytes_per_char": peak / chars,
        "retained_bytes_per_char": retained / chars,
        "article_median_peak_bytes_per_char": statistics.median(per_article),
    }


def bench_quantulum(texts: Sequence[str], chars: int, repeats: int) -> dict[str, Any] | None:
    """quantulum3 and find_quantities on the same slice of articles; None without quantulum3."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as q3  # type: ignore[import-untyped, import-not-found, unused-ignore]

            q3.parse("warm up: 3 miles")
    except ImportError:
        return None
    sliced: list[str] = []
    total = 0
    for t in texts:
        if total >= chars:
            break
        sliced.append(t)
        total += len(t)

    def run_q3() -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for t in sliced:
                q3.parse(t)

    q3_s = timed(run_q3, min(repeats, 3))
    ours_s = timed(over(quoteparse.find_quantities, sliced), repeats)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        q3_found = sum(len(q3.parse(t)) for t in sliced)
    ours_found = sum(len(quoteparse.find_quantities(t)) for t in sliced)
    return {
        "chars": total,
        "articles": len(sliced),
        "quantulum3": rate(total, q3_s),
        "find_quantities": rate(total, ours_s),
        "found": {"quantulum3": q3_found, "find_quantities": ours_found},
    }


def profile(texts: Sequence[str], top: int) -> None:
    """cProfile of parse() over every text, the ``top`` functions by own time."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.runcall(over(quoteparse.parse, texts))
    pstats.Stats(profiler).sort_stats("tottime").print_stats(top)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the tables; returns the exit status."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of .txt articles")
    ap.add_argument(
        "--repeats", type=int, default=None, help="runs per figure (median; 5, quick 3)"
    )
    ap.add_argument("--quick", action="store_true", help="smaller inputs, fewer repeats")
    ap.add_argument("--max-mb", type=int, default=None, help="largest scaling size (100, quick 10)")
    ap.add_argument(
        "--quantulum-chars", type=int, default=None, help="slice for quantulum3 (50k, quick 10k)"
    )
    ap.add_argument(
        "--workers", type=int, default=2, help="processes for the parse_many row (1 skips it)"
    )
    ap.add_argument(
        "--per-finder", action="store_true", help="time each finder on each adversarial input"
    )
    ap.add_argument(
        "--profile", type=int, default=0, metavar="N", help="print the N top functions by own time"
    )
    ap.add_argument("--json", type=Path, default=None, help="also write every figure here")
    args = ap.parse_args(argv)
    repeats = args.repeats or (3 if args.quick else 5)
    max_mb = args.max_mb if args.max_mb is not None else (10 if args.quick else 100)
    q3_chars = args.quantulum_chars or (10_000 if args.quick else 50_000)

    if args.corpus.is_dir():
        texts = load_corpus(args.corpus)
        source = f"{args.corpus} ({len(texts)} articles)"
    else:
        texts = []
    if not texts:
        texts = [SYNTHETIC_PROSE] * 1000
        source = f"SYNTHETIC_PROSE x1000 (no corpus at {args.corpus})"
    prose = "\n\n".join(texts)

    report: dict[str, Any] = {"machine": machine(), "corpus": source, "repeats": repeats}
    print("quoteparse bench -", "  ".join(f"{k}: {v}" for k, v in report["machine"].items()))
    print(f"corpus: {source}; median of {repeats} runs\n")

    tp = bench_throughput(texts, repeats)
    report["throughput"] = tp
    floor1 = tp["rates"][FLOORS[0][0]]
    floor2 = tp["rates"][FLOORS[1][0]]
    print(f"Throughput over {tp['chars']:,} chars, article by article")
    print(f"  {'':34} {'M chars/s':>9} {'floor1/x':>9} {'floor2/x':>9}")
    for name, r in tp["rates"].items():
        print(f"  {name:34} {mcs(r)} {floor1 / r:9.1f} {floor2 / r:9.1f}")
    parse_rate = tp["rates"]["parse()"]
    print(
        f"  parse() = {parse_rate / 1e6:.2f} M chars/s; costs {floor1 / parse_rate:.1f}x floor 1 "
        f"(target <= 30x) and {floor2 / parse_rate:.1f}x floor 2\n"
    )

    sizes = [mb for mb in (1, 10, 100) if mb <= max_mb] or [1]
    scaling = bench_scaling(texts, sizes, repeats)
    report["scaling"] = scaling
    print("Scaling: parse() on one text of concatenated news")
    for row in scaling:
        print(
            f"  {row['mb']:>4} MB  {row['seconds']:8.3f} s  ({row['repeats']} runs)"
            f"  cost/char vs 1 MB {row['relative_cost_per_char']:5.2f}"
        )
    print()

    scale = 0.25 if args.quick else 1.0
    baseline, adversarial = bench_adversarial(prose, repeats, scale, args.per_finder)
    report["adversarial"] = {"prose": baseline, "rows": adversarial}
    print(
        f"Adversarial: parse() cost per char vs {baseline['chars']:,} chars of prose "
        f"({baseline['seconds'] * 1e3:.1f} ms); growth = (t(n)/t(n/4))/4, 1 when linear;\n"
        "  floor = building the same results alone, no matching (bench/run.py build_floor)"
    )
    short = {name: name.removeprefix("find_")[:5] for name, _ in FINDERS[1:]}
    extra = "".join(f" {s:>6}" for s in short.values()) if args.per_finder else ""
    print(
        f"  {'input':12} {'chars':>10} {'ms':>9} {'x prose':>8} {'growth':>7} {'peak B/ch':>9}"
        f" {'results':>9} {'floor x':>8}" + (f"  ms by finder:{extra}" if extra else "")
    )
    for row in adversarial:
        by_finder = "".join(f" {v * 1e3:6.1f}" for v in row["finders_seconds"].values())
        print(
            f"  {row['name']:12} {row['chars']:>10,} {row['seconds'] * 1e3:9.1f}"
            f" {row['relative_cost_per_char']:8.2f} {row['growth']:7.2f}"
            f" {row['peak_bytes_per_char']:9.1f}"
            f" {row['results']:>9,} {row['relative_floor_per_char']:8.2f}"
            + (f"  {' ' * 13}{by_finder}" if by_finder else "")
        )
    worst = max(adversarial, key=lambda r: r["relative_cost_per_char"])
    print(
        f"  worst: {worst['name']} at {worst['relative_cost_per_char']:.2f}x prose per char "
        f"(target <= 3x), of which building its {worst['results']:,} results is "
        f"{worst['relative_floor_per_char']:.2f}x\n"
    )

    if args.workers > 1:
        many = bench_parse_many(texts, args.workers, repeats)
        report["parse_many"] = many
        print(
            f"parse_many over the corpus x4 ({many['chars']:,} chars): in process "
            f"{many['serial'] / 1e6:.2f} M chars/s, "
            f"{many['workers']} worker processes {many['pool'] / 1e6:.2f} M chars/s "
            f"(start-up included; {os.cpu_count()} cores)\n"
        )

    memory = bench_memory(texts, int(1_000_000 * scale))
    report["memory"] = memory
    print(
        f"Memory (tracemalloc) of parse() on {memory['chars']:,} chars of prose: peak extra "
        f"{memory['peak_bytes_per_char']:.2f} B/char (target <= 10), result holds "
        f"{memory['retained_bytes_per_char']:.2f} B/char; median per article "
        f"{memory['article_median_peak_bytes_per_char']:.2f} B/char\n"
    )

    q3 = bench_quantulum(texts, q3_chars, repeats)
    report["quantulum3"] = q3
    if q3 is None:
        print("quantulum3: not installed (pip install '.[bench]')")
    else:
        print(
            f"Peers on {q3['chars']:,} chars ({q3['articles']} articles): quantulum3 "
            f"{q3['quantulum3'] / 1e3:.1f} k chars/s, find_quantities "
            f"{q3['find_quantities'] / 1e6:.2f} M chars/s "
            f"({q3['find_quantities'] / q3['quantulum3']:.0f}x); quantities found in the slice: "
            f"{q3['found']} (quantulum3 also reads bare numbers and years)"
        )
    if args.profile:
        print(f"\nProfile (cProfile) of parse() over the corpus, top {args.profile} by own time")
        profile(texts, args.profile)
    if args.json is not None:
        args.json.write_text(json.dumps(report, indent=2, default=str) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
