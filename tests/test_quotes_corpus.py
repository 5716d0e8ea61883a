"""Real text: every BBC and web article parses with no exception and no crossing spans."""

from __future__ import annotations

from pathlib import Path

import pytest

from quoteparse import QuoteKind, find_quotes, parse
from tests.conftest import CORPUS
from tests.quote_checks import check_invariants


def _read(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def _files(sub: str) -> list[Path]:
    folder = CORPUS / sub
    if not folder.is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")
    return sorted(folder.rglob("*.txt"))


@pytest.mark.parametrize(("sub", "count"), [("bbc", 2225), ("web", 110)])
def test_every_article_parses_with_no_crossing_spans(sub: str, count: int) -> None:
    files = [p for p in _files(sub) if p.name.upper() != "README.TXT"]
    assert len(files) == count
    for path in files:
        text = _read(path)
        quotes = find_quotes(text)
        check_invariants(text, quotes)
        assert parse(text).quotes == quotes, path.name


def test_bbc_quotes_are_mostly_closed_and_attributed() -> None:
    closed = total = speech = attributed = 0
    for path in _files("bbc"):
        for q in find_quotes(_read(path)):
            total += 1
            closed += q.closed
            if q.kind is QuoteKind.SPEECH:
                speech += 1
                attributed += q.speaker is not None
    assert total > 9000
    assert closed / total > 0.98
    assert attributed / speech > 0.8
