"""Who said each quotation: the speaker sieve and the people of a document.

Rules and lexicons only (no parser, no model). Finding runs inside
:func:`~quoteparse.find_quotes`, one quotation at a time; resolving mentions
to people runs over the whole document in :func:`~quoteparse.parse`.

The modules, in the order a quotation meets them:

- :mod:`.sieve`: :func:`attribute`, the strategies tried in order for each
  quotation, and the :class:`~quoteparse.Attribution` each one gives;
- :mod:`.cue_after`: ``"...," the source explained`` / ``said Tom Weller``;
- :mod:`.partial`: ``so-called "..."`` (scare) and ``called the target "..."``;
- :mod:`.cue_before`: ``The ambassador said: "..."``, ``According to X, "..."``;
- :mod:`.trailing`: ``... "flawed" in many ways, said Mr Smith.``;
- :mod:`.carry`: a sentence of reported speech before a quotation;
- :mod:`.kinds`: the kind from a quotation's shape when no cue is found;
- :mod:`.mentions`: the noun phrase that names the speaker next to a cue;
- :mod:`.text`, :mod:`.patterns`, :mod:`.results`: the sentences, paragraphs
  and words they share, the cue and name patterns, and the tuples passed along.
"""

from __future__ import annotations

from quoteparse.speakers.results import Found, QuoteSpan
from quoteparse.speakers.sieve import attribute

__all__ = ["Found", "QuoteSpan", "attribute"]
