"""The corpus workflow end to end: a folder tree with a bad file and a cp1252 file."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from quoteparse import parse
from quoteparse.cli import main

GOOD = '"We will rebuild," said Mayor Ann Lee. The wall is 3 miles (4.8 km) long.\n'
OLD = 'Comment: see also\n"Ça va," he said – the 10 km (6.2 miles) route.\n'
NESTED = "Update: times corrected\nThe fund holds £12m.\n"


def _tree(root: Path) -> dict[str, Path]:
    (root / "a" / "b").mkdir(parents=True)
    files = {
        "good": root / "a" / "good.txt",
        "old": root / "a" / "b" / "old.txt",
        "nested": root / "z.txt",
        "gone": root / "a" / "gone.txt",
    }
    files["good"].write_text(GOOD, encoding="utf-8")
    files["old"].write_bytes(OLD.encode("cp1252"))
    files["nested"].write_text(NESTED, encoding="utf-8")
    files["gone"].symlink_to(root / "deleted.txt")  # a link whose file is gone
    (root / "a" / "notes.md").write_text("not a .txt file, not read", encoding="utf-8")
    return files


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_folder_tree_keeps_every_good_file_and_reports_the_bad_ones(
    tmp_path: Path, jobs: str
) -> None:
    files = _tree(tmp_path)
    status, out, err = _run(
        str(tmp_path), "--glob", "*.txt", "--encoding", "auto", "--jsonl", "--jobs", jobs
    )
    assert status == 1  # some input failed
    rows = [json.loads(line) for line in out.splitlines()]
    # Sorted paths (a/b/old.txt < a/gone.txt < a/good.txt < z.txt), recursive,
    # the bad file left out of the output but none of the others.
    assert [r["file"] for r in rows] == [str(files[k]) for k in ("old", "good", "nested")]
    assert [r["encoding"] for r in rows] == ["cp1252", "utf-8", "utf-8"]
    for row, text in zip(rows, (OLD, GOOD, NESTED), strict=True):
        assert row["text"] == text
        assert row["quotes"] == [q.to_dict() for q in parse(text).quotes]
    assert err.splitlines() == [
        f"quoteparse: {files['old']}: not UTF-8; read as cp1252",
        f"quoteparse: {files['gone']}: no such file",
    ]


def test_without_auto_the_cp1252_file_is_the_one_reported(tmp_path: Path) -> None:
    files = _tree(tmp_path)
    files["gone"].unlink()
    status, out, err = _run(str(tmp_path), "--glob", "*.txt")
    assert status == 1
    headers = [line for line in out.splitlines() if not line.startswith(" ")]
    assert [h.split(": ")[0] for h in headers] == [str(files["good"]), str(files["nested"])]
    (message,) = err.splitlines()
    assert message.startswith(f"quoteparse: {files['old']}: cannot decode as utf-8: byte 0x")


def test_the_summary_header_names_a_fallback_encoding(tmp_path: Path) -> None:
    files = _tree(tmp_path)
    _, out, _ = _run(str(files["old"]), str(files["good"]), "--encoding", "auto")
    headers = [line for line in out.splitlines() if not line.startswith(" ")]
    assert headers[0].startswith(f"{files['old']} (read as cp1252): {len(OLD)} chars;")
    assert headers[1].startswith(f"{files['good']}: {len(GOOD)} chars;")


def test_a_parser_failure_is_one_file_s_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import quoteparse.cli_jobs as jobs

    files = _tree(tmp_path)
    real = jobs.parse

    def fragile(text: str) -> object:
        if text.startswith("Update:"):
            raise RuntimeError("boom")
        return real(text)

    monkeypatch.setattr(jobs, "parse", fragile)
    status, out, err = _run(str(files["good"]), str(files["nested"]), "--jsonl")
    assert status == 1
    assert [json.loads(line)["file"] for line in out.splitlines()] == [str(files["good"])]
    assert err == f"quoteparse: {files['nested']}: cannot parse: RuntimeError: boom\n"


class _Writes(io.StringIO):
    """Standard output that records each write, to see how the output arrives."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[str] = []

    def write(self, piece: str) -> int:
        self.writes.append(piece)
        return super().write(piece)


