"""Empirical regex review: every module-level pattern in quoteparse on hostile walls.

Run from the repository root::

    python bench/regex_review.py            # walls of 20,000 characters
    python bench/regex_review.py 5000 20    # size, rows to print

Each compiled pattern (``re`` or ``regex``) found at module level in the
package gets one ``search`` from position 0 and 200 ``match`` calls at evenly
spaced positions, on a wall of each unit in :data:`UNITS`; a call over 20
seconds counts as a hang. The slowest rows print first. A pattern slow here
is a hazard only where a finder uses it that way (a ``search`` over a long
range rather than a ``match`` at one position), so read the rows beside the
adversarial table of ``bench/run.py``, which times the finders themselves.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import signal
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src")]

import regex  # type: ignore[import-untyped, unused-ignore]  # noqa: E402

import quoteparse  # noqa: E402

# Units whose walls stress leading optional runs, number readers, quote
# pairing, bracket pairing, labels and attribution windows.
UNITS = (
    *('"', "'", "\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
    *("\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}", "\N{DOUBLE LOW-9 QUOTATION MARK}"),
    *("[", "]", "(", ")", "((", "[[", "[a]", "[...] "),
    *("1", "1 ", "1,", "1.", "one ", "hundred ", "per cent ", "$", "\N{POUND SIGN}1"),
    *("mile ", "km ", "1 mile (", "5'11\" "),
    *(" ", "\t", "\N{NO-BREAK SPACE}", "\n", "a", "a ", "A. ", "The ", "'s "),
    *("-", "- ", "\N{EM DASH}", ".", "..."),
    *("Comment: ", "said ", ", \N{EM DASH} A. ", "according to "),
)
HANG_SECONDS = 20


class _Hang(Exception):
    pass


def _alarm(*_: Any) -> None:
    raise _Hang


def patterns() -> list[tuple[str, Any]]:
    """(module.NAME, compiled pattern) for every module-level pattern in the package."""
    found = []
    for info in pkgutil.walk_packages(quoteparse.__path__, "quoteparse."):
        if ".integrations." in info.name:
            continue  # optional tools, no patterns
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern | regex.Pattern):
                found.append((f"{info.name}.{name}", value))
    return found


def review(size: int) -> list[tuple[float, float, str, str]]:
    """(search seconds, 200 matches seconds, pattern, unit) for every pattern and unit."""
    rows = []
    signal.signal(signal.SIGALRM, _alarm)
    for name, pattern in patterns():
        for unit in UNITS:
            text = (unit * (size // len(unit) + 1))[:size]
            signal.alarm(HANG_SECONDS)
            try:
                start = time.perf_counter()
                pattern.search(text)
                searched = time.perf_counter() - start
                start = time.perf_counter()
                for pos in range(0, size, max(1, size // 200)):
                    pattern.match(text, pos)
                matched = time.perf_counter() - start
            except _Hang:
                searched = matched = float("inf")
            finally:
                signal.alarm(0)
            rows.append((searched, matched, name, unit))
    return rows


def main() -> None:
    """Print the slowest rows."""
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    rows = review(size)
    print(
        f"{len(rows) // len(UNITS)} patterns x {len(UNITS)} walls of {size:,} chars: "
        "one search from 0, 200 matches"
    )
    for searched, matched, name, unit in sorted(rows, key=lambda r: -max(r[0], r[1]))[:top]:
        print(
            f"  search {searched * 1e3:9.1f} ms  matches {matched * 1e3:8.1f} ms  {name}  {unit!r}"
        )


if __name__ == "__main__":
    main()
