"""The command line's views: colour on a terminal, plain otherwise, and --html."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from quoteparse import parse, render_ansi
from quoteparse.cli import main, summary
from tests.htmltree import spans_with, tree

TEXT = "Comment: See also:\nThe road runs 10 miles (30 km) north.\n"


class _Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


def _run(*argv: str, tty: bool) -> str:
    out = _Stream(tty)
    stdin = io.TextIOWrapper(io.BytesIO(TEXT.encode()))
    assert main([*argv, "-"], stdin=stdin, stdout=out, stderr=_Stream(False)) == 0
    return out.getvalue()


def _plain() -> str:
    return "".join(line + "\n" for line in summary("-", parse(TEXT)))


@pytest.fixture(autouse=True)
def _no_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)


def test_a_terminal_gets_the_highlighted_text_between_header_and_results() -> None:
    shown = _run(tty=True)
    header, *rest = _plain().splitlines(keepends=True)
    assert shown == header + render_ansi(parse(TEXT)) + "\n\n" + "".join(rest)
    assert "\x1b[30;47m\x1b[1mComment\x1b[0m" in shown


def test_a_pipe_gets_the_plain_summary() -> None:
    assert _run(tty=False) == _plain()


def test_no_color_turns_colour_off_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    assert _run(tty=True) == _plain()
    monkeypatch.setenv("NO_COLOR", "")  # empty means unset, as no-color.org says
    assert "\x1b[" in _run(tty=True)


def test_color_option_overrides_the_guess() -> None:
    assert "\x1b[" in _run("--color", "always", tty=False)
    assert _run("--color", "never", tty=True) == _plain()


def test_html_writes_a_standalone_page() -> None:
    page = _run("--html", tty=True)
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>quoteparse: -</title>" in page
    assert "\x1b" not in page
    dom = tree(page)
    assert "".join(dom.text) == TEXT
    assert [s["text"] for s in spans_with(dom, "qp-label")] == ["Comment"]


def test_html_with_several_inputs_has_a_section_each(tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_text("Update: later\n", encoding="utf-8")
    out = _Stream(False)
    stdin = io.TextIOWrapper(io.BytesIO(TEXT.encode()))
    assert main(["--html", str(first), "-"], stdin=stdin, stdout=out) == 0
    page = out.getvalue()
    assert page.count("<!DOCTYPE html>") == 1
    assert page.count('<div class="qp-doc">') == 2
    assert f"<h2>{first}</h2>" in page


def test_summary_has_a_who_is_quoted_table() -> None:
    text = 'Ann Lee, 40, spoke. "We won," Lee said. "Again," she said. "No," said Bo Chan.'
    lines = list(summary("-", parse(text)))
    start = lines.index("  who is quoted (quotations, words):")
    assert lines[start + 1 : start + 3] == ["    Ann Lee: 2, 3 words", "    Bo Chan: 1, 1 word"]
    assert any(
        line.endswith("- Lee (said) = Ann Lee") or "- Lee = Ann Lee" in line for line in lines
    )
