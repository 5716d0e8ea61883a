"""Snapshot whole ``parse()`` Documents, to check that a speed change alters no result.

Run from the checkout root::

    python3 bench/snapshot_parse.py save /tmp/parse-before.pickle   # before a change
    python3 bench/snapshot_parse.py check /tmp/parse-before.pickle  # after it

The texts are those of ``bench/snapshot.py`` (every BBC and web corpus file when
../shared is there, the case and gold texts, walls and seeded random mixes), and
the same texts with every line break written ``\\r``, ``\\r\\n`` and ``\\u2028``.
Each is parsed with the default options; every finder's results (quotes,
insertions, markers, quantities, conversions) and the speakers are compared
with ``==``.
``check`` prints the first differences and exits 1 when any differ.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from bench.snapshot import texts  # noqa: E402
from quoteparse import parse  # noqa: E402

#: Each text is also parsed with its ``\n`` line breaks written these ways.
BREAKS = ("\r", "\r\n", "\u2028")


def snapshot() -> dict[tuple[str, str], object]:
    """(text name, line-break style) -> the Document's results."""
    result: dict[tuple[str, str], object] = {}
    for name, text in texts():
        variants = {"as is": text}
        if "\n" in text and "\r" not in text:
            for brk in BREAKS:
                variants[repr(brk)] = text.replace("\n", brk)
        for label, variant in variants.items():
            doc = parse(variant)
            result[name, label] = (
                doc.quotes,
                doc.insertions,
                doc.markers,
                doc.quantities,
                doc.conversions,
                doc.speakers,
            )
    return result


def main() -> int:
    """Save or check a snapshot; see the module docstring."""
    if len(sys.argv) != 3 or sys.argv[1] not in ("save", "check"):
        print(__doc__)
        return 2
    now = snapshot()
    path = Path(sys.argv[2])
    if sys.argv[1] == "save":
        path.write_bytes(pickle.dumps(now))
        print(f"saved {len(now)} documents to {path}")
        return 0
    before = pickle.loads(path.read_bytes())
    diffs = [key for key in before.keys() | now.keys() if before.get(key) != now.get(key)]
    print(f"{len(now)} documents, {len(diffs)} differ")
    for key in sorted(diffs)[:10]:
        print("DIFF", key)
        for label, got in (("before", before.get(key)), ("now", now.get(key))):
            print(f"  {label}:", got)
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
