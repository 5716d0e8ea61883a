"""The one options object that every finder and :func:`quoteparse.parse` take.

Options are never module globals: pass ``options=Options(...)`` or keyword
shortcuts (``parse(text, conversion_tolerance=0.02)``), which are mapped onto
the object with :func:`dataclasses.replace`, so a misspelt name fails loudly.

>>> Options().conversion_tolerance
0.05
>>> resolve_options(None, {"max_quote_depth": 2}).max_quote_depth
2
>>> resolve_options(None, {"max_depth": 2})
Traceback (most recent call last):
...
TypeError: unknown option 'max_depth'; known options: ...

Every numeric option has a range, checked here with a message naming it:

>>> Options(max_quote_depth=10**9)
Traceback (most recent call last):
...
ValueError: max_quote_depth must be from 1 to 32, not 1000000000
"""

from __future__ import annotations

import dataclasses
import numbers
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple

__all__ = ["Options", "resolve_options"]


@dataclass(frozen=True, kw_only=True, slots=True)
class Options:
    """Settings for the finders. Every option has a default that suits news text.

    Each finder reads only the options of its own section and ignores the rest.
    """

    # --- quotes -----------------------------------------------------------
    #: How deep quotations may nest before deeper marks (and their closing
    #: marks) are left unpaired. Three levels (``"...'..."..."...'..."``) covers
    #: real news; raise it for literary text. From 1 to 32: each closing mark
    #: may look this deep, so on hostile input (a wall of opening marks, then
    #: stray closers) time grows with it; 32 is far deeper than any text nests
    #: and keeps that wall close to the default's time, where ``10**9`` made it
    #: quadratic in the text's length (``bench/quote_depth.py``; the figures
    #: are in docs/index.md, "Options").
    max_quote_depth: int = 3
    #: Join a paragraph that ends with no closing mark to the next paragraph
    #: that opens with the same mark, as one multi-paragraph quotation.
    multi_paragraph: bool = True
    #: Look for speakers and cues around quotations. Off when only spans matter:
    #: ``speaker``, ``cue`` and ``continues`` stay None, kinds come from each
    #: quotation's own shape, and finding quotations is about half again faster.
    attribution: bool = True

    # --- insertions -------------------------------------------------------
    #: Also report ``(sic)`` written in round brackets as a ``sic`` insertion.
    round_sic: bool = True
    #: The longest bracket content, in characters, still read as an insertion.
    #: Editors' insertions are short; a ``[`` left open that meets a ``]`` far
    #: down the paragraph is not one. 250 holds long ``[Ed: ...]`` notes; raise
    #: it for annotated transcripts, lower it for stricter precision. From 1
    #: to ``sys.maxsize`` (which means no limit).
    max_insertion_length: int = 250
    #: How many unclosed ``[`` the finder remembers at once; the oldest is
    #: forgotten (treated as never closed) beyond that. 8 is far deeper than
    #: any real nesting and keeps a wall of ``[`` cheap. From 1 to
    #: ``sys.maxsize``, the most a :class:`collections.deque` can hold; memory
    #: (not time) grows with it on a wall of ``[``.
    max_bracket_depth: int = 8

    # --- units ------------------------------------------------------------
    #: Relative slack allowed, beyond the writer's rounding, before a unit
    #: conversion is called inconsistent: a conversion is consistent when
    #: ``|stated - expected| <= step / 2 + conversion_tolerance * |expected|``,
    #: ``step`` being one unit in the last place the target was written to
    #: (``docs/units.md``). 0.05 allows ordinary newsroom rounding
    #: (``1 gallon (3.8 litres)``) and rejects ``26 miles (60 km)``; lower it to
    #: flag loose roundings, or read ``relative_error`` for a rule of your own.
    #: From 0 up to, not including, 1 (a tolerance of 1 would call any target
    #: of the right sign consistent). Any real number is taken, ``Decimal`` and
    #: ``Fraction`` included, and kept as a float.
    conversion_tolerance: float = 0.05

    def __post_init__(self) -> None:
        # Types first, so that a string from a config file gets a message that
        # names the option, not a comparison error from deep in a finder.
        for name, kind in _TYPES.items():
            value = getattr(self, name)
            plain = _plain(name, value, kind)
            bounds = _RANGES.get(name)
            if bounds is not None and not bounds.holds(plain):
                raise ValueError(f"{name} must be {bounds.text}, not {_shown(value)}")
            if type(value) is not type(plain):
                # NumPy's int64 and friends become int, float and bool, which
                # every finder and the standard library take (deque(maxlen=...)
                # does not take NumPy's integers).
                object.__setattr__(self, name, plain)


