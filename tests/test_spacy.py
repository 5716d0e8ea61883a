"""The spaCy component, on a blank English pipeline only (no model download)."""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

spacy = pytest.importorskip("spacy", reason="spaCy is in the test extra: pip install -e '.[test]'")

from spacy.tokens import Doc, DocBin  # noqa: E402

from quoteparse import Document, parse  # noqa: E402
from quoteparse.integrations.spacy import SPAN_GROUPS, add_to_doc  # noqa: E402
from tests.handmade import handmade  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ENTRY_POINT = "quoteparse.integrations.spacy:make_component"


@pytest.fixture(scope="module")
def nlp() -> Any:
    import quoteparse.integrations.spacy  # noqa: F401  (registers the factory explicitly)

    pipeline = spacy.blank("en")
    pipeline.add_pipe("quoteparse")
    return pipeline


def _handmade_doc(nlp: Any) -> Doc:
    made = handmade()
    return add_to_doc(nlp.make_doc(made.text), made)


def test_every_result_becomes_a_span_with_its_offsets_and_index(nlp: Any) -> None:
    made = handmade()
    doc = _handmade_doc(nlp)
    assert set(SPAN_GROUPS) <= set(doc.spans)
    for group in SPAN_GROUPS:
        results = getattr(made, group)
        spans = list(doc.spans[group])
        assert len(spans) == len(results)
        for index, (span, result) in enumerate(zip(spans, results, strict=True)):
            assert span._.index == index
            assert (span._.char_start, span._.char_end) == (result.span.start, result.span.end)
            # expand: the span holds the result's characters, on token boundaries
            assert span.start_char <= result.span.start < result.span.end <= span.end_char


def test_extensions_carry_what_users_filter_on(nlp: Any) -> None:
    doc = _handmade_doc(nlp)
    said, nested, scare = doc.spans["quotes"]
    assert (said.label_, said._.quote_kind, said._.speaker, said._.cue) == (
        "speech",
        "speech",
        "the mayor",
        "explained",
    )
    assert said._.speaker_span.text == "the mayor"
    assert said._.cue_span.text == "explained"
    assert (nested._.depth, nested._.parent, nested._.quote_kind) == (1, 0, "partial")
    assert nested._.speaker is None
    assert nested._.speaker_span is None
    assert scare.label_ == "scare"
    assert [(s.text, s._.insertion_kind, s._.quote_index) for s in doc.spans["insertions"]] == [
        ("[the council]", "clarification", 0),
        ("[...]", "omission", 0),
    ]
    (marker,) = doc.spans["markers"]
    assert (marker.label_, marker._.marker_label, marker._.marker_body) == (
        "comment",
        "Comment",
        "Read this first",
    )
    assert [(s.text, s._.value, s._.unit) for s in doc.spans["quantities"]] == [
        ("5 miles", 5, "mile"),
        ("8 km", 8, "kilometre"),
        ("10 miles", 10, "mile"),
        ("30 km", 30, "kilometre"),
    ]
    ok, bad = doc.spans["conversions"]
    assert (ok.label_, ok._.consistent, bad.label_, bad._.consistent) == (
        "consistent",
        True,
        "inconsistent",
        False,
    )
    assert bad._.expected == pytest.approx(16.09344)
    assert (bad._.source_unit, bad._.target_value) == ("mile", 30)


def test_docbin_round_trip_keeps_spans_labels_and_extensions(nlp: Any) -> None:
    doc = _handmade_doc(nlp)
    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    (back,) = DocBin().from_bytes(data).get_docs(nlp.vocab)
    for group in SPAN_GROUPS:
        before = [(s.start, s.end, s.label_) for s in doc.spans[group]]
        assert [(s.start, s.end, s.label_) for s in back.spans[group]] == before
    said = back.spans["quotes"][0]
    assert (said._.speaker, said._.cue, said._.speaker_span.text) == (
        "the mayor",
        "explained",
        "the mayor",
    )
    assert back.spans["conversions"][1]._.consistent is False
    assert back.spans["quantities"][2]._.value == 10


def test_alignment_mode_and_options_come_from_the_config() -> None:
    import quoteparse.integrations.spacy  # noqa: F401

    strict = spacy.blank("en")
    strict.add_pipe("quoteparse", config={"alignment_mode": "strict"})
    text = 'He said "no," she said.'
    made = Document(text, quotes=parse(text).quotes)
    doc = add_to_doc(strict.make_doc(text), made, alignment_mode="strict")
    expanded = add_to_doc(strict.make_doc(text), made)
    assert len(doc.spans["quotes"]) <= len(expanded.spans["quotes"]) == len(made.quotes)
    with pytest.raises(TypeError, match="unknown option"):
        spacy.blank("en").add_pipe("quoteparse", config={"options": {"no_such": 1}})
    with pytest.raises(ValueError, match="alignment_mode"):
        spacy.blank("en").add_pipe("quoteparse", config={"alignment_mode": "sideways"})
    tuned = spacy.blank("en")
    tuned.add_pipe("quoteparse", config={"options": {"conversion_tolerance": 0.01}})
    assert tuned.get_pipe("quoteparse").options.conversion_tolerance == 0.01


