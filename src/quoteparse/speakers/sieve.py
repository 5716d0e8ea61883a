"""The speaker sieve: for each quotation, the strategies tried in order.

1. **After it** (:mod:`.cue_after`): ``"...," the source explained.``;
   failing that in German, French or Spanish order (:mod:`.inverted`):
   ``„…“, so der Minister.``, ``« … », a-t-il dit.``, ``«…», dijo.``
2. **A scare lead** (:mod:`.partial`): ``so-called "..."`` has no speaker.
3. **Before it**, in the same sentence: a colon intro in V2 order first
   (:mod:`.inverted`: ``Dann sagte er: „…“``), then :mod:`.cue_before`:
   ``The ambassador said: "..."``, then a name as a label (:mod:`.labels`):
   ``- Blackburn boss Mark Hughes: "..."``.
4. **A partial cue** a few words before it (:mod:`.partial`):
   ``called the target "..."``.
5. **A cue closing the sentence** (:mod:`.trailing`):
   ``... "flawed" in many ways, said Mr Smith.``
6. **A colon intro** ending the paragraph before: ``The minister said:``.
7. **Continuation** (:mod:`.carry`): the second half of ``"...," she said,
   "..."``, and a quotation that opens a sentence with no attribution of its
   own carries on the speaker just quoted (``continues`` is that quotation's
   index) or just reported in the sentence before; a pull quote (a paragraph
   of its own that the next paragraph repeats, :func:`.carry.pull_quote`)
   carries on nobody.
8. **A cue later in the paragraph** (:func:`cue_later`): a paragraph that opens
   with a quotation and gives its cue only at a later quotation is that cue's
   speaker's, not the previous paragraph's.

Quotations inside other quotations look for their speaker only inside their
parent. Each quotation gets the :class:`~quoteparse.Attribution` of the
strategy that decided it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quoteparse._text import LINE_BREAKS
from quoteparse.cue_verbs import CUES
from quoteparse.model import Attribution, QuoteKind
from quoteparse.speakers.according import share_according
from quoteparse.speakers.carry import find_reported, previous_sentence, pull_quote
from quoteparse.speakers.colon import find_colon_subject
from quoteparse.speakers.cue_after import find_cue_after
from quoteparse.speakers.cue_before import find_cue_before
from quoteparse.speakers.frames import find_frame
from quoteparse.speakers.french import find_comme, french_mention
from quoteparse.speakers.incise import find_incise
from quoteparse.speakers.index import TextIndex
from quoteparse.speakers.inverted import find_inverted_after, find_inverted_before
from quoteparse.speakers.kinds import shape_kind, utterance
from quoteparse.speakers.labels import find_label
from quoteparse.speakers.nonspeakers import heading_line, past_caption, writers_example
from quoteparse.speakers.partial import find_partial_lead, scare_lead
from quoteparse.speakers.patterns import SENTENCE_END
from quoteparse.speakers.reported_de import german_reported
from quoteparse.speakers.results import Found, Hit, QuoteSpan
from quoteparse.speakers.spanish import relative_antecedent, subjectless, verb_subject
from quoteparse.speakers.text import (
    Lines,
    at_sentence_start,
    format_as_spaces,
    near,
    previous_paragraph,
    sentence_start,
    skip_space,
)
from quoteparse.speakers.titles_de import named_thing
from quoteparse.speakers.trailing import find_trailing_cue

__all__ = ["attribute", "cue_later"]

#: Cues that name their speaker after them: ``according to the ministry``.
_ACCORDING = frozenset(c.text for c in CUES if c.speaker_after)
#: Attributions that a quotation's own sentence gives.
_OWN_CUE = frozenset({Attribution.CUE_AFTER, Attribution.CUE_BEFORE, Attribution.ACCORDING_TO})


# Line breaks the strategies know only as \n: U+2028, U+2029 and NEL end a line
# as \n does everywhere else. Results are spans, and a same-length copy keeps
# every offset, so reading that copy is exact.
_OTHER_BREAKS = tuple(sorted(LINE_BREAKS - {"\n", "\r"}))


def _as_newlines(text: str) -> str:
    """``text`` with U+2028, U+2029 and U+0085 written ``\\n`` (the same length)."""
    for brk in _OTHER_BREAKS:
        if brk in text:
            text = text.replace(brk, "\n")
    return text


#: Quotations that start closer than this to the one before read the index;
#: at prose's spacing its blocks cost more than the windows they save.
DENSE_QUOTES = 64


def attribute(
    text: str,
    quotes: Sequence[QuoteSpan],
    parents: Sequence[int | None],
    *,
    speakers: bool = True,
) -> list[Found]:
    """Kind, speaker, cue and continuation for each quotation (sorted by start)."""
    text = format_as_spaces(_as_newlines(text))
    out: list[Found] = []
    lines = Lines(text)
    index = TextIndex(text)  # read only where quotations are dense (below)
    last_top: int | None = None  # the latest top-level speech with a speaker
    last_named: int | None = None  # the latest top-level quotation with a speaker
    paragraphs: list[tuple[int, int]] = []  # where each quotation looks for its speaker
    for k, q in enumerate(quotes):
        parent = parents[k]
        if parent is None:
            lo, hi = lines.around(q.start, q.end)
        else:
            p = quotes[parent]
            lo, hi = p.content_start, p.content_end
        paragraphs.append((lo, hi))
        starts = at_sentence_start(text, q.start, lo)
        # Both ways give the same answers; the index pays where the sentence
        # windows of neighbouring quotations overlap, and costs more than the
        # window scan for a lone quotation (docs/performance.md).
        near_index = index if k and q.start - quotes[k - 1].start < DENSE_QUOTES else None
        if not speakers:
            out.append(Found(shape_kind(text, q, starts, lo)))
            continue
        how = Attribution.CUE_AFTER
        hit = find_cue_after(text, q, hi)
        if hit is None:
            hit = find_inverted_after(text, q, hi)
        if hit is None:
            hit = find_incise(text, q)  # « Cette loi, affirme-t-elle, ... »
        if hit is not None and hit.cue is None and not starts:
            hit = None  # a dash after a term inside a sentence is not a dash line
        if (hit is None and scare_lead(text, q.start, lo)) or named_thing(text, q, lo):
            out.append(Found(QuoteKind.SCARE))  # she added that the so-called "..."
            continue
        if hit is None and parent is None and writers_example(text, lo, q.start):
            # Example: "..." / Don't say "...": words given whole, as speech is.
            out.append(
                Found(QuoteKind.SPEECH if utterance(text, q) else shape_kind(text, q, starts, lo))
            )
            continue
        # Where the quotation's sentence starts: found once here for the
        # strategies below, each of which would otherwise find it again.
        sentence: int | None = None
        if hit is None:
            sentence = (
                sentence_start(text, lo, q.start)
                if near_index is None
                else near_index.sentence_start(lo, q.start)
            )
        if hit is None and parent is None:  # "Admitió que ...": Spanish drops the subject
            hit, how = subjectless(
                text,
                lo,
                q.start,
                quotes=quotes,
                found=out,
                last_named=last_named,
                sentence=sentence,
            ) or (hit, how)
        if hit is None:
            how = Attribution.CUE_BEFORE
            hit = find_inverted_before(text, lo, q.start)
            if hit is None:
                hit = find_cue_before(text, lo, q.start, near_index, sentence=sentence)
            if hit is None:
                hit = find_label(text, lo, q.start)  # Blackburn boss Mark Hughes: "..."
            if hit is None:
                hit = find_colon_subject(text, lo, q.start)  # De Miranda evokes it:
            if hit is None:
                hit = find_frame(text, lo, q.start)  # Emery states, "..." / In X's words,
        if hit is None:
            hit = find_partial_lead(text, q.start, lo, sentence=sentence)
        goes_on = False
        if hit is None and (not starts or (goes_on := _sentence_goes_on(text, q.end, hi))):
            # "Now it is hard to see" to hold up the plans, Indyk said: the
            # quotation opens the writer's sentence, a part of it.
            how = Attribution.CUE_AFTER
            words = len(text[q.content_start : q.content_end].split())
            hit = find_trailing_cue(text, q.end, hi, words) or find_comme(text, q.end, hi)
        if hit is None and not starts and parent is None and last_named is not None:
            # from "every lawful move" to "this forcible removal": a second
            # quotation of the sentence that attributed the first.
            earlier_q = quotes[last_named]
            if earlier_q.end >= lo and _same_sentence(text, earlier_q.end, q.start):
                first = out[last_named]
                how = first.attribution
                hit = Hit(first.speaker, first.cue, False)
        at_paragraph_start = parent is None and q.start == skip_space(text, lo, q.start)
        if hit is None and at_paragraph_start:
            prev = previous_paragraph(text, lo)
            if prev is not None and text[prev[1] - 1] == ":":
                how = Attribution.COLON_INTRO
                hit = find_cue_before(text, prev[0], prev[1], near_index)
        continues: int | None = None
        if parent is None and last_top is not None:
            earlier = out[last_top]
            if hit is not None and hit.cue is not None and hit.cue == earlier.cue:
                continues = last_top  # "...," she said, "..."
        if hit is None and parent is None and pull_quote(text, q, lo, hi):
            out.append(Found(QuoteKind.PARTIAL))  # a heading the next paragraph repeats
            continue
        if hit is None and starts and parent is None and not heading_line(text, lo, hi, q.end):
            # No cue of its own: the words of the speaker just quoted or reported.
            # A caption line between (a photo's words) is read past.
            carry_lo = past_caption(text, lo) if at_paragraph_start else lo
            region = previous_sentence(text, q.start, carry_lo, at_paragraph_start)
            if (
                last_top is not None
                and region is not None
                and quotes[last_top].end >= region[0]
                and near(text, quotes[last_top], carry_lo)
            ):
                continues = last_top
            elif region is not None:
                hit = find_reported(text, *region)
                how = Attribution.CONTINUED if region[0] >= lo else Attribution.PARAGRAPH_CARRY
                if hit is None and last_named is not None and last_named != last_top:
                    # Kirsty Williams called the target "hugely unambitious". "It
                    # leaves ...": the speaker of a partial quotation in that sentence.
                    partial = quotes[last_named]
                    if region[0] <= partial.end <= region[1]:
                        named = out[last_named]
                        hit = Hit(named.speaker, named.cue, True)
            if (
                hit is None
                and continues is None
                and last_top is not None
                and near(text, quotes[last_top], carry_lo)
            ):
                continues = last_top
            if continues is not None:
                earlier = out[continues]
                hit = Hit(earlier.speaker, earlier.cue, True)
                same = quotes[continues].start >= lo
                how = Attribution.CONTINUED if same else Attribution.PARAGRAPH_CARRY
        if hit is None and parent is None:  # Dabei gehe es um „…“: German reported speech
            hit, how = german_reported(
                text, lo, q, quotes=quotes, found=out, last_named=last_named, sentence=sentence
            ) or (hit, how)
        if hit is None:
            # scare_lead and find_partial_lead have both found nothing to get here.
            out.append(Found(shape_kind(text, q, starts, lo, leads_seen=True)))
            continue
        if parent is None:  # "contó y sumó que": Spanish drops the subject
            speaker = verb_subject(
                text, hit.speaker, lo, q.start, quotes=quotes, found=out, last_named=last_named
            )
            if speaker is not hit.speaker:  # nearly always the same: no new tuple then
                hit = hit._replace(speaker=speaker)
        if hit.speaker is None and hit.cue is not None and last_named is not None:
            named = out[last_named]
            if quotes[last_named].start >= lo and parent is None:
                # He said it was "sincere", adding: "...": the participle's
                # subject is the speaker named earlier in the paragraph.
                hit = Hit(named.speaker, hit.cue, hit.direct, hit.after)
        # "qu'il a qualifié" is "il", "Macron se dit" is "Macron"; "José
        # Yurramendi, quien manifestó" is the name.
        speaker = relative_antecedent(text, french_mention(text, hit.speaker, hit.cue), lo)
        if speaker is not hit.speaker:
            hit = hit._replace(speaker=speaker)
        if hit.after:
            speech = starts or utterance(text, q)  # School sport 'is back', says PM
        elif continues is not None or not hit.direct:
            speech = continues is not None or (starts and utterance(text, q))
        else:
            speech = utterance(text, q)
        kind = QuoteKind.SPEECH if speech and not goes_on else QuoteKind.PARTIAL
        if (
            how in _OWN_CUE
            and hit.cue is not None
            and text[hit.cue.start : hit.cue.end].lower() in _ACCORDING
        ):
            how = Attribution.ACCORDING_TO
        if hit.speaker is None and hit.cue is None:
            how = Attribution.NONE
        out.append(Found(kind, hit.speaker, hit.cue, continues, how))
        if parent is None and hit.speaker is not None:
            last_named = k
            if kind is QuoteKind.SPEECH:
                last_top = k
    out = share_according(text, out, quotes, parents)  # «A» et «B», selon X
    return cue_later(out, quotes, parents, paragraphs, text)


def _sentence_goes_on(text: str, end: int, hi: int) -> bool:
    """Whether the writer's sentence goes on in lower case right after the quotation."""
    at = skip_space(text, end, hi)
    return at < hi and text[at].islower()


