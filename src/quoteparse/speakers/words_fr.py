"""French words that speaker resolution reads around a name (one entry a line).

Matching is on the word as written (lower case). Entries are unique, and a test
in ``tests/test_french_speakers.py`` uses each.
"""

from __future__ import annotations

__all__ = [
    "COMME_VERBS",
    "COMPLEMENT_OPENERS",
    "HEAD_COMPLEMENTS",
    "INCISE_VERBS",
    "INVERTED_ADVERBS",
    "SUBJECT_DETERMINERS",
]

#: The words that open the complement of a role, not a name: ``ministre de la
#: Santé``, ``ministère des Affaires étrangères``, ``directeur du Centre``.
#: ``de`` alone is a name particle (``Charles de Gaulle``), so it counts only
#: before ``la``.
COMPLEMENT_OPENERS: frozenset[tuple[str, ...]] = frozenset(
    (
        ("du",),
        ("des",),
        ("de", "la"),
    )
)

#: The verbs of an incise that French sets inside the guillemets, after the
#: first words of a quotation: ``« Cette loi, affirme-t-elle, est mauvaise »``,
#: ``« Absurde. Ce processus est la norme, explique Antony Fastier. »``. Third
#: person singular present, as the incise is written; the inverted pronoun
#: (``-t-elle``, ``-il``) or a capitalised name must follow, so a verb that is
#: also an English word (``note``, ``observe``) reads only in that shape.
INCISE_VERBS: frozenset[str] = frozenset(
    (
        "affirme",
        "ajoute",
        "analyse",
        "assure",
        "avoue",
        "commente",
        "conclut",
        "confie",
        "déclare",
        "déplore",
        "dit",
        "estime",
        "explique",
        "glisse",
        "indique",
        "insiste",
        "ironise",
        "lance",
        "martèle",
        "note",
        "observe",
        "poursuit",
        "précise",
        "raconte",
        "rappelle",
        "reconnaît",
        "regrette",
        "remarque",
        "résume",
        "souligne",
        "soupire",
        "tempère",
    )
)

#: Determiners that open the subject after a fronted phrase and a comma: ``Le
#: 18 décembre, le conseiller com du président lâche``, ``Plus nuancée, la
#: professeure de nutrition Francisca Joly-Gomez ajoute``. Matched with the
#: apostrophe of an elided ``l'`` as written.
SUBJECT_DETERMINERS: frozenset[str] = frozenset(
    (
        "le",
        "la",
        "les",
        "l'",
        "l’",
        "un",
        "une",
    )
)

#: The contracted articles that open the complement of a French role, whose
#: role it is: ``le conseiller com du président``, ``la porte-parole des
#: syndicats`` (an elided ``d'`` too). Not ``de la``, which Spanish shares.
HEAD_COMPLEMENTS: frozenset[str] = frozenset(
    (
        "du",
        "des",
    )
)

#: Verbs of a ``comme`` clause closing a sentence that name who says the
#: quoted words: ``comme le dit Anne Roy``, ``comme certains scientifiques le
#: définissent``. Third person present, singular and plural.
COMME_VERBS: frozenset[str] = frozenset(
    (
        "appelle",
        "appellent",
        "définit",
        "définissent",
        "dit",
        "disent",
        "écrit",
        "écrivent",
        "explique",
        "expliquent",
        "nomme",
        "nomment",
        "qualifie",
        "qualifient",
        "rappelle",
        "rappellent",
        "résume",
        "résument",
        "souligne",
        "soulignent",
    )
)

#: Adverbs that a French cue verb's inverted reading takes for its subject
#: when the source follows them after ``pour``: ``confirme aujourd'hui pour
#: Mathilde Wattecamps que ...`` (the view of Mathilde Wattecamps). Matched
#: as written, lower case, with either apostrophe.
INVERTED_ADVERBS: frozenset[str] = frozenset(
    (
        "aujourd'hui",
        "aujourd’hui",
        "aussi",
        "désormais",
        "encore",
        "également",
        "enfin",
        "donc",
    )
)
