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


def read_corpus_text(path: Path) -> str:
    """A corpus file as gold offsets see it: UTF-8, else cp1252 (one BBC file), unstripped."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def corpus_files(sub: str) -> list[Path]:
    """The articles under ../shared/corpus/<sub>, sorted; skips when ../shared is absent."""
    folder = CORPUS / sub
    if not folder.is_dir():
        pytest.skip("../shared/corpus is not beside this checkout")
    return sorted(p for p in folder.rglob("*.txt") if p.name.upper() != "README.TXT")
