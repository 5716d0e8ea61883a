"""The marker-label lexicon: labels that open an editorial marker line.

Curated from what news sites and aggregators print on a line of their own
(wire services, readability and trafilatura extractions, scraped reposts such
as the seed article's ``Comment:`` lines). One entry a line: the label as it is
usually written, its kind, and whether it needs a colon after it. Matching is
case-insensitive; an apostrophe matches ``'`` or ``’`` or none, and a space
matches any run of spaces or tabs. Entries are unique, and a test uses each.
"""

from __future__ import annotations

from typing import NamedTuple

from quoteparse.model import MarkerKind

__all__ = ["LABELS", "Label"]


class Label(NamedTuple):
    """One marker label: how it is written, its kind, and whether a colon must follow."""

    text: str
    kind: MarkerKind
    colon: bool = True


_C = MarkerKind.COMMENT
_E = MarkerKind.EDITORS_NOTE
_L = MarkerKind.LINK
_U = MarkerKind.UPDATE
_K = MarkerKind.CORRECTION
_M = MarkerKind.MEDIA
_P = MarkerKind.PHOTO
_R = MarkerKind.CREDIT
_A = MarkerKind.PROMO

LABELS: tuple[Label, ...] = (
    # Aggregator comment lines (the seed article's "Comment: See:").
    Label("Comment", _C),
    Label("Comments", _C),
    Label("Our comment", _C),
    # Notes from the editors.
    Label("Editor's note", _E),
    Label("Editors' note", _E),
    Label("Editor's Notes", _E),
    Label("Ed. note", _E),
    Label("Note", _E),
    Label("Disclosure", _E),
    Label("Anmerkung der Redaktion", _E),  # German
    Label("Note de la rédaction", _E),  # French
    Label("Nota del editor", _E),  # Spanish
    Label("Nota de la redacción", _E),  # Spanish
    # Pointers to other articles.
    Label("See", _L),
    Label("Also see", _L),
    Label("See also", _L),
    Label("Read more", _L),
    Label("Read also", _L),
    Label("Read", _L),
    Label("Also read", _L),
    Label("Related", _L),
    Label("Related article", _L),
    Label("Related articles", _L),
    Label("Related stories", _L),
    Label("Related content", _L),
    Label("More", _L),
    Label("More on this story", _L),
    Label("Learn more", _L),
    Label("Recommended", _L),
    Label("Lesen Sie auch", _L),  # German
    Label("Mehr zum Thema", _L),  # German
    Label("Lire aussi", _L),  # French
    Label("À lire aussi", _L),  # French
    Label("Lea también", _L),  # Spanish
    Label("Leia também", _L),  # Portuguese
    # Later changes to the story.
    Label("Update", _U),
    Label("Updated", _U),
    Label("Aktualisierung", _U),  # German
    Label("Mise à jour", _U),  # French
    Label("Actualización", _U),  # Spanish
    # Published corrections.
    Label("Correction", _K),
    Label("Corrections", _K),
    Label("Clarification", _K),
    Label("Korrektur", _K),  # German
    # Embedded media.
    Label("Watch", _M),
    Label("Video", _M),
    Label("Listen", _M),
    Label("Audio", _M),
    Label("Podcast", _M),
    Label("Gallery", _M),
    Label("Interactive", _M),
    # Picture credits and captions.
    Label("Photo", _P),
    Label("Photos", _P),
    Label("Photo credit", _P),
    Label("Image", _P),
    Label("Image source", _P),
    Label("Image caption", _P),
    Label("Caption", _P),
    Label("Picture", _P),
    Label("Foto", _P),  # German, Spanish
    Label("Bild", _P),  # German
    # Bylines, datelines and sources.
    Label("Source", _R),
    Label("Sources", _R),
    Label("Reporting by", _R),
    Label("Additional reporting by", _R),
    Label("Editing by", _R),
    Label("Written by", _R),
    Label("Quelle", _R),  # German
    # Promotional and sharing lines, which stand alone with no colon.
    Label("Advertisement", _A, colon=False),
    Label("Story continues below advertisement", _A, colon=False),
    Label("Continue reading the main story", _A, colon=False),
    Label("Sponsored", _A, colon=False),
    Label("Subscribe", _A),
    Label("Sign up", _A),
    Label("Share this", _A),
    Label("Follow us", _A),
)
