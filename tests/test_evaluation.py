"""Tests for the evaluation scorer and for the repository's own gold files."""

from __future__ import annotations

import doctest
import json
from pathlib import Path

import pytest

from evaluation import evaluate, scoring
from evaluation.scoring import GoldDoc, GoldError, load_gold, score_documents
from quoteparse import parse
from tests.conftest import CORPUS

GOLD_DIR = Path(__file__).resolve().parents[1] / "evaluation" / "gold"


def _doc(**annotations: list[dict[str, object]]) -> GoldDoc:
    return GoldDoc(id="d", text="x" * 100, annotations=annotations)


def test_scoring_doctests() -> None:
    result = doctest.testmod(scoring)
    assert result.attempted > 0
    assert result.failed == 0


def test_evaluate_doctests() -> None:
    result = doctest.testmod(evaluate)
    assert result.attempted > 0
    assert result.failed == 0


def test_second_bbc_people_gold_is_its_own_speakers_row() -> None:
    # the row comes from the gold file, whatever the corpus section of the article
    new = GoldDoc(id="n", source="bbc/sport/054.txt", origin="quotes-bbc-people2.jsonl:12")
    old = GoldDoc(id="o", source="bbc/sport/054.txt", origin="quotes-bbc-people.jsonl:12")
    web = GoldDoc(id="w", source="web/x.txt", origin="quotes-web-people.jsonl:1")
    assert evaluate._group(new, {}) == "bbc2"
    third = GoldDoc(id="t", source="bbc/sport/054.txt", origin="quotes-bbc-people3.jsonl:2")
    assert evaluate._group(third, {}) == "bbc3"
    english = GoldDoc(id="e", source="web/cnn.txt", origin="quotes-web-people2.jsonl:4")
    assert evaluate._group(english, {"cnn.txt": "en"}) == "web-en2"
    assert evaluate._group(old, {}) == "bbc"
    assert evaluate._group(web, {"x.txt": "de"}) == "web-de"
    assert (GOLD_DIR / "quotes-bbc-people2.jsonl").is_file()
    assert set(evaluate.FILE_GROUPS) <= {p.name for p in GOLD_DIR.glob("*.jsonl")}


def test_holdout2_flag_picks_the_second_held_out_directory() -> None:
    assert evaluate.gold_dir(None) == GOLD_DIR
    assert evaluate.gold_dir(None, holdout=True) == evaluate.HOLDOUT_DIR
    assert evaluate.gold_dir(None, holdout2=True) == evaluate.HOLDOUT2_DIR
    assert evaluate.gold_dir(GOLD_DIR, holdout2=True) == GOLD_DIR
    assert (evaluate.HOLDOUT2_DIR / "quotes-bbc-people.jsonl").is_file()
    with pytest.raises(SystemExit):
        evaluate.main(["--holdout", "--holdout2"])


def test_counts_precision_recall_f1() -> None:
    gold = _doc(
        markers=[
            {"start": 0, "end": 5, "kind": "link"},
            {"start": 10, "end": 20, "kind": "photo"},
            {"start": 30, "end": 35, "kind": "update"},
        ]
    )
    predicted = {
        "markers": (
            {"start": 0, "end": 5, "kind": "link"},  # exact: tp, kind right
            {"start": 10, "end": 19, "kind": "photo"},  # off by one: fp and fn
            {"start": 30, "end": 35, "kind": "media"},  # tp, kind wrong
            {"start": 50, "end": 60, "kind": "promo"},  # fp
        )
    }
    s = score_documents([(gold, "x" * 100, predicted)])["markers"]
    assert (s.tp, s.fp, s.fn, s.gold, s.predicted, s.documents) == (2, 2, 1, 3, 4, 1)
    assert s.precision == pytest.approx(2 / 4)
    assert s.recall == pytest.approx(2 / 3)
    assert s.f1 == pytest.approx(2 * (1 / 2) * (2 / 3) / (1 / 2 + 2 / 3))
    assert (s.fields["kind"].correct, s.fields["kind"].total) == (1, 2)
    assert [(e.start, e.end) for e in s.false_positives] == [(10, 19), (50, 60)]
    assert [(e.start, e.end) for e in s.false_negatives] == [(10, 20)]


