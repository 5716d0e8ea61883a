"""The command line's readable summary: a header line per document, then a line per result.

Numbers are written as a reader writes them, never in exponent form: ``£12m`` is
``12,000,000 GBP``, a range shows both ends (``1 to 2 year``), and counts agree
with their nouns (``1 quote``, ``2 quotes``).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from quoteparse.model import Document
from quoteparse.numbering import number, numbered
from quoteparse.records import who_is_quoted

__all__ = ["summary"]

#: How much of a result's text the summary shows before eliding it.
_SHOWN = 60


# Singular of each count in the header line (the plural is the Document's field name).
_SINGULAR = {
    "quotes": "quote",
    "insertions": "insertion",
    "markers": "marker",
    "quantities": "quantity",
    "conversions": "conversion",
}

# Outside this range a plain number has too many zeros to read; exponent form it is.
_PLAIN_FROM, _PLAIN_TO = 1e-6, 1e18


def _short(text: str, full: bool = False) -> str:
    flat = " ".join(text.split())
    return flat if full or len(flat) <= _SHOWN else flat[: _SHOWN - 1] + "…"


def count(n: int, noun: str) -> str:
    """``n`` and ``noun`` in the number it takes: ``1 quote``, ``0 quotes``.

    >>> count(1, "quotes"), count(2, "quantities"), count(0, "quotes")
    ('1 quote', '2 quantities', '0 quotes')
    """
    return f"{n} {_SINGULAR.get(noun, noun) if n == 1 else noun}"


def plain_number(value: float) -> str:
    """``value`` with thousands separators and no exponent, as it would be written.

    The shortest decimal that reads back as ``value`` (so ``0.1`` stays ``0.1``),
    whole numbers without a point; beyond 10^18 or below 10^-6, exponent form.

    >>> plain_number(12e6), plain_number(4.8), plain_number(-130.0), plain_number(0.1)
    ('12,000,000', '4.8', '-130', '0.1')
    >>> plain_number(1.99e-30)
    '1.99e-30'
    """
    if value != 0 and not _PLAIN_FROM <= abs(value) < _PLAIN_TO:
        return repr(value)
    text = format(Decimal(repr(value)), ",f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _amount(value: float, high: float | None, unit: str) -> str:
    """``12,000,000 GBP``, or a range with both ends: ``1 to 2 year``."""
    if high is None or high == value:
        return f"{plain_number(value)} {unit}"
    return f"{plain_number(value)} to {plain_number(high)} {unit}"


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


def summary(
    name: str,
    doc: Document,
    *,
    encoding: str | None = None,
    full: bool = False,
    who: bool = True,
) -> Iterator[str]:
    """Lines of the readable summary of one parsed document.

    Each result line carries the result's number (:mod:`quoteparse.numbering`),
    the one the HTML view and the JSON give it.

    ``encoding``, when given and not UTF-8, is named in the header line (the
    file was read with ``--encoding auto`` and needed a fallback). ``full``
    shows each result's whole text, not its first 60 characters; ``who=False``
    leaves out the "who is quoted" table (the coloured view shows its own).

    >>> from quoteparse import parse
    >>> lines = list(summary("a.txt", parse("The fund holds £12m, up 1-2 km.")))
    >>> lines[0]
    'a.txt: 31 chars; 0 quotes, 0 insertions, 0 markers, 2 quantities, 0 conversions'
    >>> lines[1][lines[1].index("="):], lines[2][lines[2].index("="):]
    ('= 12,000,000 GBP', '= 1 to 2 kilometre')
    """
    counts = ", ".join(
        count(len(getattr(doc, kind)), kind)
        for kind in ("quotes", "insertions", "markers", "quantities", "conversions")
    )
    read_as = f" (read as {encoding})" if encoding not in (None, "utf-8") else ""
    chars = len(doc.text)
    yield f"{name}{read_as}: {chars} char{'' if chars == 1 else 's'}; {counts}"
    if who:
        yield from _who_is_quoted(doc)
    for k, q in numbered(doc.quotes):
        speaker = f" - {q.speaker}" if q.speaker else ""
        if q.speaker_id is not None and doc.speakers[q.speaker_id].name != q.speaker:
            speaker += f" = {doc.speakers[q.speaker_id].name}"
        cue = f" ({q.cue})" if q.cue else ""
        state = "" if q.closed else " [unclosed]"
        yield (
            f"  quote      {number(k)} {q.span.start}-{q.span.end} {q.kind.value}{state}: "
            f"{_short(q.span.slice(doc.text), full)}{speaker}{cue}"
        )
    for k, i in numbered(doc.insertions):
        where = f" in quote {number(i.quote)}" if i.quote is not None else ""
        yield (
            f"  insertion  {number(k)} {i.span.start}-{i.span.end} {i.kind.value}{where}: "
            f"{i.span.slice(doc.text)}"
        )
    for k, m in numbered(doc.markers):
        yield (
            f"  marker     {number(k)} {m.span.start}-{m.span.end} {m.kind.value}: "
            f"{_short(m.span.slice(doc.text), full)}"
        )
    for k, n in numbered(doc.quantities):
        yield (
            f"  quantity   {number(k)} {n.span.start}-{n.span.end} {n.dimension.value}: "
            f"{_short(n.span.slice(doc.text), full)} = {_amount(n.value, n.value_high, n.unit)}"
        )
    for k, c in numbered(doc.conversions):
        verdict = {True: "consistent", False: "INCONSISTENT", None: "not checked"}[c.consistent]
        expected = ""
        if c.expected is not None:
            expected = f", expected {plain_number(float(f'{c.expected:.4g}'))} {c.target.unit}"
        yield (
            f"  conversion {number(k)} {c.span.start}-{c.span.end} {verdict}: "
            f"{_short(c.span.slice(doc.text), full)}{expected}"
        )
