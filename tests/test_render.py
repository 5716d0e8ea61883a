"""The HTML and terminal views, on hand-built Documents and on parse() of any text."""

from __future__ import annotations

import html
import re

from hypothesis import given
from hypothesis import strategies as st

from quoteparse import (
    Dimension,
    Document,
    Marker,
    MarkerKind,
    Quantity,
    Span,
    parse,
    render_ansi,
    render_html,
)
from quoteparse.render._layers import Close, Highlight, Layer, Open, highlights, layout
from tests.handmade import TEXT, at, handmade
from tests.htmltree import spans_with as _with
from tests.htmltree import tree as _tree
from tests.invariants import check_document

_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_handmade_document_keeps_the_invariants() -> None:
    check_document(handmade())


def test_html_marks_every_kind_with_its_own_class_and_hover_text() -> None:
    doc = handmade()
    tree = _tree(render_html(doc))
    assert "".join(tree.text) == TEXT
    assert set(tree.tags) == {"span"}
    quotes = _with(tree, "qp-quote")
    assert [q["text"] for q in quotes] == [q.span.slice(TEXT) for q in doc.quotes]
    assert "said by the mayor" in quotes[0]["title"]
    assert "cue: explained" in quotes[0]["title"]
    assert "qp-depth-1" in quotes[1]["class"].split()
    assert "qp-partial" in quotes[1]["class"].split()
    assert "qp-scare" in quotes[2]["class"].split()
    assert [s["text"] for s in _with(tree, "qp-speaker")] == ["the mayor"]
    assert [s["text"] for s in _with(tree, "qp-cue")] == ["explained"]
    inserted = _with(tree, "qp-insertion")
    assert [s["text"] for s in inserted] == ["[the council]", "[...]"]
    assert all("not the speaker's words" in s["title"] for s in inserted)
    assert [s["text"] for s in _with(tree, "qp-marker")] == ["Comment: Read this first"]
    assert [s["text"] for s in _with(tree, "qp-label")] == ["Comment"]
    assert [s["text"] for s in _with(tree, "qp-quantity")] == [
        "5 miles",
        "8 km",
        "10 miles",
        "30 km",
    ]
    conversions = _with(tree, "qp-conversion")
    assert [s["text"] for s in conversions] == ["5 miles (8 km)", "10 miles (30 km)"]
    assert ["qp-inconsistent" in s["class"].split() for s in conversions] == [False, True]
    assert "inconsistent" in conversions[1]["title"]
    assert "exact: 16.0934 kilometre" in conversions[1]["title"]


def test_nested_results_are_nested_elements() -> None:
    page = render_html(handmade(), standalone=False)
    page = page[page.index('class="qp-text"') :]
    outer = page.index('<span class="qp-quote qp-speech qp-depth-0"')
    inner = page.index('<span class="qp-quote qp-partial qp-depth-1"')
    insertion = page.index('<span class="qp-insertion')
    quantity = page.index('<span class="qp-quantity')
    closing = page.index(">the mayor<")  # the speaker comes after the quotation closes
    assert outer < insertion < inner < quantity < closing
    # Between the outer quote's start and the speaker, every span opened was closed.
    middle = page[outer : page.index('<span class="qp-speaker"')]
    assert middle.count("<span") == middle.count("</span>")


def test_hostile_text_is_escaped_in_text_and_hover() -> None:
    text = '"<script>alert(1)</script>" and ["><img src=x onerror=alert(2)>] & co'
    doc = handmade()
    quote = doc.quotes[2]
    bad = at(text, '"<script>alert(1)</script>"')
    hostile = Document(
        text=text,
        quotes=(
            type(quote)(
                span=bad,
                content_span=Span(bad.start + 1, bad.end - 1),
                content=text[bad.start + 1 : bad.end - 1],
                open_mark='"',
                close_mark='"',
                closed=True,
                depth=0,
                parent=None,
                kind=quote.kind,
                speaker='"><b onmouseover=alert(3)>x',
            ),
        ),
    )
    page = render_html(hostile, title="<script>alert(4)</script>")
    assert "<script" not in page
    assert "<img" not in page
    assert "<b " not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;script&gt;alert(4)&lt;/script&gt;" in page
    assert "&quot;&gt;&lt;b onmouseover=alert(3)&gt;x" in page
    assert "".join(_tree(page).text) == text


