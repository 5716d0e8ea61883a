"""No module of the package imports, directly or through others, a module that imports it.

The graph is read from the source with :mod:`ast`, every ``import`` counted
wherever it stands (module level, inside a function, under ``TYPE_CHECKING``),
so a lazy import cannot hide a circle. A package's ``__init__`` runs before any
of its modules, so the edge every module has to its parent package is left
out: ``quoteparse/__init__.py`` is where the public names are gathered, and
it is only ever imported from, never an import of a module below it.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import quoteparse

SRC = Path(quoteparse.__file__).resolve().parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(SRC.rglob("*.py"))}


def _imports(name: str, path: Path) -> set[str]:
    """The package modules ``name`` imports (``from a import b`` is ``a.b`` if that is one)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in MODULES else base)
    return {m for m in found if m in MODULES and m != name}


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _cycle_from(start: str) -> list[str] | None:
    """A path of imports from ``start`` back to itself, or None (depth-first, iterative)."""
    stack: list[tuple[str, list[str]]] = [(start, [start])]
    seen: set[str] = set()
    while stack:
        node, path = stack.pop()
        for nxt in sorted(GRAPH[node]):
            if nxt == start:
                return [*path, start]
            if nxt not in seen and not start.startswith(nxt + "."):
                seen.add(nxt)
                stack.append((nxt, [*path, nxt]))
    return None


def test_the_graph_sees_imports() -> None:
    # The walk must find real edges, or an empty graph would pass the cycle test.
    assert "quoteparse.model" in GRAPH["quoteparse.records"]
    assert "quoteparse.model" in GRAPH["quoteparse.render.html"]
    assert "quoteparse._build" in GRAPH["quoteparse.quotes"]


@pytest.mark.parametrize("name", sorted(n for n in MODULES if "." in n))
def test_no_import_cycle(name: str) -> None:
    assert _cycle_from(name) is None


def test_the_model_imports_no_view() -> None:
    assert GRAPH["quoteparse.model"] <= {"quoteparse._convert"}


@pytest.mark.parametrize("name", sorted(MODULES))
def test_each_module_imports_on_its_own(name: str) -> None:
    if name.startswith("quoteparse.integrations."):
        pytest.importorskip(name.rpartition(".")[2])
    importlib.import_module(name)


def test_document_methods_hand_over_to_the_views() -> None:
    from quoteparse import parse
    from quoteparse.model import VIEWS
    from quoteparse.records import records
    from quoteparse.render.html import render_html

    assert VIEWS.records is records
    assert VIEWS.html is render_html
    doc = parse('Comment: See:\n"We tried," she said.')
    assert doc.records("markers", doc_id=1) == records(doc, "markers", doc_id=1)
    assert doc._repr_html_() == render_html(doc, standalone=False)
