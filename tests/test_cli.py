"""The command line, run in-process and as ``python -m quoteparse``."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from quoteparse.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "wire-story.txt"


class _Stream(io.StringIO):
    def __init__(self, tty: bool = False) -> None:
        super().__init__()
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


def _run(*argv: str, stdin: str = "", tty: bool = False) -> tuple[int, str, str]:
    out, err = _Stream(), _Stream(tty)
    code = main(
        list(argv), stdin=io.TextIOWrapper(io.BytesIO(stdin.encode())), stdout=out, stderr=err
    )
    return code, out.getvalue(), err.getvalue()


def test_summary_names_the_file_and_what_was_found() -> None:
    code, out, err = _run(str(EXAMPLE))
    assert code == 0
    assert err == ""
    assert out.startswith(f"{EXAMPLE}: ")
    assert "marker" in out
    assert "Comment: See also:" in out


def test_json_is_one_object_for_one_input_and_an_array_for_many() -> None:
    code, out, _ = _run("--json", str(EXAMPLE))
    assert code == 0
    one = json.loads(out)
    assert one["file"] == str(EXAMPLE)
    assert one["text"] == EXAMPLE.read_text("utf-8")
    code, out, _ = _run("--json", "--no-text", str(EXAMPLE), "-", stdin="Comment: x\n")
    many = json.loads(out)
    assert [d["file"] for d in many] == [str(EXAMPLE), "-"]
    assert "text" not in many[0]
    assert many[1]["markers"][0]["body"] == "x"


def test_jsonl_is_one_line_per_input() -> None:
    code, out, _ = _run("--jsonl", str(EXAMPLE), "-", stdin="Update: later\n")
    lines = out.splitlines()
    assert code == 0
    assert len(lines) == 2
    assert json.loads(lines[1])["markers"][0]["label"] == "Update"


def test_missing_and_undecodable_files_are_reported_and_the_rest_processed(
    tmp_path: Path,
) -> None:
    bad = tmp_path / "latin.txt"
    bad.write_bytes("caf\xe9 Comment: x".encode("latin-1"))
    code, out, err = _run("--jsonl", str(tmp_path / "gone.txt"), str(bad), str(EXAMPLE))
    assert code == 1
    assert len(out.splitlines()) == 1
    errors = err.splitlines()
    assert errors[0] == f"quoteparse: {tmp_path / 'gone.txt'}: no such file"
    assert errors[1].startswith(f"quoteparse: {bad}: cannot decode as utf-8: byte 0xe9 at offset 3")
    assert "--encoding cp1252" in errors[1]
    code, out, err = _run("--encoding", "latin-1", str(bad))
    assert code == 0
    assert err == ""


def test_unknown_encoding_is_one_clear_line() -> None:
    code, _, err = _run("--encoding", "nope", str(EXAMPLE))
    assert code == 2
    assert err == "quoteparse: unknown encoding 'nope'\n"


def test_progress_only_for_many_files_on_a_terminal() -> None:
    _, _, err = _run(str(EXAMPLE), str(EXAMPLE), tty=True)
    assert "2/2" in err
    _, _, err = _run(str(EXAMPLE), str(EXAMPLE), tty=False)
    assert err == ""
    _, _, err = _run(str(EXAMPLE), tty=True)
    assert err == ""


@pytest.mark.parametrize("flags", [[], ["--jsonl"]])
def test_python_dash_m(flags: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "quoteparse", *flags, "-"],
        input="Comment: See:\n",
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""},
    )
    assert done.returncode == 0, done.stderr
    assert "See:" in done.stdout


@pytest.mark.parametrize("flags", [[], ["--jsonl"]])
def test_a_reader_that_goes_away_stops_it_quietly(flags: list[str]) -> None:
    # "quoteparse *.txt | head": the pipe is closed before anything is written,
    # so the first write fails; no traceback, the status of a SIGPIPE stop.
    proc = subprocess.Popen(
        [sys.executable, "-m", "quoteparse", *flags, str(EXAMPLE), str(EXAMPLE)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""},
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8", "replace")
    assert proc.wait(timeout=60) == 141, err
    assert "Traceback" not in err
    assert err == ""


def test_ctrl_c_gives_one_line_and_status_130() -> None:
    class Interrupted(io.StringIO):
        def read(self, size: int | None = -1) -> str:
            raise KeyboardInterrupt

    out, err = io.StringIO(), io.StringIO()
    assert main(["-"], stdin=Interrupted(), stdout=out, stderr=err) == 130
    assert err.getvalue() == "quoteparse: interrupted\n"
    assert out.getvalue() == ""


def test_workers_give_the_same_output_in_order(tmp_path: Path) -> None:
    files = []
    for n in range(5):
        path = tmp_path / f"a{n}.txt"
        path.write_text(f"Comment: item {n}\nSome 11 miles (18 km) away.\n", "utf-8")
        files.append(str(path))
    files.insert(2, str(tmp_path / "missing.txt"))
    serial = _run("--jsonl", "--no-text", *files)
    pooled = _run("--jsonl", "--no-text", "--workers", "2", *files)
    assert pooled == serial
    code, out, err = pooled
    assert code == 1
    assert [json.loads(line)["markers"][0]["body"] for line in out.splitlines()] == [
        f"item {n}" for n in range(5)
    ]
    assert err.count("no such file") == 1


def test_workers_must_be_a_positive_whole_number() -> None:
    with pytest.raises(SystemExit):
        _run("--workers", "0", str(EXAMPLE))


def test_closed_stdin_is_one_line_and_the_other_files_are_kept() -> None:
    # "quoteparse --json good.txt - <&-": sys.stdin is None in the child.
    done = subprocess.run(
        [sys.executable, "-m", "quoteparse", "--json", str(EXAMPLE), "-"],
        stdin=None,
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""},
        preexec_fn=lambda: __import__("os").close(0),
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr == "quoteparse: -: standard input is closed\n"
    assert [d["file"] for d in json.loads(done.stdout)] == [str(EXAMPLE)]
