"""The insertion lexicon: the words and shapes that say what a bracket does.

Curated from style guides (AP, Chicago, APA, Wikipedia's Manual of Style) and
from what wire copy and transcripts print in square brackets. Every table is
matched against the bracket's content after :func:`normalise` (case folded,
``*`` and ``_`` emphasis removed, curly apostrophes made straight, runs of
spaces made one, surrounding spaces and a final ``.`` or ``:`` removed).
One entry a line; entries are unique, and a test uses each. The finder
turns each table into a set once, at import.
"""

from __future__ import annotations

__all__ = [
    "AUXILIARIES",
    "GRAMMAR_WORDS",
    "NOTE_PHRASES",
    "NOTE_PREFIXES",
    "NOTE_WORDS",
    "OMISSION_PHRASES",
    "REFERENCE_PHRASES",
    "SIC_FORMS",
    "SUFFIXES",
    "normalise",
]

#: Marks an error as the source's: ``[sic]``, ``[sic!]``, ``[*sic*]``, ``(sic)``.
SIC_FORMS: tuple[str, ...] = (
    "sic",
    "sic!",
    "sic passim",  # "thus throughout", in scholarly quotation
    "sic erat scriptum",  # the full Latin, rare but seen
    "!",  # German and French editors' sign for "as in the original"
)

#: Words left out, written as words rather than dots. Dot runs (``...``,
#: ``. . .``, ``…``) are recognised by shape in :mod:`quoteparse.insertions`.
OMISSION_PHRASES: tuple[str, ...] = (
    "omitted",
    "omission",
    "redacted",  # US court filings and FOIA releases
    "deleted",
    "expletive deleted",  # the Watergate transcripts' phrase
    "expletive",  # a swear word taken out
    "words omitted",
    "text omitted",
    "name withheld",
    "name redacted",
)

#: A whole bracket that is an editor's remark on the speech or the text.
NOTE_PHRASES: tuple[str, ...] = (
    "?",  # the editor could not make out or verify the word before
    "emphasis added",
    "emphasis mine",
    "emphasis in original",
    "emphasis original",
    "italics added",
    "italics mine",
    "italics in original",
    "my emphasis",
    "our emphasis",
    "translated",
    "translation",
    "in english",  # a speaker switching language in a transcript
    "off mic",
    "off microphone",
    "audio cuts out",
    "audio unclear",
    "break in recording",
    "end of recording",
    "no audible response",
    "unclear",
    "sound of gunfire",
    "sound bite",
    "video clip",
    "graphic",
    "graphic language",
    "edited for length",
    "edited for clarity",
)

#: A bracket that starts with one of these is a note: ``[translated from
#: Russian]``, ``[Ed: this was later withdrawn]``, ``[speaking in French]``.
NOTE_PREFIXES: tuple[str, ...] = (
    "ed:",
    "ed.:",
    "ed. note",
    "ed note",
    "editor's note",
    "editors' note",
    "editor:",
    "note:",
    "nb:",
    "translated from",
    "translated by",
    "translation from",
    "translation by",
    "translator's note",
    "speaking in",
    "in translation",
    "emphasis added by",
)

#: Transcript words: a short bracket holding one of these is a note, as in
#: ``[applause]``, ``[audience laughs]``, ``[inaudible]``, ``[crosstalk]``.
NOTE_WORDS: tuple[str, ...] = (
    "applause",
    "applauds",
    "laughter",
    "laughs",
    "laughing",
    "laugh",
    "chuckles",
    "chuckling",
    "giggles",
    "inaudible",
    "unintelligible",
    "indistinct",
    "crosstalk",
    "cross-talk",
    "overtalk",
    "pause",
    "pauses",
    "sighs",
    "sighing",
    "cheers",
    "cheering",
    "booing",
    "boos",
    "jeers",
    "silence",
    "coughs",
    "coughing",
    "crying",
    "cries",
    "sobbing",
    "sobs",
    "interruption",
    "interrupts",
    "interrupting",
    "gasps",
    "shouts",
    "shouting",
    "music",
    "noise",
    "transcript",
)

