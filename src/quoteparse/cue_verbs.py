"""The attribution lexicon: cue verbs, and the small word lists around them.

One entry a line. :data:`CUES` holds the verbs (and phrases) that attribute a
quotation to a speaker, in the tenses news copy uses: ``said``, ``says``,
``told``, ``explained``, ``according to`` ... A cue marked ``takes_object``
names who was addressed before the speaker's words (``told reporters``,
``told the BBC``), and the object becomes part of the cue. The other tables
are the words that end a speaker's noun phrase, the auxiliaries allowed
between speaker and cue (``has said``), and the words before a quotation that
make it a partial or a scare quote. Matching is case-sensitive on lower-case
entries, as cues follow the speaker in running text. Entries are unique
within each table, and a test uses each.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = [
    "AUXILIARIES",
    "COORDINATORS",
    "CUES",
    "INVERSION_ADVERBS",
    "INVERSION_ARTICLES",
    "INVERSION_PRONOUNS",
    "OPINION_LEADS",
    "PARTIAL_CUES",
    "SAYING_VERBS",
    "SCARE_CUES",
    "STOPWORDS",
    "Cue",
]


class Cue(NamedTuple):
    """One cue: its words, whether an addressee may follow, whether the speaker follows."""

    text: str
    takes_object: bool = False
    #: The speaker comes after the cue (``according to the ministry``).
    speaker_after: bool = False


CUES: tuple[Cue, ...] = (
    # The plain reporting verbs, in every tense news uses.
    Cue("said"),
    Cue("says"),
    Cue("say"),
    Cue("saying"),
    Cue("told", takes_object=True),
    Cue("tells", takes_object=True),
    Cue("telling", takes_object=True),
    Cue("added"),
    Cue("adds"),
    Cue("adding"),
    Cue("explained"),
    Cue("explains"),
    Cue("warned"),
    Cue("warns"),
    Cue("insisted"),
    Cue("insists"),
    Cue("stated"),
    Cue("declared"),
    Cue("announced"),
    Cue("asked", takes_object=True),
    Cue("asks"),
    Cue("replied"),
    Cue("responded"),
    Cue("answered"),
    Cue("remarked"),
    Cue("noted"),
    Cue("notes"),
    Cue("observed"),
    Cue("commented"),
    Cue("claimed"),
    Cue("claims"),
    Cue("argued"),
    Cue("argues"),
    Cue("admitted"),
    Cue("admits"),
    Cue("conceded"),
    Cue("continued"),
    Cue("concluded"),
    Cue("recalled"),
    Cue("recalls"),
    Cue("wrote"),
    Cue("writes"),
    Cue("confirmed"),
    Cue("stressed"),
    Cue("emphasised"),
    Cue("emphasized"),
    Cue("suggested"),
    Cue("predicted"),
    Cue("acknowledged"),
    Cue("agreed"),
    Cue("cautioned"),
    Cue("urged"),
    Cue("assured", takes_object=True),
    Cue("reminded", takes_object=True),
    Cue("promised"),
    Cue("joked"),
    Cue("shouted"),
    Cue("whispered"),
    Cue("tweeted"),
    Cue("countered"),
    Cue("put it"),
    Cue("pointed out"),
    Cue("went on"),
    Cue("quipped"),
    Cue("revealed"),
    Cue("reveals"),
    Cue("replies"),
    Cue("criticised"),
    Cue("criticized"),
    Cue("criticises"),
    Cue("called for"),
    Cue("calls for"),
    Cue("urges"),
    Cue("acknowledges"),
    # Courts and studies speak through their rulings and findings (the gold's
    # rule for bodies, evaluation/gold/README-speakers.md).
    Cue("ruled"),
    Cue("rules"),
    Cue("found that"),
    Cue("finds that"),
    Cue("denied"),
    Cue("denies"),
    # A document speaks through its words: "A statement from Chelsea read:".
    Cue("read"),
    # Cues of other languages in the web corpus; the inverted order
    # ("...", sagte er / dit-il) is read like English "said Mr Smith".
    Cue("sagte"),  # German
    Cue("sagt"),  # German
    Cue("sagen"),  # German
    Cue("erklärte"),  # German
    Cue("erklärt"),  # German
    Cue("schreibt"),  # German
    Cue("schreiben"),  # German
    Cue("schrieb"),  # German
    Cue("meint"),  # German
    Cue("meinte"),  # German
    Cue("betont"),  # German
    Cue("betonte"),  # German
    Cue("ergänzt"),  # German
    Cue("ergänzte"),  # German
    Cue("antwortete"),  # German
    Cue("ruft"),  # German
    Cue("seufzt"),  # German
    Cue("findet"),  # German
    Cue("kommentiert"),  # German
    Cue("konstatiert"),  # German
    Cue("bemerkt"),  # German
    Cue("dit"),  # French
    Cue("a dit"),  # French
    Cue("a déclaré"),  # French
    Cue("déclare"),  # French
    Cue("explique"),  # French
    Cue("a expliqué"),  # French
    Cue("affirme"),  # French
    Cue("ajoute"),  # French
    Cue("estime"),  # French
    Cue("dijo"),  # Spanish
    Cue("afirmó"),  # Spanish
    Cue("explicó"),  # Spanish
    Cue("añadió"),  # Spanish
    Cue("aseguró"),  # Spanish
    Cue("powiedział"),  # Polish
    Cue("powiedziała"),  # Polish
    Cue("pisze"),  # Polish
    Cue("pisał"),  # Polish
    Cue("sa"),  # Swedish, Norwegian, Danish
    Cue("berichtet"),  # German
    Cue("berichtete"),  # German
    Cue("erzählt"),  # German
    Cue("erzählte"),  # German
    Cue("erläutert"),  # German
    Cue("erläuterte"),  # German
    Cue("begründet"),  # German
    Cue("begründete"),  # German
    Cue("kritisiert"),  # German
    Cue("kritisierte"),  # German
    Cue("fordert"),  # German
    Cue("forderte"),  # German
    Cue("warnt"),  # German
    Cue("warnte"),  # German
    Cue("souligne"),  # French
    Cue("précise"),  # French
    Cue("raconte"),  # French
    Cue("assure"),  # French
    Cue("confie"),  # French
    Cue("poursuit"),  # French
    Cue("indique"),  # French
    Cue("rappelle"),  # French
    Cue("a souligné"),  # French
    Cue("a précisé"),  # French
    Cue("a indiqué"),  # French
    Cue("a assuré"),  # French
    Cue("a ajouté"),  # French
    Cue("a affirmé"),  # French
    Cue("a estimé"),  # French
    Cue("apuntó"),  # Spanish
    Cue("señaló"),  # Spanish
    Cue("agregó"),  # Spanish
    Cue("indicó"),  # Spanish
    Cue("sostuvo"),  # Spanish
    Cue("declaró"),  # Spanish
    Cue("manifestó"),  # Spanish
    Cue("expresó"),  # Spanish
    Cue("comentó"),  # Spanish
    Cue("advirtió"),  # Spanish
    Cue("relató"),  # Spanish
    Cue("contó"),  # Spanish
    # German separable "fügt ... hinzu": the particle is a stop word, so
    # "fügte er hinzu" reads "er" and "Er fügt hinzu:" reads "Er".
    Cue("fügt"),  # German
    Cue("fügte"),  # German
    Cue("unterstreicht"),  # German
    Cue("unterstrich"),  # German
    Cue("a réagi"),  # French
    Cue("réagit"),  # French
    Cue("a répondu"),  # French
    Cue("glisse"),  # French
    Cue("remarcó"),  # Spanish
    Cue("destacó"),  # Spanish
    Cue("subrayó"),  # Spanish
    Cue("insistió"),  # Spanish
    Cue("reconoció"),  # Spanish
    Cue("precisó"),  # Spanish
    Cue("dice"),  # Spanish
    Cue("afirma"),  # Spanish
    Cue("asegura"),  # Spanish
    Cue("explica"),  # Spanish
    Cue("señala"),  # Spanish
    Cue("antwortet"),  # German
    Cue("escribió"),  # Spanish: escribió en Twitter:
    Cue("respondió"),  # Spanish
    Cue("preguntó"),  # Spanish
    Cue("lamentó"),  # Spanish
    Cue("enfatizó"),  # Spanish
    Cue("admitió"),  # Spanish
    Cue("erinnert"),  # German
    Cue("erinnerte"),  # German
    Cue("écrit"),  # French
    Cue("a écrit"),  # French
    Cue("assène"),  # French
    Cue("martèle"),  # French
    Cue("insiste"),  # French
    Cue("reconnaît"),  # French
    Cue("conclut"),  # French
    Cue("a confié"),  # French
    Cue("a annoncé"),  # French
    # Spanish reporting verbs met in the web corpus: present, preterite and
    # perfect, singular only (a plural subject is a group).
    Cue("añade"),  # Spanish
    Cue("resalta"),  # Spanish
    Cue("resaltó"),  # Spanish
    Cue("opina"),  # Spanish
    Cue("opinó"),  # Spanish
    Cue("sumó"),  # Spanish
    Cue("citó"),  # Spanish
    Cue("remató"),  # Spanish
    Cue("sostiene"),  # Spanish
    Cue("advierte"),  # Spanish
    Cue("reconoce"),  # Spanish
    Cue("concluye"),  # Spanish
    Cue("concluyó"),  # Spanish
    Cue("subraya"),  # Spanish
    Cue("destaca"),  # Spanish
    Cue("agrega"),  # Spanish
    Cue("indica"),  # Spanish
    Cue("comenta"),  # Spanish
    Cue("manifiesta"),  # Spanish
    Cue("expresa"),  # Spanish
    Cue("relata"),  # Spanish
    Cue("recuerda"),  # Spanish
    Cue("recordó"),  # Spanish
    Cue("detalla"),  # Spanish
    Cue("detalló"),  # Spanish
    Cue("aclara"),  # Spanish
    Cue("aclaró"),  # Spanish
    Cue("plantea"),  # Spanish
    Cue("planteó"),  # Spanish
    Cue("considera"),  # Spanish
    Cue("consideró"),  # Spanish
    Cue("criticó"),  # Spanish
    Cue("denuncia"),  # Spanish
    Cue("denunció"),  # Spanish
    Cue("ha explicado"),  # Spanish
    Cue("ha dicho"),  # Spanish
    Cue("ha señalado"),  # Spanish
    Cue("ha afirmado"),  # Spanish
    Cue("ha asegurado"),  # Spanish
    Cue("ha añadido"),  # Spanish
    Cue("ha indicado"),  # Spanish
    Cue("ha advertido"),  # Spanish
    # French reporting verbs met in the web corpus: present, imperfect, perfect
    # and pluperfect, singular only ("X et Y affirment" would read Y alone);
    # the perfects also give the participles of "a-t-il qualifié". No form
    # that is also an English word ("note", "observe", "lance").
    Cue("dénonce"),  # French
    Cue("déplore"),  # French
    Cue("regrette"),  # French
    Cue("conseille"),  # French
    Cue("résume"),  # French
    Cue("soupire"),  # French
    Cue("lâche"),  # French
    Cue("ironise"),  # French
    Cue("tempère"),  # French
    Cue("détaille"),  # French
    Cue("relève"),  # French
    Cue("témoigne"),  # French
    Cue("prévient"),  # French
    Cue("avertit"),  # French
    Cue("admet"),  # French
    Cue("commente"),  # French
    Cue("confirme"),  # French
    Cue("constate"),  # French
    Cue("interroge"),  # French
    Cue("plaide"),  # French
    Cue("revendique"),  # French
    Cue("considère"),  # French
    Cue("rapporte"),  # French
    Cue("répond"),  # French
    Cue("répète"),  # French
    Cue("disait"),  # French
    Cue("affirmait"),  # French
    Cue("expliquait"),  # French
    Cue("dénonçait"),  # French
    Cue("déclarait"),  # French
    Cue("écrivait"),  # French
    Cue("estimait"),  # French
    Cue("a qualifié"),  # French
    Cue("a dénoncé"),  # French
    Cue("a reconnu"),  # French
    Cue("a admis"),  # French
    Cue("a confirmé"),  # French
    Cue("a regretté"),  # French
    Cue("a déploré"),  # French
    Cue("a averti"),  # French
    Cue("a prévenu"),  # French
    Cue("a insisté"),  # French
    Cue("a conclu"),  # French
    Cue("a rappelé"),  # French
    Cue("a raconté"),  # French
    Cue("a martelé"),  # French
    Cue("a commenté"),  # French
    Cue("a lâché"),  # French
    Cue("a résumé"),  # French
    Cue("a poursuivi"),  # French
    Cue("a observé"),  # French
    Cue("a jugé"),  # French
    Cue("a répété"),  # French
    Cue("a témoigné"),  # French
    Cue("a plaidé"),  # French
    Cue("a tranché"),  # French
    Cue("a ironisé"),  # French
    Cue("a glissé"),  # French
    Cue("a soupiré"),  # French
    Cue("a relevé"),  # French
    Cue("a constaté"),  # French
    Cue("avait affirmé"),  # French
    Cue("avait déclaré"),  # French
    Cue("avait dit"),  # French
    Cue("avait expliqué"),  # French
    # The speaker comes after these: "according to the ministry".
    Cue("according to", speaker_after=True),
    Cue("selon", speaker_after=True),  # French
    Cue("según", speaker_after=True),  # Spanish
    Cue("laut", speaker_after=True),  # German
)

#: Words allowed between a speaker and the cue: ``Mr Blair has said``.
AUXILIARIES: tuple[str, ...] = (
    "has",
    "have",
    "had",
    "also",
    "later",
    "then",
    "once",
    "previously",
    "earlier",
    "recently",
    "simply",
    "quickly",
    "también",  # Spanish: "Magallanes también sostuvo"
    # Reported at second hand: "Mr Kapor is reported as saying".
    "is reported as",
    "was reported as",
    "is quoted as",
    "was quoted as",
)

#: Words that end a speaker's noun phrase: ``said Mr Smith in a statement``
#: reads ``Mr Smith``; ``Speaking on Monday the minister said`` reads
#: ``the minister``. Prepositions that sit inside titles (``of``, ``for``)
#: are not here: ``a spokesman for the ministry``.
STOPWORDS: tuple[str, ...] = (
    "and",
    "but",
    "or",
    "so",
    "that",
    "which",
    "what",
    "who",
    "when",
    "while",
    "where",
    "as",
    "after",
    "before",
    "because",
    "if",
    "in",
    "on",
    "at",
    "to",
    "with",
    "from",
    "during",
    "is",
    "was",
    "are",
    "were",
    "been",
    "yesterday",
    "today",
    "tonight",
    "however",
    "But",
    "And",
    "However",
    "Then",
    "In",
    "On",
    "At",
    "For",
    "With",
    "From",
    "After",
    "As",
    "When",
    "While",
    "Meanwhile",
    # German words that end a name: ... sagt Gutierrez gegenüber »nd«.
    "gegenüber",
    "über",
    "im",
    "beim",
    "mit",
    "und",
    "dass",
    "einst",
    "etwa",
    "ist",
    "sei",
    "war",
    "hat",
    "habe",
    "wird",
    "wurde",  # German passive: "„…“, wurde der Trainer erklärt"
    "werde",
    # German conjunctions, pronouns and adverbs that end a name:
    # "Ein Polizist wird rot, als wir fragen" has no speaker "als wir".
    "als",
    "wenn",
    "weil",
    "ob",
    "wie",
    "nachdem",
    "doch",
    "aber",
    "oder",
    "sondern",
    "denn",
    "auch",
    "noch",
    "nur",
    "schon",
    "jetzt",
    "dann",
    "dazu",
    "hinzu",  # fügte er hinzu
    "wir",
    "ich",
    "gestern",
    "heute",
    "am",
    "bei",
    "nach",
    "vor",
    "zum",
    "zur",
    "Dann",
    "Doch",
    "Auch",
    "Als",
    "Am",
    "Im",
    "Nach",
    "vom",  # heißt es in der Risikobewertung vom 26. Februar
    # Adverbs opening a sentence in verb-second order: "So schreibt Prof.
    # Volker Quaschning:" names the one after the verb, "Entonces dijo:" nobody.
    "So",
    "Schließlich",
    "Danach",
    "Später",
    "Zudem",
    "Außerdem",
    "Daraufhin",
    "Nun",
    "Jetzt",
    "Heute",
    "Gestern",
    "Damals",
    "Puis",
    "Ensuite",
    "Alors",
    "Enfin",
    "Entonces",
    "Luego",
    "Después",
    # French: prepositions, conjunctions and pronouns; "a-t-il" is the verb's,
    # never a speaker ("a-t-il dit" names "il").
    "à",
    "dans",
    "lors",
    "pour",
    "et",
    "que",
    "qui",
    "en",
    "sur",
    "avec",
    "depuis",
    "comme",
    "mais",
    "ou",
    "dès",
    "hier",
    "nous",
    "vous",
    "je",
    "a-t-il",
    "a-t-elle",
    "a-t-on",
    # Spanish.
    "y",
    "con",
    "desde",
    "para",
    "por",
    "pero",
    "como",
    "cuando",
    "ayer",
    "hoy",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)

#: Words just before a quotation that hold its term at a distance.
SCARE_CUES: tuple[str, ...] = (
    "so-called",
    "dubbed",
    "termed",
    "nicknamed",
    "known as",
    "the word",
    "the term",
    "the phrase",
    "the slogan",
    "titled",
    "entitled",
)

#: Verbs a few words before a quotation that mark it as someone's words
#: inside the writer's sentence: ``He called it "a disgrace"``, ``critics
#: called her work "quietly brilliant"``.
PARTIAL_CUES: tuple[str, ...] = (
    "called",
    "calls",
    "described",
    "describes",
    "branded",
    "labelled",
    "labeled",
    "hailed",
    "deemed",
    "praised",
    "criticised",
    "condemned",
    "vowed",
    "welcomed",
    "dismissed",
    "calling",
    "describing",
    "branding",
    "accused",
    "dubbed",
    "dubbing",
    "labelling",
    "labeling",
    "labels",
    "brands",
    # Verbs that name something "as" the quoted words: "referred to Lords
    # members as "...", "introduced Dr Greenspan to the guests as "..."".
    "referred",
    "refers",
    "referring",
    "introduced",
    "introduces",
)


#: Verbs of saying that may stand several words before a partial quotation
#: whose speaker is the sentence's subject: ``The Commission has written to the
#: operators to challenge "the high rates"``.
SAYING_VERBS: tuple[str, ...] = (
    "written",
    "challenge",
    "challenged",
    "accused",
    "urged",
    "demanded",
    "promised",
    "pledged",
    "expressed",
)

#: Subject pronouns that follow the verb in German and French word order
#: (``Dann sagte er:``, ``a-t-il dit``, ``a-t-elle ajouté``) or in Spanish
#: (``dijo él``): the pronoun, not the words before the verb, is the speaker.
INVERSION_PRONOUNS: tuple[str, ...] = (
    "er",  # German
    "sie",  # German
    "il",  # French
    "elle",  # French
    "ils",  # French
    "elles",  # French
    "él",  # Spanish
    "ella",  # Spanish
)

#: Articles that open a speaker after the verb in a colon intro: ``Dann
#: sagte der Minister:``, ``a déclaré le ministre :``, ``dijo el ministro:``.
#: No English article: ``He said the following:`` is the English sentence.
INVERSION_ARTICLES: tuple[str, ...] = (
    "der",  # German
    "die",  # German
    "das",  # German
    "ein",  # German
    "eine",  # German
    "le",  # French
    "la",  # French, Spanish
    "les",  # French
    "un",  # French, Spanish
    "une",  # French
    "el",  # Spanish
    "los",  # Spanish
    "las",  # Spanish
    "una",  # Spanish
)

#: Adverbs between an inverted cue and its speaker, skipped: ``sagt auch
#: Stenger``, ``a ajouté encore le ministre``, ``dijo primero el secretario``.
INVERSION_ADVERBS: tuple[str, ...] = (
    "auch",  # German
    "dazu",  # German
    "noch",  # German
    "nun",  # German
    "jetzt",  # German
    "dann",  # German
    "denn",  # German
    "aussi",  # French
    "également",  # French
    "encore",  # French
    "alors",  # French
    "ensuite",  # French
    "enfin",  # French
    "ainsi",  # French: "rappelle ainsi Olivier Panisset"
    "quant à elle",  # French: "résume quant à elle Francisca Joly-Gomez"
    "quant à lui",  # French
    "también",  # Spanish
    "además",  # Spanish
    "luego",  # Spanish
    "primero",  # Spanish
    "después",  # Spanish
    "en cambio",  # Spanish: "opina en cambio Sergi González"
    "por su parte",  # Spanish
)

#: Conjunctions that join two verbs of one subject: before a cue they make
#: ``und findet sie:`` normal order with the subject left out, so the word
#: after the cue is its object, not its subject.
COORDINATORS: tuple[str, ...] = (
    "and",
    "und",  # German
    "oder",  # German
    "et",  # French
    "ou",  # French
    "y",  # Spanish
    "o",  # Spanish
)

#: Words opening a sentence whose subject is the speaker's view: ``Pour la
#: toxicologue, « … »`` and ``Para el ministro, «…»`` read as ``selon``; only
#: at the start of the sentence and right before the quotation, as elsewhere
#: they are ordinary prepositions (``voté pour le projet``).
OPINION_LEADS: tuple[str, ...] = (
    "Pour",  # French
    "Para",  # Spanish
)
