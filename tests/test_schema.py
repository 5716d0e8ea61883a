"""The shipped JSON Schema: up to date with the code, and real output validates."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteparse import parse
from quoteparse._schema import json_schema

SCHEMA = json.loads(resources.files("quoteparse").joinpath("schema.json").read_text("utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "wire-story.txt"


def test_shipped_schema_is_what_the_code_builds() -> None:
    assert json.loads(json.dumps(json_schema())) == SCHEMA, (
        "run: python -m quoteparse._schema > src/quoteparse/schema.json"
    )
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_seed_article_output_is_valid(seed_text: str) -> None:
    plain = json.loads(json.dumps(parse(seed_text).to_dict()))
    VALIDATOR.validate(plain)
    assert len(plain["markers"]) == 3


def test_example_output_is_valid_with_and_without_text() -> None:
    doc = parse(EXAMPLE.read_text("utf-8"))
    VALIDATOR.validate(json.loads(json.dumps(doc.to_dict())))
    VALIDATOR.validate(json.loads(json.dumps(doc.to_dict(include_text=False))))


def test_schema_rejects_a_broken_document() -> None:
    plain = parse("Comment: x").to_dict()
    plain["markers"][0]["kind"] = "gossip"
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(plain)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab "“”„«»[]()0123456789.,:\n\rkm mile Comment'))))
def test_random_output_is_valid(text: str) -> None:
    VALIDATOR.validate(json.loads(json.dumps(parse(text).to_dict())))
