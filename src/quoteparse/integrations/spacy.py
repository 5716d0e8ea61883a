"""quoteparse as a spaCy pipeline component (needs the ``spacy`` extra).

Installing quoteparse registers the factory ``quoteparse`` through the
``spacy_factories`` entry point, so no import of ours is needed::

    nlp = spacy.blank("en")
    nlp.add_pipe("quoteparse")
    doc = nlp(text)
    for span in doc.spans["quotes"]:
        print(span.text, span._.speaker, span._.cue, span._.quote_kind)

The component runs :func:`quoteparse.parse` on ``doc.text`` and fills five span
groups, ``quotes``, ``insertions``, ``markers``, ``quantities`` and
``conversions``, one span per result in the order of the Document's tuples.
quoteparse works on characters and spaCy on tokens, so each span is widened to
the tokens that hold its characters (``alignment_mode="expand"``; a quotation
mark glued to a word still yields the whole word). The exact character offsets
stay available as ``span._.char_start`` and ``span._.char_end``. A span's label
is its kind: the quote kind, the insertion kind, the marker kind, the quantity's
dimension, or ``consistent`` / ``inconsistent`` / ``unchecked`` for a conversion.

Span extensions (None where they do not apply), set when the component is made:

- every span: ``char_start``, ``char_end`` (exact offsets), ``index`` (position
  in the Document's tuple)
- quotes: ``quote_kind``, ``speaker``, ``cue``, ``speaker_span`` and ``cue_span``
  (spans, computed from ``speaker_chars`` and ``cue_chars``), ``content``,
  ``closed``, ``depth``, ``parent``
- insertions: ``insertion_kind``, ``content``, ``quote_index`` (the ``index`` of
  the quotation holding it)
- markers: ``marker_kind``, ``marker_label``, ``marker_body``
- quantities: ``value``, ``value_high``, ``unit``, ``dimension``, ``approximate``
- conversions: ``consistent``, ``expected``, ``relative_error``, ``source_value``,
  ``source_unit``, ``target_value``, ``target_unit``

All values are strings, numbers, booleans or None, so they serialise with
``DocBin(store_user_data=True)`` (spaCy keeps extension values in
``doc.user_data``; a plain ``DocBin()`` keeps the span groups and labels only).
Extension values are keyed by character offsets, as spaCy does for every span
extension, so another span over exactly the same characters reads them too.
"""

# No ``from __future__ import annotations``: spaCy reads the factory's
# annotations at run time to validate its config.

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from quoteparse.model import Document
from quoteparse.options import resolve_options
from quoteparse.parse import parse

__all__ = ["SPAN_GROUPS", "QuoteparseComponent", "add_to_doc", "make_component"]

#: The names of the span groups the component fills, one per Document tuple.
SPAN_GROUPS = ("quotes", "insertions", "markers", "quantities", "conversions")

_ATTRIBUTES = (
    "char_start",
    "char_end",
    "index",
    "quote_kind",
    "speaker",
    "speaker_chars",
    "cue",
    "cue_chars",
    "content",
    "closed",
    "depth",
    "parent",
    "insertion_kind",
    "quote_index",
    "marker_kind",
    "marker_label",
    "marker_body",
    "value",
    "value_high",
    "unit",
    "dimension",
    "approximate",
    "consistent",
    "expected",
    "relative_error",
    "source_value",
    "source_unit",
    "target_value",
    "target_unit",
)


def _part(chars_name: str) -> Any:
    def getter(span: Span) -> Span | None:
        chars = span._.get(chars_name)
        if chars is None:
            return None
        start, end = chars
        found: Span | None = span.doc.char_span(start, end, alignment_mode="expand")
        return found

    return getter


def register_extensions() -> None:
    """Register the span extensions (idempotent; the factory calls it)."""
    for name in _ATTRIBUTES:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    for name, chars in (("speaker_span", "speaker_chars"), ("cue_span", "cue_chars")):
        if not Span.has_extension(name):
            Span.set_extension(name, getter=_part(chars))


