"""The resolution lexicon: the words that tell a speaker mention's parts apart.

One entry a line. Speaker resolution (:mod:`quoteparse.speakers.resolve`) reads
a mention such as ``Carolina coach Rod Brind'Amour`` or ``Mr Brooks`` with these
tables: pronouns and the gender and number they state, honorifics and the
gender they state (never a first name's), the role words that are split off a
name, the words that make a name a body's, and the leading words that are not
part of any name. Matching is on the lower-cased word with any full stop
removed. Entries are unique within each table, and a test uses each.

Sources: the English, German and French personal pronouns; honorifics as the
BBC, AP and Le Monde style guides write them before a name; role words from the
mentions of the BBC 2004-05 corpus and the web corpus.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = [
    "AGE_WORDS",
    "COUNTING_DETERMINERS",
    "DETERMINERS",
    "DOCUMENT_WORDS",
    "EPITHETS",
    "GROUP_WORDS",
    "HONORIFICS",
    "LEADING_WORDS",
    "OPENERS",
    "OPEN_PRONOUNS",
    "ORGANISATION_WORDS",
    "PAST_VERBS",
    "PERSON_NOUNS",
    "PRONOUNS",
    "REACTION_VERBS",
    "ROLE_SUFFIXES",
    "ROLE_WORDS",
    "SOURCE_OPENERS",
    "STRESSED_PRONOUNS",
    "VERB_ADVERBS",
    "Pronoun",
]


class Pronoun(NamedTuple):
    """A personal pronoun that may stand for a speaker: the gender and number it states."""

    text: str
    #: ``"female"``, ``"male"`` or None where the pronoun does not say.
    gender: str | None
    plural: bool = False


PRONOUNS: tuple[Pronoun, ...] = (
    Pronoun("he", "male"),
    Pronoun("she", "female"),
    Pronoun("they", None, plural=True),
    Pronoun("er", "male"),  # German
    # German "sie" is she or they; "sagt sie" after one woman is the common case.
    Pronoun("sie", "female"),
    Pronoun("il", "male"),  # French
    Pronoun("elle", "female"),  # French
    Pronoun("ils", None, plural=True),  # French
    Pronoun("elles", "female", plural=True),  # French
    Pronoun("él", "male"),  # Spanish
    Pronoun("ella", "female"),  # Spanish
)

#: Stressed pronouns that stand for a speaker only after a preposition
#: (``selon lui``, ``pour eux``), never as a cue's subject: resolved like
#: :data:`PRONOUNS`, but not read as a subject before a verb (``Pierre lui a
#: dit``).
STRESSED_PRONOUNS: tuple[Pronoun, ...] = (
    Pronoun("lui", "male"),  # French
    Pronoun("eux", None, plural=True),  # French
)

#: Honorifics and the gender they state; None where they state none.
HONORIFICS: dict[str, str | None] = {
    "mr": "male",
    "mrs": "female",
    "ms": "female",
    "miss": "female",
    "sir": "male",
    "dame": "female",
    "lord": "male",
    "lady": "female",
    "herr": "male",
    "frau": "female",
    "m": "male",  # French M. Dupont
    "monsieur": "male",
    "mme": "female",
    "madame": "female",
    "mlle": "female",
    "señor": "male",
    "señora": "female",
    "dr": None,
    "pr": None,  # French Pr Joly-Gomez (professeur)
    "me": None,  # French Me Dupont (maître, a lawyer)
    "prof": None,
    "professor": None,
    "rev": None,
    "reverend": None,
}

#: Words of a role or office, split off before a name: ``Carolina coach Rod Brind'Amour``.
ROLE_WORDS: frozenset[str] = frozenset(
    (
        # Government and politics.
        "president",
        "vice",
        "minister",
        "secretary",
        "chancellor",
        "premier",
        "governor",
        "senator",
        "sen",
        "rep",
        "gov",
        "mayor",
        "mp",
        "mep",
        "mps",
        "msp",
        "am",
        "mla",
        "td",
        "qc",
        "kc",
        "ambassador",
        "envoy",
        "commissioner",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "leader",
        "chairman",
        "chairwoman",
        "chair",
        "treasurer",
        "auditor",
        "general",
        "attorney",
        "prosecutor",
        "judge",
        "justice",
        "sheriff",
        "coordinator",
        "co-ordinator",
        "marshal",
        "coroner",
        "magistrate",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "archbishop",
        "bishop",
        "cardinal",
        "bundeskanzler",
        "bundeskanzlerin",
        "kanzler",
        "kanzlerin",
        "ministerin",
        "präsident",
        "präsidentin",
        "ministre",
        "président",
        "présidente",
        # Business and institutions.
        "chief",
        "deputy",
        "executive",
        "ceo",
        "director",
        "manager",
        "boss",
        "head",
        "founder",
        "analyst",
        "adviser",
        "advisor",
        "economist",
        "editor",
        "correspondent",
        "officer",
        "official",
        "researcher",
        "scientist",
        "chef",
        "geschäftsführer",
        "sprecher",
        "sprecherin",
        "magazin",  # German: "das Magazin ET-News" is ET-News
        # Arts, professions and people in the news.
        "singer",
        "actor",
        "actress",
        "star",
        "writer",
        "author",
        "artist",
        "musician",
        "guitarist",
        "drummer",
        "lawyer",
        "solicitor",
        "barrister",
        "doctor",
        "surgeon",
        "nurse",
        "teacher",
        "headteacher",
        "activist",
        "campaigner",
        "expert",
        "broadcaster",
        "presenter",
        "dj",
        "comedian",
        "director-general",
        "under-secretary",
        # French professions ("Marie Roy, professeure d’histoire,", "le naturopathe
        # Olivier Panisset"); "chargé" as in "chargé de cours".
        "professeur",
        "professeure",
        "toxicologue",
        "naturopathe",
        "gastro-entérologue",
        "philosophe",
        "sociologue",
        "historien",
        "historienne",
        "chercheur",
        "chercheuse",
        "enseignant",
        "enseignante",
        "médecin",
        "avocat",
        "avocate",
        "maire",
        "député",
        "députée",
        "directeur",
        "directrice",
        "porte-parole",
        "journaliste",
        "économiste",
        "conseiller",
        "conseillère",
        "chargé",
        "chargée",
        # Spanish roles and professions ("Francisco Navarro, glaciólogo de la
        # Universidad", "el jurista Carlos Nino").
        "presidente",
        "presidenta",
        "vicepresidente",
        "vicepresidenta",
        "ministro",
        "ministra",
        "secretario",
        "secretaria",
        "subsecretario",
        "subsecretaria",
        "intendente",
        "gobernador",
        "gobernadora",
        "alcalde",
        "alcaldesa",
        "diputado",
        "diputada",
        "senador",
        "senadora",
        "portavoz",
        "vocero",
        "vocera",
        "investigador",
        "investigadora",
        "científico",
        "científica",
        "glaciólogo",
        "meteorólogo",
        "meteoróloga",
        "jurista",
        "politólogo",
        "politóloga",
        "periodista",
        "abogado",
        "abogada",
        "profesor",
        "profesora",
        "médico",
        "médica",
        "integrante",  # "la integrante de Coendu": a member of a body, named before
        # Sport.
        "coach",
        "captain",
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "winger",
        "skipper",
        "champion",
        "trainer",
        "boxer",
        "driver",
        # Forces and police.
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "colonel",
        "major",
        "lieutenant",
        "sergeant",
        "commander",
        "admiral",
        "inspector",
        "detective",
        "superintendent",
        "constable",
    )
)

#: Words that make a name a body's: ``Federal Reserve``, ``the Department for ...``.
ORGANISATION_WORDS: frozenset[str] = frozenset(
    (
        "bank",
        "fed",
        "reserve",
        "ministry",
        "department",
        "office",
        "government",
        "council",
        "commission",
        "committee",
        "parliament",
        "party",
        "union",
        "court",
        "police",
        "agency",
        "media",
        "authority",
        "association",
        "federation",
        "institute",
        "university",
        "group",
        "company",
        "corporation",
        "corp",
        "inc",
        "ltd",
        "plc",
        "club",
        "fc",
        "league",
        "board",
        "trust",
        "foundation",
        "organisation",
        "organization",
        "times",
        "post",
        "journal",
        "herald",
        "telegraph",
        "tribune",
        "gazette",
        "chronicle",
        "magazine",
        "press",
        "bbc",
        "fifa",
        "uefa",
        "nato",
        "un",
        "eu",
        "ministerium",
        "regierung",
        "ministère",
        "gouvernement",
        "ministerio",  # Spanish
        "gobierno",  # Spanish
    )
)

#: Nouns of documents that are quoted as their own source: ``the report said``.
DOCUMENT_WORDS: frozenset[str] = frozenset(
    (
        "report",
        "statement",
        "study",
        "survey",
        "minutes",
        "document",
        "letter",
        "paper",
        "review",
        "memo",
        "ruling",
        "judgment",
        "verdict",
        "website",
        "bericht",
        "studie",
        "rapport",
        "mitteilung",  # German: heißt es in der Mitteilung
        "pressemitteilung",  # German
        "erklärung",  # German
        "communiqué",  # French
        "comunicado",  # Spanish
        "informe",  # Spanish
    )
)

#: Articles and determiners that open a description: dropped from a name.
DETERMINERS: frozenset[str] = frozenset(
    (
        "the",
        "a",
        "an",
        "one",
        "another",
        "der",
        "die",
        "das",
        "ein",
        "eine",
        "le",
        "la",
        "les",
        "un",
        "une",
        "el",
        "los",
        "las",
    )
)

#: Determiners that count, which a description keeps: ``one fan``, ``another resident``.
COUNTING_DETERMINERS: frozenset[str] = frozenset(("one", "another"))

#: Words that may open a mention without being part of it: ``Yet he``, ``But Mr Smith``.
LEADING_WORDS: frozenset[str] = frozenset(
    (
        "yet",
        "but",
        "and",
        "so",
        "then",
        "now",
        "however",
        "still",
        "also",
        "meanwhile",
        "und",
        "aber",
        "doch",
        "et",
        "mais",
    )
)

#: Pronouns that never name who spoke on their own: first and second person, ``it``.
OPEN_PRONOUNS: frozenset[str] = frozenset(
    ("i", "we", "you", "it", "ich", "wir", "es", "man", "je", "nous", "on", "vous", "yo")
)

#: Heads of a definite description that stand for a person just named: ``the 36-year-old``.
AGE_WORDS: frozenset[str] = frozenset(("veteran", "youngster", "teenager", "newcomer"))

#: Words that open a sentence before a name without being part of it: ``Former Chelsea ...``.
OPENERS: frozenset[str] = frozenset(
    (
        "former",
        "some",
        "many",
        "most",
        "new",
        "other",
        "both",
        "all",
        "top",
        "veteran",
        "ex",
        "acting",
        "deputy",
        "then",
        "now",
        "when",
        "while",
        "after",
        "before",
        "as",
        "for",
        "but",
        "and",
        "yet",
        "meanwhile",
        "however",
        "in",
        "on",
        "at",
        "the",
        "a",
        "an",
        "later",
        "earlier",
        "today",
        "yesterday",
        "instead",
        "here",
        "there",
        "still",
        "also",
        "without",
        "since",
        "despite",
        "with",
        "although",
        "though",
        "because",
        "if",
        "unless",
        "during",
        "until",
        "by",
        "from",
        "to",
        "of",
        # Months and days are capitalised but never a person.
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    )
)

#: Heads of a group that speaks as one: ``the judges``, ``police``, ``residents``.
GROUP_WORDS: frozenset[str] = frozenset(
    ("judges", "police", "critics", "organisers", "organizers", "residents")
)

#: Nouns for a person that are no office: written before a name in apposition
#: (``One woman, Victoria Lapete,``) they say the name is a person's.
PERSON_NOUNS: frozenset[str] = frozenset(
    (
        "member",
        "colleague",
        "official",
        "worker",
        "employee",
        "fan",
        "patient",
        "parent",
        "teacher",
        "woman",
        "man",
        "girl",
        "boy",
        "mother",
        "father",
        "son",
        "daughter",
        "wife",
        "husband",
        "sister",
        "brother",
        "widow",
        "friend",
        "neighbour",
        "neighbor",
        "resident",
        "pensioner",
        "student",
        "survivor",
        "victim",
        "witness",
        "strategist",
        "consultant",
        "trader",
        "owner",
        "partner",
        "professor",
        "mann",
        "femme",
        "homme",
        "mujer",
        "hombre",
    )
)

#: Last words of capitalised names that are events, offices or things, never a
#: person's (``England's World Cup``, ``Director of Public Prosecutions``).
NON_PERSON_HEADS: frozenset[str] = frozenset(
    (
        "cup",
        "league",
        "championship",
        "championships",
        "games",
        "olympics",
        "open",
        "trophy",
        "awards",
        "prize",
        "festival",
        "final",
        "finals",
        "series",
        "tour",
        "prosecutions",
    )
)

#: Role words that are also common surnames: after a first name they end a
#: name (``Oona King``, ``Keith Judge``), where other role words end a role
#: (``the Salford MP``).
ROLE_SURNAMES: frozenset[str] = frozenset(
    ("king", "judge", "bishop", "marshal", "sheriff", "dean", "major", "chancellor")
)

#: Titles whose holder is named by the title and its place: ``the Duke of
#: Edinburgh``, ``the Archbishop of Canterbury``, ``the Prince of Wales``.
TERRITORIAL_TITLES: frozenset[str] = frozenset(
    (
        "duke",
        "duchess",
        "earl",
        "countess",
        "marquess",
        "marchioness",
        "viscount",
        "viscountess",
        "prince",
        "princess",
        "archbishop",
        "bishop",
    )
)

#: Words that open a phrase fronted before a sentence's subject with no comma
#: after it: ``After the ruling Carla Ferstman, legal director of Redress, said``.
FRONTED_OPENERS: frozenset[str] = frozenset(
    ("after", "before", "following", "during", "at", "in", "on", "outside", "speaking", "later")
)

#: Words that open the description of a source: ``a spokeswoman``, ``one fan``, ``her mother``.
SOURCE_OPENERS: frozenset[str] = frozenset(
    (
        "a",
        "an",
        "one",
        "another",
        "some",
        "two",
        "three",
        "several",
        "many",
        "her",
        "his",
        "their",
        "its",
        "ein",
        "eine",
        "einige",
        "viele",
        "manche",
        "mehrere",
        "un",
        "une",
        "una",
        "uno",
    )
)

#: Endings of German role nouns, compounds included (``Sportredaktor``,
#: ``Kabarettist``): a capitalised first word ending so is a role, not a first name.
ROLE_SUFFIXES: tuple[str, ...] = (
    "ist",
    "istin",
    "loge",
    "login",
    "redaktor",
    "redaktorin",
    "direktor",
    "direktorin",
    "sprecher",
    "sprecherin",
    "leiter",
    "leiterin",
    "chef",
    "chefin",
    "minister",
    "ministerin",
    "präsident",
    "präsidentin",
    "forscher",
    "forscherin",
    "experte",
    "expertin",
    "politiker",
    "politikerin",
    "anwalt",
    "anwältin",
    "arzt",
    "ärztin",
    "professor",
    "professorin",
    "bürgermeister",  # der Bürgermeister von Grosbliederstroff
    "bürgermeisterin",
    "organisator",  # ATU-Organisator Antonio Gutierrez
    "organisatorin",
    "vorsitzende",  # CDU-Vorsitzende Friedrich Merz
    "vorsitzender",
    "abgeordnete",
    "abgeordneter",
    "beauftragte",
    "beauftragter",
    "gründer",
    "gründerin",
    "geschäftsführer",
    "geschäftsführerin",
)

#: Verbs whose subject is a person taking a stand, as news writes before quoting
#: them: ``Dana Reyes disagreed.`` (the cue verbs of ``cue_verbs.py`` count too).
REACTION_VERBS: tuple[str, ...] = (
    "agreed",
    "disagreed",
    "praised",
    "criticised",
    "criticized",
    "welcomed",
    "denied",
    "rejected",
    "defended",
    "believes",
    "believed",
    "thinks",
    "thought",
    "hopes",
    "hoped",
    "wants",
    "wanted",
    "spoke",
    "speaks",
)


#: Epithets news gives a person it has named: before a name they say it is a
#: person's (``billionaire Michael R. Bloomberg``), but a sentence opening with
#: one (``The businessman, whose ...``) speaks of that person again, so unlike
#: :data:`PERSON_NOUNS` they make no new described source.
EPITHETS: frozenset[str] = frozenset(
    (
        "billionaire",
        "millionaire",
        "tycoon",
        "entrepreneur",
        "businessman",
        "businesswoman",
    )
)

#: Words that may stand between a person's name and its verb (``Bloomberg now
#: denies``, ``Smith later said``): an auxiliary or an adverb of time. Two at most
#: are read (``Smith has also said``).
VERB_ADVERBS: tuple[str, ...] = (
    "has",
    "also",
    "now",
    "later",
    "then",
    "again",
    "still",
    "previously",
)

#: Nationality adjectives: before a first and last name they describe the
#: person (``Australian Lynton Crosby``); before one word they are part of a
#: body's name (``British Airways``), so they are split off only then. The
#: demonyms of the countries most often in English-language news (after the
#: country and demonym list of the CIA World Factbook, "Nationality").
NATIONALITIES: frozenset[str] = frozenset(
    (
        "afghan",
        "albanian",
        "algerian",
        "american",
        "argentine",
        "argentinian",
        "australian",
        "austrian",
        "bangladeshi",
        "belgian",
        "bolivian",
        "bosnian",
        "brazilian",
        "british",
        "bulgarian",
        "burmese",
        "cambodian",
        "cameroonian",
        "canadian",
        "chilean",
        "chinese",
        "colombian",
        "congolese",
        "croatian",
        "cuban",
        "cypriot",
        "czech",
        "danish",
        "dutch",
        "ecuadorian",
        "egyptian",
        "english",
        "eritrean",
        "estonian",
        "ethiopian",
        "filipino",
        "finnish",
        "french",
        "georgian",
        "german",
        "ghanaian",
        "greek",
        "hungarian",
        "icelandic",
        "indian",
        "indonesian",
        "iranian",
        "iraqi",
        "irish",
        "israeli",
        "italian",
        "ivorian",
        "jamaican",
        "japanese",
        "jordanian",
        "kenyan",
        "korean",
        "kosovan",
        "kurdish",
        "latvian",
        "lebanese",
        "libyan",
        "lithuanian",
        "malaysian",
        "maltese",
        "mexican",
        "moroccan",
        "nepalese",
        "nigerian",
        "norwegian",
        "pakistani",
        "palestinian",
        "peruvian",
        "polish",
        "portuguese",
        "romanian",
        "russian",
        "rwandan",
        "saudi",
        "scottish",
        "senegalese",
        "serbian",
        "slovak",
        "slovenian",
        "somali",
        "spanish",
        "sudanese",
        "swedish",
        "swiss",
        "syrian",
        "taiwanese",
        "thai",
        "tunisian",
        "turkish",
        "ugandan",
        "ukrainian",
        "venezuelan",
        "vietnamese",
        "welsh",
        "yemeni",
        "zambian",
        "zimbabwean",
    )
)


#: Parties and other groups named in the plural before a member's name: ``For
#: the Lib Dems David Laws said``. Before a first and last name they are the
#: member's affiliation, not part of the name.
PARTY_PLURALS: frozenset[str] = frozenset(
    (
        "dems",
        "democrats",
        "republicans",
        "tories",
        "conservatives",
        "nationalists",
        "socialists",
        "greens",
        "liberals",
        "unionists",
    )
)


#: Irregular past-tense verbs that follow a person's name as its subject
#: (``Sharon Osbourne gave details``); regular ones end in ``-ed``.
PAST_VERBS: tuple[str, ...] = (
    "gave",
    "made",
    "took",
    "went",
    "came",
    "got",
    "left",
    "won",
    "lost",
    "met",
    "wrote",
    "spoke",
    "began",
    "held",
    "kept",
    "led",
    "brought",
    "found",
    "sent",
    "became",
    "ran",
    "saw",
    "knew",
    "paid",
    "sat",
    "stood",
    "told",
    "thought",
)

#: Lower-case words that, written just before a longer run of capitalised words
#: (``ministre de la Santé Roman Prymula``, ``Frauenrechtlerin und Pädagogin
#: María Teresa Blandón``, ``Under My Ask Jeeves``), say its extra leading words
#: are a noun or a determiner, not the first name of the person a shorter form
#: names (``Michael Forrest Jones`` after ``and`` is a fuller name of ``Forrest Jones``).
#: Also read as the extra leading word itself (``My``).
FULLER_NAME_BLOCKERS: frozenset[str] = frozenset(
    (
        "the",
        "a",
        "an",
        "my",
        "our",
        "your",
        "his",
        "her",
        "their",
        "its",
        "of",
        "in",
        "under",
        "la",
        "le",
        "les",
        "de",
        "du",
        "des",
        "der",
        "die",
        "das",
        "dem",
        "den",
        "und",
        "et",
        "el",
        "los",
        "las",
        "y",
    )
)