def test_one_process_json_is_written_result_by_result_not_built_whole() -> None:
    # Built whole, a big text's output costs several times the text in memory
    # (issue 14); in one process each result is a write of its own.
    text = GOOD * 3
    doc = parse(text)
    results = sum(len(getattr(doc, kind)) for kind in ("quotes", "quantities", "conversions"))
    out = _Writes()
    stdin = io.TextIOWrapper(io.BytesIO(text.encode()))
    assert main(["-", "--json"], stdin=stdin, stdout=out, stderr=io.StringIO()) == 0
    assert json.loads(out.getvalue())["text"] == text
    biggest = max(len(piece) for piece in out.writes)
    assert len(out.writes) > results
    assert biggest < len(out.getvalue()) / 2


def _expected_rows(files: dict[str, Path], kind: str) -> list[dict[str, object]]:
    # What every table must hold: the flat records of each good file, in file order.
    rows: list[dict[str, object]] = []
    for key, text in (("old", OLD), ("good", GOOD), ("nested", NESTED)):
        rows += parse(text).records(kind, doc_id=str(files[key]), flat=True)  # type: ignore[arg-type]
    return rows


def _as_csv(value: object) -> str:
    return "" if value is None else str(value)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_csv_writes_every_table_of_a_folder_tree_with_a_bad_and_a_cp1252_file(
    tmp_path: Path, jobs: str
) -> None:
    files = _tree(tmp_path / "in")
    out_dir = tmp_path / "out"
    status, out, err = _run(
        str(tmp_path / "in"), "--glob", "*.txt", "--encoding", "auto", "--csv", str(out_dir),
        "--jobs", jobs,
    )  # fmt: skip
    assert status == 1  # the dangling link
    assert f"quoteparse: {files['gone']}: no such file" in err.splitlines()
    kinds = ("quotes", "speakers", "insertions", "markers", "quantities", "conversions")
    assert sorted(p.name for p in out_dir.iterdir()) == sorted(f"{k}.csv" for k in kinds)
    for kind in kinds:
        expected = _expected_rows(files, kind)
        with (out_dir / f"{kind}.csv").open(encoding="utf-8", newline="") as handle:
            got = list(csv.DictReader(handle))
        assert got == [{k: _as_csv(v) for k, v in row.items()} for row in expected], kind
        assert f"{out_dir / kind}.csv: {len(expected)} row" in out
    # Every kind has rows somewhere in the tree, so no table is checked empty only.
    assert all(_expected_rows(files, kind) for kind in kinds if kind != "insertions")


def test_kind_limits_the_tables_and_parquet_reads_back_with_plain_pandas(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    files = _tree(tmp_path / "in")
    files["gone"].unlink()
    out_dir = tmp_path / "out"
    status, _, _ = _run(
        str(tmp_path / "in"), "--glob", "*.txt", "--encoding", "auto", "--parquet", str(out_dir),
        "--kind", "conversions,quotes",
    )  # fmt: skip
    assert status == 0
    assert sorted(p.name for p in out_dir.iterdir()) == ["conversions.parquet", "quotes.parquet"]
    for kind in ("quotes", "conversions"):
        frame = pd.read_parquet(out_dir / f"{kind}.parquet")
        expected = _expected_rows(files, kind)
        assert len(frame) == len(expected) > 0
        assert list(frame.columns) == list(expected[0])
        assert frame["doc_id"].tolist() == [row["doc_id"] for row in expected]
        assert frame["start"].tolist() == [row["start"] for row in expected]
        assert frame["start"].dtype == "int64"
        assert frame["text"].tolist() == [row["text"] for row in expected]


def test_kind_without_a_table_format_and_an_unknown_kind_are_usage_errors(tmp_path: Path) -> None:
    files = _tree(tmp_path)
    status, _, err = _run(str(files["good"]), "--kind", "quotes")
    assert (status, err) == (2, "quoteparse: --kind needs --csv or --parquet\n")
    with pytest.raises(SystemExit) as stop:
        _run(str(files["good"]), "--csv", str(tmp_path / "o"), "--kind", "quote")
    assert stop.value.code == 2
    assert not (tmp_path / "o").exists()