def test_repr_html_is_the_fragment_with_its_style() -> None:
    doc = handmade()
    fragment = doc._repr_html_()
    assert fragment == render_html(doc, standalone=False)
    assert fragment.startswith('<div class="qp-doc"><style>')
    assert "<html" not in fragment
    page = render_html(doc)
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page


def test_legend_names_every_layer_and_is_outside_the_text() -> None:
    page = render_html(handmade(), standalone=False)
    legend = page[page.index('class="qp-legend"') : page.index('class="qp-text"')]
    for layer in Layer:
        if layer is not Layer.LABEL:
            assert f"qp-{layer.value}" in legend
    assert "qp-inconsistent" in legend
    assert "<b>3</b> quotations" in page
    assert '<b class="qp-flagged">1</b> inconsistent' in page


def _marks() -> st.SearchStrategy[list[Highlight]]:
    pair = st.tuples(st.integers(-2, 40), st.integers(-2, 40), st.sampled_from(list(Layer)))
    return st.lists(pair, max_size=12).map(
        lambda items: [Highlight(a, b, layer, (), "t") for a, b, layer in items]
    )


@given(text=st.text(max_size=40), marks=_marks())
def test_layout_always_nests_and_keeps_the_text(text: str, marks: list[Highlight]) -> None:
    events = layout(text, marks)
    assert "".join(e for e in events if isinstance(e, str)) == text
    stack: list[Highlight] = []
    pos = 0
    for event in events:
        if isinstance(event, Open):
            h = event.highlight
            assert h.start == pos
            assert not stack or h.end <= stack[-1].end
            stack.append(h)
        elif isinstance(event, Close):
            assert stack.pop() is event.highlight
            assert event.highlight.end == pos
        else:
            pos += len(event)
    assert not stack


def test_crossing_results_are_clipped_not_fatal() -> None:
    text = "Note: 12 km and on"
    marker = Marker(Span(0, 11), "Note", Span(0, 4), "12 km", Span(6, 11), MarkerKind.EDITORS_NOTE)
    crossing = Quantity(Span(9, 18), 12, Span(9, 11), "km", "km", Span(12, 14), Dimension.LENGTH)
    doc = Document(text, markers=(marker,), quantities=(crossing,))
    (clipped,) = _with(_tree(render_html(doc)), "qp-quantity")
    assert clipped["text"] == "km"
    assert "qp-clipped" in clipped["class"].split()
    assert _ANSI.sub("", render_ansi(doc)).startswith(text + "\n")


@given(st.text(alphabet=st.sampled_from("ab \"'[]().:\n5km<>&\x1b"), max_size=80))
def test_views_of_any_parse_keep_the_text(text: str) -> None:
    doc = parse(text)
    assert "".join(_tree(render_html(doc)).text) == text.replace("\r", "\n")
    plain = render_ansi(doc, color=False)
    assert "\x1b" not in plain
    assert _ANSI.sub("", render_ansi(doc)).startswith(plain)


def test_terminal_view_colours_each_kind_and_resets() -> None:
    doc = handmade()
    shown = render_ansi(doc)
    assert "\x1b[1;97;44mthe mayor\x1b[0m" in shown
    assert "\x1b[1;30;42mexplained\x1b[0m" in shown
    assert "\x1b[3;97;45m[the council]\x1b[0m" in shown
    assert "\x1b[30;46m10 miles\x1b[0m" in shown
    assert "\x1b[4;97;41m" in shown  # the inconsistent conversion
    assert shown.count("\N{WARNING SIGN}") == 2  # after that conversion, and in the legend
    body, legend = shown.rsplit("\n\n", 1)
    assert _ANSI.sub("", body).replace("\N{WARNING SIGN}", "") == TEXT.rstrip("\n")
    assert "quotation" in _ANSI.sub("", legend)
    assert render_ansi(doc, color=False) == TEXT


def test_terminal_view_shows_control_characters_instead_of_obeying_them() -> None:
    text = "a\x1b]0;title\x07b\x9b31mc\r\nd\re"
    plain = render_ansi(Document(text), color=False)
    assert (
        plain == "a\N{SYMBOL FOR ESCAPE}]0;title\N{SYMBOL FOR BELL}b\ufffd31mc\n"
        "d\N{SYMBOL FOR CARRIAGE RETURN}e"
    )
    assert not re.search(
        r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", _ANSI.sub("", render_ansi(Document(text)))
    )


