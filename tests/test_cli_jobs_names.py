"""``--jobs N``: workers are sent file names, never texts; the bundled cp1252 BBC file reads."""

from __future__ import annotations

import io
import json
from concurrent.futures import Future
from pathlib import Path
from typing import Any, ClassVar

import pytest

from quoteparse import cli_jobs
from quoteparse.cli import main

BBC_CP1252 = Path("/work/shared/corpus/bbc/sport/199.txt")


class _Recording:
    """A stand-in ProcessPoolExecutor that runs each task here and keeps its arguments."""

    sent: ClassVar[list[tuple[Any, ...]]] = []

    def __init__(self, **_: Any) -> None:
        pass

    def __enter__(self) -> _Recording:
        return self

    def __exit__(self, *_: object) -> None:
        pass

    def submit(self, fn: Any, *args: Any) -> Future[Any]:
        _Recording.sent.append(args)
        done: Future[Any] = Future()
        done.set_result(fn(*args))
        return done


def test_workers_are_sent_names_and_read_the_files_themselves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = {f"f{i}.txt": f'"Line {i} here," said Ann Lee. Unique-{i}-text.' for i in range(5)}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    _Recording.sent = []
    monkeypatch.setattr(cli_jobs, "ProcessPoolExecutor", _Recording)
    names = [str(tmp_path / n) for n in texts]
    outcomes = list(cli_jobs.run(names, encoding="utf-8", render=_length, jobs=2, chunksize=2))
    assert [o.name for o in outcomes] == names
    assert [o.output for o in outcomes] == [len(t) for t in texts.values()]
    assert [args[0] for args in _Recording.sent] == [names[0:2], names[2:4], names[4:5]]
    sent = repr(_Recording.sent)
    assert not any(f"Unique-{i}-text" in sent for i in range(5))


def _length(name: str, doc: Any, encoding: str) -> int:
    return len(doc.text)


@pytest.mark.skipif(not BBC_CP1252.is_file(), reason="needs the shared BBC corpus")
def test_the_bundled_cp1252_bbc_file_reads_with_auto(tmp_path: Path) -> None:
    with pytest.raises(UnicodeDecodeError):
        BBC_CP1252.read_bytes().decode("utf-8")
    out, err = io.StringIO(), io.StringIO()
    argv = ["--encoding", "auto", "--jsonl", "--no-text", str(BBC_CP1252)]
    assert main(argv, stdout=out, stderr=err) == 0
    (record,) = [json.loads(line) for line in out.getvalue().splitlines()]
    assert record["encoding"] == "cp1252"
    assert err.getvalue().strip().endswith("not UTF-8; read as cp1252")
    out = io.StringIO()
    assert main(["--jsonl", "--no-text", str(BBC_CP1252)], stdout=out, stderr=io.StringIO()) == 1
