"""A worst-input search: each finder on inputs built from its own trigger pieces.

Run from the repository root::

    python bench/worst.py            # full search (minutes on 2 busy cores)
    python bench/worst.py --quick    # fewer pieces (a few minutes)
    python bench/worst.py --finder markers --all   # one finder, every row printed

For each finder the pieces come from its data tables, not from a hand-kept
list: the quote finder's marks (``quote_marks.MARKS``) and a sample of its cue
verbs and titles; the insertion finder's brackets and a sample of each word
table; the marker finder's labels; the unit finders' unit names and symbols,
number words, scales, fractions, currency prefixes and conversion links. Each
finder's pieces, with the separators every finder meets (spaces of four kinds,
and every line break), make these shapes:

``wall P``        the piece repeated
``run P S``       the piece, a long run of the separator, a word (the shape of
                  ``Photo`` + 8,000 spaces + ``x``)
``pair P Q``      the two pieces and a word between them, repeated (``"a" ``)
``cue P``         for the quote finder, a cue verb before a quotation of each
                  mark pair (``said 'a' ``); for the unit finders, a quantity of
                  each unit and its conversion (``1 ft (1 m) ``)
``breaks B``      prose (BBC text) with every ``\\n`` written as the break B;
                  its cost is compared with the same prose with ``\\n``, and
                  so is its growth (the prose is cut to each size, so the
                  smaller text is not the larger one's unit repeated)

Each row is timed (best of two rounds) at 1,000 and 4,000 characters; a row
that looks bad is timed again at 4,000 and 16,000, five rounds, when its
verdict could be noise: when it grows, or when a ratio it is judged by (times
prose, times the floor, against ``\\n``) is within 1.5 times its limit either
side (``MARGIN``). Times are CPU time of the process (``time.process_time``),
not wall time, and the references are timed in every round beside the row: a
round runs the row at both sizes, ``parse()`` on prose of the larger size and,
for ``breaks`` rows, the finder on the prose with ``\\n``, back to back. A
confirmed row is judged on the median of its rounds' paired ratios, so a busy
moment moves a row and its reference together; a confirmed row that grows is
confirmed twice more and judged on the median confirmation (``RECONFIRMS``).
A row far over its limit is bad on the screen's figures; a
dense row's cost per result does not depend on the size. The bad rows are
reported. Every call is timed with the garbage collector off, after a
collection, and what the search built before its first row is frozen out of
the collector's sight (``gc.freeze``): a full collection of it cost 40-100 ms,
which used to be paid before every timed call. A row is bad when its cost per character grows
(larger / smaller > 1.3), when it costs more than 10 times prose per character
(what ``parse()`` costs a character of BBC text, timed in the same run: the
price a user pays on news; a finder's own cost on prose is no baseline, as the
marker finder does almost nothing there), or, for ``breaks`` rows,
more than 1.3 times the ``\\n`` text. A row dense in results (one or more
result per 100 characters) is judged per result instead: microseconds per
result against the build floor of ``bench/run.py`` (``build_floor``: building
the same result objects alone, no matching), ceiling 3 times the floor. The
results of ``find_conversions`` are the quantities it builds before pairing
them (its floor builds those and the conversions): a wall of quantities with
no conversion is as dense for it as for ``find_quantities``.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import itertools
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

import quoteparse  # noqa: E402
from bench.adversarial import SYNTHETIC_PROSE, repeat_to  # noqa: E402
from bench.run import DEFAULT_CORPUS, build_floor, load_corpus  # noqa: E402
from quoteparse import cue_verbs, insertion_words, marker_labels, quote_marks, titles  # noqa: E402
from quoteparse.model import Conversion  # noqa: E402
from quoteparse.units import numbers, table  # noqa: E402
from quoteparse.units import words as unit_words  # noqa: E402

#: Separators every finder meets: spaces of four kinds, and every line break.
SPACES = (" ", "\t", "\N{NO-BREAK SPACE}", "\N{IDEOGRAPHIC SPACE}")
BREAKS = ("\n", "\r", "\r\n", "\N{LINE SEPARATOR}", "\N{PARAGRAPH SEPARATOR}", "\x85")
SEPARATORS = SPACES + BREAKS

#: Judgement thresholds (see the module docstring).
GROWTH_LIMIT = 1.3
PROSE_LIMIT = 10.0
FLOOR_LIMIT = 3.0
#: A row with at least this many results per character is judged per result.
DENSE = 0.01
#: A screened ratio this far from its limit (either side) is not confirmed.
MARGIN = 1.5
#: Rounds of the screen (best of) and of a confirmation (median of).
SCREEN_REPEATS = 2
CONFIRM_REPEATS = 5
#: Further confirmations of a row whose confirmation grows (median of all).
RECONFIRMS = 2


def _sample(items: Sequence[str], k: int) -> list[str]:
    """``k`` entries spread over ``items`` (first and last included), in order."""
    items = list(dict.fromkeys(items))
    if len(items) <= k:
        return items
    if k <= 1:
        return items[:k]
    step = (len(items) - 1) / (k - 1)
    return [items[round(i * step)] for i in range(k)]


class Finder(NamedTuple):
    """One finder under search: its function, its pieces, and its compound shapes."""

    name: str
    fn: Callable[[str], tuple[object, ...]]
    #: Pieces for walls and runs (every one), and the smaller set paired.
    pieces: tuple[str, ...]
    paired: tuple[str, ...]
    #: Compound units (name, unit) beyond walls, runs and pairs.
    compounds: tuple[tuple[str, str], ...]


def _quote_pieces(k: int) -> Finder:
    marks = sorted(quote_marks.MARKS)
    cues = _sample([c.text for c in cue_verbs.CUES], k)
    partial = _sample(cue_verbs.PARTIAL_CUES, max(2, k // 3))
    ttl = _sample(titles.TITLES, max(2, k // 3))
    pieces = tuple(marks + [c + " " for c in cues + partial] + [t + " " for t in ttl])
    paired = tuple(marks + [c + " " for c in cues[:3]] + list(SPACES[:1] + BREAKS[:2]))
    compounds = []
    for pair in quote_marks.PAIRS:
        q = pair.open + "a" + pair.close
        compounds.append((f"quote {q}", q + " "))
        compounds.append((f"comma quote {q}", pair.open + "a," + pair.close + " "))
        for cue in cues[:3]:
            compounds.append((f"{cue} {q}", f"{cue} {q} "))
            compounds.append((f"{q} {cue} x", f"{pair.open}a,{pair.close} {cue} X. "))
    return Finder("quotes", quoteparse.find_quotes, pieces, paired, tuple(compounds))


def _insertion_pieces(k: int) -> Finder:
    tables = [
        getattr(insertion_words, name)
        for name in insertion_words.__all__
        if isinstance(getattr(insertion_words, name), tuple)
    ]
    entries = [e for tab in tables for e in _sample(tab, max(1, k // 4))]
    brackets = ["[", "]", "(", ")", "[[", "]]"]
    pieces = tuple(brackets + [f"[{e}]" for e in entries] + [e + " " for e in entries[:k]])
    paired = (*brackets, '"', "“", " ", "\n", "\r")
    compounds = tuple((f'"x [{e}] x"', f'"x [{e}] x" ') for e in _sample(entries, k)) + tuple(
        (f"x[{e}]", f"x[{e}] ") for e in _sample(entries, max(2, k // 2))
    )
    return Finder("insertions", quoteparse.find_insertions, pieces, paired, compounds)


def _marker_pieces(k: int) -> Finder:
    labels = marker_labels.LABELS
    chosen = {lb.text for lb in labels if lb.alone or lb.bare}
    chosen |= set(_sample([lb.text for lb in labels if lb.colon], k))
    texts = sorted(chosen)
    pieces = tuple(texts + [t + ":" for t in texts] + ["-", ">", "[", "(", ":", '"'])
    paired = (
        *_sample(texts, max(3, k // 3)),
        ":",
        "：",
        ",",
        "1",
        "(",
        "[",
        '"',
        *list(SPACES[:2] + BREAKS[:3]),
    )
    compounds = []
    for t in texts:
        compounds.append((f"{t}: line", f"{t}: x\n"))
        compounds.append((f"{t} by Name", f"{t} by Ann Lee\n"))
        compounds.append((f"{t}, stamp", f"{t}, 1:2:3 \n"))
        compounds.append((f"[{t}]", f"[{t}]\n"))
    return Finder("markers", quoteparse.find_markers, pieces, paired, tuple(compounds))


def _unit_forms(k: int) -> list[str]:
    forms = []
    for unit in _sample_units(k):
        forms.extend((unit.names + unit.symbols + unit.attached)[:2])
    return forms


def _sample_units(k: int) -> list[table.Unit]:
    # One unit per dimension first, then a spread over the rest.
    by_dim: dict[object, table.Unit] = {}
    for unit in table.UNITS:
        by_dim.setdefault(unit.dimension, unit)
    rest = [u for u in table.UNITS if u not in by_dim.values()]
    step = max(1, len(rest) // max(1, k))
    return list(by_dim.values()) + rest[::step][:k]


def _unit_pieces(name: str, fn: Callable[[str], tuple[object, ...]], k: int) -> Finder:
    forms = _unit_forms(k)
    nums = ["1", "12", "1.5", "1,000", *_sample(list(numbers.NUMBER_WORDS), k // 2)]
    scales = _sample(list(numbers.SCALES), max(2, k // 3))
    fractions = list(numbers.VULGAR_FRACTIONS)[:3]
    money = [p for p, _ in table.CURRENCY_PREFIXES[:3]] + ["$", "\N{POUND SIGN}"]
    links = _sample(unit_words.CONVERSION_LINKS, max(2, k // 3))
    pieces = tuple(
        nums
        + [s + " " for s in scales]
        + fractions
        + money
        + [f + " " for f in forms]
        + [lk + " " for lk in links]
        + ["(", ")", "-", "\N{EN DASH}", "/", "%", ",", "."]
    )
    paired = (
        "1",
        "one",
        "1.5",
        "£",
        "$",
        "(",
        ")",
        "-",
        "/",
        ",",
        " ",
        *forms[:4],
        *_sample(scales, 2),
    )
    compounds = []
    sample_forms = _sample(forms, k)
    for a, b in zip(sample_forms, sample_forms[1:] + sample_forms[:1], strict=True):
        compounds.append((f"1{a} (1{b})", f"1{a} (1{b}) "))
        compounds.append((f"1 {a} (1 {b}", f"1 {a} (1 {b} "))
        compounds.append((f"1-{a}", f"1-{a} "))
        compounds.append((f"1 {a} or 1 {b}", f"1 {a}, or 1 {b}, "))
    for m in money:
        compounds.append((f"{m}1-", f"{m}1-"))
        compounds.append((f"{m}1 ", f"{m}1 "))
        for s in scales[:2]:
            compounds.append((f"{m}1{s}", f"{m}1{s} "))
    return Finder(name, fn, pieces, paired, tuple(compounds))


def finders(k: int) -> tuple[Finder, ...]:
    """Every finder with its pieces; ``k`` bounds each lexicon sample."""
    return (
        _quote_pieces(k),
        _insertion_pieces(k),
        _marker_pieces(k),
        _unit_pieces("quantities", quoteparse.find_quantities, k),
        _unit_pieces("conversions", quoteparse.find_conversions, k),
    )


class Row(NamedTuple):
    """One input shape: its name, its finder, and a maker of ``n`` characters."""

    finder: str
    shape: str
    make: Callable[[int], str]


def _wall(unit: str) -> Callable[[int], str]:
    return lambda n: repeat_to(unit, n)


def _run(piece: str, sep: str) -> Callable[[int], str]:
    def make(n: int) -> str:
        return piece + sep * max(0, (n - len(piece) - 1) // len(sep)) + "x"

    return make


def rows(finder: Finder, prose: str) -> Iterator[Row]:
    """Every shape of ``finder``'s pieces (see the module docstring)."""
    name = finder.name
    for piece in finder.pieces:
        yield Row(name, f"wall {piece!r}", _wall(piece))
        for sep in SEPARATORS:
            yield Row(name, f"run {piece!r} {sep!r}", _run(piece, sep))
    for p, q in itertools.product(finder.paired, repeat=2):
        yield Row(name, f"pair {p!r} {q!r}", _wall(p + "a" + q + " "))
    for shape, unit in finder.compounds:
        yield Row(name, f"cue {shape}", _wall(unit))
    for brk in BREAKS[1:]:
        text = prose.replace("\r\n", "\n").replace("\n", brk)
        yield Row(name, f"breaks {brk!r}", _wall(text))


