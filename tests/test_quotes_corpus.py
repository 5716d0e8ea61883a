"""Real text: quotations in the BBC corpus are mostly closed and attributed.

(Every corpus article is checked against the quote invariants in test_corpus.py.)
"""

from __future__ import annotations

from quoteparse import QuoteKind, find_quotes
from tests.conftest import corpus_files, read_corpus_text


def test_bbc_quotes_are_mostly_closed_and_attributed() -> None:
    closed = total = speech = attributed = 0
    for path in corpus_files("bbc"):
        for q in find_quotes(read_corpus_text(path)):
            total += 1
            closed += q.closed
            if q.kind is QuoteKind.SPEECH:
                speech += 1
                attributed += q.speaker is not None
    assert total > 9000
    assert closed / total > 0.98
    assert attributed / speech > 0.8
