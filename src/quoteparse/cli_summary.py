"""The command line's readable summary: a header line per document, then a line per result."""

from __future__ import annotations

from collections.abc import Iterator

from quoteparse.model import Document
from quoteparse.records import who_is_quoted

__all__ = ["summary"]

#: How much of a result's text the summary shows before eliding it.
_SHOWN = 60


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _SHOWN else flat[: _SHOWN - 1] + "…"


def _who_is_quoted(doc: Document) -> Iterator[str]:
    """The "who is quoted" table: person, role, quotations, words quoted; most quoted first."""
    rows = who_is_quoted(doc)
    if not rows:
        return
    yield "  who is quoted (quotations, words):"
    for row in rows:
        role = f", {row['role']}" if row["role"] else ""
        words = row["words_quoted"]
        plural = "" if words == 1 else "s"
        yield f"    {row['name']}{role}: {row['quote_count']}, {words} word{plural}"


def summary(name: str, doc: Document, *, encoding: str | None = None) -> Iterator[str]:
    """Lines of the readable summary of one parsed document.

    ``encoding``, when given and not UTF-8, is named in the header line (the
    file was read with ``--encoding auto`` and needed a fallback).
    """
    counts = ", ".join(
        f"{len(getattr(doc, kind))} {kind}"
        for kind in ("quotes", "insertions", "markers", "quantities", "conversions")
    )
    read_as = f" (read as {encoding})" if encoding not in (None, "utf-8") else ""
    yield f"{name}{read_as}: {len(doc.text)} chars; {counts}"
    yield from _who_is_quoted(doc)
    for q in doc.quotes:
        who = f" - {q.speaker}" if q.speaker else ""
        if q.speaker_id is not None and doc.speakers[q.speaker_id].name != q.speaker:
            who += f" = {doc.speakers[q.speaker_id].name}"
        cue = f" ({q.cue})" if q.cue else ""
        state = "" if q.closed else " [unclosed]"
        yield (
            f"  quote      {q.span.start}-{q.span.end} {q.kind.value}{state}: "
            f"{_short(q.span.slice(doc.text))}{who}{cue}"
        )
    for i in doc.insertions:
        where = f" in quote {i.quote}" if i.quote is not None else ""
        yield (
            f"  insertion  {i.span.start}-{i.span.end} {i.kind.value}{where}: "
            f"{i.span.slice(doc.text)}"
        )
    for m in doc.markers:
        yield (
            f"  marker     {m.span.start}-{m.span.end} {m.kind.value}: "
            f"{_short(m.span.slice(doc.text))}"
        )
    for n in doc.quantities:
        yield (
            f"  quantity   {n.span.start}-{n.span.end} {n.dimension.value}: "
            f"{_short(n.span.slice(doc.text))} = {n.value:g} {n.unit}"
        )
    for c in doc.conversions:
        verdict = {True: "consistent", False: "INCONSISTENT", None: "not checked"}[c.consistent]
        expected = f", expected {c.expected:.4g} {c.target.unit}" if c.expected is not None else ""
        yield (
            f"  conversion {c.span.start}-{c.span.end} {verdict}: "
            f"{_short(c.span.slice(doc.text))}{expected}"
        )
