"""Score find_insertions against evaluation/gold/insertions-*.jsonl.

A stop-gap until ``evaluation/evaluate.py`` scores every finder: prints, per
gold file and in total, precision, recall and F1 on exact span match, and the
accuracy of ``kind`` on matched spans with a row per gold kind. Documents
whose ``source`` is not under ../shared/corpus are skipped.

Run from the checkout root: ``python3 evaluation/score_insertions.py``.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from quoteparse import find_insertions  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def read(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def main() -> None:
    total: Counter[str] = Counter()
    kinds: Counter[tuple[str, bool]] = Counter()
    for gold_file in sorted((ROOT / "evaluation" / "gold").glob("insertions-*.jsonl")):
        counts: Counter[str] = Counter()
        for line in gold_file.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            if "insertions" not in doc:
                continue
            if "text" in doc:
                text = doc["text"]
            elif (CORPUS / doc["source"]).exists():
                text = read(CORPUS / doc["source"])
            else:
                counts["skipped"] += 1
                continue
            gold = {(g["start"], g["end"]): g["kind"] for g in doc["insertions"]}
            found = {(i.span.start, i.span.end): i.kind.value for i in find_insertions(text)}
            counts["gold"] += len(gold)
            counts["found"] += len(found)
            for span, kind in gold.items():
                if span in found:
                    counts["match"] += 1
                    kinds[kind, found[span] == kind] += 1
                    counts["kind_ok"] += found[span] == kind
                else:
                    print(f"  missed {doc['id']} {span} {kind}")
            for span, kind in found.items():
                if span not in gold:
                    print(f"  extra  {doc['id']} {span} {kind} {text[span[0] : span[1]]!r}")
        report(gold_file.name, counts)
        total.update(counts)
    report("total", total)
    print("kind accuracy on matched spans, by gold kind:")
    for kind in sorted({k for k, _ in kinds}):
        ok, n = kinds[kind, True], kinds[kind, True] + kinds[kind, False]
        print(f"  {kind:14} {ok}/{n} = {ok / n:.3f}")


def report(name: str, c: Counter[str]) -> None:
    p = c["match"] / c["found"] if c["found"] else 1.0
    r = c["match"] / c["gold"] if c["gold"] else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    acc = c["kind_ok"] / c["match"] if c["match"] else 1.0
    print(
        f"{name}: gold {c['gold']}, found {c['found']}, matched {c['match']}; "
        f"P {p:.3f} R {r:.3f} F1 {f1:.3f}; kind accuracy {acc:.3f}"
        + (f"; {c['skipped']} documents skipped" if c["skipped"] else "")
    )


if __name__ == "__main__":
    main()