class _Range(NamedTuple):
    """The values a numeric option takes: from ``low`` to ``high`` (``high`` left out if open)."""

    low: float
    high: float
    open: bool
    #: How the range is said in the error message.
    text: str

    def holds(self, value: float) -> bool:
        """True when ``value`` is in the range (never for NaN)."""
        return self.low <= value < self.high or (value == self.high and not self.open)


# Each numeric option's range; the reasons are in the option's own comment.
_RANGES: dict[str, _Range] = {
    "max_quote_depth": _Range(1, 32, False, "from 1 to 32"),
    "max_insertion_length": _Range(1, sys.maxsize, False, f"from 1 to {sys.maxsize}"),
    "max_bracket_depth": _Range(1, sys.maxsize, False, f"from 1 to {sys.maxsize}"),
    "conversion_tolerance": _Range(0, 1, True, "in [0, 1)"),
}


def _plain(name: str, value: object, kind: type) -> int | float | bool:
    """``value`` as the option's own Python type, or a TypeError naming the option."""
    if kind is bool:
        if isinstance(value, bool):
            return value
        # NumPy's bool_ is no bool subclass; read any boolean scalar that says
        # so (dtype kind "b", no dimensions) without importing NumPy.
        dtype = getattr(value, "dtype", None)
        if getattr(dtype, "kind", None) == "b" and getattr(value, "shape", None) == ():
            return bool(value)
    elif isinstance(value, bool):
        pass  # bool is an integer type, but True is no depth
    elif kind is numbers.Integral and isinstance(value, numbers.Integral):
        return int(value)
    elif kind is numbers.Real and isinstance(value, numbers.Real | Decimal):
        try:
            return float(value)
        except (OverflowError, ValueError):
            # 10**400 or Decimal("sNaN"): no float holds it, so it is out of range.
            raise ValueError(f"{name} must be {_RANGES[name].text}, not {_shown(value)}") from None
    raise TypeError(f"{name} must be {_WANTED[kind]}, not {_type_name(value)}")


def _type_name(value: object) -> str:
    """The type's name, with its module when not built in: ``numpy.bool``, not ``bool``."""
    kind = type(value)
    if kind.__module__ == "builtins":
        return kind.__qualname__
    return f"{kind.__module__.partition('.')[0]}.{kind.__qualname__}"


def _shown(value: object) -> str:
    """``value`` for a message, cut short when it is very long (``10**400``)."""
    text = repr(value)
    return text if len(text) <= 40 else f"{text[:20]}... ({len(text)} characters)"


_NAMES = frozenset(f.name for f in dataclasses.fields(Options))
# The types each option accepts, from its annotation: any integer for an int
# (NumPy's too), any real number or Decimal for a float (0 for 0.0); bool is an
# integer type, so only bool options take it (and NumPy's bool_, see _plain).
_ACCEPTS: dict[str, type] = {"int": numbers.Integral, "float": numbers.Real, "bool": bool}
_WANTED = {numbers.Integral: "an int", numbers.Real: "a number", bool: "True or False"}
_TYPES: dict[str, type] = {f.name: _ACCEPTS[str(f.type)] for f in dataclasses.fields(Options)}
# Options are frozen, so one shared default is safe and saves building one per call.
_DEFAULT = Options()


def resolve_options(options: Options | None, shortcuts: Mapping[str, Any]) -> Options:
    """Combine an optional :class:`Options` with keyword shortcuts; unknown names raise."""
    if options is not None and not isinstance(options, Options):
        raise TypeError(f"options must be a quoteparse.Options, not {type(options).__name__}")
    base = options if options is not None else _DEFAULT
    if not shortcuts:
        return base
    unknown = sorted(set(shortcuts) - _NAMES)
    if unknown:
        raise TypeError(
            f"unknown option {unknown[0]!r}; known options: {', '.join(sorted(_NAMES))}"
        )
    return dataclasses.replace(base, **shortcuts)