class Judged(NamedTuple):
    """One row's figures at two sizes."""

    row: Row
    small: int
    large: int
    t_small: float
    t_large: float
    results: int
    prose_x: float
    growth: float
    us_per_result: float
    floor_us: float
    vs_newline: float

    @property
    def dense(self) -> bool:
        return self.results >= DENSE * self.large

    def clear_cut(self) -> bool:
        """Whether the screen's verdict stands without a confirmation.

        Growth is always confirmed (noise at small sizes looks like growth).
        A ratio verdict (times prose, times the floor, break against ``\\n``)
        is confirmed only within ``MARGIN`` of its limit either side; a dense
        row is judged per result, which the size does not change.
        """
        if self.growth > GROWTH_LIMIT:
            return False
        ratios = []
        if self.row.shape.startswith("breaks"):
            ratios.append(self.vs_newline / GROWTH_LIMIT)
        if self.prose_x > PROSE_LIMIT / MARGIN:
            ratios.append(self.prose_x / PROSE_LIMIT)
            if self.dense and self.floor_us > 0:
                ratios.append(self.us_per_result / (FLOOR_LIMIT * self.floor_us))
        return all(r > MARGIN or r < 1 / MARGIN for r in ratios)

    def problems(self) -> list[str]:
        """Why this row is bad; empty when it is fine."""
        out = []
        if self.growth > GROWTH_LIMIT:
            out.append("grows")
        if self.row.shape.startswith("breaks") and self.vs_newline > GROWTH_LIMIT:
            out.append("break > \\n")
        if self.prose_x > PROSE_LIMIT:
            if not self.dense:
                out.append("> 10x prose")
            elif self.floor_us > 0 and self.us_per_result > FLOOR_LIMIT * self.floor_us:
                out.append("> 3x floor")
        return out


