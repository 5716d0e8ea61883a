"""A cue after the quotation: ``"...," the source explained.``

Also ``"...," said Maj. Gen. Igor Konashenkov, the ministry's spokesman``
(cue, then speaker), ``"...," according to the ministry`` and a dash line
``"..." - the city's fire chief``. After a quotation that ends its sentence
with a full stop, a capitalised word starts a new sentence, not a cue.
"""

from __future__ import annotations

import re

from quoteparse._build import span
from quoteparse.quote_marks import CLOSERS
from quoteparse.speakers.german import introduces_next
from quoteparse.speakers.mentions import name_only
from quoteparse.speakers.names import read_mention
from quoteparse.speakers.patterns import (
    ACCORDING,
    AUX,
    CUE,
    CUE_INVERTED,
    DASHES,
    INVERSION_SKIP,
    LINK,
    NP_AFTER,
    SENTENCE_END,
    SPACES,
    STOP,
    TOKEN,
    UTTERANCE_END,
)
from quoteparse.speakers.results import Hit, QuoteSpan
from quoteparse.speakers.text import rtrim_spaces, skip_space

__all__ = ["find_cue_after"]


_AFTER_RE = re.compile(
    rf"""
    # UK style puts the comma outside: "...", she said. (No second run of
    # spaces without the comma: the branches would be tried once per split.)
    [ \t\u00a0]*(?:(?P<comma>,)[ \t\u00a0]*)?
    (?:
      # "..." - the city's fire chief: a dash line names the speaker.
      [{DASHES}]{{1,2}}[ \t\u00a0]*(?P<dash_np>{NP_AFTER})
      # "...," according to the ministry.
    | (?P<acc_cue>{ACCORDING}){LINK}(?P<acc_np>{NP_AFTER})
      # "...," said Maj. Gen. Igor Konashenkov, the ministry's spokesman.
      # „…“, sagt auch Stenger. / « … », a déclaré jeudi le ministre.
    | (?P<inv_cue>{CUE_INVERTED})(?:{LINK}|-t-|-)(?:{INVERSION_SKIP})?(?P<inv_np>{NP_AFTER})
      # "...," the source explained. / "...," Mr Smith, the chief executive, said.
    | (?P<np>(?!(?:{STOP})\b){TOKEN}(?:{LINK}{TOKEN}){{0,9}}?)
      (?:[ \t]*,(?P<appos>[^,\n"]{{1,80}}?),
        # "...," Alois Rhiel, its minister for economic affairs added: a role
        # in apposition whose closing comma the writer left out.
      | [ \t]*,[ \t]*(?P<open_appos>(?:its|his|her|their|the|an|a)[ \t][^,\n"]{{1,80}}?)
      )?
      {LINK}(?:(?:{AUX}){LINK}){{0,2}}
      (?P<cue>{CUE})
    )
    """,
    re.VERBOSE,
)


# A reporter's "quoted X as" before the cue: the words are X's
# ("...," the Interfax news agency quoted Mr Khodorkovsky as saying).
_QUOTED_AS_RE = re.compile(rf"(?<!\w)quot(?:ed|es|ing){LINK}(?P<who>{NP_AFTER}){LINK}as\Z")


def find_cue_after(text: str, q: QuoteSpan, hi: int) -> Hit | None:
    # Most quotations are followed by punctuation or by a new sentence: look
    # at the next word before running the pattern.
    j = q.end
    while j < hi and text[j] in SPACES:
        j += 1
    comma = j < hi and text[j] == ","
    if comma:
        j += 1
        while j < hi and text[j] in SPACES:
            j += 1
    if j >= hi:
        return None
    ch = text[j]
    # The content's last visible character: a format character before the
    # closing mark ("...,\u200b" she said) reads as a space here (sieve).
    last = rtrim_spaces(text, q.content_start, q.content_end)
    if last - 1 > q.content_start and text[last - 1] in CLOSERS:
        last -= 1  # "... get credit,'" Bloomberg said: the nested quotation's comma
    content_end = text[last - 1] if last > q.content_start else ""
    if ch in DASHES:
        pass
    elif not ch.isalpha():
        return None
    elif not comma and not ch.islower() and content_end == ".":
        return None  # "We won." The team said ... starts a new sentence
    m = _AFTER_RE.match(text, q.end, hi)
    if m is None:
        return None
    branch = m.lastgroup  # the group that closes each branch
    if branch == "dash_np":
        return Hit(span(*m.span("dash_np")), None, True, after=True)
    no_comma = m.start("comma") < 0
    if no_comma and content_end in SENTENCE_END and content_end not in "?!":
        first = skip_space(text, q.end, m.end())
        if first < m.end() and not text[first].islower():
            return None  # "We won." The team said ... starts a new sentence
    if branch == "cue":
        if no_comma and content_end not in UTTERANCE_END:
            return None  # "Foo" is a word he said: no utterance shape
        if no_comma and introduces_next(text, m.end("cue"), hi):
            return None  # „…?” Gianni antwortet: „…”: the next quotation's intro
        lo_np, hi_np = m.span("np")
        if m.start("appos") >= 0 and _named_apposition(text, lo_np, *m.span("appos")):
            hi_np = rtrim_spaces(text, lo_np, m.end("appos"))  # her mother, Fiona, said
        # _QUOTED_AS_RE ends in "as": a noun phrase that does not is not searched.
        quoted = (
            _QUOTED_AS_RE.search(text, lo_np, hi_np) if text.endswith("as", lo_np, hi_np) else None
        )
        if quoted is not None:
            lo_np, hi_np = quoted.span("who")  # the agency quoted Mr X as saying: X's words
        return Hit(span(lo_np, hi_np), span(*m.span("cue")), True, after=True)
    if (
        branch == "inv_np"
        and no_comma
        and content_end not in UTTERANCE_END
        and _after_preposition(text, q.start)
    ):
        return None  # Matthew Inman of "The Oatmeal" wrote a comic: a title, no utterance
    # according to the ministry / said Maj. Gen. Igor Konashenkov: the speaker last.
    cue, np = ("acc_cue", "acc_np") if branch == "acc_np" else ("inv_cue", "inv_np")
    return Hit(name_only(text, span(*m.span(np))), span(*m.span(cue)), True, after=True)


def _named_apposition(text: str, np_lo: int, lo: int, hi: int) -> bool:
    """``her mother, Fiona,``: a described speaker, then their name set off by commas.

    One to three capitalised words after a description with no name of its
    own (``Authenti-corp's CEO, Cynthia Musselman,``); ``Mr Smith, the chief
    executive,`` keeps its name before the role.
    """
    words = text[lo:hi].split()
    return (
        0 < len(words) <= 3
        and all(w[:1].isupper() and w.replace(".", "").isalpha() for w in words)
        and read_mention(text, np_lo, rtrim_spaces(text, np_lo, lo - 1)).name is None
    )


# Prepositions that, right before a quotation, make it part of a noun phrase
# (``Matthew Inman of "The Oatmeal"``, ``a campaign against "false" claims``).
_PREPOSITIONS = frozenset(("of", "in", "on", "at", "by", "from", "with", "for", "about", "against"))


def _after_preposition(text: str, start: int) -> bool:
    """Whether the word right before the quotation at ``start`` is a preposition."""
    end = rtrim_spaces(text, max(0, start - 12), start)
    word = text[max(0, end - 8) : end].rsplit(None, 1)[-1:] if end > 0 else []
    return bool(word) and word[0].lower() in _PREPOSITIONS
