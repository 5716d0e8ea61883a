"""Snapshot the unit finders' results, to prove a speed change leaves them identical.

Run from the checkout root: ``python3 bench/snapshot_units.py save FILE`` before a
change, then ``python3 bench/snapshot_units.py check FILE`` after it. Covers every
BBC and web corpus file (under ../shared, when present) and the texts of
``tests/cases/units-*.jsonl``, plus a few adversarial strings. Results are compared
with ``==`` and their ``repr`` (so ``-0.0`` vs ``0.0`` and NaN would show).
"""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from quoteparse import find_conversions, find_quantities  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def texts() -> list[tuple[str, str]]:
    """(name, text) pairs: corpus files, case texts and adversarial strings."""
    out: list[tuple[str, str]] = []
    for sub in ("bbc", "web"):
        for path in sorted((CORPUS / sub).rglob("*.txt")):
            out.append((str(path.relative_to(CORPUS)), _decode(path.read_bytes())))
    for path in sorted((ROOT / "tests" / "cases").glob("units-*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                out.append((f"{path.name}:{n}", json.loads(line)["text"]))
    out += [
        ("adv-digits", "1 2 33 444 5555 " * 2000),
        ("adv-mile", "1 mile (" * 3000),
        ("adv-12", "12 12 12 " * 3000),
        ("adv-words", "one two three miles five-year-old twenty-five km " * 500),
        ("adv-money", "£1£1$2-$3 €4.5bn to £5bn " * 500),
    ]
    return out


def snapshot() -> dict[str, tuple[str, str]]:
    """Name -> repr of [find_quantities(t), find_conversions(t)]."""
    return {name: (repr(find_quantities(t)), repr(find_conversions(t))) for name, t in texts()}


def main() -> None:
    mode, file = sys.argv[1], Path(sys.argv[2])
    snap = snapshot()
    if mode == "save":
        file.write_bytes(pickle.dumps(snap))
        print(f"saved {len(snap)} texts to {file}")
        return
    base = pickle.loads(file.read_bytes())
    diff = [k for k in base.keys() | snap.keys() if base.get(k) != snap.get(k)]
    for k in sorted(diff)[:20]:
        print("DIFF", k)
        b, s = base.get(k), snap.get(k)
        print("  before:", b and b[0][:2000])
        print("  after: ", s and s[0][:2000])
    print(f"{len(snap)} texts, {len(diff)} differ")
    sys.exit(1 if diff else 0)


if __name__ == "__main__":
    main()
