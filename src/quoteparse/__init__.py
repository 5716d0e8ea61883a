"""quoteparse: quotations, speakers, editorial insertions, marker lines and unit
conversions in news text, as typed, immutable results with exact spans.

>>> import quoteparse
>>> doc = quoteparse.parse("Comment: Also See:\\nShe said so.")
>>> doc.markers[0].kind
<MarkerKind.COMMENT: 'comment'>
"""

from quoteparse._version import __version__
from quoteparse.batch import parse_many
from quoteparse.insertions import find_insertions
from quoteparse.markers import find_markers, strip_markers
from quoteparse.model import (
    Attribution,
    Conversion,
    Dimension,
    Document,
    Gender,
    Insertion,
    InsertionKind,
    MappedText,
    Marker,
    MarkerKind,
    Piece,
    Quantity,
    Quote,
    QuoteKind,
    Span,
    Speaker,
    SpeakerKind,
)
from quoteparse.options import Options
from quoteparse.parse import parse
from quoteparse.quotes import find_quotes
from quoteparse.reader import ReaderMode, reader_view
from quoteparse.render.html import render_html
from quoteparse.render.terminal import render_ansi
from quoteparse.units.conversions import find_conversions
from quoteparse.units.quantities import find_quantities

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
    "Options",
    "Piece",
    "Quantity",
    "Quote",
    "QuoteKind",
    "ReaderMode",
    "Span",
    "Speaker",
    "SpeakerKind",
    "__version__",
    "find_conversions",
    "find_insertions",
    "find_markers",
    "find_quantities",
    "find_quotes",
    "parse",
    "parse_many",
    "reader_view",
    "render_ansi",
    "render_html",
    "strip_markers",
]
