"""Real-text tests: the BBC and web gold insertions, and invariants over the whole corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quoteparse import find_insertions

from .conftest import CORPUS, read_corpus_text

GOLD_DIR = Path(__file__).resolve().parents[1] / "evaluation" / "gold"

# Real documents the finder is known to get wrong, with the reason.
KNOWN_FAILURES = {
    "ins-web-lazy-image-2": "game-source citations such as [MP3 SP] read as clarifications",
}


def _docs() -> list[Any]:
    params = []
    for name in ("insertions-bbc.jsonl", "insertions-web.jsonl"):
        for line in (GOLD_DIR / name).read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)
            reason = KNOWN_FAILURES.get(doc["id"])
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            params.append(pytest.param(doc, id=doc["id"], marks=marks))
    return params


@pytest.mark.parametrize("doc", _docs())
def test_gold_document(doc: dict[str, Any]) -> None:
    path = CORPUS / doc["source"]
    if not path.exists():
        pytest.skip("../shared/corpus is not beside this checkout")
    text = read_corpus_text(path)
    found = find_insertions(text)
    assert [(i.span.start, i.span.end, i.kind.value) for i in found] == [
        (g["start"], g["end"], g["kind"]) for g in doc["insertions"]
    ]


def test_whole_corpus_invariants() -> None:
    paths = sorted(CORPUS.rglob("*.txt"))
    if not paths:
        pytest.skip("../shared/corpus is not beside this checkout")
    total = 0
    for path in paths:
        text = read_corpus_text(path)
        end = 0
        for ins in find_insertions(text):
            assert ins.span.start >= end
            end = ins.span.end
            assert ins.content_span.slice(text) == ins.content
            total += 1
    assert total > 100
