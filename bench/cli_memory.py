"""Peak memory of ``quoteparse --json`` on one big file, this checkout against others.

Run from the repository root::

    git archive main src | tar -x -C /tmp/qp-main    # a peer: main's sources
    python bench/cli_memory.py --peer main=/tmp/qp-main/src --repeats 3

It writes one file of about ``--chars`` characters (the BBC corpus repeated,
UTF-8), then runs ``python -m quoteparse --json FILE > /dev/null`` under
``/usr/bin/time -v`` for this checkout's ``src/`` and each ``--peer``, in turn,
``--repeats`` times, and prints the median maximum resident set size in MB and
per input character. The same interpreter runs every checkout, so only the
sources differ. Issue 14 asks at most 12 bytes per character.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent.parent / "shared" / "corpus" / "bbc"

# /usr/bin/time -v's line with the peak resident set size, in kilobytes.
_MAX_RSS = re.compile(r"Maximum \s resident \s set \s size \s \(kbytes\): \s* (?P<kb>\d+)", re.X)


def build(path: Path, chars: int, corpus: Path) -> int:
    """Write the corpus's articles, repeated, until ``path`` holds ``chars`` characters."""
    articles = []
    for file in sorted(corpus.glob("*/*.txt")):
        data = file.read_bytes()
        try:
            articles.append(data.decode("utf-8"))
        except UnicodeDecodeError:
            articles.append(data.decode("cp1252"))
    pieces: list[str] = []
    size = 0
    while size < chars:
        for text in articles:
            pieces.append(text + "\n\n")
            size += len(text) + 2
            if size >= chars:
                break
    text = "".join(pieces)
    path.write_text(text, encoding="utf-8")
    return len(text)


def peak_kb(src: Path, file: Path) -> int:
    """Maximum RSS in kB of one ``quoteparse --json`` run with ``src`` on the path."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    command = ["/usr/bin/time", "-v", sys.executable, "-m", "quoteparse", "--json", str(file)]
    done = subprocess.run(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True
    )
    found = _MAX_RSS.search(done.stderr)
    if found is None:
        raise SystemExit(f"no maximum RSS in /usr/bin/time's output:\n{done.stderr}")
    return int(found["kb"])


def main() -> None:
    """Build the file, measure every checkout, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=20_000_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument(
        "--peer", action="append", default=[], metavar="NAME=SRC", help="another src/ folder"
    )
    args = parser.parse_args()
    checkouts = [("this checkout", ROOT / "src")]
    checkouts += [(peer.split("=", 1)[0], Path(peer.split("=", 1)[1])) for peer in args.peer]
    with tempfile.TemporaryDirectory() as tmp:
        file = Path(tmp) / "big.txt"
        chars = build(file, args.chars, args.corpus)
        print(f"file: {chars:,} characters, {file.stat().st_size:,} bytes (UTF-8)")
        runs: dict[str, list[int]] = {name: [] for name, _ in checkouts}
        for _ in range(args.repeats):  # interleaved, so drift on the machine hits all alike
            for name, src in checkouts:
                runs[name].append(peak_kb(src, file))
        print(f"{'checkout':<16} {'max RSS (median)':>17} {'bytes/char':>11}  runs (MB)")
        for name, kbs in runs.items():
            mb = statistics.median(kbs) / 1024
            per_char = statistics.median(kbs) * 1024 / chars
            each = ", ".join(f"{kb / 1024:.0f}" for kb in kbs)
            print(f"{name:<16} {mb:>14.0f} MB {per_char:>11.1f}  {each}")


if __name__ == "__main__":
    main()
