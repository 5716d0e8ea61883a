"""Real text: every article in ../shared/corpus parses and keeps the invariants."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from quoteparse import find_quotes, parse
from tests.conftest import corpus_files, read_corpus_text
from tests.invariants import check_document, without_speaker_ids
from tests.quote_checks import check_invariants


@pytest.mark.parametrize("sub", ["bbc", "web"])
def test_every_corpus_article_parses(sub: str) -> None:
    files = corpus_files(sub)
    assert len(files) == (2225 if sub == "bbc" else 110)
    validator = jsonschema.Draft202012Validator(
        json.loads(resources.files("quoteparse").joinpath("schema.json").read_text("utf-8"))
    )
    for n, path in enumerate(files):
        text = read_corpus_text(path)
        doc = parse(text)
        check_document(doc)
        check_invariants(text, doc.quotes)
        assert find_quotes(text) == without_speaker_ids(doc.quotes), path.name
        if n % 50 == 0:  # the schema check is slow; a sample covers the shape
            validator.validate(json.loads(json.dumps(doc.to_dict())))
