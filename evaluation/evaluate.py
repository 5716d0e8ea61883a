"""Print precision, recall and F1 per finder against the gold in ``evaluation/gold``.

Run from the repository root::

    python evaluation/evaluate.py                 # the table, markers first
    python evaluation/evaluate.py --finder markers --show-errors
    python evaluation/evaluate.py --json          # machine-readable
    python evaluation/evaluate.py --finder quotes --speaker-errors
    python evaluation/evaluate.py --holdout       # the held-out gold: the final check
    python evaluation/evaluate.py --holdout2      # the second held-out gold (BBC), likewise

The speakers table (person accuracy, unresolved rate, precision of resolved
speakers, attribution confusion) is in ``evaluation/speaker_scoring.py``.

Documents whose ``source`` is not under ``../shared/corpus`` are skipped with
a note on stderr. The scoring itself lives in ``evaluation/scoring.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

ROOT = Path(__file__).resolve().parents[1]
# The checkout's own code, whatever is installed, as the tests do.
for _path in (ROOT, ROOT / "src"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from evaluation.scoring import (  # noqa: E402
    FINDERS,
    FinderScore,
    GoldDoc,
    Item,
    load_gold,
    predicted_items,
    read_source,
    score_documents,
)
from evaluation.speaker_scoring import SpeakerScore, score_speakers  # noqa: E402
from quoteparse import parse  # noqa: E402

GOLD_DIR = ROOT / "evaluation" / "gold"
HOLDOUT_DIR = ROOT / "evaluation" / "holdout"
HOLDOUT2_DIR = ROOT / "evaluation" / "holdout2"
CORPUS = ROOT.parent / "shared" / "corpus"

#: The last run's speaker scores, by group (set by :func:`run`).
SPEAKERS: dict[str, SpeakerScore] = {}


def _web_languages(corpus: Path) -> dict[str, str]:
    """File name -> language, from the table in the web corpus README."""
    readme = corpus / "web" / "README.md"
    out: dict[str, str] = {}
    if not readme.is_file():
        return out
    for line in readme.read_text("utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) > 3 and cells[0].endswith(".txt"):
            out[cells[0]] = cells[2]
    return out


#: Gold files whose documents the speakers table shows as a row of their own, so that
#: new gold is not blended into the row that rules were tuned on (file name -> row).
FILE_GROUPS = {
    "quotes-bbc-people2.jsonl": "bbc2",
    "quotes-bbc-people3.jsonl": "bbc3",
    "quotes-web-people2.jsonl": "web-en2",
}


def _group(doc: GoldDoc, languages: dict[str, str]) -> str:
    """The speakers-table row of a document: its file's own row, else its corpus and language.

    >>> from evaluation.scoring import GoldDoc
    >>> _group(GoldDoc(id="a", source="bbc/tech/004.txt", origin="quotes-bbc-people2.jsonl:3"), {})
    'bbc2'
    >>> _group(GoldDoc(id="c", source="bbc/tech/021.txt", origin="quotes-bbc-people3.jsonl:1"), {})
    'bbc3'
    >>> _group(GoldDoc(id="b", source="bbc/tech/013.txt", origin="quotes-bbc-people.jsonl:1"), {})
    'bbc'
    """
    own_row = FILE_GROUPS.get(doc.origin.rpartition(":")[0])
    if own_row is not None:
        return own_row
    source = doc.source or ""
    if source.startswith("bbc/"):
        return "bbc"
    if source.startswith("web/"):
        lang = languages.get(source[4:], "?")
        return f"web-{lang if lang in ('en', 'de', 'fr', 'es') else 'other'}"
    return "own"


def run(
    gold_dir: Path = GOLD_DIR,
    corpus: Path = CORPUS,
    finders: Sequence[str] = FINDERS,
    notes: TextIO | None = None,
    only_file: str | None = None,
) -> tuple[dict[str, FinderScore], dict[str, int]]:
    """Parse every gold document and score it; returns the scores and document counts.

    ``only_file`` limits the run to one gold file, given by its name.
    """
    paths = sorted(gold_dir.glob("*.jsonl"))
    if only_file is not None:
        paths = [p for p in paths if p.name == only_file]
    docs = load_gold(paths)
    runs: list[tuple[GoldDoc, str, dict[str, tuple[Item, ...]]]] = []
    languages = _web_languages(corpus)
    speaker_runs: list[tuple[str, str, list[dict[str, Any]], list[dict[str, Any]]]] = []
    skipped = 0
    for doc in docs:
        text = doc.text if doc.text is not None else read_source(corpus, doc.source or "")
        if text is None:
            skipped += 1
            if notes is not None:
                print(f"note: {doc.origin} {doc.id}: {doc.source} not found, skipped", file=notes)
            continue
        predicted = predicted_items(parse(text))
        runs.append((doc, text, predicted))
        if "quotes" in finders and "quotes" in doc.annotations:
            speaker_runs.append(
                (
                    _group(doc, languages),
                    doc.id,
                    [dict(g) for g in doc.annotations["quotes"]],
                    [dict(p) for p in predicted["quotes"]],
                )
            )
    SPEAKERS.clear()
    SPEAKERS.update(score_speakers(speaker_runs))
    counts = {"documents": len(docs), "parsed": len(runs), "skipped": skipped}
    return score_documents(runs, finders), counts


def format_speakers(scores: dict[str, SpeakerScore]) -> str:
    """The speakers table: one row per group of documents, then the attribution confusion."""
    if not any(s.with_person for s in scores.values()):
        return ""
    lines = [
        "speakers as people, on quotations whose span was found:",
        f"{'group':<10} {'quotes':>6} {'mention%':>9} {'person':>7} {'person%':>8}"
        f" {'unres%':>7} {'resolved':>8} {'prec%':>6} {'wrong-open':>10}",
    ]
    for s in scores.values():
        d = s.to_dict()
        lines.append(
            f"{s.group:<10} {s.matched:>6} {_pct(d['mention_accuracy']):>9} {s.with_person:>7}"
            f" {_pct(d['person_accuracy']):>8} {_pct(d['unresolved_rate']):>7}"
            f" {s.resolved:>8} {_pct(d['resolved_precision']):>6} {s.wrong_where_open:>10}"
        )
    every = scores.get("all")
    if every is not None and every.confusion:
        lines += ["", "attribution (gold -> predicted): count"]
        for (g, p), n in sorted(every.confusion.items(), key=lambda kv: -kv[1]):
            mark = "" if g == p else "   <- differs"
            lines.append(f"  {g:>15} -> {p:<15} {n:>4}{mark}")
    return "\n".join(lines)


def format_speaker_errors(scores: dict[str, SpeakerScore]) -> str:
    """Every quotation whose person is wrong or missing."""
    every = scores.get("all")
    if every is None or not every.errors:
        return "no speaker errors"
    return "\n".join(
        f"{e['doc']} @{e['start']}: gold {e['gold']!r} ({e['gold_attribution']}), "
        f"got {e['predicted']!r} ({e['attribution']}) from mention {e['mention']!r}"
        for e in every.errors
    )


def _pct(value: float | None) -> str:
    return "    -" if value is None else f"{100 * value:5.1f}"


def format_table(scores: dict[str, FinderScore], counts: dict[str, int]) -> str:
    """The plain-text report: one P/R/F1 row per finder, then field accuracies."""
    lines = [
        f"documents: {counts['documents']} in gold, {counts['parsed']} parsed, "
        f"{counts['skipped']} skipped (corpus file absent)",
        "",
        f"{'finder':<12} {'docs':>5} {'gold':>5} {'pred':>5} {'tp':>5} {'fp':>5} {'fn':>5}"
        f" {'P%':>6} {'R%':>6} {'F1%':>6}",
    ]
    for s in scores.values():
        lines.append(
            f"{s.finder:<12} {s.documents:>5} {s.gold:>5} {s.predicted:>5} {s.tp:>5} {s.fp:>5}"
            f" {s.fn:>5} {_pct(s.precision):>6} {_pct(s.recall):>6} {_pct(s.f1):>6}"
        )
    field_lines = []
    for s in scores.values():
        for name, c in s.fields.items():
            field_lines.append(
                f"{s.finder:<12} {name:<16} {c.correct:>5}/{c.total:<5} {_pct(c.accuracy)}%"
            )
        for kind, c in sorted(s.per_kind.items()):
            field_lines.append(
                f"{s.finder:<12} {'kind=' + kind:<16} {c.correct:>5}/{c.total:<5} "
                f"{_pct(c.accuracy)}%"
            )
    if field_lines:
        lines += ["", "field accuracy on matched items:", *field_lines]
    return "\n".join(lines)


def format_errors(scores: dict[str, FinderScore]) -> str:
    """Every false positive and false negative, with 40 characters of context."""
    lines: list[str] = []
    for s in scores.values():
        for label, errors in (("FP", s.false_positives), ("FN", s.false_negatives)):
            for e in errors:
                context = f"{e.left}[[{e.text}]]{e.right}".replace("\r", "\\r").replace("\n", "\\n")
                kind = f" {e.kind}" if e.kind else ""
                lines.append(f"{s.finder} {label} {e.doc} {e.start}-{e.end}{kind}: {context}")
    return "\n".join(lines) if lines else "no errors"


def gold_dir(given: Path | None, *, holdout: bool = False, holdout2: bool = False) -> Path:
    """The directory to score: ``--gold`` when given, else a held-out set, else the gold.

    >>> gold_dir(None, holdout2=True) == HOLDOUT2_DIR
    True
    >>> gold_dir(Path("elsewhere"), holdout=True).name
    'elsewhere'
    """
    if given is not None:
        return given
    if holdout2:
        return HOLDOUT2_DIR
    return HOLDOUT_DIR if holdout else GOLD_DIR


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--finder", choices=FINDERS, action="append", help="score only these")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    parser.add_argument("--show-errors", action="store_true", help="list false positives/negatives")
    parser.add_argument("--by-file", action="store_true", help="also one table per gold file")
    parser.add_argument("--gold", type=Path, default=None, help="directory of *.jsonl gold")
    held_out = parser.add_mutually_exclusive_group()
    held_out.add_argument(
        "--holdout", action="store_true", help="score the held-out gold (evaluation/holdout)"
    )
    held_out.add_argument(
        "--holdout2",
        action="store_true",
        help="score the second held-out gold (evaluation/holdout2)",
    )
    parser.add_argument(
        "--speaker-errors", action="store_true", help="list quotations with a wrong person"
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the shared corpus directory")
    args = parser.parse_args(argv)
    finders = tuple(f for f in FINDERS if f in args.finder) if args.finder else FINDERS
    args.gold = gold_dir(args.gold, holdout=args.holdout, holdout2=args.holdout2)
    scores, counts = run(args.gold, args.corpus, finders, notes=sys.stderr)
    speakers = dict(SPEAKERS)
    if args.json:
        out: dict[str, Any] = {
            "counts": counts,
            "finders": [s.to_dict() for s in scores.values()],
            "speakers": [s.to_dict() for s in speakers.values()],
        }
        if args.show_errors:
            out["errors"] = {
                s.finder: {
                    "false_positives": [vars(e) for e in s.false_positives],
                    "false_negatives": [vars(e) for e in s.false_negatives],
                }
                for s in scores.values()
            }
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        print(format_table(scores, counts))
        table = format_speakers(speakers)
        if table:
            print()
            print(table)
        if args.speaker_errors:
            print()
            print(format_speaker_errors(speakers))
        if args.by_file:
            for path in sorted(args.gold.glob("*.jsonl")):
                file_scores, file_counts = run(args.gold, args.corpus, finders, None, path.name)
                print(f"\n== {path.name}")
                print(format_table(file_scores, file_counts))
        if args.show_errors:
            print()
            print(format_errors(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
