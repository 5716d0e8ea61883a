"""Doctests of modules that need an optional extra skip, saying why, where it is missing.

``pytest`` collects the doctests of every module in ``src/quoteparse``; a module
that imports an extra at its top (the spaCy component) is left out of the
collection when that extra is missing, and a module whose examples use one
(``quoteparse.pandas``) has its doctests skipped, so a checkout without the
extras runs the rest cleanly.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_SRC = Path(__file__).resolve().parent / "src" / "quoteparse"

# Module -> the optional packages its import or its examples need.
_NEEDS: dict[Path, tuple[str, ...]] = {
    _SRC / "integrations" / "spacy.py": ("spacy",),
    _SRC / "pandas.py": ("pandas", "pyarrow"),
}

# Modules that import an extra at their top cannot even be collected without it.
_IMPORTS_AT_TOP = {_SRC / "integrations" / "spacy.py"}


def _missing(path: Path) -> list[str]:
    return [name for name in _NEEDS.get(path, ()) if importlib.util.find_spec(name) is None]


collect_ignore = [
    str(path.relative_to(Path(__file__).resolve().parent))
    for path in sorted(_IMPORTS_AT_TOP)
    if _missing(path)
]


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Skip a module's doctest when a package its examples need is not installed."""
    missing = _missing(Path(item.path).resolve())
    if missing:
        pytest.skip(f"{item.path.name} needs {', '.join(missing)}: pip install -e '.[test]'")
