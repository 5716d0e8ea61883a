"""Cues in German, French and Spanish word order that the English strategies miss.

After the quotation:

- ``„…“, so der Minister.``: German *so* closing the sentence names the speaker;
- ``„…“, heißt es in der Mitteilung.``: the document or body after the
  preposition is the speaker;
- ``« … », a-t-il dit.``: the pronoun between ``a-t-`` and the participle is
  the speaker (``a-t-il`` itself never is);
- ``«…», dijo.``: a cue with no subject (Spanish drops it) attributes the
  quotation with no mention; the sieve may then carry the speaker named
  earlier in the paragraph.

Before it, ending in a colon:

- ``Dann sagte er: „…“`` / ``Puis a déclaré le ministre : « … »``: after an
  opening adverb the subject follows the verb (German and French V2 order),
  so a pronoun or an article after the cue starts the speaker;
- ``In der Mitteilung heißt es: „…“``: the document named before *heißt es*.

And ending in a comma, ``Pour la toxicologue, « … »`` (the view of the one
named after ``Pour`` or ``Para``, at the start of the sentence).

Each pattern is tried only where the English ones found nothing, and each
says below which case it serves and what it refuses.
"""

from __future__ import annotations

import re

from quoteparse._build import span
from quoteparse.cue_verbs import (
    COORDINATORS,
    CUES,
    INVERSION_ARTICLES,
    INVERSION_PRONOUNS,
    OPINION_LEADS,
)
from quoteparse.speakers.mentions import name_only
from quoteparse.speakers.patterns import (
    CUE,
    CUE_WORD_SET,
    LINK,
    NP_AFTER,
    SPACES,
    STOPWORD_SET,
    UTTERANCE_END,
    trie,
)
from quoteparse.speakers.results import Hit, QuoteSpan
from quoteparse.speakers.text import last_token, rtrim_spaces, sentence_start, skip_space
from quoteparse.speakers.words_de import PASSIVE_PARTICIPLES

__all__ = ["find_inverted_after", "find_inverted_before"]


#: The participles of the French compound cues (``a dit`` -> ``dit``), for
#: ``a-t-il dit``; derived from the cue table, not kept by hand.
_PARTICIPLES = trie(c.text[2:] for c in CUES if c.text.startswith("a ") and " " not in c.text[2:])

_PRONOUN = trie(INVERSION_PRONOUNS)

_PASSIVE = trie(PASSIVE_PARTICIPLES)

_ARTICLE = trie(INVERSION_ARTICLES)

# Where a sentence ends after a speaker: the lookahead keeps it out of the match.
_SENTENCE_END = r"[ \t\u00a0]*(?=[.;!?\n\r]|\Z)"

_AFTER_RE = re.compile(
    rf"""
    # One run of spaces unless a comma splits it: two runs side by side would
    # be tried once per split of a long run.
    [ \t\u00a0]*(?:(?P<comma>,)[ \t\u00a0]*)?
    (?:
      # „…“, so der Minister. / „…“, so Müller.: German "so" and the speaker,
      # closing the sentence. An English "so" (", so the plan failed") is
      # refused: it needs a German article or a capitalised word first, and
      # the code wants the sentence's last word capitalised (a noun or name).
      (?P<so_cue>so){LINK}
      (?P<so_np>(?:(?:der|die|das|ein|eine){LINK})?[^\W\d_]\w*(?:{LINK}[^\W\d_][\w\-]*){{0,8}}?)
      {_SENTENCE_END}
      # „…“, heißt es in der Mitteilung.: the document or body after the
      # preposition (a contracted one, "im Bericht", leaves the noun alone).
    | (?P<es_cue>heißt[ \t]+es|hieß[ \t]+es){LINK}
      (?:in|im|aus|von|vom|bei|beim){LINK}(?P<es_np>{NP_AFTER})
      # „…“, heißt es.: no source named; the speaker is carried as for a bare cue.
    | (?P<es_bare>heißt[ \t]+es|hieß[ \t]+es){_SENTENCE_END}
      # „…“, wird in der Mitteilung betont. / „…“, wurde der Trainer zitiert.:
      # a German passive cue; the document or the one quoted, with its article,
      # stands between the auxiliary and the participle (at most four words).
    | (?P<pass_cue>wird|wurde){LINK}(?:(?:in|von){LINK})?
      (?P<pass_np>(?:der|die|das|dem|den){LINK}[^\W\d_][\w\-]*(?:{LINK}[^\W\d_][\w\-]*){{0,3}}?)
      {LINK}(?P<pass_verb>{_PASSIVE})(?!\w)
      # « … », a-t-il dit.: the pronoun is the speaker, the participle the cue.
    | a-t-(?P<t_np>{_PRONOUN})[ \t\u00a0]+(?P<t_cue>{_PARTICIPLES})(?!\w)
      # «…», dijo.: a cue and the end of the sentence, no subject.
    | (?P<bare_cue>{CUE}){_SENTENCE_END}
    )
    """,
    re.VERBOSE,
)

_NP_RE = re.compile(NP_AFTER)

_V2_RE = re.compile(
    rf"""
    # Dann sagte er: / a déclaré le ministre : / dijo el ministro: — the cue,
    # then a pronoun or an article opening the speaker, then the colon. The
    # English "said the minister:" is not read so (no English article in the
    # table): "He said the following:" is the commoner English sentence.
    (?<!\w)(?P<cue>{CUE}){LINK}
    (?P<np>(?:{_PRONOUN})(?!\w)|(?=(?:{_ARTICLE}){LINK}){NP_AFTER}
      # Dann schreibt Aron ihm: — a name, only after an opening adverb (the
      # code checks that word), so "He warned Congress:" keeps "He". The
      # capital is Latin-1 ranges, as re has no property class (docs/performance.md).
    | (?P<cap>(?=[A-ZÀ-ÖØ-Þ]){NP_AFTER}))
    (?:{LINK}hinzu)?[ \t\u00a0]*:[ \t\u00a0]*\Z
    # In der Mitteilung heißt es: — the document before "heißt es".
  | (?<!\w)(?:[Ii]n|[Ii]m|[Aa]us|[Vv]om|[Bb]eim?){LINK}
    (?P<es_np>{NP_AFTER}){LINK}(?P<es_cue>heißt[ \t]+es|hieß[ \t]+es)
    [ \t\u00a0]*:[ \t\u00a0]*\Z
    """,
    re.VERBOSE,
)