def test_absent_key_is_not_scored_but_empty_list_is() -> None:
    predicted = {"markers": ({"start": 0, "end": 5, "kind": "link"},)}
    not_annotated = GoldDoc(id="a", text="x" * 10, annotations={})
    annotated_none = GoldDoc(id="b", text="x" * 10, annotations={"markers": ()})
    s = score_documents([(not_annotated, "x" * 10, predicted)])["markers"]
    assert (s.documents, s.predicted, s.precision, s.recall, s.f1) == (0, 0, None, None, None)
    s = score_documents([(annotated_none, "x" * 10, predicted)])["markers"]
    assert (s.documents, s.fp, s.fn, s.precision, s.recall, s.f1) == (1, 1, 0, 0.0, None, 0.0)


def test_duplicate_prediction_counts_once() -> None:
    gold = _doc(markers=[{"start": 0, "end": 5}])
    predicted = {"markers": ({"start": 0, "end": 5}, {"start": 0, "end": 5})}
    s = score_documents([(gold, "x" * 100, predicted)])["markers"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 0)


def test_field_accuracy_per_finder() -> None:
    gold = _doc(
        quotes=[
            {"start": 0, "end": 9, "speaker": "the source", "kind": "speech"},
            {"start": 10, "end": 19, "speaker": None, "kind": "scare"},
        ],
        insertions=[
            {"start": 20, "end": 25, "kind": "sic"},
            {"start": 30, "end": 35, "kind": "omission"},
            {"start": 40, "end": 45, "kind": "omission"},
        ],
        quantities=[
            {"start": 50, "end": 58, "value": 11, "unit": "mile"},
            {"start": 60, "end": 68, "value": 18, "unit": "kilometre"},
        ],
        conversions=[{"start": 50, "end": 70, "consistent": True}],
    )
    predicted = {
        "quotes": (
            {"start": 0, "end": 9, "speaker": "The source", "kind": "speech"},
            {"start": 10, "end": 19, "speaker": None, "kind": "scare"},
        ),
        "insertions": (
            {"start": 20, "end": 25, "kind": "sic"},
            {"start": 30, "end": 35, "kind": "omission"},
            {"start": 40, "end": 45, "kind": "note"},
        ),
        "quantities": (
            {"start": 50, "end": 58, "value": 11.0, "unit": "mile"},
            {"start": 60, "end": 68, "value": 18.0, "unit": "kilometer"},
        ),
        "conversions": ({"start": 50, "end": 70, "consistent": False},),
    }
    scores = score_documents([(gold, "x" * 100, predicted)])
    assert scores["quotes"].fields["speaker"].correct == 1  # exact string: case counts
    assert scores["quotes"].fields["kind"].correct == 2
    ins = scores["insertions"]
    assert (ins.fields["kind"].correct, ins.fields["kind"].total) == (2, 3)
    assert ins.per_kind["sic"].accuracy == 1.0
    assert ins.per_kind["omission"].accuracy == 0.5
    assert scores["quantities"].fields["value+unit"].correct == 1
    assert scores["conversions"].fields["consistent"].correct == 0


def _write(tmp_path: Path, *lines: object) -> Path:
    path = tmp_path / "x-own.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "line",
    [
        {"id": "a"},  # neither text nor source
        {"id": "a", "text": "t", "source": "s"},
        {"id": "a", "text": "abc", "markers": [{"start": 2, "end": 1}]},
        {"id": "a", "text": "abc", "markers": [{"start": 0, "end": 1, "kind": "nope"}]},
        {"id": "a", "text": "abc", "markers": [{"start": 0, "end": 1}, {"start": 0, "end": 1}]},
        {"id": "a", "text": "abc", "marker": []},  # misspelt finder key
        {"id": "a", "text": "abc", "markers": {}},
    ],
)
def test_malformed_gold_is_rejected(tmp_path: Path, line: object) -> None:
    with pytest.raises(GoldError):
        load_gold([_write(tmp_path, line)])


