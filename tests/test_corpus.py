"""Real text: every article in ../shared/corpus parses and keeps the invariants."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from quoteparse import parse
from tests.conftest import CORPUS
from tests.invariants import check_document


def _read(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _files(sub: str) -> list[Path]:
    folder = CORPUS / sub
    if not folder.is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")
    return sorted(p for p in folder.rglob("*.txt") if p.name.upper() != "README.TXT")


@pytest.mark.parametrize("sub", ["bbc", "web"])
def test_every_corpus_article_parses(sub: str) -> None:
    files = _files(sub)
    assert len(files) >= (2225 if sub == "bbc" else 110)
    validator = jsonschema.Draft202012Validator(
        json.loads(resources.files("quoteparse").joinpath("schema.json").read_text("utf-8"))
    )
    for n, path in enumerate(files):
        doc = parse(_read(path))
        check_document(doc)
        if n % 50 == 0:  # the schema check is slow; a sample covers the shape
            validator.validate(json.loads(json.dumps(doc.to_dict())))
