"""Snapshot find_quotes results, to check that a speed-up changes nothing.

Run from the checkout root::

    python3 bench/snapshot.py save /tmp/quotes-before.pickle   # before a change
    python3 bench/snapshot.py check /tmp/quotes-before.pickle  # after it

The texts: every BBC and web corpus file (needs ../shared), the texts of
``tests/cases/*.jsonl`` and ``evaluation/gold/*.jsonl``, small walls of marks,
and seeded random mixes of quote marks, letters, digits, punctuation and line
breaks; each run with the default options and a few others. ``check`` prints
the first differences and exits 1 when any result differs.
"""

from __future__ import annotations

import json
import pickle
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from quoteparse import Options, find_quotes  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"

OPTIONS = {
    "default": Options(),
    "no-attribution": Options(attribution=False),
    "no-multi-paragraph": Options(multi_paragraph=False),
    "depth-1": Options(max_quote_depth=1),
    "depth-5": Options(max_quote_depth=5),
}

# Characters the random texts are drawn from: every kind of mark, the
# neighbours that decide a mark's role, and the words attribution looks for.
_PIECES = [
    *"\"'\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d\u300e\u300f\u201a\u2039\u203a",
    *"abcXYZ 0123456789.,;:!?-()[]\u2013\u2014\u2026",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\u2028",
    "\u00a0",
    "\u8bf4",
    " said ",
    " she said",
    "Mr Smith",
    " told the BBC: ",
    " according to ",
    " so-called ",
    " called ",
    "don't",
    "'60s",
    "6'2\"",
    '27"',
    " the Joneses' ",
    ", ",
    ". ",
    "The minister said:\n",
]


def read(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def texts() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if CORPUS.is_dir():
        for sub in ("bbc", "web"):
            for path in sorted((CORPUS / sub).rglob("*.txt")):
                out.append((str(path.relative_to(CORPUS)), read(path)))
        seed = CORPUS / "seed-article.txt"
        if seed.is_file():
            out.append(("seed-article.txt", read(seed)))
    for path in sorted([*ROOT.glob("tests/cases/*.jsonl"), *ROOT.glob("evaluation/gold/*.jsonl")]):
        for k, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                case = json.loads(line)
                if isinstance(case.get("text"), str):
                    out.append((f"{path.name}:{k}", case["text"]))
    for mark in "\"'\u201c\u00ab\u201e[":
        out.append((f"wall {mark!r}", mark * 5000))
        out.append((f"alternating {mark!r}", (mark + "a ") * 2000))
    rng = random.Random(6)
    for k in range(3000):
        size = rng.choice((5, 20, 80, 300))
        out.append((f"random {k}", "".join(rng.choice(_PIECES) for _ in range(size))))
    return out


def snapshot() -> dict[tuple[str, str], object]:
    result: dict[tuple[str, str], object] = {}
    for name, text in texts():
        for label, opts in OPTIONS.items():
            result[name, label] = find_quotes(text, options=opts)
    return result


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[1] not in ("save", "check"):
        print(__doc__)
        return 2
    now = snapshot()
    path = Path(sys.argv[2])
    if sys.argv[1] == "save":
        path.write_bytes(pickle.dumps(now))
        print(f"saved {len(now)} results to {path}")
        return 0
    before = pickle.loads(path.read_bytes())
    diffs = [key for key in before.keys() | now.keys() if before.get(key) != now.get(key)]
    quotes = sum(len(v) for v in now.values() if isinstance(v, tuple))
    print(f"{len(now)} results ({quotes:,} quotes), {len(diffs)} differ")
    for key in sorted(diffs)[:10]:
        print("DIFF", key)
        print("  before:", before.get(key))
        print("  now:   ", now.get(key))
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
