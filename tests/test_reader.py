"""Tests for reader_view: the printed, marked and speaker-only views of a quotation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteparse import (
    MappedText,
    Quote,
    ReaderMode,
    Span,
    find_insertions,
    reader_view,
)
from tests.factories import make_quote

TEXT = (
    'She said: "They [the council] tried [...] and [W]e want[s] it [sic], '
    'thanks [applause]. [Oil prices] rose [in 2019]."[1]'
)
CONTENT = Span(TEXT.index('"') + 1, TEXT.rindex('"'))


def _quote(span: Span) -> Quote:
    return make_quote(Span(span.start - 1, span.end + 1), TEXT)


def _assert_maps_back(text: str, view: MappedText) -> None:
    """Copied characters map to themselves; pieces tile the view in order.

    A one-character mark standing for one bracket maps like a copy, so it is
    the one same-length piece allowed to differ from its source.
    """
    at = 0
    for piece in view.pieces:
        assert piece.start == at
        at = piece.end
        run, source = view.text[piece.start : piece.end], piece.source.slice(text)
        if len(run) == len(source) and run != source:
            assert (run, source) in {
                ("\u27e6", "["),
                ("\u27e7", "]"),
                ("\u27e6", "("),
                ("\u27e7", ")"),
            }
        elif len(run) == len(source):
            assert run == source
    assert at == len(view.text)
    sources = [p.source for p in view.pieces]
    assert sources == sorted(sources)


def test_printed_is_the_content_exactly() -> None:
    view = reader_view(TEXT, CONTENT)
    assert view.text == CONTENT.slice(TEXT)
    assert view.original_span(0, len(view.text)) == CONTENT
    assert reader_view(TEXT, _quote(CONTENT)) == view


def test_marked_replaces_each_insertions_brackets() -> None:
    view = reader_view(TEXT, CONTENT, mode=ReaderMode.MARKED, marks=("<ins>", "</ins>"))
    assert view.text == (
        "They <ins>the council</ins> tried <ins>...</ins> and <ins>W</ins>e "
        "want<ins>s</ins> it <ins>sic</ins>, thanks <ins>applause</ins>. "
        "<ins>Oil prices</ins> rose <ins>in 2019</ins>."
    )
    at = view.text.index("<ins>")
    assert view.original_span(at, at + 5).slice(TEXT) == "["
    _assert_maps_back(TEXT, view)


def test_speaker_only_takes_out_the_editors_words() -> None:
    view = reader_view(TEXT, _quote(CONTENT), mode=ReaderMode.SPEAKER_ONLY)
    assert view.text == "They tried … and We wants it, thanks. rose."
    at = view.text.index("…")
    assert view.original_span(at, at + 1).slice(TEXT) == "[...]"
    assert view.original_offset(at) == TEXT.index("[...]")
    _assert_maps_back(TEXT, view)


def test_speaker_only_with_custom_ellipsis_and_given_insertions() -> None:
    found = find_insertions(TEXT)
    view = reader_view(TEXT, CONTENT, found, mode=ReaderMode.SPEAKER_ONLY, ellipsis="[...]")
    assert view.text.startswith("They tried [...] and")


def test_insertions_outside_the_span_are_left_alone() -> None:
    span = Span(CONTENT.start, TEXT.index(" [...]"))
    view = reader_view(TEXT, span, mode=ReaderMode.SPEAKER_ONLY)
    assert view.text == "They tried"


def test_seed_article_speaker_only(seed_text: str) -> None:
    start = seed_text.index('"They [') + 1
    end = seed_text.index('," the source explained')
    view = reader_view(seed_text, Span(start, end), mode=ReaderMode.SPEAKER_ONLY)
    assert view.text.startswith("They have tried to shift the blame")
    assert "the United States is allegedly ready" in view.text
    assert "[" not in view.text
    assert len(view.text) == end - start - len("[the United States] [said that it] ")
    _assert_maps_back(seed_text, view)


def test_empty_span_and_bad_arguments() -> None:
    assert reader_view(TEXT, Span(3, 3)).text == ""
    assert reader_view("", Span(0, 0), mode=ReaderMode.SPEAKER_ONLY).pieces == ()
    with pytest.raises(ValueError, match="past the end"):
        reader_view("abc", Span(0, 9))
    with pytest.raises(TypeError, match="Quote or a Span"):
        reader_view("abc", (0, 1))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="decode"):
        reader_view(b"abc", Span(0, 1))  # type: ignore[arg-type]


_ALPHABET = st.sampled_from([*"[[]]  ab.,\"'\n", "sic", "...", "W", "(sic)", "[1]", "[laughs]"])


@settings(max_examples=300)
@given(st.lists(_ALPHABET, max_size=60).map("".join), st.data(), st.sampled_from(ReaderMode))
def test_every_view_maps_back(text: str, data: st.DataObject, mode: ReaderMode) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    view = reader_view(text, Span(start, end), mode=mode)
    _assert_maps_back(text, view)
    for piece in view.pieces:
        assert piece.source in Span(start, end)
    if mode is ReaderMode.PRINTED:
        assert view.text == text[start:end]
    if mode is ReaderMode.SPEAKER_ONLY:
        # Nothing the finder calls an insertion inside the span survives with its brackets.
        inside = [i for i in find_insertions(text) if i.span in Span(start, end)]
        for piece in view.pieces:
            for ins in inside:
                assert not (
                    ins.span in piece.source and len(piece.source) == piece.end - piece.start
                )


def test_overlapping_or_unsorted_insertions_from_the_caller_do_not_garble_the_view() -> None:
    found = find_insertions(TEXT)
    odd = (found[1], found[0], found[0], *found[2:])
    for mode in ReaderMode:
        assert reader_view(TEXT, CONTENT, odd, mode=mode) == reader_view(TEXT, CONTENT, mode=mode)


_CORNERS = "\N{LEFT CORNER BRACKET}", "\N{RIGHT CORNER BRACKET}"
_GUILLEMET = "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}"
_RIGHT_GUILLEMET = "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"{_CORNERS[0]}[Oil prices] will rise{_CORNERS[1]}",
            f"{_CORNERS[0]}will rise{_CORNERS[1]}",
        ),
        (f"{_GUILLEMET}[Oil] will rise", f"{_GUILLEMET}will rise"),
        (f"They rise [sic]{_RIGHT_GUILLEMET} he", f"They rise{_RIGHT_GUILLEMET} he"),
        (f"They rise [sic]{_CORNERS[1]}", f"They rise{_CORNERS[1]}"),
    ],
    ids=["corner opener", "single guillemet opener", "guillemet closer", "corner closer"],
)
def test_a_cut_next_to_any_styles_mark_leaves_no_space(text: str, expected: str) -> None:
    # The marks come from the quote-mark lexicon, so every style's opening mark
    # takes the space after a cut and every closing mark the space before it.
    view = reader_view(text, Span(0, len(text)), mode=ReaderMode.SPEAKER_ONLY)
    assert view.text == expected
    _assert_maps_back(text, view)
