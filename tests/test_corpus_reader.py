"""The corpus reader: the auto encoding rule and folder discovery."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from quoteparse.corpus import AUTO_ORDER, decode, find_files


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("“Yes,” she said.".encode(), ("“Yes,” she said.", "utf-8")),
        ("“Yes,” she said – £5.".encode("cp1252"), ("“Yes,” she said – £5.", "cp1252")),
        (b"a\x8db", ("a\x8db", "latin-1")),
    ],
)
def test_auto_follows_the_stated_order(data: bytes, expected: tuple[str, str]) -> None:
    assert decode(data) == expected
    assert expected[1] in AUTO_ORDER


def test_auto_decodes_any_bytes() -> None:
    text, used = decode(bytes(range(256)))
    assert len(text) == 256
    assert used == "latin-1"


def test_a_named_encoding_is_used_as_it_is() -> None:
    with pytest.raises(UnicodeDecodeError):
        decode(b"\xe9", "utf-8")
    assert decode(b"\xe9", "latin-1") == ("é", "latin-1")


def test_folders_are_searched_recursively_with_a_glob(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/1.txt", "a/b/2.txt", "a/b/skip.md", "3.txt"):
        (tmp_path / name).write_text("x")
    found = list(find_files([str(tmp_path), "-", "missing.txt"], "*.txt"))
    assert found == [
        str(tmp_path / "3.txt"),
        str(tmp_path / "a" / "1.txt"),
        str(tmp_path / "a" / "b" / "2.txt"),
        "-",
        "missing.txt",
    ]


def test_the_cli_reads_a_folder_tree_with_auto_encoding(tmp_path: Path) -> None:
    import json

    from quoteparse.cli import main

    (tmp_path / "sub").mkdir()
    (tmp_path / "good.txt").write_text('"We will go," she said.\n', encoding="utf-8")
    (tmp_path / "sub" / "old.txt").write_bytes('"Ça va," he said – twice.\n'.encode("cp1252"))
    (tmp_path / "notes.md").write_text("not read")
    out, err = io.StringIO(), io.StringIO()
    status = main(
        [str(tmp_path), "--glob", "*.txt", "--encoding", "auto", "--jsonl", "--no-text"],
        stdout=out,
        stderr=err,
    )
    assert status == 0
    files = [json.loads(line)["file"] for line in out.getvalue().splitlines()]
    assert files == [str(tmp_path / "good.txt"), str(tmp_path / "sub" / "old.txt")]
    old = tmp_path / "sub" / "old.txt"
    assert err.getvalue() == f"quoteparse: {old}: not UTF-8; read as cp1252\n"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_an_error_is_not_glued_to_the_progress_counter(tmp_path: Path) -> None:
    from quoteparse.cli import main

    good = tmp_path / "good.txt"
    good.write_text("Fine.\n")
    out, err = io.StringIO(), _Terminal()
    status = main([str(tmp_path / "missing.txt"), str(good), "--jsonl"], stdout=out, stderr=err)
    assert status == 1
    assert len(out.getvalue().splitlines()) == 1  # the good file's output is kept
    lines = err.getvalue().split("\n")
    error = next(line for line in lines if "no such file" in line)
    assert error == f"\r\x1b[Kquoteparse: {tmp_path / 'missing.txt'}: no such file"