def test_a_document_of_another_text_is_refused(nlp: Any) -> None:
    with pytest.raises(ValueError, match="different text"):
        add_to_doc(nlp.make_doc("Other text."), handmade())


def test_pipeline_matches_parse_on_the_seed_article(nlp: Any, seed_text: str) -> None:
    doc = nlp(seed_text)
    expected = parse(seed_text)
    for group in SPAN_GROUPS:
        got = [(s._.char_start, s._.char_end) for s in doc.spans[group]]
        assert got == [(r.span.start, r.span.end) for r in getattr(expected, group)]
    assert [s.text for s in doc.spans["markers"]] == [
        m.span.slice(seed_text) for m in expected.markers
    ]
    assert [s._.marker_label for s in doc.spans["markers"]] == ["Comment"] * 3
    (back,) = DocBin(store_user_data=True, docs=[doc]).get_docs(nlp.vocab)
    assert [s._.marker_body for s in back.spans["markers"]] == [m.body for m in expected.markers]


def _declared_entry_point() -> str:
    tomllib = pytest.importorskip("tomllib", reason="reading pyproject.toml needs Python 3.11+")
    with (ROOT / "pyproject.toml").open("rb") as handle:
        project = tomllib.load(handle)["project"]
    value: str = project["entry-points"]["spacy_factories"]["quoteparse"]
    return value


def test_pyproject_declares_the_spacy_factory_entry_point() -> None:
    assert _declared_entry_point() == ENTRY_POINT


def test_installed_metadata_has_the_entry_point() -> None:
    try:
        importlib.metadata.distribution("quoteparse")
    except importlib.metadata.PackageNotFoundError:
        pytest.skip("quoteparse is not installed here (CI installs it with pip install -e)")
    found = importlib.metadata.entry_points(group="spacy_factories", name="quoteparse")
    assert [ep.value for ep in found] == [ENTRY_POINT]


def test_add_pipe_works_with_no_import_of_ours(tmp_path: Path) -> None:
    """A fresh interpreter finds the factory through entry-point metadata alone.

    The metadata is the one pyproject.toml declares, written as a dist-info
    beside the checkout's src/ (installing would leak into other checkouts).
    """
    info = tmp_path / "quoteparse_entry_point_check-0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: quoteparse-entry-point-check\nVersion: 0\n"
    )
    (info / "entry_points.txt").write_text(
        f"[spacy_factories]\nquoteparse = {_declared_entry_point()}\n"
    )
    script = textwrap.dedent(
        """
        import sys
        import spacy
        assert "quoteparse" not in sys.modules
        nlp = spacy.blank("en")
        nlp.add_pipe("quoteparse")
        doc = nlp('Comment: See:\\n"We tried," she said.')
        print(nlp.pipe_names, [s._.marker_label for s in doc.spans["markers"]])
        """
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(tmp_path)])
    run = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "['quoteparse'] ['Comment']"


def test_a_saved_pipeline_loads_with_its_config(tmp_path: Path) -> None:
    import quoteparse.integrations.spacy  # noqa: F401

    saved = spacy.blank("en")
    saved.add_pipe(
        "quoteparse",
        config={"alignment_mode": "contract", "options": {"conversion_tolerance": 0.02}},
    )
    saved.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    component = loaded.get_pipe("quoteparse")
    assert component.alignment_mode == "contract"
    assert component.options.conversion_tolerance == 0.02
    doc = loaded("Update: later\n")
    assert [s._.marker_kind for s in doc.spans["markers"]] == ["update"]


def test_seed_article_spans_and_extensions(nlp: Any, seed_text: str) -> None:
    """What DESIGN.md says a correct parse of the seed article finds, read from doc.spans."""
    doc = nlp(seed_text)
    quotes = list(doc.spans["quotes"])
    (said,) = [s for s in quotes if s._.speaker == "the source"]
    assert said.text.startswith('"They [the United States] have tried')
    assert said.text.endswith('in al-Rukban,"')
    assert (said.label_, said._.quote_kind, said._.cue) == ("speech", "speech", "explained")
    assert said._.speaker_span.text == "the source"
    assert said._.cue_span.text == "explained"
    inside = [s for s in doc.spans["insertions"] if s._.quote_index == said._.index]
    assert [s.text for s in inside] == ["[the United States]", "[said that it]"]
    (term,) = [s for s in quotes if s.text == '"moderate opposition"']
    # DESIGN.md: a partial quote with no speech verb around it, so no speaker.
    assert term._.quote_kind == "partial"
    assert (term._.speaker, term._.cue, term.label_) == (None, None, term._.quote_kind)
    (conversion,) = [s for s in doc.spans["conversions"] if s.text == "11 miles (18 kilometers)"]
    assert (conversion.label_, conversion._.consistent) == ("consistent", True)
    assert (conversion._.source_value, conversion._.target_value) == (11, 18)
    (zone,) = [
        s
        for s in doc.spans["quantities"]
        if seed_text[s._.char_start : s._.char_end] == "55-kilometer"
    ]
    assert (zone._.value, zone._.dimension) == (55, "length")
