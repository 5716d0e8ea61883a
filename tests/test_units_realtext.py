"""Real text: the BBC and web corpora beside the checkout parse without exceptions."""

from __future__ import annotations

from pathlib import Path

import pytest

from quoteparse import find_conversions, find_quantities
from tests.conftest import CORPUS, corpus_files, read_corpus_text
from tests.test_quantities import check_invariants


def _texts(folder: str) -> list[tuple[str, str]]:
    return [(str(p.relative_to(CORPUS)), read_corpus_text(p)) for p in corpus_files(folder)]


@pytest.mark.parametrize("folder", ["bbc", "web"])
def test_corpus_parses(folder: str) -> None:
    quantities = conversions = 0
    for name, text in _texts(folder):
        found = find_quantities(text)
        check_invariants(text, found)
        pairs = find_conversions(text)
        for c in pairs:
            assert c.source in found, name
            assert c.target in found, name
        quantities += len(found)
        conversions += len(pairs)
    # Both corpora hold quantities and a few conversions (web/README.md names three).
    assert quantities > 100
    assert conversions >= 3


def test_web_corpus_conversions_named_in_its_readme() -> None:
    path = CORPUS / "web" / "yahoo-2.txt"
    if not path.exists():
        pytest.skip("../shared/corpus is not beside this checkout")
    text = Path(path).read_text(encoding="utf-8")
    spans = {c.span.slice(text): c.consistent for c in find_conversions(text)}
    assert spans.get("190 kilometers (118 miles)") is True
    assert spans.get("3,600 kilometers (2,200 miles)") is True
