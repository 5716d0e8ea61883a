"""Score finder results against gold annotations.

The gold format is documented in ``evaluation/README.md``: one JSON object a
line, with ``id``, either ``source`` (a path under ``../shared/corpus``) or
``text``, and one key per annotated finder holding a list of items, each with
``start`` and ``end`` (the result's ``span``) and the fields scored for that
finder. A key that is absent means "not annotated here"; an empty list means
"annotated, none present".

Matching is on exact span. Precision, recall and F1 come from the counts of
true positives, false positives and false negatives summed over documents;
field accuracy is measured on the matched pairs only.

>>> gold = GoldDoc(id="d", text="Photo: AP", annotations={
...     "markers": ({"start": 0, "end": 9, "kind": "photo"},)})
>>> pred = {"markers": ({"start": 0, "end": 9, "kind": "credit"},)}
>>> score = score_documents([(gold, "Photo: AP", pred)])["markers"]
>>> score.tp, score.fp, score.fn, score.fields["kind"].accuracy
(1, 0, 0, 0.0)
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quoteparse.model import Document, InsertionKind, MarkerKind, QuoteKind

__all__ = [
    "FINDERS",
    "Counts",
    "ErrorItem",
    "FinderScore",
    "GoldDoc",
    "GoldError",
    "Item",
    "load_gold",
    "predicted_items",
    "read_source",
    "score_documents",
]

#: The finders in the order the report prints them: markers first.
FINDERS: tuple[str, ...] = ("markers", "quotes", "insertions", "quantities", "conversions")

Item = Mapping[str, Any]

# The allowed values of enum fields in gold, checked when loading.
_KIND_VALUES: dict[str, frozenset[str]] = {
    "markers": frozenset(k.value for k in MarkerKind),
    "quotes": frozenset(k.value for k in QuoteKind),
    "insertions": frozenset(k.value for k in InsertionKind),
}


class GoldError(ValueError):
    """A gold file that does not follow the format; the message names file and line."""


@dataclass(frozen=True)
class GoldDoc:
    """One annotated document: its text comes from ``text`` or from the corpus ``source``."""

    id: str
    text: str | None = None
    source: str | None = None
    annotations: Mapping[str, Sequence[Item]] = field(default_factory=dict)
    origin: str = ""


def load_gold(paths: Iterable[Path]) -> list[GoldDoc]:
    """Read every gold file; raise :class:`GoldError` on a malformed line."""
    docs: list[GoldDoc] = []
    seen: set[str] = set()
    for path in sorted(paths):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldError(f"{where}: not JSON ({exc.msg})") from exc
            doc = _gold_doc(raw, where)
            if doc.id in seen:
                raise GoldError(f"{where}: duplicate id {doc.id!r}")
            seen.add(doc.id)
            docs.append(doc)
    return docs


def _gold_doc(raw: Any, where: str) -> GoldDoc:
    if not isinstance(raw, dict):
        raise GoldError(f"{where}: each line must be a JSON object")
    doc_id = raw.get("id")
    if not isinstance(doc_id, str) or not doc_id:
        raise GoldError(f"{where}: 'id' must be a non-empty string")
    text, source = raw.get("text"), raw.get("source")
    if (text is None) == (source is None):
        raise GoldError(f"{where}: give exactly one of 'text' and 'source'")
    if text is not None and not isinstance(text, str):
        raise GoldError(f"{where}: 'text' must be a string")
    if source is not None and not isinstance(source, str):
        raise GoldError(f"{where}: 'source' must be a string")
    unknown = set(raw) - {"id", "text", "source", "note", *FINDERS}
    if unknown:
        raise GoldError(f"{where}: unknown keys {sorted(unknown)}")
    annotations: dict[str, tuple[Item, ...]] = {}
    for finder in FINDERS:
        if finder not in raw:
            continue
        items = raw[finder]
        if not isinstance(items, list):
            raise GoldError(f"{where}: {finder!r} must be a list")
        spans: set[tuple[int, int]] = set()
        for item in items:
            _check_item(item, finder, where)
            span = (item["start"], item["end"])
            if span in spans:
                raise GoldError(f"{where}: {finder} span {span} given twice")
            spans.add(span)
        annotations[finder] = tuple(sorted(items, key=lambda it: (it["start"], it["end"])))
    return GoldDoc(id=doc_id, text=text, source=source, annotations=annotations, origin=where)


def _check_item(item: Any, finder: str, where: str) -> None:
    if not isinstance(item, dict):
        raise GoldError(f"{where}: {finder} items must be objects")
    start, end = item.get("start"), item.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        raise GoldError(f"{where}: {finder} item needs integers 0 <= start < end: {item}")
    kinds = _KIND_VALUES.get(finder)
    if kinds is not None and "kind" in item and item["kind"] not in kinds:
        raise GoldError(f"{where}: {finder} kind {item['kind']!r} is not one of {sorted(kinds)}")


def read_source(corpus: Path, source: str) -> str | None:
    """The text of ``corpus/source``, UTF-8 with a cp1252 fallback; None when absent."""
    path = corpus / source
    if not path.is_file():
        return None
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def predicted_items(doc: Document) -> dict[str, tuple[Item, ...]]:
    """The parse results as gold-shaped items, one tuple per finder."""
    return {
        "markers": tuple(
            {"start": m.span.start, "end": m.span.end, "kind": m.kind.value} for m in doc.markers
        ),
        "quotes": tuple(
            {
                "start": q.span.start,
                "end": q.span.end,
                "speaker": q.speaker,
                "kind": q.kind.value,
                "attribution": q.attribution.value,
                "person": None if q.speaker_id is None else doc.speakers[q.speaker_id].name,
            }
            for q in doc.quotes
        ),
        "insertions": tuple(
            {"start": i.span.start, "end": i.span.end, "kind": i.kind.value} for i in doc.insertions
        ),
        "quantities": tuple(
            {"start": q.span.start, "end": q.span.end, "value": q.value, "unit": q.unit}
            for q in doc.quantities
        ),
        "conversions": tuple(
            {"start": c.span.start, "end": c.span.end, "consistent": c.consistent}
            for c in doc.conversions
        ),
    }


@dataclass
class Counts:
    """Correct out of total, for one field or one kind."""

    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        """``correct / total``, or None when nothing was compared."""
        return self.correct / self.total if self.total else None

    def add(self, ok: bool) -> None:
        """Count one comparison."""
        self.total += 1
        self.correct += ok


@dataclass(frozen=True)
class ErrorItem:
    """A false positive or false negative, with the text around it."""

    doc: str
    start: int
    end: int
    text: str
    left: str
    right: str
    kind: str | None


@dataclass
class FinderScore:
    """Counts and accuracies for one finder over all the documents annotated for it."""

    finder: str
    documents: int = 0
    gold: int = 0
    predicted: int = 0
    tp: int = 0
    fields: dict[str, Counts] = field(default_factory=dict)
    per_kind: dict[str, Counts] = field(default_factory=dict)
    false_positives: list[ErrorItem] = field(default_factory=list)
    false_negatives: list[ErrorItem] = field(default_factory=list)

    @property
    def fp(self) -> int:
        """Predicted spans with no gold span."""
        return self.predicted - self.tp

    @property
    def fn(self) -> int:
        """Gold spans with no predicted span."""
        return self.gold - self.tp

    @property
    def precision(self) -> float | None:
        """``tp / (tp + fp)``; None when nothing was predicted."""
        return self.tp / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        """``tp / (tp + fn)``; None when the gold has no items."""
        return self.tp / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        """The harmonic mean of precision and recall, ``2tp / (2tp + fp + fn)``."""
        denominator = self.gold + self.predicted
        return 2 * self.tp / denominator if denominator else None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {
            "finder": self.finder,
            "documents": self.documents,
            "gold": self.gold,
            "predicted": self.predicted,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "fields": {k: _counts_dict(v) for k, v in self.fields.items()},
            "per_kind": {k: _counts_dict(v) for k, v in sorted(self.per_kind.items())},
        }


def _counts_dict(c: Counts) -> dict[str, Any]:
    return {"correct": c.correct, "total": c.total, "accuracy": c.accuracy}


def _same_value(pred: Item, gold: Item) -> bool:
    p, g = pred.get("value"), gold.get("value")
    if not isinstance(p, int | float) or not isinstance(g, int | float):
        return False
    return math.isclose(p, g, rel_tol=1e-9, abs_tol=1e-12) and pred.get("unit") == gold.get("unit")


def _same_quote_kind(pred: Item, gold: Item) -> bool:
    """The same kind; a predicted ``title`` matches the gold's ``scare``.

    The gold was annotated before the finder had a ``title`` kind, and its
    rule files names and titles in quote marks under ``scare``
    (``gold/README-quotes.md``); ``title`` is that part of ``scare``.
    """
    kind = pred["kind"]
    return bool(kind == gold["kind"] or (kind == "title" and gold["kind"] == "scare"))


# The fields compared on matched pairs, per finder: (name, gold keys needed, compare).
_FIELDS: dict[str, tuple[tuple[str, tuple[str, ...], Any], ...]] = {
    "markers": (("kind", ("kind",), lambda p, g: p["kind"] == g["kind"]),),
    "quotes": (
        ("speaker", ("speaker",), lambda p, g: p["speaker"] == g["speaker"]),
        ("kind", ("kind",), _same_quote_kind),
    ),
    "insertions": (("kind", ("kind",), lambda p, g: p["kind"] == g["kind"]),),
    "quantities": (("value+unit", ("value", "unit"), _same_value),),
    "conversions": (
        ("consistent", ("consistent",), lambda p, g: p["consistent"] == g["consistent"]),
    ),
}

# Finders whose matched pairs are also broken down by the gold kind.
_PER_KIND = frozenset({"insertions"})

_CONTEXT = 40


def _error(doc_id: str, text: str, item: Item) -> ErrorItem:
    start, end = item["start"], item["end"]
    kind = item.get("kind")
    return ErrorItem(
        doc=doc_id,
        start=start,
        end=end,
        text=text[start:end],
        left=text[max(0, start - _CONTEXT) : start],
        right=text[end : end + _CONTEXT],
        kind=kind if isinstance(kind, str) else None,
    )


def score_documents(
    runs: Iterable[tuple[GoldDoc, str, Mapping[str, Sequence[Item]]]],
    finders: Sequence[str] = FINDERS,
) -> dict[str, FinderScore]:
    """Score ``(gold, text, predicted items)`` triples; one :class:`FinderScore` per finder.

    A finder is scored only on documents whose gold has its key.
    """
    scores = {f: FinderScore(f) for f in finders}
    for gold_doc, text, predicted in runs:
        for finder in finders:
            gold_items = gold_doc.annotations.get(finder)
            if gold_items is None:
                continue
            _score_one(scores[finder], gold_doc.id, text, gold_items, predicted.get(finder, ()))
    return scores


def _score_one(
    score: FinderScore, doc_id: str, text: str, gold: Sequence[Item], predicted: Sequence[Item]
) -> None:
    score.documents += 1
    score.gold += len(gold)
    score.predicted += len(predicted)
    by_span: dict[tuple[int, int], Item] = {(g["start"], g["end"]): g for g in gold}
    matched: set[tuple[int, int]] = set()
    for pred in predicted:
        span = (pred["start"], pred["end"])
        gold_item = by_span.get(span)
        if gold_item is None or span in matched:
            score.false_positives.append(_error(doc_id, text, pred))
            continue
        matched.add(span)
        score.tp += 1
        for name, keys, same in _FIELDS[score.finder]:
            if all(k in gold_item for k in keys):
                score.fields.setdefault(name, Counts()).add(bool(same(pred, gold_item)))
        if score.finder in _PER_KIND and "kind" in gold_item:
            ok = pred.get("kind") == gold_item["kind"]
            score.per_kind.setdefault(gold_item["kind"], Counts()).add(ok)
    for gold_item in gold:
        if (gold_item["start"], gold_item["end"]) not in matched:
            score.false_negatives.append(_error(doc_id, text, gold_item))
