"""The docs describe every field the code produces."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import pytest

import quoteparse
from quoteparse import (
    Conversion,
    Document,
    Insertion,
    Marker,
    Quantity,
    Quote,
    Speaker,
    find_quotes,
)
from quoteparse.model import (
    Attribution,
    Dimension,
    Gender,
    InsertionKind,
    MarkerKind,
    QuoteKind,
    SpeakerKind,
)
from quoteparse.quote_marks import PAIRS

DOCS = Path(__file__).resolve().parents[1] / "docs"


@pytest.mark.parametrize("cls", [Document, Quote, Speaker, Insertion, Marker, Quantity, Conversion])
def test_json_page_lists_every_field(cls: type) -> None:
    page = (DOCS / "json.md").read_text("utf-8")
    section = page.split(f"## {cls.__name__}\n", 1)[1].split("\n## ", 1)[0]
    for field in dataclasses.fields(cls):
        assert f"| `{field.name}` |" in section, f"{cls.__name__}.{field.name} missing"


@pytest.mark.parametrize(
    "enum", [QuoteKind, InsertionKind, MarkerKind, Dimension, Attribution, SpeakerKind, Gender]
)
def test_json_page_lists_every_enum_value(enum: type) -> None:
    page = (DOCS / "json.md").read_text("utf-8")
    for member in enum:  # type: ignore[attr-defined]
        assert f"`{member.value}`" in page, member


def test_mkdocs_nav_names_every_page() -> None:
    config = (DOCS.parent / "mkdocs.yml").read_text("utf-8")
    for page in DOCS.glob("*.md"):
        assert page.name in config, f"{page.name} is not in mkdocs.yml nav"


def test_mkdocs_site_builds_strict(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs", reason="mkdocs is in the test and docs extras")
    pytest.importorskip("mkdocstrings", reason="mkdocstrings is in the test and docs extras")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)],
        cwd=DOCS.parent,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "index.html").exists()
    # The API reference is generated from the docstrings: every public name has an
    # entry, and the doctest examples are code blocks, not text.
    api = (tmp_path / "api" / "index.html").read_text("utf-8")
    for name in quoteparse.__all__:
        if name != "__version__":  # a name may be shown where it is defined: quoteparse.parse.parse
            assert re.search(rf'id="quoteparse(\.\w+)?\.{name}"', api), name
    assert api.count('<code class="language-pycon">') >= 10
    assert "<blockquote>" not in api  # what Markdown makes of unfenced ">>>" lines
    assert "<p>&gt;&gt;&gt;" not in api


def test_architecture_page_lists_every_module_and_only_modules() -> None:
    package = Path(__file__).resolve().parents[1] / "src" / "quoteparse"
    modules = {p.relative_to(package).as_posix() for p in package.rglob("*.py")}
    page = (DOCS / "architecture.md").read_text("utf-8")
    # A module's row: "| `speakers/patterns.py` | its job |", the job not empty.
    rows = dict(re.findall(r"^\| `([\w/]+\.py)` \| (\S.*?) \|$", page, flags=re.MULTILINE))
    assert modules - rows.keys() == set(), "modules missing from docs/architecture.md"
    assert rows.keys() - modules == set(), "docs/architecture.md names no such module"
    assert len(rows) == len(re.findall(r"^\| `[\w/]+\.py` \|", page, flags=re.MULTILINE))


# A Markdown code span: a run of backticks, its text, the same run again.
_CODE_SPAN_RE = re.compile(r"(?<!`)(?P<ticks>`+)(?!`)(?P<code>.+?)(?<!`)(?P=ticks)(?!`)")


def _style_examples() -> list[tuple[str, str]]:
    """(style, example) for each code span in the example column of the quote styles table."""
    page = (DOCS / "quotes.md").read_text("utf-8")
    table = page.split("| style | example | where |\n", 1)[1].split("\n\n", 1)[0]
    out = []
    for row in table.splitlines()[1:]:  # past the |---| line
        style, example, _where = (cell.strip() for cell in row.strip("|").split(" | "))
        for m in _CODE_SPAN_RE.finditer(example):
            code = m.group("code")
            if code.startswith(" ") and code.endswith(" ") and code.strip():
                code = code[1:-1]  # Markdown drops one space each side
            out.append((style, code))
    return out


STYLE_EXAMPLES = _style_examples()


@pytest.mark.parametrize(("style", "example"), STYLE_EXAMPLES)
def test_each_example_in_the_quote_styles_table_is_a_quotation(style: str, example: str) -> None:
    quotes = find_quotes(example)
    assert quotes, style
    assert example.startswith(quotes[0].open_mark, quotes[0].span.start), style


def test_the_quote_styles_table_shows_every_pair_of_the_lexicon() -> None:
    shown = {(q.open_mark, q.close_mark) for _, e in STYLE_EXAMPLES for q in find_quotes(e)}
    assert shown == {(pair.open, pair.close) for pair in PAIRS}
