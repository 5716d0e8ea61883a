"""A frame right before a quotation: ``Emery states, "..."``, ``In Dr. Shadlen's words, "..."``.

Some verbs introduce a quotation only in this frame, a comma or colon setting
the quotation right after them (``The tweet from Vulture magazine reads,
"..."``, ``As the report states: "..."``): elsewhere ``states`` and ``reads``
are as often a noun or another sense, so they are no cues of the cue table.
``In X's words,`` and ``In the words of X,`` name their speaker with no verb
at all, and a cue before a semicolon is read as before a colon (``he added;
"..."``). The verbs are in :mod:`.words_en`.
"""

from __future__ import annotations

import re

from quoteparse._build import span
from quoteparse.speakers.cue_before import find_cue_before
from quoteparse.speakers.mentions import name_only, speaker_before
from quoteparse.speakers.results import Hit
from quoteparse.speakers.text import last_token, rtrim_spaces, sentence_start, skip_space
from quoteparse.speakers.words_en import FRAME_VERBS

__all__ = ["find_frame"]

# "In Dr. Shadlen's words" / "In the words of Dr. Shadlen", the whole lead-in
# before the comma: the speaker's words, a name with its possessive or after "of".
_WORDS_OF_RE = re.compile(
    r"""
    [Ii]n[ \t]+
    (?:
      (?P<owner>[A-Z][^,;:\n]{0,60}?)['\N{RIGHT SINGLE QUOTATION MARK}]s?[ \t]+(?:own[ \t]+)?words
    | the[ \t]+words[ \t]+of[ \t]+(?P<of>[A-Z][^,;:\n]{0,60})
    )
    \Z
    """,
    re.VERBOSE,
)


def find_frame(text: str, lo: int, start: int) -> Hit | None:
    """The speaker of a frame ending in a comma or colon right before the quotation at ``start``.

    >>> t = 'In another tweet, Emery states, "Some people think so."'
    >>> hit = find_frame(t, 0, t.index('"'))
    >>> t[hit.speaker.start : hit.speaker.end], t[hit.cue.start : hit.cue.end]
    ('Emery', 'states')
    >>> t = 'In Dr. Shadlen\\'s words, "Could it be?"'
    >>> hit = find_frame(t, 0, t.index('"'))
    >>> t[hit.speaker.start : hit.speaker.end]
    'Dr. Shadlen'
    """
    mark = rtrim_spaces(text, lo, start)
    if mark > lo and text[mark - 1] == ";":
        return _cue_before_semicolon(text, lo, mark - 1)
    if mark == lo or text[mark - 1] not in ",:":
        return None
    end = rtrim_spaces(text, lo, mark - 1)
    word = last_token(text, lo, end)
    if text[word:end] in FRAME_VERBS:
        first = sentence_start(text, lo, word)
        speaker = speaker_before(text, first, word)
        if speaker is None:
            return None
        return Hit(speaker, span(word, end), True)
    first = skip_space(text, sentence_start(text, lo, end), end)
    m = _WORDS_OF_RE.match(text[first:end])
    if m is None:
        return None
    group = "owner" if m.group("owner") is not None else "of"
    a, b = m.span(group)
    return Hit(name_only(text, span(first + a, first + b)), None, True)


def _cue_before_semicolon(text: str, lo: int, semicolon: int) -> Hit | None:
    """``Speaking through an interpreter he added; "..."``: a semicolon for a colon.

    Only a cue ending right at the semicolon counts; the semicolon ends a
    sentence for every other strategy, so the cue is read in the words before it.
    """
    hit = find_cue_before(text, lo, semicolon)
    if hit is None or hit.cue is None or rtrim_spaces(text, lo, semicolon) != hit.cue.end:
        return None
    return hit._replace(direct=True)
