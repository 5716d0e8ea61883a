"""German words that speaker resolution reads around a name (one entry a line).

German capitalises every noun, so a capitalised word is a name only when the
words around it do not make it a noun; these tables say which words do. Matching
is on the lower-cased word. Entries are unique within each table, and a test
in ``tests/test_german_speakers.py`` uses each.
"""

from __future__ import annotations

__all__ = [
    "ARTICLE_PARTICLES",
    "BOUND_ENDINGS",
    "DATIVE_ARTICLES",
    "DOCUMENT_ENDINGS",
    "GENITIVE_ARTICLES",
    "MENTION_PREPOSITIONS",
    "NOUN_MARKERS",
    "NOUN_PREPOSITIONS",
    "PASSIVE_PARTICIPLES",
]

#: Articles, possessives and contracted prepositions: a capitalised word right
#: after one is a noun (``ihrem Einsatz``, ``eine Mail``), not a surname.
NOUN_MARKERS: frozenset[str] = frozenset(
    (
        "der",
        "die",
        "das",
        "dem",
        "den",
        "des",
        "ein",
        "eine",
        "einer",
        "einem",
        "einen",
        "eines",
        "kein",
        "keine",
        "keinem",
        "keinen",
        "seine",
        "seinem",
        "seinen",
        "seiner",
        "ihre",
        "ihrem",
        "ihren",
        "ihrer",
        "unsere",
        "unserem",
        "im",
        "am",
        "zum",
        "zur",
        "vom",
        "beim",
    )
)

#: The prepositions of a noun's complement: ``Mail von Relotius``, the mail is
#: not the person, the one after the preposition is.
NOUN_PREPOSITIONS: frozenset[str] = frozenset(("von", "vom"))

#: Articles that, right after a name, open its dative object: ``sagte Gaby
#: Allendorf der Frankfurter Allgemeinen Zeitung`` (she said it to the paper).
DATIVE_ARTICLES: frozenset[str] = frozenset(("der", "dem", "den"))

#: Name particles after which an article belongs to the name: ``von der Leyen``.
ARTICLE_PARTICLES: frozenset[str] = frozenset(("von", "van", "de"))

#: Role-noun endings of ``speaker_words.ROLE_SUFFIXES`` that are no noun on
#: their own: ``ist`` is a verb (``, ist das nicht absurd,``).
BOUND_ENDINGS: frozenset[str] = frozenset(("ist", "istin", "loge", "login"))

#: Endings of German document nouns, compounds included (``Risikobewertung``,
#: ``Pressemitteilung``, ``Reuters-Bericht``): a document quoted speaks for
#: the body named after it in the genitive, or for itself.
DOCUMENT_ENDINGS: tuple[str, ...] = (
    "bericht",
    "mitteilung",
    "erklärung",
    "studie",
    "bewertung",
    "stellungnahme",
    "gutachten",
    "petition",
    "umfrage",
)

#: Genitive articles after a document noun: ``der Risikobewertung des RKI``.
GENITIVE_ARTICLES: frozenset[str] = frozenset(("des", "der"))

#: Prepositions that may open what a cue pattern took for its speaker (``sagt
#: auch: ... aus Chicago``, ``Auf weitere Nachfrage sagt``): a prepositional
#: phrase names no speaker. No English or French word is here ("in", "for").
MENTION_PREPOSITIONS: frozenset[str] = frozenset(
    (
        "aus",
        "auf",
        "bei",
        "mit",
        "nach",
        "über",
        "gegenüber",
    )
)

#: Participles of a German passive cue after a quotation: ``„…“, wird in der
#: Mitteilung betont``, ``„…“, wurde der Trainer zitiert``.
PASSIVE_PARTICIPLES: tuple[str, ...] = (
    "betont",
    "erklärt",
    "mitgeteilt",
    "zitiert",
    "gesagt",
    "geschrieben",
    "gewarnt",
    "kritisiert",
)
