"""The doctests in these pages skip, saying why, where an optional package is missing."""

from __future__ import annotations

import importlib
import importlib.util

import pytest

# The API reference's griffe extension needs the docs extra even to be imported.
collect_ignore = [] if importlib.util.find_spec("griffe") else ["_tools/griffe_doctest.py"]

# Page -> the optional packages its examples import.
_NEEDS = {"pandas.md": ("pandas", "pyarrow"), "spacy.md": ("spacy",)}


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Skip a page's doctest when the package it needs is not installed."""
    needs = _NEEDS.get(item.path.name, ())
    missing = [name for name in needs if importlib.util.find_spec(name) is None]
    if missing:
        pytest.skip(f"docs/{item.path.name} needs {', '.join(missing)}: pip install -e '.[test]'")
    if "spacy" in needs:
        # An installed quoteparse registers the factory through its entry point; a
        # checkout run with pythonpath=src is not installed, so register it by import
        # (tests/test_spacy.py checks the entry point itself).
        importlib.import_module("quoteparse.integrations.spacy")
