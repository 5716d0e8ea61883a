"""The command line, run in-process and as ``python -m quoteparse``."""

from __future__ import annotations

import io
import json
import os
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


FORMATS = [[], ["--jsonl"], ["--json"], ["--html"]]
FORMAT_IDS = ["summary", "jsonl", "json", "html"]


def _child(*argv: str, **kwargs: object) -> subprocess.Popen[bytes]:
    """``python -m quoteparse ARGV``: the real entry point, in a process of its own."""
    kwargs.setdefault("env", {"PYTHONPATH": str(ROOT / "src"), "PATH": ""})
    return subprocess.Popen(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "quoteparse", *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        **kwargs,
    )


@pytest.mark.parametrize("flags", FORMATS, ids=FORMAT_IDS)
def test_a_reader_that_goes_away_stops_it_quietly(flags: list[str]) -> None:
    # "quoteparse *.txt | head": the pipe is closed before anything is written,
    # so the first write fails; no traceback, the status of a SIGPIPE stop.
    proc = _child(*flags, str(EXAMPLE), str(EXAMPLE))
    assert proc.stdout is not None
    assert proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8", "replace")
    assert proc.wait(timeout=60) == 141, err
    assert err == ""


@pytest.mark.parametrize("flags", FORMATS, ids=FORMAT_IDS)
@pytest.mark.parametrize("files", [1, 3])
def test_a_reader_that_stops_after_one_line_gives_141_on_every_format(
    flags: list[str], files: int, tmp_path: Path
) -> None:
    # "quoteparse --json FILE | head -1": the reader takes one line and goes.
    # The output is several times a pipe's buffer (64 KB), so part of it is
    # still unwritten then; --json and --html used to end with 0 here.
    if flags == ["--jsonl"] and files == 1:
        pytest.skip("one file's --jsonl is one line: nothing is left unwritten after it")
    big = tmp_path / "many.txt"
    big.write_text("Comment: a line of its own\n" * 4000, "utf-8")
    _assert_141_after_one_line(_child(*flags, *[str(big)] * files))


def _assert_141_after_one_line(proc: subprocess.Popen[bytes]) -> None:
    """The reader takes one line and goes: exit 141, nothing on stderr."""
    assert proc.stdout is not None
    assert proc.stderr is not None
    assert proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8", "replace")
    assert proc.wait(timeout=60) == 141, err
    assert err == ""


def _documents(out: bytes, flags: list[str]) -> int:
    """How many documents the output shows: HTML sections, else their marker lines."""
    if flags == ["--html"]:
        return out.count(b"<section>")
    return out.count(b"Comment: See also:")


@pytest.mark.parametrize("flags", FORMATS, ids=FORMAT_IDS)
def test_output_that_ends_is_status_0_on_every_format(flags: list[str]) -> None:
    proc = _child(*flags, str(EXAMPLE), str(EXAMPLE))
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert err == b""
    assert _documents(out, flags) >= 2


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


@pytest.mark.parametrize("flags", FORMATS, ids=FORMAT_IDS)
def test_closed_stdin_is_one_line_and_the_other_files_are_kept(flags: list[str]) -> None:
    # "quoteparse --json good.txt - <&-": sys.stdin is None in the child.
    proc = _child(*flags, str(EXAMPLE), "-", stdin=None, preexec_fn=lambda: os.close(0))
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1, err
    assert err == b"quoteparse: -: standard input is closed\n"
    assert _documents(out, flags) == 1
    if flags == ["--json"]:
        assert [d["file"] for d in json.loads(out)] == [str(EXAMPLE)]


@pytest.mark.parametrize("flags", FORMATS, ids=FORMAT_IDS)
def test_closed_stdin_alone_is_one_line_and_status_1(flags: list[str]) -> None:
    # "quoteparse - <&-": it used to end in an AttributeError traceback.
    proc = _child(*flags, "-", stdin=None, preexec_fn=lambda: os.close(0))
    out, err = proc.communicate(timeout=60)
    assert (proc.returncode, err, out) == (1, b"quoteparse: -: standard input is closed\n", b"")


SURROGATE_TEXT = '"We will go \\ud83d," she said.\n'  # unicode_escape decodes it to U+D83D


@pytest.mark.parametrize("flags", FORMATS, ids=FORMAT_IDS)
def test_a_lone_surrogate_is_one_line_and_the_other_files_are_kept(
    flags: list[str], tmp_path: Path
) -> None:
    bad = tmp_path / "escaped.txt"
    bad.write_text(SURROGATE_TEXT, "ascii")
    good = tmp_path / "good.txt"
    good.write_text('Comment: See also:\n"We stay," he said.\n', "ascii")
    proc = _child("--encoding", "unicode_escape", *flags, str(good), str(bad), str(good))
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1, err
    assert err.decode() == (
        f"quoteparse: {bad}: decodes as unicode_escape to a lone surrogate U+D83D at "
        "character 12, which cannot be written out\n"
    )
    assert _documents(out, flags) == 2
    if flags == ["--json"]:
        assert [d["file"] for d in json.loads(out)] == [str(good), str(good)]


