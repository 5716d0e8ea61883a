"""The quote-mark lexicon: which characters open and close quotations.

One entry a line: an opening mark, a closing mark that may end a quotation it
opened, and where the pair is used. Curated from the Unicode Common Locale
Data Repository's delimiter data (``quotationStart``/``quotationEnd`` and
their alternates) and from the web corpus (German ``„ “``, reversed ``» «``,
Swiss ``« »``, Polish ``„ ”``), plus the mixed typing that word processors
leave behind (``“ ... "``). A character may open in one language and close in
another (``“`` opens English and closes German); the finder decides each
occurrence from its neighbours. Entries are unique, and a test uses each.

The sets the finder needs (all marks, openers, closers, and the closers each
opener accepts) are derived from :data:`PAIRS` below, never kept by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

__all__ = [
    "CLOSERS",
    "CLOSES",
    "DEFAULT_OPENERS",
    "ELISIONS",
    "MARKS",
    "MARK_CHARS",
    "OPENERS",
    "PAIRS",
    "STANDS_FOR",
    "STRAIGHT",
    "WIDE",
    "Pair",
]


class Pair(NamedTuple):
    """One way to write a quotation: its opening mark and a closing mark that ends it."""

    open: str
    close: str
    where: str


PAIRS: tuple[Pair, ...] = (
    # Typewriter marks, in every language; direction comes from the neighbours.
    Pair("\N{QUOTATION MARK}", "\N{QUOTATION MARK}", "typewriter double, everywhere"),
    Pair("\N{APOSTROPHE}", "\N{APOSTROPHE}", "typewriter single, everywhere"),
    # English, Spanish, Portuguese, Turkish, Chinese, Korean ...
    Pair("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}", "English double"),
    Pair("\N{LEFT SINGLE QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}", "English single"),
    # German, Austrian, Czech, Slovak, Icelandic, Lithuanian ...
    Pair("\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{LEFT DOUBLE QUOTATION MARK}", "German double"),
    Pair("\N{SINGLE LOW-9 QUOTATION MARK}", "\N{LEFT SINGLE QUOTATION MARK}", "German single"),
    # Polish, Hungarian, Romanian, Croatian, Dutch (older) ...
    Pair("\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}", "Polish double"),
    Pair("\N{SINGLE LOW-9 QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}", "Polish single"),
    # Swedish and Finnish open and close with the same right-hand mark.
    Pair("\N{RIGHT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}", "Swedish double"),
    Pair("\N{RIGHT SINGLE QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}", "Swedish single"),
    # French, Italian, Spanish, Russian, Swiss, Greek ... (French adds inner spaces).
    Pair(
        "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        "French guillemets",
    ),
    Pair(
        "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}",
        "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}",
        "French and Swiss single guillemets",
    ),
    # German, Danish, Croatian books and magazines point the guillemets inwards.
    Pair(
        "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        "German and Danish guillemets",
    ),
    Pair(
        "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}",
        "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}",
        "German single guillemets",
    ),
    # Finnish and Swedish also point both guillemets the same way.
    Pair(
        "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        "Finnish guillemets",
    ),
    # Chinese and Japanese corner brackets; the white ones nest inside.
    Pair("\N{LEFT CORNER BRACKET}", "\N{RIGHT CORNER BRACKET}", "CJK corner brackets"),
    Pair("\N{LEFT WHITE CORNER BRACKET}", "\N{RIGHT WHITE CORNER BRACKET}", "CJK white corners"),
    # Mixed typing: a word processor curled one mark and not the other.
    Pair("\N{LEFT DOUBLE QUOTATION MARK}", "\N{QUOTATION MARK}", "mixed curly and straight"),
    Pair("\N{QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}", "mixed straight and curly"),
    Pair(
        "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        "\N{QUOTATION MARK}",
        "guillemet closed by a typewriter mark",
    ),
    # TeX and the Penn Treebank (NLP corpora, older archives, plain-text feeds):
    # two grave accents open, two apostrophes close; one of each for single quotes.
    Pair("\N{GRAVE ACCENT}" * 2, "\N{APOSTROPHE}" * 2, "TeX and Penn Treebank double"),
    Pair("\N{GRAVE ACCENT}", "\N{APOSTROPHE}", "TeX and Penn Treebank single"),
    # US archives that typed a double quote as two apostrophes: ''We will appeal,''.
    Pair("\N{APOSTROPHE}" * 2, "\N{APOSTROPHE}" * 2, "doubled apostrophes"),
    # A high reversed-9 opener, closed the English way (some fonts and typesetters).
    Pair(
        "\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}",
        "\N{RIGHT DOUBLE QUOTATION MARK}",
        "high reversed-9 double",
    ),
    # Chinese and Japanese double-prime marks: closed high or low.
    Pair(
        "\N{REVERSED DOUBLE PRIME QUOTATION MARK}",
        "\N{DOUBLE PRIME QUOTATION MARK}",
        "CJK double primes",
    ),
    Pair(
        "\N{REVERSED DOUBLE PRIME QUOTATION MARK}",
        "\N{LOW DOUBLE PRIME QUOTATION MARK}",
        "CJK double primes, low close",
    ),
    # The same, closed with the double prime sign of a keyboard that lacks 〞;
    # after digits that sign is inches or seconds (12″), which the finder knows.
    Pair(
        "\N{REVERSED DOUBLE PRIME QUOTATION MARK}",
        "\N{DOUBLE PRIME}",
        "CJK double primes, typed close",
    ),
    # Corner brackets of vertical CJK text, as extracted from it.
    Pair(
        "\N{PRESENTATION FORM FOR VERTICAL LEFT CORNER BRACKET}",
        "\N{PRESENTATION FORM FOR VERTICAL RIGHT CORNER BRACKET}",
        "vertical CJK corner brackets",
    ),
    Pair(
        "\N{PRESENTATION FORM FOR VERTICAL LEFT WHITE CORNER BRACKET}",
        "\N{PRESENTATION FORM FOR VERTICAL RIGHT WHITE CORNER BRACKET}",
        "vertical CJK white corners",
    ),
    # Guillemets typed in ASCII (e-mail, plain-text feeds): <<Oui>>.
    Pair("\N{LESS-THAN SIGN}" * 2, "\N{GREATER-THAN SIGN}" * 2, "ASCII guillemets"),
)

#: Marks whose direction only the neighbouring characters can tell.
STRAIGHT = frozenset(("\N{QUOTATION MARK}", "\N{APOSTROPHE}"))

#: Marks that open a quotation when their neighbours do not say otherwise
#: (French spacing ``« Oui »`` and Chinese ``说“好”`` leave them ambiguous).
DEFAULT_OPENERS = frozenset(
    (
        "\N{LEFT DOUBLE QUOTATION MARK}",
        "\N{LEFT SINGLE QUOTATION MARK}",
        "\N{DOUBLE LOW-9 QUOTATION MARK}",
        "\N{SINGLE LOW-9 QUOTATION MARK}",
        "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}",
        "\N{LEFT CORNER BRACKET}",
        "\N{LEFT WHITE CORNER BRACKET}",
        "\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}",
        "\N{REVERSED DOUBLE PRIME QUOTATION MARK}",
        "\N{PRESENTATION FORM FOR VERTICAL LEFT CORNER BRACKET}",
        "\N{PRESENTATION FORM FOR VERTICAL LEFT WHITE CORNER BRACKET}",
    )
)

#: Marks the finder judges as if another, one-character mark stood there: a
#: two-character mark like the mark it is typed for, a grave accent like the
#: left single mark it stands for in TeX.
STANDS_FOR: Mapping[str, str] = MappingProxyType(
    {
        "\N{GRAVE ACCENT}": "\N{LEFT SINGLE QUOTATION MARK}",
        "\N{GRAVE ACCENT}" * 2: "\N{LEFT DOUBLE QUOTATION MARK}",
        "\N{APOSTROPHE}" * 2: "\N{QUOTATION MARK}",
        "\N{LESS-THAN SIGN}" * 2: "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
        "\N{GREATER-THAN SIGN}" * 2: "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    }
)

#: Words written after an apostrophe that stands for left-out letters or digits
#: (``pick 'n' mix``, ``'em``, ``'til``); the opening-looking mark before them is
#: not a quotation. Two digits (``the '60s``) are handled by rule, not listed.
ELISIONS = frozenset(
    (
        "n",  # rock 'n' roll, pick 'n' mix
        "em",  # let 'em go
        "til",  # 'til then
        "cause",  # 'cause I said so
        "cos",  # 'cos it was late (British)
        "tis",  # 'tis the season
        "twas",  # 'twas the night
        "bout",  # 'bout time
    )
)

#: Every quote mark the finder looks at (a few are two characters long).
MARKS = frozenset(c for pair in PAIRS for c in (pair.open, pair.close))
#: Marks written with two characters (TeX ````...''``, ASCII ``<<...>>``).
WIDE = frozenset(m for m in MARKS if len(m) > 1)
#: Every character that is a quote mark or part of one.
MARK_CHARS = frozenset("".join(MARKS))
#: Marks that can open a quotation in some language.
OPENERS = frozenset(pair.open for pair in PAIRS)
#: Marks that can close a quotation in some language.
CLOSERS = frozenset(pair.close for pair in PAIRS)


def _closes() -> Mapping[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for pair in PAIRS:
        table.setdefault(pair.open, set()).add(pair.close)
    return MappingProxyType({k: frozenset(v) for k, v in table.items()})


#: For each opening mark, the closing marks that may end its quotation (read-only).
CLOSES: Mapping[str, frozenset[str]] = _closes()
