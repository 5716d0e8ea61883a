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

__all__ = ["AUXILIARIES", "CUES", "PARTIAL_CUES", "SCARE_CUES", "STOPWORDS", "Cue"]


class Cue(NamedTuple):
    """One cue verb or phrase, and whether an addressee may follow it."""

    text: str
    takes_object: bool = False


CUES: tuple[Cue, ...] = (
    # The plain reporting verbs, in every tense news uses.
    Cue("said"),
    Cue("says"),
    Cue("say"),
    Cue("saying"),
    Cue("told", takes_object=True),
    Cue("tells", takes_object=True),
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
    # A few cues of other languages in the web corpus; the inverted order
    # ("...", sagte er / dit-il) is read like English "said Mr Smith".
    Cue("sagte"),  # German
    Cue("sagt"),  # German
    Cue("erklärte"),  # German
    Cue("dit"),  # French
    Cue("a déclaré"),  # French
    Cue("explique"),  # French
    Cue("dijo"),  # Spanish
    Cue("afirmó"),  # Spanish
    Cue("sa"),  # Swedish, Norwegian, Danish
    # "according to" puts the speaker after the cue.
    Cue("according to"),
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
)
