"""The result types: frozen, slotted dataclasses and enums.

Every result carries a half-open :class:`Span` into the text the caller passed
in, so ``text[r.span.start:r.span.end]`` is exactly what the result covers.
Results compare, hash and pickle, and :meth:`Document.to_dict` turns a whole
parse into plain JSON-ready data (the shape is in ``docs/json.md`` and in the
JSON Schema shipped as ``quoteparse/schema.json``).

>>> span = Span(4, 9)
>>> span.slice("The source said")
'sourc'
>>> len(span), span.to_dict()
(5, {'start': 4, 'end': 9})
"""

from __future__ import annotations

import bisect
import enum
import functools
from dataclasses import dataclass, field, fields
from typing import Any, Literal, Protocol, TypeVar, get_args

from quoteparse._convert import from_plain, to_plain

__all__ = [
    "Attribution",
    "Conversion",
    "Dimension",
    "Document",
    "Gender",
    "Insertion",
    "InsertionKind",
    "MappedText",
    "Marker",
    "MarkerKind",
    "Piece",
    "Quantity",
    "Quote",
    "QuoteKind",
    "Span",
    "Speaker",
    "SpeakerKind",
]

#: The version of the JSON shape produced by :meth:`Document.to_dict`.
SCHEMA_VERSION = 2

#: The names of the result tuples on a Document, in parse order.
ResultKind = Literal["quotes", "insertions", "markers", "quantities", "conversions", "speakers"]
RESULT_KINDS: tuple[ResultKind, ...] = get_args(ResultKind)


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of ``str`` indices into the caller's text.

    >>> Span(0, 3).slice("abcdef")
    'abc'
    >>> Span(2, 4) in Span(0, 5), Span(4, 6) in Span(0, 5)
    (True, False)
    """

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"a Span needs 0 <= start <= end, got ({self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def __contains__(self, other: object) -> bool:
        """True when ``other`` (a Span or an offset) lies inside this span."""
        if isinstance(other, Span):
            return self.start <= other.start and other.end <= self.end
        if isinstance(other, int):
            return self.start <= other < self.end
        return False

    def slice(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]

    def __reduce__(self) -> tuple[type[Span], tuple[int, int]]:
        # Pickled as Span(start, end): smaller and faster than the slots state.
        return (Span, (self.start, self.end))

    def to_dict(self) -> dict[str, int]:
        """Plain data: ``{"start": ..., "end": ...}``."""
        return {"start": self.start, "end": self.end}


class QuoteKind(enum.Enum):
    """What a quotation is doing in the writer's sentence."""

    #: A quotation of someone's words: ``"We will go," she said.``
    SPEECH = "speech"
    #: A fragment of someone's words inside the writer's sentence: ``He called it "a disgrace"``.
    PARTIAL = "partial"
    #: A term held at a distance: ``the so-called "experts"``.
    SCARE = "scare"
    #: A name or title in quote marks, nobody's words: ``the album “Night Shift”``.
    TITLE = "title"


class Attribution(enum.Enum):
    """How the text tells the reader who said a quotation: where its speaker was found.

    The values are those of the gold data (``evaluation/gold/README-speakers.md``),
    so a user can count and audit each way a speaker was decided.
    """

    #: A cue after it in the same sentence: ``"...," he said.``
    CUE_AFTER = "cue_after"
    #: A cue before it in the same sentence: ``Weller said: "..."``, ``She called it "a disgrace".``
    CUE_BEFORE = "cue_before"
    #: ``according to X``, ``X zufolge``, ``selon X``, ``según X``, on either side.
    ACCORDING_TO = "according_to"
    #: The end of the previous paragraph introduces the speaker: ``Weller added:`` then ``"..."``.
    COLON_INTRO = "colon_intro"
    #: An earlier quotation or cue in the same paragraph: ``"A," he said. "B."`` (for B).
    CONTINUED = "continued"
    #: A quotation or cue in an earlier paragraph: a running quote with no cue of its own.
    PARAGRAPH_CARRY = "paragraph_carry"
    #: A cue later in the same paragraph: ``"A. B." ... "C," she said.`` (for A).
    CUE_LATER = "cue_later"
    #: No speaker: scare quotes, titles, or a quotation the text does not attribute.
    NONE = "none"


class SpeakerKind(enum.Enum):
    """What sort of source a :class:`Speaker` is, from how the text names it."""

    #: A person named in the text: ``Dennis Brooks``, ``Mr Brooks``.
    PERSON = "person"
    #: A body: a company, ministry, court, union, paper, or a document such as a report.
    ORGANISATION = "organisation"
    #: A source the text describes but does not name: ``a spokeswoman``, ``analysts``.
    DESCRIBED = "described"


class Gender(enum.Enum):
    """Gender as the text states it (a pronoun or an honorific), never guessed from a name."""

    FEMALE = "female"
    MALE = "male"