def _rows(result: Document) -> dict[str, list[tuple[int, int, str, dict[str, Any]]]]:
    rows: dict[str, list[tuple[int, int, str, dict[str, Any]]]] = {g: [] for g in SPAN_GROUPS}
    for q in result.quotes:
        rows["quotes"].append(
            (
                q.span.start,
                q.span.end,
                q.kind.value,
                {
                    "quote_kind": q.kind.value,
                    "speaker": q.speaker,
                    "speaker_chars": None
                    if q.speaker_span is None
                    else (q.speaker_span.start, q.speaker_span.end),
                    "cue": q.cue,
                    "cue_chars": None if q.cue_span is None else (q.cue_span.start, q.cue_span.end),
                    "content": q.content,
                    "closed": q.closed,
                    "depth": q.depth,
                    "parent": q.parent,
                },
            )
        )
    for i in result.insertions:
        values: dict[str, Any] = {
            "insertion_kind": i.kind.value,
            "content": i.content,
            "quote_index": i.quote,
        }
        rows["insertions"].append((i.span.start, i.span.end, i.kind.value, values))
    for m in result.markers:
        values = {"marker_kind": m.kind.value, "marker_label": m.label, "marker_body": m.body}
        rows["markers"].append((m.span.start, m.span.end, m.kind.value, values))
    for n in result.quantities:
        values = {
            "value": n.value,
            "value_high": n.value_high,
            "unit": n.unit,
            "dimension": n.dimension.value,
            "approximate": n.approximate,
        }
        rows["quantities"].append((n.span.start, n.span.end, n.dimension.value, values))
    for c in result.conversions:
        label = {True: "consistent", False: "inconsistent", None: "unchecked"}[c.consistent]
        values = {
            "consistent": c.consistent,
            "expected": c.expected,
            "relative_error": c.relative_error,
            "source_value": c.source.value,
            "source_unit": c.source.unit,
            "target_value": c.target.value,
            "target_unit": c.target.unit,
        }
        rows["conversions"].append((c.span.start, c.span.end, label, values))
    return rows


def add_to_doc(doc: Doc, result: Document, *, alignment_mode: str = "expand") -> Doc:
    """Put the results of ``result`` (a parse of ``doc.text``) into ``doc.spans``.

    ``alignment_mode`` is passed to :meth:`spacy.tokens.Doc.char_span`:
    ``"expand"`` (the default) widens a span to whole tokens, ``"contract"``
    narrows it, ``"strict"`` keeps only spans on token boundaries. A result
    that no span can hold is left out of its group, so use ``index`` (not the
    position in the group) to relate spans to the Document's tuples.
    """
    if result.text != doc.text:
        raise ValueError("the quoteparse Document was made from a different text than the Doc")
    return _fill(doc, result, alignment_mode)


def _fill(doc: Doc, result: Document, alignment_mode: str) -> Doc:
    register_extensions()
    for group, rows in _rows(result).items():
        spans: list[Span] = []
        for index, (start, end, label, values) in enumerate(rows):
            span = doc.char_span(start, end, label=label, alignment_mode=alignment_mode)
            if span is None:
                continue
            span._.set("char_start", start)
            span._.set("char_end", end)
            span._.set("index", index)
            for name, value in values.items():
                if value is not None:  # None is every extension's default: keep user_data small
                    span._.set(name, value)
            spans.append(span)
        doc.spans[group] = spans
    return doc


class QuoteparseComponent:
    """The pipeline component: parse ``doc.text`` and fill ``doc.spans`` (see the module)."""

    def __init__(self, name: str, alignment_mode: str, options: dict[str, Any]) -> None:
        if alignment_mode not in ("expand", "contract", "strict"):
            raise ValueError(
                f"alignment_mode must be 'expand', 'contract' or 'strict', not {alignment_mode!r}"
            )
        self.name = name
        self.alignment_mode = alignment_mode
        # Resolved once, so a misspelt option fails when the pipe is added.
        self.options = resolve_options(None, options)
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        """Parse ``doc.text`` and put the results into ``doc.spans``."""
        # Doc.text joins every token anew, so it is read once here.
        return _fill(doc, parse(doc.text, options=self.options), self.alignment_mode)


@Language.factory(
    "quoteparse",
    default_config={"alignment_mode": "expand", "options": {}},
    assigns=["doc.spans"],
)
def make_component(
    nlp: Language, name: str, alignment_mode: str, options: dict[str, Any]
) -> QuoteparseComponent:
    """Make the ``quoteparse`` component: ``nlp.add_pipe("quoteparse")``.

    ``options`` holds :class:`quoteparse.Options` fields by name, e.g.
    ``nlp.add_pipe("quoteparse", config={"options": {"conversion_tolerance": 0.02}})``.
    """
    return QuoteparseComponent(name, alignment_mode, options)
