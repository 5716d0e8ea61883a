"""Shared fixtures: the checkout's ../shared corpus, when it is there."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The seed article from ../shared/corpus; skips when ../shared is absent."""
    path = CORPUS / "seed-article.txt"
    if not path.exists():
        pytest.skip("../shared/corpus is not beside this checkout")
    return path.read_text(encoding="utf-8")
