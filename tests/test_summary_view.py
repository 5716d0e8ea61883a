"""Summary and terminal views: plain numbers, ranges, plurals, --full, wrapping, who is quoted."""

from __future__ import annotations

import io
import re

from hypothesis import given
from hypothesis import strategies as st

from quoteparse import parse
from quoteparse.cli import main
from quoteparse.cli_summary import plain_number, summary
from quoteparse.render.terminal import render_ansi, who_is_quoted_table
from quoteparse.render.wrap import wrap

LONG = (
    '"We will rebuild the harbour wall before the winter storms arrive, whatever it costs '
    'the town," said Mayor Ann Lee. The fund holds £12m for 1-2 years.\n'
)


def _summary(*argv: str, text: str = LONG) -> list[str]:
    out = io.StringIO()
    stdin = io.TextIOWrapper(io.BytesIO(text.encode()))
    assert main(["-", *argv], stdin=stdin, stdout=out, stderr=io.StringIO()) == 0
    return out.getvalue().splitlines()


def test_money_is_a_plain_number_and_a_range_has_both_ends() -> None:
    lines = _summary()
    quantities = [line for line in lines if line.lstrip().startswith("quantity")]
    assert quantities[0].endswith("£12m = 12,000,000 GBP")
    assert quantities[1].endswith("= 1 to 2 year")
    assert not any("e+" in line for line in lines)


@given(st.floats(min_value=-1e17, max_value=1e17, allow_nan=False))
def test_a_plain_number_reads_back_as_the_value(value: float) -> None:
    text = plain_number(value)
    assert float(text.replace(",", "")) == value
    if value == 0 or abs(value) >= 1e-6:  # below, exponent form (documented)
        assert "e" not in text


def test_counts_agree_with_their_nouns() -> None:
    header = _summary()[0]
    assert "; 1 quote, 0 insertions, 0 markers, 2 quantities, 0 conversions" in header
    assert _summary(text="One.")[0] == (
        "-: 4 chars; 0 quotes, 0 insertions, 0 markers, 0 quantities, 0 conversions"
    )


def test_full_shows_the_whole_quotation() -> None:
    doc = parse(LONG)
    whole = " ".join(doc.quotes[0].span.slice(LONG).split())
    (short,) = [line for line in _summary() if line.lstrip().startswith("quote ")]
    (full,) = [line for line in _summary("--full") if line.lstrip().startswith("quote ")]
    assert whole not in short
    assert "…" in short
    assert whole in full
    assert "…" not in full


@given(
    st.lists(st.text(st.characters(codec="ascii", exclude_characters=" \n\x1b"), min_size=1,
             max_size=12), max_size=30),
    st.integers(min_value=1, max_value=40),
)  # fmt: skip
def test_wrapping_keeps_every_word_and_breaks_only_at_spaces(words: list[str], width: int) -> None:
    text = " ".join(words)
    wrapped = wrap(text, width)
    assert wrapped.split() == text.split()
    assert wrapped.replace("\n", " ") == text.rstrip(" ") or not words
    for line in wrapped.split("\n"):
        assert len(line) <= width or " " not in line


def test_the_terminal_view_wraps_at_word_boundaries_and_ignores_colour_codes() -> None:
    doc = parse(LONG)
    view = render_ansi(doc, width=30)
    visible = [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in view.split("\n")]
    assert all(len(line) <= 30 for line in visible if " " in line)
    words = re.sub(r"\x1b\[[0-9;]*m", "", render_ansi(doc)).split()
    assert " ".join(visible).split() == words


def test_the_terminal_view_has_the_who_is_quoted_table() -> None:
    doc = parse('"No," said Bo Chan. Ann Lee, 40, spoke. "We won," Lee said. "Yes," she said.')
    table = who_is_quoted_table(doc)
    assert [line.split()[:2] for line in table[1:]] == [["Ann", "Lee"], ["Bo", "Chan"]]
    assert [line.split()[-2:] for line in table[1:]] == [["2", "3"], ["1", "1"]]
    assert render_ansi(doc).endswith("\n".join(table))
    assert who_is_quoted_table(parse("Nobody speaks.")) == []
    # The coloured summary shows the table once, in the view, not again in the list.
    lines = list(summary("a", doc, who=False))
    assert not any("who is quoted" in line for line in lines)