class InsertionKind(enum.Enum):
    """What a bracketed editorial insertion does."""

    #: Words added or substituted to make a quotation readable: ``[the United States]``.
    CLARIFICATION = "clarification"
    #: The writer marks an error as the source's: ``[sic]``, ``(sic)``.
    SIC = "sic"
    #: Words left out: ``[...]``, ``[…]``.
    OMISSION = "omission"
    #: A letter or word form changed to fit the sentence: ``[W]e``, ``want[s]``.
    ALTERATION = "alteration"
    #: An editor's remark about the speech or the text: ``[applause]``, ``[Ed: ...]``.
    NOTE = "note"
    #: A footnote or reference mark: ``[1]``, ``[citation needed]``.
    REFERENCE = "reference"


class MarkerKind(enum.Enum):
    """The family of an editorial marker line, whatever its exact label."""

    #: An aggregator's comment line: ``Comment:``.
    COMMENT = "comment"
    #: A note from the editors: ``Editor's note:``, ``Note:``.
    EDITORS_NOTE = "editors_note"
    #: A pointer to other articles: ``Read more:``, ``See also:``, ``Related:``.
    LINK = "link"
    #: A later change to the story: ``Update:``, ``Updated:``.
    UPDATE = "update"
    #: A published correction: ``Correction:``, ``Clarification:``.
    CORRECTION = "correction"
    #: Embedded media: ``Watch:``, ``Video:``, ``Listen:``.
    MEDIA = "media"
    #: A picture credit or caption: ``Photo:``, ``Image:``, ``Caption:``.
    PHOTO = "photo"
    #: A byline, dateline or source credit: ``Source:``, ``Reporting by:``.
    CREDIT = "credit"
    #: A promotional or sharing line: ``Advertisement``, ``Subscribe:``.
    PROMO = "promo"


class Dimension(enum.Enum):
    """The physical (or monetary) dimension of a quantity's unit."""

    LENGTH = "length"
    AREA = "area"
    VOLUME = "volume"
    MASS = "mass"
    SPEED = "speed"
    TEMPERATURE = "temperature"
    TIME = "time"
    ENERGY = "energy"
    POWER = "power"
    PRESSURE = "pressure"
    DATA = "data"
    PERCENTAGE = "percentage"
    CURRENCY = "currency"
    FORCE = "force"
    FREQUENCY = "frequency"
    ANGLE = "angle"
    FUEL_ECONOMY = "fuel_economy"
    DENSITY = "density"
    VOLTAGE = "voltage"
    CHARGE = "charge"
    TORQUE = "torque"
    IRRADIATION = "irradiation"
    FUEL_CONSUMPTION = "fuel_consumption"


class _Plain:
    """Mixin: ``to_dict`` / ``from_dict`` for the result dataclasses."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: spans as ``{"start", "end"}``, enums as their values."""
        plain = to_plain(self)
        assert isinstance(plain, dict)
        return plain

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Any:
        """Rebuild a result from :meth:`to_dict` output: ``type(r).from_dict(r.to_dict()) == r``."""
        return from_plain(cls, data)

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        # Pickled as the class called with its field values: smaller and faster
        # both ways than the generic slots state, which is what bounds
        # parse_many with worker processes (docs/performance.md has the figures).
        cls: type = type(self)
        return (cls, tuple([getattr(self, name) for name in _init_fields(cls)]))


@functools.cache
def _init_fields(cls: type) -> tuple[str, ...]:
    """The names ``cls.__init__`` takes, in order (a class's fields never change)."""
    return tuple(f.name for f in fields(cls) if f.init)


@dataclass(frozen=True, slots=True)
class Quote(_Plain):
    """A direct quotation.

    ``span`` includes the quotation marks; ``content_span`` is exactly the text
    between the outer marks (for a multi-paragraph quotation it runs through the
    re-opening marks, and ``paragraphs`` holds the content of each paragraph).
    ``parent`` is the index, in the same tuple, of the enclosing quotation and
    ``depth`` its nesting level (0 at top level). ``continues`` is the index of
    the quotation this one carries on as one utterance (``"...," she said,
    "..."``), or None. ``attribution`` says where the speaker was found, and
    ``speaker_id`` is the index in :attr:`Document.speakers` of the person (or
    body) it resolves to (set by :func:`quoteparse.parse`; None from the finder
    alone, or when the text leaves the person open).
    """

    span: Span
    content_span: Span
    content: str
    open_mark: str
    close_mark: str | None
    closed: bool
    depth: int
    parent: int | None
    kind: QuoteKind
    speaker: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    paragraphs: tuple[Span, ...] = ()
    continues: int | None = None
    attribution: Attribution = Attribution.NONE
    speaker_id: int | None = None


