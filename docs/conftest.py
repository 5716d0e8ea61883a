"""The doctests in these pages skip, saying why, where an optional package is missing."""

from __future__ import annotations

import importlib
import importlib.util

import pytest

# Page -> the optional package its examples import.
_NEEDS = {"pandas.md": "pandas", "spacy.md": "spacy"}


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Skip a page's doctest when the package it needs is not installed."""
    need = _NEEDS.get(item.path.name)
    if need is not None and importlib.util.find_spec(need) is None:
        pytest.skip(f"docs/{item.path.name} needs {need}: pip install -e '.[test]'")
    if need == "spacy":
        # An installed quoteparse registers the factory through its entry point; a
        # checkout run with pythonpath=src is not installed, so register it by import
        # (tests/test_spacy.py checks the entry point itself).
        importlib.import_module("quoteparse.integrations.spacy")