def test_run_on_tiny_gold_dir(tmp_path: Path) -> None:
    text = "Intro.\nRead more: Other story\nPhoto: AP\nEnd."
    gold = [{"start": 7, "end": 29, "kind": "link"}, {"start": 0, "end": 6, "kind": "promo"}]
    _write(
        tmp_path,
        {"id": "one", "text": text, "markers": gold},
        {"id": "two", "source": "no/such/file.txt", "markers": []},
    )
    scores, counts = evaluate.run(tmp_path, tmp_path / "corpus", ("markers",))
    assert counts == {"documents": 2, "parsed": 1, "skipped": 1}
    s = scores["markers"]
    assert (s.tp, s.fn) == (1, 1)  # "Photo: AP" is found but not in this gold: fp
    assert [e.text for e in s.false_positives] == ["Photo: AP"]
    table = evaluate.format_table(scores, counts)
    assert table.splitlines()[3].split()[:7] == ["markers", "1", "2", "2", "1", "1", "1"]


def test_main_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert evaluate.main(["--json", "--finder", "markers", "--show-errors"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [f["finder"] for f in out["finders"]] == ["markers"]
    assert set(out["errors"]["markers"]) == {"false_positives", "false_negatives"}


def _gold_docs() -> list[GoldDoc]:
    return load_gold(sorted(GOLD_DIR.glob("*.jsonl")))


@pytest.mark.parametrize("doc", _gold_docs(), ids=lambda d: d.id)
def test_repo_gold_spans_are_inside_their_text(doc: GoldDoc) -> None:
    if doc.text is not None:
        text = doc.text
    else:
        found = scoring.read_source(CORPUS, doc.source or "")
        if found is None:
            pytest.skip(f"{doc.source} is not under ../shared/corpus")
        text = found
    assert doc.annotations, "a gold document must annotate at least one finder"
    for finder, items in doc.annotations.items():
        for item in items:
            assert item["end"] <= len(text), (finder, item)
            assert text[item["start"] : item["end"]].strip(), (finder, item)
    if "markers" in doc.annotations:
        # A marker span is a whole line: it starts and ends at line boundaries.
        for item in doc.annotations["markers"]:
            before = text[item["start"] - 1] if item["start"] else "\n"
            after = text[item["end"]] if item["end"] < len(text) else "\n"
            assert before in "\r\n", item
            assert after in "\r\n", item
    parse(text)  # every gold text parses


def test_repo_gold_evaluates() -> None:
    scores, counts = evaluate.run()
    assert counts["documents"] == len(_gold_docs())
    assert scores["markers"].documents > 0
    assert scores["markers"].gold > 0


def test_main_table_by_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert evaluate.main(["--finder", "markers", "--by-file"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[3].startswith("markers")
    for path in sorted(GOLD_DIR.glob("*.jsonl")):
        assert f"== {path.name}" in out


def test_read_source_falls_back_to_cp1252(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(
        "caf\N{LATIN SMALL LETTER E WITH ACUTE} \u2019".encode("cp1252")
    )
    (tmp_path / "b.txt").write_bytes("caf\N{LATIN SMALL LETTER E WITH ACUTE}".encode())
    assert scoring.read_source(tmp_path, "a.txt") == "caf\N{LATIN SMALL LETTER E WITH ACUTE} \u2019"
    assert scoring.read_source(tmp_path, "b.txt") == "caf\N{LATIN SMALL LETTER E WITH ACUTE}"
    assert scoring.read_source(tmp_path, "missing.txt") is None


def test_show_errors_lists_context(tmp_path: Path) -> None:
    text = "Intro.\nPhoto: AP\nEnd."
    _write(tmp_path, {"id": "one", "text": text, "markers": [{"start": 0, "end": 6}]})
    scores, _ = evaluate.run(tmp_path, tmp_path, ("markers",))
    lines = evaluate.format_errors(scores).splitlines()
    assert lines == [
        "markers FP one 7-16 photo: Intro.\\n[[Photo: AP]]\\nEnd.",
        "markers FN one 0-6: [[Intro.]]\\nPhoto: AP\\nEnd.",
    ]