@dataclass(frozen=True, slots=True)
class Speaker(_Plain):
    """A person (or body) quoted in a document, with every mention that refers to them.

    ``name`` is the name at its fullest as written in the document (``Dennis
    Brooks`` for quotations attributed to ``Brooks``, ``Mr Brooks`` and ``he``),
    with role words and honorifics left out; ``name_span`` is where it is written.
    ``mentions`` are the spans that refer to the speaker as quotations' speakers,
    ``role`` a role or description the text gives (``Carolina coach``), and
    ``quotes`` the indices in :attr:`Document.quotes` of their quotations.
    ``gender`` is set only where the text states it, and ``gender_span`` is the
    pronoun or honorific that said so.
    """

    name: str
    name_span: Span
    kind: SpeakerKind
    mentions: tuple[Span, ...] = ()
    role: str | None = None
    role_span: Span | None = None
    quotes: tuple[int, ...] = ()
    gender: Gender | None = None
    gender_span: Span | None = None


@dataclass(frozen=True, slots=True)
class Insertion(_Plain):
    """A bracketed editorial insertion such as ``[the United States]`` or ``[sic]``.

    ``span`` includes the brackets, ``content_span`` is inside them. ``quote`` is
    the index in :attr:`Document.quotes` of the innermost quotation holding it
    (set by :func:`quoteparse.parse`; None from the finder alone or outside quotes).
    """

    span: Span
    content_span: Span
    content: str
    kind: InsertionKind
    quote: int | None = None


@dataclass(frozen=True, slots=True)
class Marker(_Plain):
    """An editorial marker line such as ``Comment: See:``.

    ``span`` is the whole line without its line break, ``label`` the label as
    written (no colon), ``body`` the rest of the line after the colon and any
    spaces (possibly empty).
    """

    span: Span
    label: str
    label_span: Span
    body: str
    body_span: Span
    kind: MarkerKind


@dataclass(frozen=True, slots=True)
class Quantity(_Plain):
    """A number with a unit: ``11 miles``, ``a 55-kilometer zone``, ``£5bn``.

    ``value`` is the number as read (``value_high`` the upper end of a range),
    ``unit`` the canonical unit name (``kilometre``), ``unit_text`` and
    ``unit_span`` the unit as written. ``approximate`` is True when a hedge word
    such as ``about`` or ``some`` comes first; ``qualifier`` is that word.
    """

    span: Span
    value: float
    value_span: Span
    unit: str
    unit_text: str
    unit_span: Span
    dimension: Dimension
    value_high: float | None = None
    approximate: bool = False
    qualifier: str | None = None


@dataclass(frozen=True, slots=True)
class Conversion(_Plain):
    """A quantity followed by its equivalent in another unit: ``11 miles (18 kilometers)``.

    ``expected`` is ``source`` converted exactly into the target's unit,
    ``relative_error`` is ``(target - expected) / expected``, and ``consistent``
    says whether the stated target agrees at the precision the writer used
    (None where it cannot be judged, as for currencies). ``reading`` names the
    unit reading that matched where a unit is ambiguous (US or imperial gallon).
    """

    span: Span
    source: Quantity
    target: Quantity
    expected: float | None
    relative_error: float | None
    consistent: bool | None
    reading: str | None = None


@dataclass(frozen=True, slots=True)
class Piece:
    """One run of a :class:`MappedText`: ``text[start:end]`` came from ``source``.

    When the run and its source have the same length the run is a copy, char
    for char; otherwise it stands in for the whole source (``…`` for ``[...]``).
    """

    start: int
    end: int
    source: Span


@dataclass(frozen=True, slots=True)
class MappedText(_Plain):
    """Text derived from the caller's text, with a map back to original offsets.

    >>> mt = MappedText("ac", (Piece(0, 1, Span(0, 1)), Piece(1, 2, Span(2, 3))))
    >>> mt.original_offset(1)
    2
    >>> mt.original_span(0, 2)
    Span(start=0, end=3)
    """

    text: str
    pieces: tuple[Piece, ...]
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_starts", tuple(p.start for p in self.pieces))

    def to_dict(self) -> dict[str, Any]:
        """Plain data: the text and its pieces."""
        return {"text": self.text, "pieces": [to_plain(p) for p in self.pieces]}

    def _piece(self, index: int) -> Piece:
        if not self.pieces or not 0 <= index <= len(self.text):
            raise IndexError(f"offset {index} is outside the mapped text")
        at = bisect.bisect_right(self._starts, index) - 1
        return self.pieces[max(at, 0)]

    def original_offset(self, index: int) -> int:
        """The offset in the original text of character ``index`` of this text."""
        piece = self._piece(index)
        if piece.end - piece.start == len(piece.source):
            return piece.source.start + min(index - piece.start, len(piece.source))
        return piece.source.start if index < piece.end else piece.source.end

    def original_span(self, start: int, end: int) -> Span:
        """The span of the original text that ``self.text[start:end]`` came from."""
        if start >= end:
            at = self.original_offset(start)
            return Span(at, at)
        first = self._piece(start)
        last = self._piece(end - 1)
        lo = self.original_offset(start) if _is_copy(first) else first.source.start
        hi = self.original_offset(end - 1) + 1 if _is_copy(last) else last.source.end
        return Span(lo, hi)