def _time(fn: Callable[[str], object], text: str, repeats: int, best: bool) -> float:
    return _timed(fn, text, repeats, best)[0]


def _timed(
    fn: Callable[[str], object], text: str, repeats: int, best: bool
) -> tuple[float, object]:
    """Best or median CPU time of ``fn(text)``, and what it returned."""
    times, outs = _interleaved([(fn, text)], repeats)
    return (min(times[0]) if best else statistics.median(times[0])), outs[0]


def _interleaved(
    calls: Sequence[tuple[Callable[[str], object], str]], repeats: int
) -> tuple[list[list[float]], list[object]]:
    """CPU seconds of each call, ``repeats`` rounds of all the calls in turn.

    The calls of one round run back to back, so a row and its references
    (the prose, the ``\\n`` text) share the machine's state of that moment:
    the ratios of one round are paired. CPU time of the process
    (``time.process_time``), not wall time: on cores shared with other jobs
    the wait for a core is most of the wall clock and none of the work.
    Returns every call's times and its last output.
    """
    times: list[list[float]] = [[] for _ in calls]
    outs: list[object] = [None] * len(calls)
    for _ in range(repeats):
        for k, (fn, text) in enumerate(calls):
            outs[k] = None  # the last call's results go before the next is timed
            gc.collect()
            gc.disable()
            try:
                t0 = time.process_time()
                outs[k] = fn(text)
                times[k].append(time.process_time() - t0)
            finally:
                gc.enable()
    return times, outs


