"""``--jobs 2`` writes the very bytes of ``--jobs 1``, in input order, a bad file included.

Run as a real process, so standard output is a byte stream and the workers'
own encoded output is what the parent writes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from quoteparse.cli import _byte_encoding, _Whole
from quoteparse.cli_output import Renderer
from quoteparse.parse import parse

SRC = Path(__file__).resolve().parents[1] / "src"

ARTICLE = (
    '"We will appeal," said Ann Lee{i}, the club\'s lawyer. The 55-kilometre [sic] '
    "zone ran 11 miles (18 km).\nComment: File {i}.\n"
)


def _corpus(root: Path) -> list[Path]:
    # More files than one chunk per worker, in nested folders, so order is tested.
    paths = []
    for i in range(40):
        path = root / f"d{i % 3}" / f"f{i:02d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(ARTICLE.format(i=i) * (1 + i % 4), encoding="utf-8")
        paths.append(path)
    (root / "d1" / "f07.txt").unlink()
    (root / "d1" / "f07.txt").symlink_to(root / "deleted.txt")  # a file gone: an error
    (root / "d2" / "f11.txt").write_bytes('"Ol\u00e9," she said.'.encode("cp1252"))
    return paths


def _quoteparse(*argv: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(SRC), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "quoteparse", *argv], env=env, capture_output=True, check=False
    )


@pytest.mark.parametrize(
    ("fmt", "encoding"),
    [
        (["--jsonl"], "auto"),
        (["--jsonl", "--no-text"], "utf-8"),  # f11.txt fails too: not UTF-8
        (["--json"], "auto"),
        (["--html"], "utf-8"),
        ([], "auto"),  # the summary
    ],
)
def test_two_jobs_write_the_bytes_of_one(tmp_path: Path, fmt: list[str], encoding: str) -> None:
    _corpus(tmp_path)
    argv = [str(tmp_path), "--glob", "*.txt", "--encoding", encoding, "--color", "never", *fmt]
    one = _quoteparse(*argv, "--jobs", "1")
    two = _quoteparse(*argv, "--jobs", "2")
    assert one.returncode == 1  # the file that is gone
    assert (two.returncode, two.stderr) == (one.returncode, one.stderr)
    assert two.stdout == one.stdout
    assert b"f39.txt" in one.stdout
    assert b"f07.txt" not in one.stdout


def test_two_jobs_write_the_csv_tables_of_one(tmp_path: Path) -> None:
    _corpus(tmp_path / "in")
    argv = [str(tmp_path / "in"), "--glob", "*.txt", "--encoding", "auto"]
    one = _quoteparse(*argv, "--csv", str(tmp_path / "one"), "--jobs", "1")
    two = _quoteparse(*argv, "--csv", str(tmp_path / "two"), "--jobs", "2")
    assert (two.returncode, two.stderr) == (one.returncode, one.stderr)
    assert one.returncode == 1
    assert two.stdout.replace(b"/two/", b"/one/") == one.stdout
    names = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "two").iterdir())
    assert len(names) == 6
    for name in names:
        assert (tmp_path / "two" / name).read_bytes() == (tmp_path / "one" / name).read_bytes()


def test_a_worker_encodes_its_output_and_leaves_what_the_encoding_cannot_hold() -> None:
    doc = parse('"Ol\u00e9," she said.')
    renderer = Renderer(format="jsonl")
    (encoded,) = _Whole(renderer, ("utf-8", "strict"))("a.txt", doc, "utf-8")
    assert encoded == renderer("a.txt", doc, "utf-8").encode("utf-8")
    (kept,) = _Whole(renderer, ("ascii", "strict"))("a.txt", doc, "utf-8")
    assert kept == renderer("a.txt", doc, "utf-8")  # a str: the parent reports it
    assert _byte_encoding(_NoBuffer()) is None


class _NoBuffer:
    """A text stream without a byte buffer behind it (as io.StringIO)."""

    encoding = "utf-8"
    errors = "strict"
