"""Each rejection rule of the quantity finder serves its case, and only that rule does."""

from __future__ import annotations

import pytest

from quoteparse import find_quantities
from quoteparse.units import quantities, rejections
from quoteparse.units.rejections import Rejection, Rule

STAGES = ("SYMBOL_RULES", "NAME_RULES", "VALUE_RULES", "PLACED_RULES")
ALL: list[tuple[str, Rule]] = [
    (stage, rule) for stage in STAGES for rule in getattr(rejections, stage)
]


def test_every_rejection_has_one_rule() -> None:
    names = [rule.name for _, rule in ALL]
    assert sorted(names, key=lambda r: r.value) == sorted(Rejection, key=lambda r: r.value)
    assert len({rule.case for _, rule in ALL}) == len(ALL)


@pytest.mark.parametrize(("stage", "rule"), ALL, ids=[rule.name.value for _, rule in ALL])
def test_each_rule_serves_its_case(stage: str, rule: Rule, monkeypatch: pytest.MonkeyPatch) -> None:
    # The case is what the rule serves ("1080p" is no quantity; "from 10 to 15 km"
    # gives only "15 km"): without the rule the finder reads it otherwise.
    kept = find_quantities(rule.case)
    others = tuple(r for r in getattr(rejections, stage) if r is not rule)
    tests = f"_{stage.split('_', maxsplit=1)[0]}_TESTS"
    monkeypatch.setattr(quantities, tests, quantities._rule_tests(others))
    assert find_quantities(rule.case) != kept
