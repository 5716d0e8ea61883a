"""Robustness: hostile and random text, every option setting, the stricter linking rules.

tests/test_properties.py checks the basic invariants on random text; this
module adds structured mixes (quotations holding brackets, units and labels,
runs of one mark, paragraph breaks), lone surrogates, every option setting,
and the rules that only hold across results: an insertion's quote is the
innermost quotation holding it (and None only when none does), a quotation's
parent is its innermost container, depth stays under ``max_quote_depth``,
and parse_many agrees with parse.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quoteparse import Document, Options, Span, parse, parse_many
from tests.invariants import check_document

OPEN_CLOSE = [
    ('"', '"'),
    ("'", "'"),
    ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
    ("\N{LEFT SINGLE QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}"),
    ("\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{LEFT DOUBLE QUOTATION MARK}"),
    (
        "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    ),
    (
        "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    ),
    ("\N{LEFT CORNER BRACKET}", "\N{RIGHT CORNER BRACKET}"),
]
MARKS = sorted({c for pair in OPEN_CLOSE for c in pair})
WORDS = st.sampled_from(
    [
        "we",
        "tried",
        "the council",
        "said",
        "she said",
        "told reporters",
        "12 miles",
        "(19 kilometres)",
        "a 55-kilometer zone",
        "£2.5bn",
        "4%",
        "[the United States]",
        "[sic]",
        "[...]",
        "[W]e",
        "(sic)",
        "[1]",
        "don't",
        "5'11\"",
        "the '90s",
        "Comment: See:",
        "Editor's note:",
        "\n",
        "\n\n",
        "\r\n",
        " ",
        ", ",
        ". ",
    ]
)


@st.composite
def quotations(draw: st.DrawFn, depth: int = 0) -> str:
    """A quotation, maybe unclosed, maybe holding nested quotations, brackets and units."""
    opener, closer = draw(st.sampled_from(OPEN_CLOSE))
    parts = [opener]
    for _ in range(draw(st.integers(0, 6))):
        if depth < 3 and draw(st.integers(0, 5)) == 0:
            parts.append(draw(quotations(depth + 1)))
        else:
            parts.append(draw(WORDS))
    if draw(st.integers(0, 7)):
        parts.append(closer)
    return "".join(parts)


NEWS = st.lists(st.one_of(WORDS, quotations()), max_size=30).map(" ".join)
RUNS = st.tuples(st.sampled_from([*MARKS, "[", "]", "(", ")", "1", "\n"]), st.integers(1, 400)).map(
    lambda pair: pair[0] * pair[1]
)
MIXED = st.lists(st.one_of(NEWS, RUNS), max_size=6).map("".join)
OPTIONS = st.builds(
    Options,
    max_quote_depth=st.integers(1, 5),
    multi_paragraph=st.booleans(),
    attribution=st.booleans(),
    round_sic=st.booleans(),
    conversion_tolerance=st.sampled_from([0.0, 0.01, 0.05, 0.5]),
)


def _innermost(spans: list[tuple[int, Span]], inner: Span) -> int | None:
    holders = [(len(span), i) for i, span in spans if inner in span]
    return min(holders)[1] if holders else None


def check_links(doc: Document, options: Options) -> None:
    """The cross-result rules, beyond tests/invariants.check_document."""
    check_document(doc)
    contents = [(i, q.content_span) for i, q in enumerate(doc.quotes)]
    for ins in doc.insertions:
        assert ins.quote == _innermost(contents, ins.span), (ins, doc.quotes)
    for i, q in enumerate(doc.quotes):
        assert q.depth < options.max_quote_depth, (q.depth, options.max_quote_depth)
        others = [(j, span) for j, span in contents if j != i]
        if q.parent is not None:
            assert q.parent == _innermost(others, q.span)
        if q.continues is not None:
            assert 0 <= q.continues < len(doc.quotes)
            assert q.continues != i
    for name in ("quotes", "insertions", "markers", "quantities", "conversions"):
        for row in doc.records(name):  # type: ignore[arg-type]
            assert row["text"] == doc.text[row["start"] : row["end"]]
    assert Document.from_dict(doc.to_dict()) == doc


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MIXED, OPTIONS)
def test_structured_news_under_any_options_keeps_every_rule(text: str, options: Options) -> None:
    check_links(parse(text, options=options), options)


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        # characters() never draws surrogates, so they are mixed in by hand.
        alphabet=st.one_of(st.characters(), st.integers(0xD800, 0xDFFF).map(chr)),
        max_size=300,
    )
)
def test_any_code_point_including_lone_surrogates_parses(text: str) -> None:
    check_links(parse(text), Options())


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(RUNS, NEWS), min_size=1, max_size=3).map("\n".join))
def test_long_runs_of_one_mark_keep_every_rule(text: str) -> None:
    check_links(parse(text), Options())


@settings(max_examples=30, deadline=None)
@given(st.lists(MIXED, max_size=8), st.integers(1, 4))
def test_parse_many_agrees_with_parse(texts: list[str], chunksize: int) -> None:
    assert list(parse_many(texts, chunksize=chunksize)) == [parse(t) for t in texts]
