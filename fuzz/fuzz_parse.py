"""Fuzz parse() with atheris: any str parses, and every result keeps its invariants.

Run from the repository root (``pip install '.[fuzz]'`` first)::

    python fuzz/fuzz_parse.py -max_total_time=600 -max_len=4096 -timeout=2 fuzz/corpus

The first input byte picks how the rest becomes a ``str``: as arbitrary
Unicode (atheris's own decoder, surrogates included), as UTF-8 with
replacement, byte by byte through a table of news pieces (every style of
quote mark, brackets, labels, numbers, unit words, line breaks), which
reaches the finders' deeper branches far sooner than random code points do,
or as (piece, count) byte pairs that repeat a piece up to 4,080 times, so
long runs appear. ``-timeout=2`` then makes any input that takes over two
seconds (a backtracking pattern) a finding.
Each text goes through parse() and the checks in tests/invariants.py, and
the finders must agree with parse(). Any exception or failed check is a
finding; libFuzzer saves the input as ``crash-*``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

with atheris.instrument_imports():
    import quoteparse

from tests.invariants import check_document  # noqa: E402

# Pieces that exercise every finder; a byte picks one (256 slots, repeats fill the table).
PIECES = (
    '"', "'", "\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}",
    "\N{LEFT SINGLE QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}",
    "\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{SINGLE LOW-9 QUOTATION MARK}",
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}",
    "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}",
    "\N{LEFT CORNER BRACKET}", "\N{RIGHT CORNER BRACKET}",
    "[", "]", "(", ")", "[...]", "[\N{HORIZONTAL ELLIPSIS}]", "[sic]", "(sic)", "[T]", "[s]",
    "\n", "\r\n", "\r", "\n\n", " ", "  ", "\t", ".", ",", ":", ";", "-", "\N{EM DASH}",
    "Comment:", "Editor's note:", "Update:", "Read more:", "Advertisement",
    "said", "says", "told reporters", "according to", "the source", "she", "Mr. Smith",
    "0", "1", "11", "18", "3.5", "1,000", "\N{VULGAR FRACTION ONE HALF}", "2-3", "a",
    "miles", "mile", "km", "kilometers", "kilometre", "-kilometer", "\N{DEGREE SIGN}C",
    "%", "\N{POUND SIGN}", "$", "\N{EURO SIGN}", "bn", "m", "mph", "feet", "ft", "kg",
    "lb", "acres", "hectares", "litres", "gallons", "don't", "6'2\"", "the '60s",
    "word", "Word", "WORD", "\N{LATIN SMALL LETTER U WITH DIAERESIS}ber", "\u65e5\u672c",
    "\N{ZERO WIDTH SPACE}", "\N{NO-BREAK SPACE}", "\N{REPLACEMENT CHARACTER}", "\x00",
)


def to_text(data: bytes) -> str:
    """The fuzzer's bytes as a str, in one of four ways chosen by the first byte."""
    if not data:
        return ""
    mode, rest = data[0] % 4, data[1:]
    if mode == 0:
        return atheris.FuzzedDataProvider(rest).ConsumeUnicode(len(rest))
    if mode == 1:
        return rest.decode("utf-8", errors="replace")
    if mode == 2:
        return "".join(PIECES[b % len(PIECES)] for b in rest)
    # Byte pairs (piece, count): a piece repeated up to 4,080 times, so a few
    # bytes make the long runs (of spaces, marks, digits) that backtracking
    # patterns choke on, which short random inputs never reach.
    return "".join(
        PIECES[rest[i] % len(PIECES)] * (1 + 16 * rest[i + 1] if i + 1 < len(rest) else 1)
        for i in range(0, len(rest), 2)
    )


def test_one_input(data: bytes) -> None:
    """One fuzz case: parse, check invariants, compare with the finders."""
    text = to_text(data)
    doc = quoteparse.parse(text)
    check_document(doc)
    assert quoteparse.find_quotes(text) == doc.quotes
    assert quoteparse.find_markers(text) == doc.markers
    assert quoteparse.find_quantities(text) == doc.quantities
    assert quoteparse.find_conversions(text) == doc.conversions
    found = quoteparse.find_insertions(text)
    assert [(i.span, i.kind) for i in found] == [(i.span, i.kind) for i in doc.insertions]
    doc.to_dict()


def main() -> None:
    """Hand the harness to libFuzzer with the command-line options."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
