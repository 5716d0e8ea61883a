"""One numbering of results in the summary, the HTML view and the JSON (quoteparse.numbering)."""

from __future__ import annotations

import re

from quoteparse import parse, render_html
from quoteparse.cli_summary import summary
from quoteparse.model import RESULT_KINDS
from quoteparse.numbering import FIRST, number, numbered
from tests.handmade import TEXT, handmade
from tests.htmltree import spans_with, table_rows, tree

# Summary line word and results-table kind of each result kind.
_NAMES = {
    "quotes": ("quote", "quotation"),
    "insertions": ("insertion", "insertion"),
    "markers": ("marker", "marker line"),
    "quantities": ("quantity", "quantity"),
    "conversions": ("conversion", "conversion"),
}

_LINE = re.compile(r"^  (?P<kind>\w+) +(?P<number>#\d+) (?P<start>\d+)-(?P<end>\d+) ")


def test_numbers_are_json_positions() -> None:
    assert list(numbered(["a", "b", "c"])) == [(0, "a"), (1, "b"), (2, "c")]
    assert FIRST == 0
    assert number(3) == "#3"


def test_summary_html_and_json_give_each_result_the_same_number() -> None:
    doc = handmade()
    data = doc.to_dict()
    lines = [m for line in summary("a", doc) if (m := _LINE.match(line))]
    rows = table_rows(render_html(doc), "qp-results")[1:]
    assert len(lines) == len(rows) == sum(len(data[kind]) for kind in _NAMES)
    seen = 0
    for kind, (word, label) in _NAMES.items():
        assert kind in RESULT_KINDS
        records = doc.records(kind)
        for position, item in enumerate(data[kind]):
            line, row = lines[seen], rows[seen]
            seen += 1
            span = f"{item['span']['start']}-{item['span']['end']}"
            assert line["kind"] == word
            assert line["number"] == row[0] == f"#{records[position]['index']}"
            assert line["number"] == f"#{position}"
            assert f"{line['start']}-{line['end']}" == row[2] == span
            assert row[1] == label
            assert row[3] == TEXT[item["span"]["start"] : item["span"]["end"]]


def test_cross_references_use_the_same_numbers() -> None:
    doc = handmade()
    data = doc.to_dict()
    page = render_html(doc)
    lines = list(summary("a", doc))
    for ins in data["insertions"]:
        if ins["quote"] is None:
            continue
        start = ins["span"]["start"]
        (line,) = [li for li in lines if li.startswith("  insertion") and f" {start}-" in li]
        assert f"in quote #{ins['quote']}" in line
        (span,) = [s for s in spans_with(tree(page), "qp-insertion") if s["text"] == TEXT[
            start : ins["span"]["end"]
        ]]  # fmt: skip
        assert f"in quotation #{ins['quote']}" in span["title"]
    nested = [q for q in data["quotes"] if q["parent"] is not None]
    assert nested, "the hand-built Document has a nested quotation"
    titles = [s["title"] for s in spans_with(tree(page), "qp-quote")]
    assert any(f"inside quotation #{nested[0]['parent']}" in t for t in titles)


def test_a_parse_numbers_alike_everywhere() -> None:
    text = '"We [the board] won," said Ann Lee. The 3 miles (4.8 km) route. "Yes," she said.'
    doc = parse(text)
    rows = table_rows(render_html(doc), "qp-results")[1:]
    quote_rows = [r for r in rows if r[1] == "quotation"]
    assert [r[0] for r in quote_rows] == [f"#{r['index']}" for r in doc.records("quotes")]
    quote_lines = [li for li in summary("a", doc) if li.startswith("  quote ")]
    assert [li.split()[1] for li in quote_lines] == [r[0] for r in quote_rows]
