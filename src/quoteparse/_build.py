"""Build results without the dataclass ``__init__``: the finders' hot path.

A frozen dataclass's ``__init__`` sets each field through
``object.__setattr__``, and :class:`~quoteparse.model.Span` checks its bounds
in ``__post_init__``. Where a finder makes a result every few characters (a
megabyte of ``Comment:`` lines, ``1 mile (`` or ``[x]``) that is most of its
time. The builders here set the same slots on the same frozen classes
through the slot descriptors, so each result is the very object the class
would make: equal, same hash, same repr, same pickle, still immutable.

Each builder's signature is declared once, as a typed :class:`~typing.Protocol`
(that is what ``mypy`` checks the finders' calls against); its body is
generated from :func:`dataclasses.fields` of the model class, the way
:mod:`dataclasses` writes ``__init__`` itself, so a straight run of slot
setter calls with no loop is what runs per result. A builder is *flat* when
it takes offsets rather than spans: field ``span`` becomes ``start, end`` and
field ``x_span`` becomes ``x_start, x_end`` (a megabyte of ``Comment:`` lines
makes a hundred thousand markers, and three calls fewer each is measurable;
the figures are in ``docs/performance.md``). The module refuses to import
when a protocol's parameters are not exactly the fields of its class in
order, so a model change cannot slip past.

The finders take their offsets from regex matches in order, so
``0 <= start <= end`` holds without the check; the property tests assert it
on every result.

>>> span(2, 5) == Span(2, 5)
True
>>> marker(0, 8, "Comment", 0, 7, "", 8, 8, MarkerKind.COMMENT) == Marker(
...     Span(0, 8), "Comment", Span(0, 7), "", Span(8, 8), MarkerKind.COMMENT)
True
>>> insertion(span(0, 5), span(1, 4), "sic", InsertionKind.SIC, None) == Insertion(
...     Span(0, 5), Span(1, 4), "sic", InsertionKind.SIC)
True
>>> q = quantity(start=0, end=4, value=5.0, value_start=0, value_end=1, unit="kilometre",
...              unit_text="km", unit_start=2, unit_end=4, dimension=Dimension.LENGTH,
...              value_high=None, approximate=False, qualifier=None)
>>> q == Quantity(Span(0, 4), 5.0, Span(0, 1), "kilometre", "km", Span(2, 4),
...               Dimension.LENGTH)
True
"""

from __future__ import annotations

import dataclasses
import inspect
from typing import Any, Protocol, cast

from quoteparse.model import (
    Attribution,
    Dimension,
    Insertion,
    InsertionKind,
    Marker,
    MarkerKind,
    Quantity,
    Quote,
    QuoteKind,
    Span,
)

__all__ = ["insertion", "marker", "quantity", "quote", "span", "with_speaker_id"]


class SpanBuilder(Protocol):
    """``Span(start, end)`` for offsets known to satisfy ``0 <= start <= end``."""

    def __call__(self, start: int, end: int) -> Span: ...


class MarkerBuilder(Protocol):
    """``Marker(Span(start, end), label, Span(label_start, label_end), body, ...)``."""

    def __call__(  # noqa: PLR0917 - the offsets of each span, in field order
        self,
        start: int,
        end: int,
        label: str,
        label_start: int,
        label_end: int,
        body: str,
        body_start: int,
        body_end: int,
        kind: MarkerKind,
    ) -> Marker: ...


class InsertionBuilder(Protocol):
    """``Insertion(...)`` with every field given."""

    def __call__(
        self, span: Span, content_span: Span, content: str, kind: InsertionKind, quote: int | None
    ) -> Insertion: ...


class QuantityBuilder(Protocol):
    """``Quantity(Span(start, end), value, Span(value_start, value_end), ...)``."""

    def __call__(
        self,
        *,
        start: int,
        end: int,
        value: float,
        value_start: int,
        value_end: int,
        unit: str,
        unit_text: str,
        unit_start: int,
        unit_end: int,
        dimension: Dimension,
        value_high: float | None,
        approximate: bool,
        qualifier: str | None,
    ) -> Quantity: ...


class QuoteBuilder(Protocol):
    """``Quote(...)`` with every field given but ``speaker_id`` (the linking step sets it)."""

    def __call__(  # noqa: PLR0917 - one parameter per Quote field, in order
        self,
        span: Span,
        content_span: Span,
        content: str,
        open_mark: str,
        close_mark: str | None,
        closed: bool,
        depth: int,
        parent: int | None,
        kind: QuoteKind,
        speaker: str | None,
        speaker_span: Span | None,
        cue: str | None,
        cue_span: Span | None,
        paragraphs: tuple[Span, ...],
        continues: int | None,
        attribution: Attribution,
        speaker_id: int | None = None,
    ) -> Quote: ...


