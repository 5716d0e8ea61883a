"""One runner for the case files of every finder: ``tests/cases/{finder}-{source}.jsonl``.

A case is one JSON object a line: ``label``, ``text`` and, per finder, the
expected results as a list of objects whose ``span`` (or, in the unit files,
``text``) is the exact text the result covers, in order; any other key is a
field the result must have (enums by value). ``null`` or no key expects
nothing but the checks below, except in a ``*-negative`` file, where a
finder with no key must find nothing; a file whose name has ``known-failures`` holds cases that
fail today (``xfail(strict=True)``). Every case of every file, whatever its
finder, is also checked for:

- spans that slice back to each result's text fields,
- each ``find_*`` result equal to the matching part of ``parse()``,
- a ``to_dict``/``from_dict`` round trip of every result and of the Document.

The quotation and unit files keep their own runners too (``test_quotes.py``,
``test_quantities.py``, ``test_conversions.py``) for the checks particular to
them (speakers' people, conversion errors).
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from quoteparse import (
    Document,
    find_conversions,
    find_insertions,
    find_markers,
    find_quantities,
    find_quotes,
    parse,
)
from tests.invariants import without_speaker_ids

CASES = Path(__file__).parent / "cases"

#: Each finder, the Document tuple it fills, and the key its expected results use.
FINDERS: dict[str, tuple[Callable[[str], tuple[Any, ...]], str]] = {
    "quotes": (find_quotes, "quotes"),
    "insertions": (find_insertions, "insertions"),
    "markers": (find_markers, "markers"),
    "quantities": (find_quantities, "quantities"),
    "conversions": (find_conversions, "conversions"),
}

#: The finders whose results a file of each prefix may expect.
PREFIXES = {
    "quotes": ("quotes",),
    "insertions": ("insertions",),
    "markers": ("markers",),
    "units": ("quantities", "conversions"),
}


def _load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _params() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("*.jsonl")):
        prefix, _, source = path.stem.partition("-")
        marks = []
        if "known-failures" in path.stem:
            marks.append(pytest.mark.xfail(strict=True, reason="known limitation"))
        for case in _load(path):
            negative = source == "negative"
            params.append(
                pytest.param(prefix, negative, case, id=f"{path.stem}:{case['label']}", marks=marks)
            )
    return params


PARAMS = _params()


def test_every_file_is_named_for_a_finder() -> None:
    for path in CASES.glob("*.jsonl"):
        prefix, _, source = path.stem.partition("-")
        assert prefix in PREFIXES, path.name
        assert source, path.name


def test_labels_are_unique_within_each_file() -> None:
    for path in CASES.glob("*.jsonl"):
        labels = [case["label"] for case in _load(path)]
        assert len(labels) == len(set(labels)), path.name


def _covered(result: Any, text: str) -> str:
    return str(result.span.slice(text))


def _check_expected(name: str, text: str, found: tuple[Any, ...], expected: list[Any]) -> None:
    key = "text" if name in ("quantities", "conversions") else "span"
    assert [_covered(r, text) for r in found] == [e[key] for e in expected], name
    for result, want in zip(found, expected, strict=True):
        for field, value in want.items():
            if field in (key, "person"):  # "person" is the quotation runner's
                continue
            got = getattr(result, ALIASES.get(field, field))
            if isinstance(got, enum.Enum):
                got = got.value
            elif field == "paragraphs":
                got = [p.slice(text) for p in got]
            close = pytest.approx(value) if isinstance(value, float) else value
            assert got == close, f"{field} of {want[key]!r}"


#: Text fields and the span each must slice back to.
SLICES = {
    "content": "content_span",
    "label": "label_span",
    "body": "body_span",
    "unit_text": "unit_span",
}

#: Short names the unit files use for fields.
ALIASES = {"high": "value_high"}


def _check_slices(text: str, result: Any) -> None:
    for field, span in SLICES.items():
        if hasattr(result, field):
            assert getattr(result, span).slice(text) == getattr(result, field), field


@pytest.mark.parametrize(("prefix", "negative", "case"), PARAMS)
def test_case(prefix: str, negative: bool, case: dict[str, Any]) -> None:
    text = case["text"]
    doc = parse(text)
    for name in PREFIXES[prefix]:
        find, part = FINDERS[name]
        found = find(text)
        from_parse = getattr(doc, part)
        if name == "quotes":
            from_parse = without_speaker_ids(from_parse)
        elif name == "insertions":
            from_parse = tuple(
                type(i).from_dict({**i.to_dict(), "quote": None}) for i in from_parse
            )
        assert found == from_parse, f"find_{name} differs from parse().{part}"
        for result in found:
            _check_slices(text, result)
            assert type(result).from_dict(result.to_dict()) == result
        expected = case.get(name, [] if negative else None)
        if expected is not None:
            _check_expected(name, text, found, expected)
    assert Document.from_dict(doc.to_dict()) == doc
