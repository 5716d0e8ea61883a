"""Spanish words that speaker attribution reads (one entry a line).

Matching is on the lower-cased word. Entries are unique, and a test in
``tests/test_spanish_speakers.py`` uses each.
"""

from __future__ import annotations

__all__ = [
    "INVERTED_DETERMINERS",
    "LEAD_WORDS",
    "OPINION_VERBS",
    "RELATIVES",
    "SUBJECTLESS_CUES",
]

#: Third-person cue verbs that open a Spanish sentence with the subject left
#: out (``Admitió que el proceso es "complejo"``, ``Al respecto, señaló:``):
#: the speaker is the one named last, as the gold's rule for Spanish says.
SUBJECTLESS_CUES: frozenset[str] = frozenset(
    (
        "admitió",
        "agregó",
        "añadió",
        "indicó",
        "señaló",
        "afirmó",
        "aseguró",
        "explicó",
        "sostuvo",
        "lamentó",
        "enfatizó",
        "reclama",
        "relató",
        "dijo",
        "destacó",
        "subrayó",
        "advirtió",
        "remarcó",
        "precisó",
        "reconoció",
        "insistió",
        "comentó",
        "declaró",
        "apuntó",
        "remató",
        "sumó",
        "citó",
        "resaltó",
        "opinó",
        "contó",
    )
)

#: First words of the short phrase a subjectless cue may follow (``Al respecto,
#: señaló``, ``A su vez, agregó``): connectors, never a subject.
LEAD_WORDS: frozenset[str] = frozenset(
    (
        "al",
        "a",
        "además",
        "por",
        "luego",
        "después",
        "también",
        "asimismo",
        "finalmente",
        "entonces",
        "en",
        "sin",  # Sin embargo, señaló
    )
)

#: Relative pronouns that stand for the name before them as a cue's subject
#: (``José Yurramendi, quien manifestó que``).
RELATIVES: frozenset[str] = frozenset(
    (
        "quien",
        "quienes",
    )
)

#: Verbs of opinion that follow ``Según`` with no subject (``Según entiende,
#: "..."``): the view of the one named last, like a subjectless cue.
OPINION_VERBS: frozenset[str] = frozenset(
    (
        "entiende",
        "cree",
        "piensa",
        "considera",
        "opina",
    )
)

#: Determiners that open the subject a Spanish cue verb puts after it
#: (``según contó la integrante de Coendu``, ``explicó el ministro``).
INVERTED_DETERMINERS: frozenset[str] = frozenset(
    (
        "el",
        "la",
        "los",
        "las",
        "un",
        "una",
    )
)