class SpeakerIdSetter(Protocol):
    """A copy of ``q`` with ``speaker_id`` set (the linking step's one change)."""

    def __call__(self, q: Quote, speaker_id: int | None) -> Quote: ...


def _setter(cls: type, name: str) -> Any:
    """The ``__set__`` of ``cls``'s slot descriptor for field ``name``."""
    return vars(cls)[name].__set__


def _flat_names(name: str) -> tuple[str, str]:
    """The two offset parameters that stand for span field ``name`` in a flat builder."""
    stem = name.removesuffix("span")
    return stem + "start", stem + "end"


def _compile(name: str, params: str, lines: list[str], env: dict[str, Any]) -> Any:
    """Compile ``def name(params): lines`` in ``env`` and return the function."""
    source = f"def {name}({params}):\n" + "".join(f"    {line}\n" for line in lines)
    exec(compile(source, f"<quoteparse._build {name}>", "exec"), env)
    return env[name]


def _signature(protocol: type) -> tuple[list[str], str]:
    """The parameter names of ``protocol.__call__`` (without ``self``) and their source."""
    sig = inspect.signature(protocol.__call__)
    params = list(sig.parameters.values())[1:]
    plain = [p.replace(annotation=inspect.Parameter.empty) for p in params]
    bare = sig.replace(parameters=plain, return_annotation=inspect.Signature.empty)
    return [p.name for p in params], str(bare)[1:-1]


def _generate(cls: type, protocol: type, *, flat: bool = False) -> Any:
    """A builder of ``cls`` with ``protocol``'s signature, one slot setter call per field.

    Raises AssertionError at import when the protocol's parameters are not
    ``cls``'s fields in order (with span fields split in two when ``flat``).
    """
    env: dict[str, Any] = {"_new": object.__new__, "_cls": cls, "_Span": Span}
    env["_set_start"], env["_set_end"] = _setter(Span, "start"), _setter(Span, "end")
    lines = ["o = _new(_cls)"]
    expected: list[str] = []
    for f in dataclasses.fields(cls):
        env[f"_set_{f.name}"] = _setter(cls, f.name)
        if flat and f.type in ("Span", Span):
            start, end = _flat_names(f.name)
            expected += [start, end]
            lines += [
                "s = _new(_Span)",
                f"_set_start(s, {start})",
                f"_set_end(s, {end})",
                f"_set_{f.name}(o, s)",
            ]
        else:
            expected.append(f.name)
            lines.append(f"_set_{f.name}(o, {f.name})")
    lines.append("return o")
    names, params = _signature(protocol)
    if names != expected:  # pragma: no cover - a model change must update the protocol
        raise AssertionError(f"{protocol.__name__} takes {names}, {cls.__name__} has {expected}")
    return _compile(cls.__name__.lower(), params, lines, env)


def _generate_replace(cls: type, field: str, protocol: type) -> Any:
    """A copy of a ``cls`` with ``field`` replaced, generated from the fields as above."""
    env: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    lines = ["o = _new(_cls)"]
    for f in dataclasses.fields(cls):
        env[f"_set_{f.name}"] = _setter(cls, f.name)
        value = field if f.name == field else f"q.{f.name}"
        lines.append(f"_set_{f.name}(o, {value})")
    lines.append("return o")
    names, params = _signature(protocol)
    if names != ["q", field]:  # pragma: no cover - the protocol names the field it sets
        raise AssertionError(f"{protocol.__name__} takes {names}, not ['q', {field!r}]")
    return _compile(f"with_{field}", params, [*lines], env)


span = cast("SpanBuilder", _generate(Span, SpanBuilder))
marker = cast("MarkerBuilder", _generate(Marker, MarkerBuilder, flat=True))
insertion = cast("InsertionBuilder", _generate(Insertion, InsertionBuilder))
quantity = cast("QuantityBuilder", _generate(Quantity, QuantityBuilder, flat=True))
quote = cast("QuoteBuilder", _generate(Quote, QuoteBuilder))
with_speaker_id = cast("SpeakerIdSetter", _generate_replace(Quote, "speaker_id", SpeakerIdSetter))