def test_shared_speakers_are_marked_once() -> None:
    doc = handmade()
    twice = Document(doc.text, quotes=(doc.quotes[0], doc.quotes[0]))
    speakers = [h for h in highlights(twice) if h.layer is Layer.SPEAKER]
    assert len(speakers) == 1
    assert speakers[0].title == (
        "Speaker of quotation #0: the mayor; Speaker of quotation #1: the mayor"
    )


def test_seed_article_view(seed_text: str) -> None:
    doc = parse(seed_text)
    tree = _tree(render_html(doc))
    assert html.unescape("".join(tree.text)) == seed_text
    labels = [s["text"] for s in _with(tree, "qp-label")]
    assert labels == ["Comment"] * 3
    assert len(_with(tree, "qp-quote")) == len(doc.quotes)
    assert len(_with(tree, "qp-conversion")) == len(doc.conversions)


@st.composite
def _documents(draw: st.DrawFn) -> Document:
    """Hand-built Documents whose spans may cross, overlap or repeat."""
    text = draw(st.text(alphabet=st.sampled_from('ab "<>&[]\n'), min_size=1, max_size=30))

    def span() -> Span:
        a, b = sorted(draw(st.tuples(*[st.integers(0, len(text))] * 2)))
        return Span(a, b)

    markers = tuple(
        Marker(s, "L", Span(s.start, s.start), "", Span(s.end, s.end), MarkerKind.EDITORS_NOTE)
        for s in (span() for _ in range(draw(st.integers(0, 3))))
    )
    quantities = tuple(
        Quantity(s, 1.5, s, "metre", "m", s, Dimension.LENGTH)
        for s in (span() for _ in range(draw(st.integers(0, 4))))
    )
    return Document(text, markers=markers, quantities=quantities)


@given(_documents())
def test_views_of_any_handmade_document_keep_the_text(doc: Document) -> None:
    assert "".join(_tree(render_html(doc)).text) == doc.text.replace("\r", "\n")
    assert _ANSI.sub("", render_ansi(doc)).startswith(doc.text)


def test_html_has_a_who_is_quoted_table_under_the_text() -> None:
    from quoteparse import parse, render_html

    doc = parse('Ann Lee, 40, spoke. "We won," Lee said. "<Again>," she said.')
    page = render_html(doc, standalone=False)
    table = page.split('<table class="qp-who">', 1)[1].split("</table>", 1)[0]
    assert page.index('<div class="qp-text"') < page.index('<table class="qp-who">')
    assert "<caption>Who is quoted</caption>" in table
    assert (
        '<tr><td>Ann Lee</td><td></td><td class="qp-num">2</td><td class="qp-num">3</td></tr>'
        in table
    )
    assert "<table" not in render_html(parse("No quotations here."), standalone=False)


def test_html_results_table_lists_every_result_under_the_text() -> None:
    from tests.htmltree import table_rows

    doc = handmade()
    page = render_html(doc, standalone=False)
    assert page.index('<div class="qp-text"') < page.index('<table class="qp-results">')
    header, *rows = table_rows(page, "qp-results")
    assert header == ["#", "kind", "span", "text", "details"]
    kinds = ("quotes", "insertions", "markers", "quantities", "conversions")
    assert len(rows) == sum(len(getattr(doc, kind)) for kind in kinds)
    spans = [f"{r.span.start}-{r.span.end}" for kind in kinds for r in getattr(doc, kind)]
    assert [row[2] for row in rows] == spans
    assert [row[3] for row in rows] == [TEXT[int(a) : int(b)] for a, b in
                                        (s.split("-") for s in spans)]  # fmt: skip
    (flagged,) = [row for row in rows if "inconsistent" in row[4]]
    assert flagged[1] == "conversion"
    assert flagged[3] == "10 miles (30 km)"
    assert "<table" not in render_html(Document("Nothing found here."), standalone=False)


def test_html_results_table_escapes_the_text() -> None:
    text = "Note: <b>5 km</b>"
    doc = parse(text)
    page = render_html(doc, standalone=False)
    results = page[page.index('<table class="qp-results">') :]
    assert "<b>" not in results
    assert "&lt;b&gt;" in results


def test_html_view_takes_the_page_width() -> None:
    page = render_html(handmade())
    rule = page[page.index(".qp-doc{") :].split("}", 1)[0]
    assert "max-width" not in rule
    assert "width:100%" in rule
    assert "box-sizing:border-box" in rule