# What ends a sentence between two quotations of one paragraph.
_SENTENCE_BREAK_RE = re.compile(r"[.!?;\n]")


def _same_sentence(text: str, a: int, b: int) -> bool:
    """Whether nothing ends a sentence between a quotation ending at ``a`` and ``b``.

    A quotation whose words end a sentence (``... reparieren.“``) ends its
    writer's sentence too.
    """
    if a >= 2 and text[a - 2] in SENTENCE_END:
        return False
    return b - a < 300 and _SENTENCE_BREAK_RE.search(text, a, b) is None


# A sentence end in the writer's words between two quotations: a full stop,
# ! or ? before a space and a capital letter.
_WRITER_SENTENCE_RE = re.compile(r"[.!?][ \t]+[A-Z]")


def _writer_sentence(text: str, a: int, b: int) -> bool:
    """Whether the writer's words in ``[a, b)``, between two quotations, end a sentence."""
    return _WRITER_SENTENCE_RE.search(text, a, b) is not None


def cue_later(
    found: list[Found],
    quotes: Sequence[QuoteSpan],
    parents: Sequence[int | None],
    paragraphs: Sequence[tuple[int, int]],
    text: str = "",
) -> list[Found]:
    """Give a paragraph's opening run of carried quotations the speaker of its first cue.

    ``"A. B." ... "C," she said.``: A was carried over from the paragraph
    before only for want of a cue in its own sentence; the paragraph's own cue
    names its speaker. A sentence of the writer's between the run and the cue
    (``"... disappointed." At a press conference, Sharon gave details``) turns
    to someone else, so the run keeps the paragraph before's speaker. Each
    quotation is looked at once, so this is linear.
    """
    k = 0
    n = len(found)
    while k < n:
        if parents[k] is not None or found[k].attribution is not Attribution.PARAGRAPH_CARRY:
            k += 1
            continue
        hi = paragraphs[k][1]
        run = [k]
        j = k + 1
        while j < n and quotes[j].start < hi:
            if parents[j] is None:
                if found[j].attribution is not Attribution.CONTINUED:
                    break
                run.append(j)
            j += 1
        if (
            j < n
            and quotes[j].start < hi
            and found[j].attribution in _OWN_CUE
            and not _writer_sentence(text, quotes[run[-1]].end, quotes[j].start)
        ):
            cued = found[j]
            for r in run:
                f = found[r]
                found[r] = Found(
                    f.kind,
                    cued.speaker,
                    cued.cue,
                    f.continues if r != k else None,
                    Attribution.CUE_LATER,
                )
        k = j
    return found
