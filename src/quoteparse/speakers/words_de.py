"""German words that speaker resolution reads around a name (one entry a line).

German capitalises every noun, so a capitalised word is a name only when the
words around it do not make it a noun; these tables say which words do. Matching
is on the lower-cased word. Entries are unique within each table, and a test
in ``tests/test_german_speakers.py`` uses each.
"""

from __future__ import annotations

__all__ = [
    "ARTICLE_PARTICLES",
    "BARE_NOUN_PREPOSITIONS",
    "BOUND_ENDINGS",
    "COMPLEMENT_PREPOSITIONS",
    "DATIVE_ARTICLES",
    "DOCUMENT_ENDINGS",
    "GENITIVE_ARTICLES",
    "GERMAN_MARKERS",
    "GERMAN_OPENERS",
    "GERMAN_PRONOUNS",
    "MENTION_PREPOSITIONS",
    "NOT_SUBJECTS",
    "NOUN_MARKERS",
    "NOUN_PREPOSITIONS",
    "OBJECT_PREPOSITIONS",
    "PARTIAL_VERBS",
    "PASSIVE_PARTICIPLES",
    "SPEECH_PARTICIPLES",
    "SUBJUNCTIVE_VERBS",
    "TITLE_PREPOSITIONS",
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

#: Prepositions before a noun written without article (a plural: ``auf
#: Nachrichten von Gianni``): the capitalised word after one, when ``von`` follows
#: it, is that noun, and the name is the one after ``von``.
BARE_NOUN_PREPOSITIONS: frozenset[str] = frozenset(
    (
        "auf",
        "aus",
        "für",
        "mit",
        "nach",
        "ohne",
        "über",
        "vor",
    )
)

#: Prepositions that open a German description's complement after its noun
#: (``der Journalist von …``, ``der Gezeichnete durch die Redaktion``): such a
#: role is someone of its own, not the person quoted last.
COMPLEMENT_PREPOSITIONS: frozenset[str] = frozenset(
    (
        "von",
        "vom",
        "durch",
        "aus",
        "bei",
        "beim",
    )
)

#: Prepositions right before a described mention: the mention is their
#: object, not the speaker (``ist Lutz S. über die Meldung des Mandanten
#: begeistert und schreibt``). Not ``laut``, whose object is the source.
OBJECT_PREPOSITIONS: frozenset[str] = frozenset(
    (
        "über",
        "für",
        "gegen",
        "ohne",
        "durch",
    )
)

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
        "laut",
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

#: Third-person subjunctive (Konjunktiv I) forms that differ from the
#: indicative: a sentence whose finite verb is one of these reports someone's
#: words (``Dabei gehe es auch um „…“``, ``Die ATU sei die »…«``).
SUBJUNCTIVE_VERBS: frozenset[str] = frozenset(
    (
        "sei",
        "seien",
        "habe",
        "gehe",
        "könne",
        "müsse",
        "werde",
        "wolle",
        "solle",
        "dürfe",
        "gebe",
        "stehe",
        "liege",
        "erhalte",
        "zeige",
        "heiße",
        "fehle",
        "komme",
        "bleibe",
        "wisse",
    )
)

#: German function words that no other language of the corpus writes: a
#: sentence with one is German, and the German rules of :mod:`.reported_de` apply.
GERMAN_MARKERS: frozenset[str] = frozenset(
    (
        "und",
        "ist",
        "sich",
        "nicht",
        "der",
        "das",
        "dem",
        "den",
        "ein",
        "eine",
        "wird",
        "über",
        "auch",
        "noch",
        "wir",
        "sei",
        "habe",
        "sagt",
        "sagte",
    )
)

#: Words that open no subject, or stand where its verb would: an adverb or
#: conjunction first (``Doch``, ``Dann``), a preposition after the noun
#: (``Reporter vom Portal``), a pronoun that is not a third person (``Wir``).
NOT_SUBJECTS: frozenset[str] = frozenset(
    (
        "von",
        "vom",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "und",
        "oder",
        "aus",
        "in",
        "im",
        "mit",
        "bei",
        "nach",
        "zu",
        "zum",
        "zur",
        "für",
        "auf",
        "an",
        "am",
        "um",
        "über",
        "vor",
        "seit",
        "wie",
        "als",
        "wenn",
        "dass",
        "doch",
        "aber",
        "dann",
        "auch",
        "so",
        "dabei",
        "heute",
        "wir",
        "ich",
        "du",
        "ihr",
        "man",
        "es",
        "niemand",
    )
)

#: Prepositions and articles after which a short quotation is a name, not
#: someone's words: ``sagte in »CNN«``, ``gegenüber »nd«``, ``im „Aachener
#: Vertrag“``, ``der Journalist von «Schweiz Aktuell»``, ``des „Extrablatt“``.
TITLE_PREPOSITIONS: frozenset[str] = frozenset(
    (
        "in",
        "im",
        "gegenüber",
        "von",
        "des",
    )
)

#: Participles of speech verbs before a ``dass`` clause: ``Bendels hatte …
#: gesagt, dass „…“``; the sentence's subject said the words quoted in it.
SPEECH_PARTICIPLES: frozenset[str] = frozenset(
    (
        "gesagt",
        "erklärt",
        "mitgeteilt",
        "betont",
        "geschrieben",
        "berichtet",
        "erzählt",
        "behauptet",
        "angekündigt",
    )
)

#: Verbs before a quotation inside the writer's sentence that make it their
#: subject's words: ``Er rechnet mit »viel Bewegung«``, ``spricht selbst Olaf
#: Scholz vom »russischen Imperialismus«``, ``Dann schickt Gezer eine WhatsApp: »…«``.
PARTIAL_VERBS: frozenset[str] = frozenset(
    (
        "spricht",
        "sprach",
        "nennt",
        "nannte",
        "bezeichnet",
        "bezeichnete",
        "erklärten",
        "verurteilte",
        "lobte",
        "rechnet",
        "schickt",
        "schickte",
        "fragt",
        "fragte",
        "antwortet",
        "verrät",
        "dichtet",
    )
)


#: German third-person subject pronouns as a quotation's mention (``sagt er``,
#: ``Sie schreibt``): the speaker they stand for must be named in their paragraph.
GERMAN_PRONOUNS = frozenset(("er", "Er", "sie", "Sie"))

#: Opening marks only German writes (of the corpus languages): a cue and colon
#: before one introduce a German quotation (``Gianni antwortet: „…”``).
GERMAN_OPENERS = frozenset(
    (
        "\N{DOUBLE LOW-9 QUOTATION MARK}",  # „…“ German
        "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",  # »…« German books and Spiegel
    )
)