def test_output_that_cannot_encode_a_character_is_one_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "quoteparse", "--jsonl", "-"],
        input="Comment: caf\u00e9\n".encode(),
        capture_output=True,
        check=False,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": "", "PYTHONIOENCODING": "ascii"},
    )
    assert done.returncode == 1
    assert done.stderr.decode() == (
        "quoteparse: standard output (ascii) cannot hold U+00E9; set PYTHONIOENCODING=utf-8\n"
    )
    assert done.stdout == b""


def test_a_byte_order_mark_is_not_part_of_the_text(tmp_path: Path) -> None:
    # It used to stay in the text, shifting every offset by one.
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + b'"We will go," she said.\n')
    for encoding in ("utf-8", "auto"):
        code, out, err = _run("--json", "--encoding", encoding, str(path))
        assert (code, err) == (0, "")
        doc = json.loads(out)
        assert doc["text"] == '"We will go," she said.\n'
        assert doc["quotes"][0]["span"] == {"start": 0, "end": 13}
        assert doc["quotes"][0]["speaker"] == "she"


@pytest.mark.parametrize("encoding", ["utf-8", "auto"])
def test_a_byte_order_mark_is_dropped_through_the_real_entry_point(
    encoding: str, tmp_path: Path
) -> None:
    # The BOM before an opening mark and before "Comment:" (issue 17): the
    # first quotation and the marker are found, and offsets start after it.
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + b'"We will go," she said.\n')
    marker = tmp_path / "bom-marker.txt"
    marker.write_bytes(b"\xef\xbb\xbf" + b"Comment: See also:\n")
    proc = _child("--json", "--encoding", encoding, str(path), str(marker))
    out, err = proc.communicate(timeout=60)
    assert (proc.returncode, err) == (0, b"")
    quoted, marked = json.loads(out)
    assert quoted["text"] == '"We will go," she said.\n'
    assert [(q["span"], q["speaker"]) for q in quoted["quotes"]] == [
        ({"start": 0, "end": 13}, "she")
    ]
    assert [(m["span"], m["label"]) for m in marked["markers"]] == [
        ({"start": 0, "end": 18}, "Comment")
    ]


def test_json_output_is_what_json_dumps_writes(tmp_path: Path) -> None:
    # Written piece by piece, it must still be the indented JSON of to_dict().
    from quoteparse import parse

    other = tmp_path / "other.txt"
    other.write_text('"Tabs\there", she said of 5 km (3 miles).\n\x00\u2028', "utf-8")
    texts = {str(EXAMPLE): EXAMPLE.read_text("utf-8"), str(other): other.read_text("utf-8")}
    for flags in ([], ["--no-text"]):
        records = [
            {"file": name, **parse(text).to_dict(include_text=not flags)}
            for name, text in texts.items()
        ]
        _, out, _ = _run("--json", *flags, *texts)
        assert out == json.dumps(records, ensure_ascii=False, indent=2) + "\n"
        _, out, _ = _run("--json", *flags, str(other))
        assert out == json.dumps(records[1], ensure_ascii=False, indent=2) + "\n"


def test_exit_statuses_are_the_documented_ones() -> None:
    from quoteparse.cli import EXIT_STATUSES

    table = (ROOT / "docs" / "cli.md").read_text("utf-8")
    for status in EXIT_STATUSES:
        assert f"| {status} |" in table


@pytest.mark.parametrize("flags", FORMATS, ids=FORMAT_IDS)
def test_unbuffered_output_is_written_whole_and_a_reader_gone_gives_141(
    flags: list[str], tmp_path: Path
) -> None:
    # PYTHONUNBUFFERED=1 (common in containers) puts a raw file under stdout,
    # whose writes may be partial: --html | head -1 used to end with 0 there,
    # the rest of the page lost without a word.
    big = tmp_path / "many.txt"
    big.write_text("Comment: a line of its own\n" * 4000, "utf-8")
    plain = {"PYTHONPATH": str(ROOT / "src"), "PATH": ""}
    env = {**plain, "PYTHONUNBUFFERED": "1"}
    outputs = [
        subprocess.run(
            [sys.executable, "-m", "quoteparse", *flags, str(big), str(big)],
            capture_output=True,
            cwd=ROOT,
            env=e,
            check=True,
        ).stdout
        for e in (plain, env)
    ]
    assert outputs[1] == outputs[0]
    if flags == ["--jsonl"]:
        return  # one file's --jsonl is one line: nothing is left unwritten after it
    _assert_141_after_one_line(_child(*flags, str(big), env=env))