#: Wikipedia-style inline tags and footnote words: ``[citation needed]``,
#: ``[note 1]``. Numbers (``[1]``, ``[12, 13]``) and lone letters after a
#: word or stop (``word.[a]``) are recognised by shape.
REFERENCE_PHRASES: tuple[str, ...] = (
    "\N{DAGGER}",  # footnote signs, where numbers are not used
    "\N{DOUBLE DAGGER}",
    "citation needed",
    "clarification needed",
    "better source needed",
    "better source",
    "full citation needed",
    "page needed",
    "pages needed",
    "verification needed",
    "failed verification",
    "not in citation given",
    "dead link",
    "permanent dead link",
    "who?",
    "when?",
    "where?",
    "which?",
    "why?",
    "according to whom?",
    "by whom?",
    "dubious",
    "dubious - discuss",
    "original research?",
    "unreliable source?",
    "update",
    "needs update",
    "citation",
    "cite",
    "source",
    "ref",
    "footnote",
    "note",
    "edit",  # Wikipedia section headings scraped with their "[edit]" link
)

#: Word endings an editor adds to fit a verb or noun to the sentence,
#: written against the word: ``want[s]``, ``use[d]``, ``run[ning]``.
SUFFIXES: tuple[str, ...] = (
    "s",
    "es",
    "'s",
    "d",
    "ed",
    "ing",
    "ning",
    "ly",
    "er",
    "ers",
    "est",
    "ies",
    "ied",
    "n",
    "en",
    "y",
    "e",
    "al",
    "t",
)

#: Forms of "be", "have", "do" and the modals. One of these alone, or a short
#: run of them (``[had been]``, ``[will have]``), changes a verb form to fit the
#: sentence: an alteration.
AUXILIARIES: tuple[str, ...] = (
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "am",
    "has",
    "have",
    "had",
    "having",
    "do",
    "does",
    "did",
    "will",
    "would",
    "can",
    "could",
    "shall",
    "should",
    "may",
    "might",
    "must",
)

#: Other closed-class words an editor changes to fit the grammar of the
#: writer's sentence: a single such word in brackets is an alteration
#: (``[It]``, ``[I'm]``, ``[But]``), whereas names and noun phrases
#: (``[Ebbers]``, ``[the dollar]``) are clarifications.
GRAMMAR_WORDS: tuple[str, ...] = (
    # Contracted forms.
    "i'm",
    "it's",
    "he's",
    "she's",
    "that's",
    "there's",
    "they're",
    "we're",
    "you're",
    "isn't",
    "wasn't",
    "don't",
    "doesn't",
    "didn't",
    "won't",
    "can't",
    # Pronouns and determiners.
    "i",
    "me",
    "my",
    "we",
    "us",
    "our",
    "you",
    "your",
    "he",
    "him",
    "his",
    "she",
    "her",
    "it",
    "its",
    "they",
    "them",
    "their",
    "this",
    "that",
    "these",
    "those",
    "the",
    "a",
    "an",
    # Conjunctions, prepositions and particles.
    "and",
    "but",
    "or",
    "nor",
    "so",
    "yet",
    "if",
    "to",
    "of",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "as",
    "not",
    "no",
)


def normalise(content: str) -> str:
    """The form of a bracket's content that the tables above are written in.

    >>> normalise("  *Sic*  ")
    'sic'
    >>> normalise("Emphasis   ADDED.")
    'emphasis added'
    >>> normalise("Ed: see below")
    'ed: see below'
    """
    folded = content.replace("*", "").replace("_", "").casefold()
    folded = folded.replace("\N{RIGHT SINGLE QUOTATION MARK}", "'")
    folded = folded.replace("\N{EN DASH}", "-").replace("\N{EM DASH}", "-")
    folded = " ".join(folded.split())
    if folded.endswith((".", ":")) and not folded.endswith(".."):
        folded = folded[:-1].rstrip()
    return folded
