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
"""

from __future__ import annotations

import dataclasses
import numbers
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["Options", "resolve_options"]


@dataclass(frozen=True, kw_only=True, slots=True)
class Options:
    """Settings for the finders. Every option has a default that suits news text.

    Each finder reads only the options of its own section and ignores the rest.
    """

    # --- quotes -----------------------------------------------------------
    #: How deep quotations may nest before deeper marks (and their closing
    #: marks) are left unpaired. Three levels (``"...'..."..."...'..."``) covers
    #: real news; raise it for literary text (each closing mark may look this
    #: deep, so time grows with it on hostile input).
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
    #: it for annotated transcripts, lower it for stricter precision.
    max_insertion_length: int = 250
    #: How many unclosed ``[`` the finder remembers at once; the oldest is
    #: forgotten (treated as never closed) beyond that. 8 is far deeper than
    #: any real nesting and keeps a wall of ``[`` cheap.
    max_bracket_depth: int = 8

    # --- units ------------------------------------------------------------
    #: Relative slack allowed, beyond the writer's rounding, before a unit
    #: conversion is called inconsistent: a conversion is consistent when
    #: ``|stated - expected| <= step / 2 + conversion_tolerance * |expected|``,
    #: ``step`` being one unit in the last place the target was written to
    #: (``docs/units.md``). 0.05 allows ordinary newsroom rounding
    #: (``1 gallon (3.8 litres)``) and rejects ``26 miles (60 km)``; lower it to
    #: flag loose roundings, or read ``relative_error`` for a rule of your own.
    conversion_tolerance: float = 0.05

    def __post_init__(self) -> None:
        # Types first, so that a string from a config file gets a message that
        # names the option, not a comparison error from deep in a finder.
        for name, kind in _TYPES.items():
            value = getattr(self, name)
            if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
                raise TypeError(f"{name} must be {_WANTED[kind]}, not {type(value).__name__}")
            plain = _PLAIN[kind](value)
            if type(value) is not type(plain):
                # NumPy's int64 and friends become int and float, which every
                # finder and the standard library take (deque(maxlen=...) does not).
                object.__setattr__(self, name, plain)
        if self.max_quote_depth < 1:
            raise ValueError("max_quote_depth must be at least 1")
        if self.max_insertion_length < 1:
            raise ValueError("max_insertion_length must be at least 1")
        if self.max_bracket_depth < 1:
            raise ValueError("max_bracket_depth must be at least 1")
        if not 0 <= self.conversion_tolerance < 1:
            raise ValueError("conversion_tolerance must be in [0, 1)")


_NAMES = frozenset(f.name for f in dataclasses.fields(Options))
# The types each option accepts, from its annotation: any integer for an int
# (NumPy's too), any real number for a float (0 for 0.0); bool is an integer
# type, so only bool options take it.
_ACCEPTS: dict[str, type] = {"int": numbers.Integral, "float": numbers.Real, "bool": bool}
_WANTED = {numbers.Integral: "an int", numbers.Real: "a number", bool: "True or False"}
_PLAIN: dict[type, type] = {numbers.Integral: int, numbers.Real: float, bool: bool}
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
