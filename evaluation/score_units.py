"""P/R/F1 of the unit finders on the gold files evaluation/gold/units-*.jsonl.

Run from the checkout root: ``python3 evaluation/score_units.py [--show]``.
Exact span match; on matched spans, accuracy of ``value`` and ``unit``
(quantities) and of ``consistent`` (conversions). Documents with a ``source``
are read from ../shared/corpus (skipped when it is absent). ``--show`` lists
misses and false hits. A stop-gap until evaluation/evaluate.py covers units.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from quoteparse import parse  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def _text(row: dict[str, Any]) -> str | None:
    if "text" in row:
        return str(row["text"])
    path = CORPUS / row["source"]
    if not path.exists():
        return None
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def _prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp}, fp {fp}, fn {fn})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    for gold_file in sorted((ROOT / "evaluation" / "gold").glob("units-*.jsonl")):
        counts = {"quantities": [0, 0, 0], "conversions": [0, 0, 0]}
        fields = {"value": [0, 0], "unit": [0, 0], "consistent": [0, 0]}
        docs = 0
        for line in gold_file.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            text = _text(row)
            if text is None:
                continue
            docs += 1
            doc = parse(text)
            if "quantities" in row:
                got = {(q.span.start, q.span.end): q for q in doc.quantities}
                want = {(g["start"], g["end"]): g for g in row["quantities"]}
                c = counts["quantities"]
                for key, g in want.items():
                    if key in got:
                        c[0] += 1
                        q = got[key]
                        fields["value"][0] += math.isclose(q.value, g["value"], rel_tol=1e-6)
                        fields["unit"][0] += q.unit == g["unit"]
                        fields["value"][1] += 1
                        fields["unit"][1] += 1
                        if args.show and (
                            q.unit != g["unit"]
                            or not math.isclose(q.value, g["value"], rel_tol=1e-6)
                        ):
                            print(
                                f"  field {row['id']} {text[key[0] : key[1]]!r}: "
                                f"got {q.value} {q.unit}, want {g['value']} {g['unit']}"
                            )
                    else:
                        c[2] += 1
                        if args.show:
                            print(f"  miss  {row['id']} {text[key[0] : key[1]]!r}")
                for key in got.keys() - want.keys():
                    c[1] += 1
                    if args.show:
                        print(f"  false {row['id']} {text[key[0] : key[1]]!r}")
            if "conversions" in row:
                got_c = {(x.span.start, x.span.end): x for x in doc.conversions}
                want_c = {(g["start"], g["end"]): g for g in row["conversions"]}
                c = counts["conversions"]
                for key, g in want_c.items():
                    if key in got_c:
                        c[0] += 1
                        fields["consistent"][0] += got_c[key].consistent is g["consistent"]
                        fields["consistent"][1] += 1
                    else:
                        c[2] += 1
                        if args.show:
                            print(f"  miss  {row['id']} {text[key[0] : key[1]]!r}")
                for key in got_c.keys() - want_c.keys():
                    c[1] += 1
                    if args.show:
                        print(f"  false {row['id']} {text[key[0] : key[1]]!r}")
        print(f"{gold_file.name}: {docs} documents")
        for name, (tp, fp, fn) in counts.items():
            print(f"  {name:12s} {_prf(tp, fp, fn)}")
        for name, (right, total) in fields.items():
            if total:
                print(
                    f"  {name:12s} accuracy on matched spans {right}/{total} = {right / total:.3f}"
                )


if __name__ == "__main__":
    main()