def _is_copy(piece: Piece) -> bool:
    return piece.end - piece.start == len(piece.source)


@dataclass(frozen=True, slots=True)
class Document(_Plain):
    """Everything :func:`quoteparse.parse` found in one text.

    >>> from quoteparse import parse
    >>> doc = parse('Comment: See:\\n"We tried," she said.')
    >>> [m.body for m in doc.markers]
    ['See:']
    >>> doc.to_dict()["markers"][0]["label"]
    'Comment'
    """

    text: str
    quotes: tuple[Quote, ...] = ()
    insertions: tuple[Insertion, ...] = ()
    markers: tuple[Marker, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    conversions: tuple[Conversion, ...] = ()
    speakers: tuple[Speaker, ...] = ()

    def to_dict(self, *, include_text: bool = True) -> dict[str, Any]:
        """Plain JSON-ready data in the documented shape (``docs/json.md``).

        ``include_text=False`` leaves the text out (spans still refer to it),
        which keeps output small when the caller stores the text elsewhere.
        """
        plain = to_plain(self)
        assert isinstance(plain, dict)
        out = self._json_head()
        out.update(plain)
        if not include_text:
            del out["text"]
        return out

    def _json_head(self) -> dict[str, Any]:
        # The keys to_dict writes before the fields (the CLI streams the same shape).
        return {"schema_version": SCHEMA_VERSION, "text_length": len(self.text)}

    def records(
        self, kind: ResultKind, *, doc_id: Any = None, flat: bool = False
    ) -> list[dict[str, Any]]:
        """Flat rows, one per result of ``kind``, that ``pandas.DataFrame`` takes as they are.

        ``kind`` is ``"quotes"``, ``"insertions"``, ``"markers"``, ``"quantities"``,
        ``"conversions"`` or ``"speakers"``; ``doc_id``, when given, fills a ``doc_id`` column. See
        :func:`quoteparse.records.records` for the columns; ``flat=True`` gives tuple
        fields as strings, not lists, for CSV and plain Parquet.
        """
        view = _view(VIEWS.records, "quoteparse.records")
        return view(self, kind, doc_id=doc_id, flat=flat)

    def _repr_html_(self) -> str:
        """The notebook view: the text with each kind of result highlighted (Jupyter calls this).

        See :func:`quoteparse.render_html`, which also writes standalone pages.
        """
        return _view(VIEWS.html, "quoteparse.render.html")(self, standalone=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Rebuild a Document from :meth:`to_dict` output made with the text included."""
        text, length = data.get("text"), data.get("text_length")
        if isinstance(text, str) and isinstance(length, int) and len(text) != length:
            # '"\ud83d\ude00"' in JSON reads back as one character, so a text that
            # held a surrogate pair as two code points comes back shorter.
            raise ValueError(
                f"text is {len(text)} characters but text_length is {length}: the text was "
                "changed on the way (a surrogate pair written as two code points reads "
                "back as one character), so its spans would not slice to their content"
            )
        fields = {k: v for k, v in data.items() if k not in ("schema_version", "text_length")}
        doc = from_plain(cls, fields)
        assert isinstance(doc, Document)
        return doc


class RecordsView(Protocol):
    """The signature of :func:`quoteparse.records.records`."""

    def __call__(
        self, doc: Document, kind: ResultKind, *, doc_id: Any = None, flat: bool = False
    ) -> list[dict[str, Any]]: ...


class HtmlView(Protocol):
    """The signature of :func:`quoteparse.render.html.render_html`."""

    def __call__(self, doc: Document, standalone: bool = True, *, title: str = ...) -> str: ...


@dataclass(slots=True)
class Views:
    """The views behind :class:`Document`'s convenience methods.

    The views import the model, never the reverse: each view module puts its
    function here as it is imported, and the package's ``__init__`` imports
    both, so they are in place before any Document can be made. Each is set
    once, to a pure function; nothing else changes them.
    """

    records: RecordsView | None = None
    html: HtmlView | None = None


#: The one :class:`Views`, filled by ``quoteparse.records`` and ``quoteparse.render.html``.
VIEWS = Views()


_F = TypeVar("_F")


def _view(fn: _F | None, module: str) -> _F:
    """``fn``, or an ImportError naming the module that sets it (seen only if it failed)."""
    if fn is None:  # pragma: no cover - the package __init__ imports every view
        raise ImportError(f"{module} is not imported, so this Document method has no view")
    return fn
