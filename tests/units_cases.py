"""Load the unit finders' example cases from tests/cases/units-*.jsonl."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

CASES = Path(__file__).parent / "cases"


def load(name: str) -> list[Any]:
    """The cases of one file as pytest params with ids from their labels."""
    rows = []
    path = CASES / name
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            case = json.loads(line)
            marks = (
                [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
            )
            rows.append(pytest.param(case, id=case["label"], marks=marks))
    return rows
