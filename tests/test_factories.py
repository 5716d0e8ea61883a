"""The test factory builds what the finder would find for the same quotation."""

from __future__ import annotations

from quoteparse import Attribution, find_quotes
from tests.factories import make_quote


def test_make_quote_is_the_found_quotation() -> None:
    text = "\N{LEFT DOUBLE QUOTATION MARK}We tried,\N{RIGHT DOUBLE QUOTATION MARK} she said."
    (found,) = find_quotes(text)
    assert found.speaker_span is not None
    assert found.cue_span is not None
    made = make_quote(
        found.span,
        text,
        speaker_span=found.speaker_span,
        cue_span=found.cue_span,
        paragraphs=found.paragraphs,
        attribution=Attribution.CUE_AFTER,
    )
    assert made == found
