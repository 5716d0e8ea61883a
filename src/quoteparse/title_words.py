"""Words that introduce a name or a title in quote marks, and the small words of titles.

One entry a line, lower-case. A quotation right after one of
:data:`TITLE_NOUNS` (``the album “Night Shift”``, ``die Zeitung »Bild«``,
``le journal « Le Monde »``) names a work, a publication, an agreement, a
party or a product; nobody says it. :data:`SMALL_WORDS` may stay lower-case
inside a title-cased name (``“The Name of the Rose”``, ``„Partei der
Arbeit“``). Entries are unique, and a test uses each.
"""

from __future__ import annotations

__all__ = ["SMALL_WORDS", "TITLE_NOUNS"]

TITLE_NOUNS: tuple[str, ...] = (
    # English: works and publications.
    "album",
    "song",
    "film",
    "movie",
    "documentary",
    "book",
    "novel",
    "memoir",
    "musical",
    "opera",
    "series",
    "sitcom",
    "comedy",
    "drama",
    "programme",
    "program",
    "newspaper",
    "magazine",
    "tabloid",
    "journal",
    "blog",
    "podcast",
    "app",
    # English: agreements, organisations, products, places.
    "treaty",
    "accord",
    "agreement",
    "party",
    "movement",
    "campaign",
    "operation",
    "brand",
    "ship",
    "restaurant",
    "hotel",
    # German (matched lower-case).
    "zeitung",
    "zeitschrift",
    "magazin",
    "wochenzeitung",
    "tageszeitung",
    "buch",
    "roman",
    "sendung",
    "serie",
    "abkommen",
    "vertrag",
    "partei",
    "bewegung",
    "marke",
    "lied",
    # French (journal, accord and roman are listed above).
    "quotidien",
    "hebdomadaire",
    "livre",
    "émission",
    "série",
    "chanson",
    "traité",
    "parti",
    "mouvement",
    # Spanish.
    "diario",
    "periódico",
    "revista",
    "libro",
    "novela",
    "película",
    "canción",
    "tratado",
    "acuerdo",
    "partido",
    "programa",
)

SMALL_WORDS: tuple[str, ...] = (
    # English.
    "a",
    "an",
    "the",
    "of",
    "and",
    "or",
    "in",
    "on",
    "at",
    "to",
    "for",
    "with",
    "by",
    "from",
    # German.
    "der",
    "die",
    "das",
    "des",
    "dem",
    "den",
    "und",
    "von",
    "für",
    "im",
    "am",
    "zum",
    "zur",
    # French.
    "de",
    "du",
    "la",
    "le",
    "les",
    "et",
    "d'",
    "l'",
    # Spanish.
    "el",
    "los",
    "las",
    "del",
    "y",
)