_LEAD_RE = re.compile(
    rf"""
    # Pour la toxicologue, « … » / Para el ministro, «…»: opening the
    # sentence and ending right before the quotation.
    (?P<lead>{trie(OPINION_LEADS)}){LINK}(?P<lead_np>{NP_AFTER})[ \t\u00a0]*,[ \t\u00a0]*\Z
    """,
    re.VERBOSE,
)

# The first words of the branches of _AFTER_RE: a quotation followed by any
# other word is not looked at further (the "a" of "a-t-il" is a word here).
_FIRST_WORD_RE = re.compile(r"[ \t\u00a0]*(?:,[ \t\u00a0]*)?(?P<word>[^\W\d_]+)")

_FIRST_WORDS_AFTER = frozenset(
    {"so", "heißt", "hieß", "a", "wird", "wurde"}
    | {c.text.split()[0] for c in CUES if not c.speaker_after}
)

# How far before the colon a V2 intro is looked for.
_V2_REACH = 160


def find_inverted_after(text: str, q: QuoteSpan, hi: int) -> Hit | None:
    """A German, French or Spanish cue after the quotation (see the module doc)."""
    # Most quotations are followed by punctuation, a new sentence or running
    # text: look at the next word before running the pattern.
    first = _FIRST_WORD_RE.match(text, q.end, hi)
    if first is None or first.group("word") not in _FIRST_WORDS_AFTER:
        return None
    m = _AFTER_RE.match(text, q.end, hi)
    if m is None:
        return None
    branch = m.lastgroup
    if branch == "so_np":
        lo_np, hi_np = m.span("so_np")
        last = text.rfind(" ", lo_np, hi_np) + 1
        if not text[max(last, lo_np)].isupper():
            return None  # ", so the plan failed" / ", so wir": not a speaker
        np = _NP_RE.match(text, lo_np, hi_np)
        if np is None:
            return None
        return Hit(name_only(text, span(*np.span())), span(*m.span("so_cue")), True, after=True)
    if branch == "es_np":
        return Hit(name_only(text, span(*m.span("es_np"))), span(*m.span("es_cue")), True, True)
    if branch == "pass_verb":
        agent = name_only(text, span(*m.span("pass_np")))
        return Hit(agent, span(*m.span("pass_cue")), True, after=True)
    if branch == "es_bare":
        return Hit(None, span(*m.span("es_bare")), True, after=True)
    if branch == "t_cue":
        return Hit(span(*m.span("t_np")), span(*m.span("t_cue")), True, after=True)
    # A bare cue: the quotation must end as an utterance, or a comma must
    # follow it, so a title that is the sentence's subject ("„Die Zeit“
    # schreibt.") is not taken for speech.
    inner = text[q.content_end - 1] if q.content_end > q.content_start else ""
    if m.group("comma") is None and inner not in UTTERANCE_END:
        return None
    return Hit(None, span(*m.span("bare_cue")), True, after=True)


def find_inverted_before(text: str, lo: int, start: int) -> Hit | None:
    """A V2 colon intro before the quotation: ``Dann sagte er: „…“`` (see the module doc)."""
    end = start
    while end > lo and text[end - 1] in SPACES:
        end -= 1
    if end > lo and text[end - 1] == ",":
        return _opinion_lead(text, lo, end)
    if end == lo or text[end - 1] != ":":
        return None  # only colon intros are read in this order
    last = last_token(text, lo, rtrim_spaces(text, lo, end - 1))
    if text[last : end - 1].rstrip(SPACES) in CUE_WORD_SET:
        return None  # "Smith said:": the cue ends the intro, nothing follows it
    floor = max(sentence_start(text, lo, end - 1), end - _V2_REACH)
    m = _V2_RE.search(text, floor, end)
    if m is None:
        return None
    if m.lastgroup == "es_cue":
        np, cue = span(*m.span("es_np")), span(*m.span("es_cue"))
    else:
        np, cue = span(*m.span("np")), span(*m.span("cue"))
        before = last_token(text, floor, rtrim_spaces(text, floor, cue.start))
        if text[before : cue.start].rstrip(SPACES) in COORDINATORS:
            # "sucht Worte und findet sie:": normal order with the subject
            # left out, and "sie" is the object.
            return None
        opener = text[before : cue.start].rstrip(SPACES)
        if m.group("cap") is not None and not (opener in STOPWORD_SET and opener[:1].isupper()):
            return None  # a name after the verb only in "Dann schreibt Aron:"
    return Hit(name_only(text, np), cue, True)


def _opinion_lead(text: str, lo: int, end: int) -> Hit | None:
    """``Pour la toxicologue, « … »``: the view of the one named after ``Pour``."""
    window = text[max(lo, end - _V2_REACH) : end]
    if not any(lead in window for lead in OPINION_LEADS):
        return None  # the usual case, found without looking for the sentence start
    first = skip_space(text, sentence_start(text, lo, end - 1), end)
    m = _LEAD_RE.match(text, first, end)
    if m is None:
        return None
    return Hit(name_only(text, span(*m.span("lead_np"))), span(*m.span("lead")), True)
