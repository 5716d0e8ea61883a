"""Property tests: insertion spans and the linking of insertions to quotations."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteparse import Insertion, InsertionKind, Quote, Span, find_insertions
from quoteparse.parse import link_insertions
from tests.factories import make_quote

# Text made mostly of the characters the finder reacts to.
_ALPHABET = st.sampled_from([*"[[]]()  aAsSiIcC.…*_!\n\r\u2028,'\"", "sic", "[sic]", "[1]"])
_TEXT = st.lists(_ALPHABET, max_size=80).map("".join) | st.text(max_size=80)


@settings(max_examples=400)
@given(_TEXT, st.integers(1, 10), st.integers(1, 6), st.booleans())
def test_spans_are_exact_sorted_and_never_overlap(
    text: str, max_length: int, max_depth: int, round_sic: bool
) -> None:
    found = find_insertions(
        text, max_insertion_length=max_length, max_bracket_depth=max_depth, round_sic=round_sic
    )
    previous_end = 0
    for ins in found:
        assert 0 <= ins.span.start < ins.span.end <= len(text)
        assert ins.span.start >= previous_end
        previous_end = ins.span.end
        assert ins.content_span == Span(ins.span.start + 1, ins.span.end - 1)
        assert ins.content_span.slice(text) == ins.content
        assert ins.content.strip()
        assert len(ins.content) <= max_length or ins.kind is InsertionKind.SIC
        assert text[ins.span.start] + text[ins.span.end - 1] in ("[]", "()")
        assert not any(c in ins.content for c in "\n\r\u2028\u2029")
        assert ins.quote is None
        assert round_sic or text[ins.span.start] == "["


@given(_TEXT, _TEXT)
def test_paragraphs_are_independent(left: str, right: str) -> None:
    # Brackets never pair across a line break, so each paragraph's results stand alone.
    text = f"{left}\n\n{right}"
    offset = len(left) + 2
    shifted = [Span(i.span.start + offset, i.span.end + offset) for i in find_insertions(right)]
    expected = [i.span for i in find_insertions(left)] + shifted
    assert [i.span for i in find_insertions(text)] == expected


def _plain_stack_pairs(text: str, max_length: int) -> list[tuple[int, int]]:
    """The pairs a plain, unbounded stack keeps in text made of "[", "]", "a" and " "."""
    found: list[tuple[int, int]] = []
    opens: list[int] = []
    for at, char in enumerate(text):
        if char == "[":
            opens.append(at)
        elif char == "]" and opens:
            start = opens.pop()
            content = text[start + 1 : at]
            if "a" in content and len(content) <= max_length:
                while found and found[-1][0] > start:
                    found.pop()
                found.append((start, at + 1))
    return found


# Long runs of brackets with a few words: runs of more than 32 brackets are
# reduced in C before Python walks them, shorter ones are walked directly.
_BRACKET_RUN = st.lists(st.sampled_from(["[", "]", "[]", "[[]]", "]["]), max_size=40).map("".join)
_BRACKETY = st.lists(_BRACKET_RUN | st.sampled_from(["a", " ", "a a"]), max_size=12).map("".join)


@settings(max_examples=600)
@given(_BRACKETY, st.integers(1, 40))
def test_bracket_runs_pair_as_a_plain_stack_does(text: str, max_length: int) -> None:
    # Deep enough that no "[" is ever forgotten, the finder must keep exactly
    # the pairs a plain stack keeps, whatever shortcuts it takes over runs.
    found = find_insertions(text, max_insertion_length=max_length, max_bracket_depth=len(text) + 1)
    assert [(i.span.start, i.span.end) for i in found] == _plain_stack_pairs(text, max_length)


# --- linking -------------------------------------------------------------------


@st.composite
def _quotes_and_insertions(draw: st.DrawFn) -> tuple[tuple[Quote, ...], tuple[Insertion, ...]]:
    """Non-crossing quotations and non-overlapping insertions over a 200-char text."""
    size = 200
    quotes: list[Quote] = []

    def build(lo: int, hi: int, depth: int, parent: int | None) -> None:
        at = lo
        while at < hi - 2 and depth < 3 and draw(st.booleans()):
            start = draw(st.integers(at, hi - 2))
            end = draw(st.integers(start + 2, min(hi, start + 80)))
            index = len(quotes)
            quotes.append(make_quote(Span(start, end), depth=depth, parent=parent))
            build(start + 1, end - 1, depth + 1, index)
            at = end

    build(0, size, 0, None)
    quotes.sort(key=lambda q: q.span.start)
    insertions: list[Insertion] = []
    at = 0
    while at < size - 2 and draw(st.booleans()):
        start = draw(st.integers(at, size - 2))
        end = draw(st.integers(start + 2, min(size, start + 15)))
        insertions.append(
            Insertion(
                span=Span(start, end),
                content_span=Span(start + 1, end - 1),
                content="",
                kind=InsertionKind.CLARIFICATION,
            )
        )
        at = end
    return tuple(quotes), tuple(insertions)


@settings(max_examples=400)
@given(_quotes_and_insertions())
def test_link_insertions_picks_the_innermost_holding_quote(
    case: tuple[tuple[Quote, ...], tuple[Insertion, ...]],
) -> None:
    quotes, insertions = case
    linked = link_insertions(insertions, quotes)
    assert [i.span for i in linked] == [i.span for i in insertions]
    for ins in linked:
        holders = [k for k, q in enumerate(quotes) if ins.span in q.content_span]
        if not holders:
            assert ins.quote is None
            continue
        assert ins.quote is not None
        assert ins.span in quotes[ins.quote].content_span
        # Innermost: no other holder lies inside the chosen one.
        chosen = quotes[ins.quote].span
        assert not any(quotes[k].span in chosen and k != ins.quote for k in holders)
