"""parse_many(): order, progress, options, errors, and a real process pool."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from quoteparse import Options, parse, parse_many

TEXTS = [
    "Comment: See:\nThe first story.",
    "",
    '"We [the council] tried," she said.\nUpdate: corrected.',
    "The road runs 12 miles (19 kilometres) north.",
    "Editor's note: late.\n" * 3,
]


def _lazy(texts: list[str]) -> Iterator[str]:
    yield from texts


@pytest.mark.parametrize("chunksize", [1, 2, 100])
def test_serial_results_equal_parse_in_input_order(chunksize: int) -> None:
    assert list(parse_many(TEXTS, chunksize=chunksize)) == [parse(t) for t in TEXTS]


def test_documents_hold_the_callers_own_text() -> None:
    for text, doc in zip(TEXTS, parse_many(TEXTS), strict=True):
        assert doc.text is text


def test_progress_counts_every_document_with_the_total() -> None:
    calls: list[tuple[int, int | None]] = []
    list(parse_many(TEXTS, chunksize=2, progress=lambda done, total: calls.append((done, total))))
    assert calls == [(0, 5), (2, 5), (4, 5), (5, 5)]


def test_progress_total_is_none_for_a_lazy_input_which_is_read_lazily() -> None:
    calls: list[tuple[int, int | None]] = []
    read: list[str] = []

    def source() -> Iterator[str]:
        for t in TEXTS:
            read.append(t)
            yield t

    docs = parse_many(source(), chunksize=2, progress=lambda d, t: calls.append((d, t)))
    assert read == []  # nothing is read before iteration starts
    first = next(docs)
    assert first == parse(TEXTS[0])
    assert len(read) == 2  # one chunk, not the whole stream
    rest = list(docs)
    assert len(rest) == 4
    assert calls[0] == (0, None)
    assert calls[-1] == (5, None)


def test_options_and_shortcuts_reach_every_parse() -> None:
    opts = Options(max_quote_depth=1)
    assert list(parse_many(TEXTS, options=opts)) == [parse(t, options=opts) for t in TEXTS]
    assert list(parse_many(TEXTS, max_quote_depth=1)) == [
        parse(t, max_quote_depth=1) for t in TEXTS
    ]


def test_bad_arguments_fail_at_the_call_before_reading() -> None:
    with pytest.raises(TypeError, match="unknown option 'max_depth'"):
        parse_many(TEXTS, max_depth=2)
    with pytest.raises(ValueError, match="workers"):
        parse_many(TEXTS, workers=-1)
    with pytest.raises(ValueError, match="chunksize"):
        parse_many(TEXTS, chunksize=0)


def test_a_non_str_text_raises_type_error_when_reached() -> None:
    docs = parse_many(["fine", b"bytes"], chunksize=1)  # type: ignore[list-item]
    assert next(docs).text == "fine"
    with pytest.raises(TypeError, match="each text must be str, not bytes"):
        next(docs)


def test_two_worker_processes_give_the_same_documents_in_order() -> None:
    texts = [f"{t}\nItem {i}." for i in range(40) for t in TEXTS[:2]] + TEXTS
    calls: list[tuple[int, int | None]] = []
    docs = list(
        parse_many(
            _lazy(texts),
            workers=2,
            chunksize=7,
            progress=lambda d, t: calls.append((d, t)),
            max_quote_depth=2,
        )
    )
    assert docs == [parse(t, max_quote_depth=2) for t in texts]
    assert all(doc.text is text for doc, text in zip(docs, texts, strict=True))
    assert calls[0] == (0, None)
    assert calls[-1] == (len(texts), None)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_stopping_early_with_workers_does_not_hang() -> None:
    docs = parse_many([f"Comment: {i}\n" for i in range(500)], workers=2, chunksize=5)
    first = next(docs)
    assert first.markers[0].body == "0"
    docs.close()  # type: ignore[attr-defined]