def _paired(numer: list[float], denom: list[float], best: bool, scale: float = 1.0) -> float:
    """The ratio of two interleaved timings: best over best, or the median of the rounds' ratios."""
    if best:
        return min(numer) * scale / max(min(denom), 1e-9)
    return statistics.median(a * scale / max(b, 1e-9) for a, b in zip(numer, denom, strict=True))


def _floor_seconds(
    finder: str, found: tuple[object, ...], repeats: int, quantities: tuple[object, ...] = ()
) -> float:
    """Building ``found`` again, no matching (bench/run.py build_floor).

    For ``conversions``, ``quantities`` are every quantity the finder built on
    the way (it finds them all before pairing): the floor builds them and the
    conversions.
    """
    if not found and not quantities:
        return 0.0
    doc = SimpleNamespace(quotes=(), insertions=(), markers=(), quantities=())
    if finder == "conversions":
        pairs = [c for c in found if isinstance(c, Conversion)]
        doc.quantities = quantities or tuple(q for c in pairs for q in (c.source, c.target))
        inner = build_floor(doc)  # type: ignore[arg-type]

        def build() -> object:
            made = inner()
            return made, [
                Conversion(
                    span=c.span,
                    source=c.source,
                    target=c.target,
                    expected=c.expected,
                    relative_error=c.relative_error,
                    consistent=c.consistent,
                    reading=c.reading,
                )
                for c in pairs
            ]

        return _time(lambda _: build(), "", repeats, best=False)
    setattr(doc, finder, found)
    build = build_floor(doc)  # type: ignore[arg-type]
    return _time(lambda _: build(), "", repeats, best=False)


