"""``re`` with hand-written letter ranges against ``regex`` with ``\\p{...}`` classes.

Run from the repository root (needs ../shared for the corpus)::

    python bench/letter_classes.py          # medians of 7

Two speaker patterns write a letter class by hand, because ``re`` has no
Unicode property classes: ``INVERSION_SKIP`` (``[a-zß-öø-ÿ]``, inside
``speakers.cue_after._AFTER_RE``) and ``speakers.inverted._V2_RE``
(``[A-ZÀ-ÖØ-Þ]``). The script records every call ``parse()`` makes to those
two compiled patterns over the BBC and web corpus, then replays the calls
against the ``re`` pattern, the same pattern compiled by ``regex`` with
``\\p{Ll}`` / ``\\p{Lu}``, and by ``regex`` with the same ranges (the engine
alone), in one process. It prints whether the hits agree and the time ratios
(above 1: slower than ``re``). See docs/performance.md, "Measured design choices".
"""

from __future__ import annotations

import platform
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src")]

import quoteparse  # noqa: E402
from quoteparse.speakers import cue_after, inverted  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"

#: (module, attribute, the hand-written class, the property class meaning it).
PATTERNS = (
    (cue_after, "_AFTER_RE", "[a-zß-öø-ÿ]", r"\p{Ll}"),
    (inverted, "_V2_RE", "[A-ZÀ-ÖØ-Þ]", r"\p{Lu}"),
)

Call = tuple[str, str, tuple[Any, ...]]


class _Recorder:
    """Stands for a compiled pattern and notes each call made to it."""

    def __init__(self, pattern: re.Pattern[str], calls: list[Call]) -> None:
        self._pattern = pattern
        self._calls = calls

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._pattern, name)

        def call(text: str, *args: Any) -> Any:
            self._calls.append((name, text, args))
            return method(text, *args)

        return call


def _texts() -> list[str]:
    bbc = sorted((CORPUS / "bbc").glob("*/*.txt"))
    web = sorted((CORPUS / "web").glob("**/*.txt"))
    return [p.read_text(encoding="latin-1") for p in bbc] + [
        p.read_text(encoding="utf-8", errors="replace") for p in web
    ]


def _replay(pattern: Any, calls: list[Call], rounds: int = 5) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        for name, text, args in calls:
            getattr(pattern, name)(text, *args)
    return time.perf_counter() - start


def main(repeats: int = 7) -> None:
    """Record, replay and print; see the module docstring."""
    texts = _texts()
    recorded: list[list[Call]] = []
    for module, attr, _, _ in PATTERNS:
        calls: list[Call] = []
        recorded.append(calls)
        setattr(module, attr, _Recorder(getattr(module, attr), calls))
    try:
        for text in texts:
            quoteparse.parse(text)
    finally:
        for module, attr, _, _ in PATTERNS:
            setattr(module, attr, getattr(module, attr)._pattern)
    print(f"{len(texts)} texts; Python {platform.python_version()}, regex {regex.__version__}")
    for (module, attr, hand, prop), calls in zip(PATTERNS, recorded, strict=True):
        plain: re.Pattern[str] = getattr(module, attr)
        assert hand in plain.pattern, (attr, hand)
        flags = plain.flags & ~re.UNICODE
        peers = {
            "regex, property class": regex.compile(plain.pattern.replace(hand, prop), flags),
            "regex, same ranges": regex.compile(plain.pattern, flags),
        }
        for label, peer in peers.items():
            same = all(
                (getattr(plain, n)(t, *a) is None) == (getattr(peer, n)(t, *a) is None)
                for n, t, a in calls
            )
            times: dict[str, list[float]] = {"re": [], label: []}
            for _ in range(repeats):
                times["re"].append(_replay(plain, calls))
                times[label].append(_replay(peer, calls))
            base = statistics.median(times["re"])
            ratio = statistics.median(times[label]) / base
            print(
                f"{module.__name__}.{attr} ({len(calls)} calls): "
                f"re {base * 1e3 / 5:.1f} ms a pass; "
                f"{label} {ratio:.2f}x the time; same hits: {same}"
            )


if __name__ == "__main__":
    main()