class Search:
    """Times rows against prose, finder by finder, at given sizes.

    The prose reference (``parse()`` on BBC text of the row's larger size) is
    timed in every round beside the row, not once per size: a row's ratio to
    prose is the ratio of one moment, and a moment of load moves both.
    """

    def __init__(self, prose: str) -> None:
        self.prose = prose
        self.texts: dict[int, str] = {}
        self.plain: dict[int, str] = {}

    def prose_of(self, n: int) -> str:
        """BBC text of ``n`` characters, as it is (``\\n`` breaks)."""
        if n not in self.texts:
            self.texts[n] = repeat_to(self.prose, n)
        return self.texts[n]

    def judge(self, finder: Finder, row: Row, small: int, repeats: int, best: bool) -> Judged:
        """Time ``row`` at ``small`` and 4 times it, with prose in every round.

        ``best``: judge the best of the rounds (the screen); else the median of
        the rounds' paired ratios (the confirmation of a row that looked bad).
        """
        large = 4 * small
        a, b = row.make(small), row.make(large)
        prose = self.prose_of(large)
        calls: list[tuple[Callable[[str], object], str]] = [
            (finder.fn, a),
            (finder.fn, b),
            (quoteparse.parse, prose),
        ]
        breaks = row.shape.startswith("breaks")
        if breaks:
            calls += [(finder.fn, prose), (finder.fn, self.prose_of(small))]
        times, outs = _interleaved(calls, repeats)
        t_small_all, t_large_all, t_prose_all = times[:3]
        agg = min if best else statistics.median
        t_small, t_large = agg(t_small_all), agg(t_large_all)
        found: tuple[object, ...] = tuple(outs[1])  # type: ignore[call-overload]
        # find_conversions builds every quantity before it pairs them: its
        # results are those quantities ("1 ft 1 ft ..." pairs none and is
        # still dense in work), so its rows are judged per quantity built.
        quantities: tuple[object, ...] = ()
        if finder.name == "conversions":
            quantities = tuple(quoteparse.find_quantities(b))
        results = len(quantities) if quantities else len(found)
        # Per character: the small text's cost against the large one's.
        growth = _paired(t_large_all, t_small_all, best, len(a) / len(b))
        if breaks:
            # A breaks row is a prefix of the prose, whose first 1,000
            # characters hold fewer quotations than its first 16,000: its
            # growth is judged against the same prose's growth with \n.
            growth /= max(_paired(times[3], times[4], best, len(a) / len(b)), 1e-9)
        prose_x = _paired(t_large_all, t_prose_all, best, len(prose) / len(b))
        us = t_large / results * 1e6 if results else 0.0
        floor = 0.0
        if results and prose_x > PROSE_LIMIT / MARGIN:
            # Only a row over the prose limit is judged per result: the floor
            # is timed for those alone, which keeps the search short.
            floor = _floor_seconds(finder.name, found, 3 if best else repeats, quantities)
            floor = floor / results * 1e6
        vs_newline = _paired(t_large_all, times[3], best) if breaks else 0.0
        return Judged(
            row,
            len(a),
            len(b),
            t_small,
            t_large,
            results,
            prose_x,
            growth,
            us,
            floor,
            vs_newline,
        )

    def reconfirm(self, finder: Finder, row: Row, small: int, first: Judged) -> Judged:
        """A confirmed row that grows, confirmed twice more: the median of the three.

        Growth is the one verdict a moment of load can make on its own (the
        two sizes are timed at different moments of each round), so it stands
        only when the median confirmation shows it.
        """
        runs = [first] + [
            self.judge(finder, row, small, CONFIRM_REPEATS, best=False) for _ in range(RECONFIRMS)
        ]
        return sorted(runs, key=lambda j: j.growth)[len(runs) // 2]


def _corpus() -> Path:
    """The BBC corpus beside the checkout, or beside its parent (a git worktree)."""
    beside_parent = ROOT.parents[1] / "shared" / "corpus" / "bbc"
    return DEFAULT_CORPUS if DEFAULT_CORPUS.is_dir() else beside_parent


def prose_text(corpus: Path) -> tuple[str, str]:
    """BBC text (or our synthetic prose without the corpus) and where it came from."""
    if corpus.is_dir():
        texts = load_corpus(corpus)
        if texts:
            return "\n\n".join(texts[:200]), f"{corpus} (first 200 articles)"
    return SYNTHETIC_PROSE, "synthetic prose (bench/adversarial.py)"


VS_NEWLINE = "vs \\n"
HEADER = (
    f"  {'finder':11} {'shape':34} {'chars':>8} {'ms':>8} {'x prose':>8} {'growth':>6}"
    f" {'results':>8} {'us/res':>7} {'floor':>6} {VS_NEWLINE:>6}  verdict"
)


def line(j: Judged) -> str:
    """One table row."""
    shape = j.row.shape if len(j.row.shape) <= 34 else j.row.shape[:33] + "~"
    per = f"{j.us_per_result:7.2f} {j.floor_us:6.2f}" if j.results else f"{'':7} {'':6}"
    vs = f"{j.vs_newline:6.2f}" if j.vs_newline else f"{'':6}"
    verdict = ", ".join(j.problems()) or "ok"
    return (
        f"  {j.row.finder:11} {shape:34} {j.large:8,} {j.t_large * 1e3:8.2f} {j.prose_x:8.2f}"
        f" {j.growth:6.2f} {j.results:8,} {per} {vs}  {verdict}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Search, confirm, print the table; exit 1 when a confirmed row is bad."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer pieces")
    ap.add_argument("--finder", help="only this finder (quotes, insertions, markers, ...)")
    ap.add_argument("--all", action="store_true", help="print every row, not only bad ones")
    ap.add_argument("--corpus", type=Path, default=_corpus())
    args = ap.parse_args(argv)
    k = 4 if args.quick else 10
    # Screening every row twice at small sizes and confirming the few that
    # look bad at larger ones keeps the full search within 15 minutes.
    screen, confirm = (1_000, 4_000)
    prose, source = prose_text(args.corpus)
    search = Search(prose)
    started = time.perf_counter()
    print(
        f"quoteparse worst-input search - {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC"
        f"  python {sys.version.split()[0]}  prose: {source}"
    )
    print(
        f"screen: best of {SCREEN_REPEATS} at {screen:,} and {4 * screen:,} chars;"
        f" rows that look bad re-timed, median of {CONFIRM_REPEATS}, at {confirm:,} and"
        f" {4 * confirm:,}; CPU time, prose timed beside every row;"
        f" load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}"
    )
    print(HEADER)
    bad = 0
    screened = 0
    confirmed = 0
    # Everything built so far (modules, tables, prose) is moved out of the
    # collector's sight: a full collection of it took 40-100 ms, paid before
    # every timed call, most of the search's time. Timed calls run with the
    # collector off, after a collection of what the previous call left.
    gc.freeze()
    summary = []
    for finder in finders(k):
        if args.finder and finder.name != args.finder:
            continue
        began, bad_before, rows_before, confirmed_before = (
            time.perf_counter(),
            bad,
            screened,
            confirmed,
        )
        for row in rows(finder, prose):
            screened += 1
            j = search.judge(finder, row, screen, SCREEN_REPEATS, best=True)
            if j.problems() and not j.clear_cut():
                j = search.judge(finder, row, confirm, CONFIRM_REPEATS, best=False)
                confirmed += 1
                if j.growth > GROWTH_LIMIT:
                    j = search.reconfirm(finder, row, confirm, j)
            if j.problems():
                bad += 1
            if args.all or j.problems():
                print(line(j), flush=True)
        summary.append(
            f"  {finder.name:11} {screened - rows_before:5,} rows screened, "
            f"{confirmed - confirmed_before:4,} re-timed, {bad - bad_before:3} bad, "
            f"{time.perf_counter() - began:5.0f} s"
        )
    print("\n".join(summary))
    print(
        f"{screened:,} rows screened ({confirmed:,} re-timed) in "
        f"{time.perf_counter() - started:.0f} s; {bad} bad (growth > {GROWTH_LIMIT}, "
        f"> {PROSE_LIMIT:g}x prose unless dense "
        f"and within {FLOOR_LIMIT:g}x the build floor per result, or a break > {GROWTH_LIMIT}x "
        + VS_NEWLINE.removeprefix("vs ")
        + ")"
    )
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
