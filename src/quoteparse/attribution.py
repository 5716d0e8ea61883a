"""Speakers and cues around quotations, and what kind of quotation each is.

Rules and lexicons only (no parser, no model). For each quotation, in order:

1. **After it**: ``"...," the source explained.`` (speaker, then cue),
   ``"...," said Maj. Gen. Igor Konashenkov, the ministry's spokesman``
   (cue, then speaker), ``"...," according to the ministry`` and a dash line
   ``"..." - the city's fire chief``. After a quotation that ends its
   sentence with a full stop, a capitalised word starts a new sentence.
2. **Before it**, in the same sentence: ``The ambassador said: "..."``,
   ``She told the BBC: "..."``, ``According to X, "..."``; when words stand
   between the cue and the quotation (``Mr Blair said the families deserved
   "..."``) the quotation is a partial one of the same speaker.
3. **A partial cue** a few words before it (``called the target "..."``,
   ``described by Sharon as "..."``), with its subject or agent, or a cue
   closing the sentence (``... "flawed" in many ways, said Mr Smith.``).
4. **A colon intro** ending the paragraph before: ``The minister said:``.
5. **Continuation**: the second half of ``"...," she said, "..."``, and a
   quotation that opens a sentence with no attribution of its own carries on
   the speaker just quoted (``continues`` is that quotation's index) or just
   reported in the sentence before (``She said she was proud. "..."``).

Speakers are noun phrases as written: titles and initials (``Lt. Gen.``,
``Mrs.``, ``J.``) are part of them, a word from
:data:`quoteparse.cue_verbs.STOPWORDS` ends them, and of a name and its role
set off by commas the name is kept. Quotations inside other quotations look
for their speaker only inside their parent.

Kinds: ``speech`` for attributed sentence-like quotations, ``scare`` for a
short term with no speech around it (or after ``so-called``, ``dubbed`` ...),
or a title, and ``partial`` for fragments inside the writer's sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from quoteparse._build import span
from quoteparse.cue_verbs import AUXILIARIES, CUES, PARTIAL_CUES, SCARE_CUES, STOPWORDS
from quoteparse.model import QuoteKind, Span
from quoteparse.titles import TITLES

__all__ = ["Found", "QuoteSpan", "attribute"]


class QuoteSpan(NamedTuple):
    """Where a quotation is: its span, its content and its nesting depth."""

    start: int
    end: int
    content_start: int
    content_end: int
    depth: int


class Found(NamedTuple):
    """What attribution found for one quotation."""

    kind: QuoteKind
    speaker: Span | None = None
    cue: Span | None = None
    continues: int | None = None


def _phrase(entry: str) -> str:
    """One entry as a regex: its words joined by spaces or tabs."""
    return r"[ \t]+".join(re.escape(w) for w in entry.split())


def _trie(words: Iterable[str], *, whole_word: bool = False) -> str:
    r"""One regex matching exactly ``words``, factored by shared prefixes.

    The words of an entry may be joined by spaces or tabs (``according to``).
    Where one entry is a prefix of another (``say``, ``says``, ``saying``) the
    longer is tried first, just as in an alternation sorted longest first, so
    every match is the same; but the regex engine tests one character per
    trie level instead of every entry in turn, which makes the patterns that
    try a cue or a stop word after each word of a name several times faster.

    ``whole_word`` makes each entry start a word, as ``(?<!\w)`` before the
    trie would, but checks it after the first letter: a pattern that starts
    with a letter lets the engine skip to the next possible first letter in C
    (faster for a few verbs; for a hundred words, whose first letters cover
    most of the alphabet, ``(?<!\w)`` first is faster).
    """
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for ch in " ".join(word.split()):
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any], lookbehind: str = "") -> str:
        alts = [
            (r"[ \t]+" if ch == " " else re.escape(ch)) + lookbehind + emit(sub)
            for ch, sub in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        group = "(?:" + "|".join(alts) + ")"
        return group + "?" if "" in node else group

    # Not a word character before the first letter just matched.
    return emit(tree, r"(?<!\w.)" if whole_word else "")


_TITLE = _trie(TITLES)
_STOP = _trie(STOPWORDS)
_AUX = _trie(AUXILIARIES)
_OBJECT_CUES = _trie(c.text for c in CUES if c.takes_object)
_PLAIN_CUES = _trie(c.text for c in CUES if not c.takes_object and not c.speaker_after)
# "according to", "selon", "laut": capitalised too, as they may open a sentence.
_ACCORDING = "|".join(
    f"[{w[0].upper()}{w[0]}]{_phrase(w)[1:]}"
    for w in sorted((c.text for c in CUES if c.speaker_after), key=len, reverse=True)
)

# One word of a speaker's name or description: a title with its stop (Gen.),
# initials (J., U.S.), or a word with inner apostrophes and hyphens (ministry's).
# The lookahead ends a word only where it ends: nothing that may follow a
# token in these patterns (a space, a comma, the end) can follow a cut word,
# so a failed match need not try every shorter cut.
_TOKEN = (
    rf"(?:(?:{_TITLE})\.|(?:[A-Z]\.){{1,3}}"
    rf"|\w[\w'\N{{RIGHT SINGLE QUOTATION MARK}}\-]*(?![\w'\N{{RIGHT SINGLE QUOTATION MARK}}\-]))"
)
_LINK = r"[ \t\u00a0]+"
# An addressee after told/asked: reporters, the BBC, BBC Radio Five Live.
_OBJECT = (
    rf"(?:(?:the|a|an|his|her|their|its|our){_LINK})?(?!(?:{_STOP})\b)\w[\w'\-]*"
    rf"(?:{_LINK}[A-Z0-9][\w'\-]*){{0,4}}"
)
_CUE = rf"(?:(?:{_OBJECT_CUES})(?:{_LINK}{_OBJECT})?|(?:{_PLAIN_CUES}))(?!\w)"
# A speaker named after the cue ends at punctuation or at a stop word.
_NP_AFTER = rf"(?!(?:{_STOP})\b){_TOKEN}(?:{_LINK}(?!(?:{_STOP})\b){_TOKEN}){{0,9}}"
_DASHES = "-\N{EN DASH}\N{EM DASH}"

_AFTER_RE = re.compile(
    rf"""
    # UK style puts the comma outside: "...", she said. (No second run of
    # spaces without the comma: the branches would be tried once per split.)
    [ \t\u00a0]*(?:(?P<comma>,)[ \t\u00a0]*)?
    (?:
      # "..." - the city's fire chief: a dash line names the speaker.
      [{_DASHES}]{{1,2}}[ \t\u00a0]*(?P<dash_np>{_NP_AFTER})
      # "...," according to the ministry.
    | (?P<acc_cue>{_ACCORDING}){_LINK}(?P<acc_np>{_NP_AFTER})
      # "...," said Maj. Gen. Igor Konashenkov, the ministry's spokesman.
    | (?P<inv_cue>{_CUE})(?:{_LINK}|-t-|-)(?P<inv_np>{_NP_AFTER})
      # "...," the source explained. / "...," Mr Smith, the chief executive, said.
    | (?P<np>(?!(?:{_STOP})\b){_TOKEN}(?:{_LINK}{_TOKEN}){{0,9}}?)
      (?:[ \t]*,[^,\n"]{{1,80}}?,)?
      {_LINK}(?:(?:{_AUX}){_LINK}){{0,2}}
      (?P<cue>{_CUE})
    )
    """,
    re.VERBOSE,
)

_QUOTE_MARKS = (
    '"\N{LEFT DOUBLE QUOTATION MARK}\N{RIGHT DOUBLE QUOTATION MARK}'
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{DOUBLE LOW-9 QUOTATION MARK}\N{LEFT CORNER BRACKET}\N{RIGHT CORNER BRACKET}"
)

# Where the sentence holding a quotation starts: after the last full stop,
# semicolon, line break or quote mark before it (titles' stops are skipped).
_BREAKS = rf".!?;\n\r{_QUOTE_MARKS}"
# The last sentence break before the end of the window: the greedy ``.*``
# jumps to the end and backs up to the break, reading only the characters after it.
_LAST_BREAK_RE = re.compile(rf"(?s:.*)[{_BREAKS}]")
_TITLE_BEFORE_RE = re.compile(rf"(?<!\w)(?:{_TITLE}|[A-Z])\Z")
# A cue at a known word position: said / told the BBC / according to X.
_CUE_AT_RE = re.compile(
    rf"""
    (?P<acc_cue>{_ACCORDING}){_LINK}(?P<acc_np>{_NP_AFTER})
  | (?P<cue>{_CUE})
    """,
    re.VERBOSE,
)
# The first word of any cue, to find candidates fast (whole words only). The
# words go in as a trie, which the scan tries about twice as fast as a flat
# alternation of a hundred words.
_CAPITALISED_FIRST = {c.text.split()[0].capitalize() for c in CUES if c.speaker_after}
_CUE_FIRST_RE = re.compile(
    rf"(?<!\w){_trie({c.text.split()[0] for c in CUES} | _CAPITALISED_FIRST)}(?!\w)"
)
_NAME_TOKEN_RE = re.compile(rf"{_TOKEN}")
_SPACES = " \t\u00a0"

# Words right before a quotation that make it a scare quote, compared
# lower-cased against the end of the text before the opening mark.
_SCARE_ENDS = tuple(sorted((w.lower() for w in SCARE_CUES), key=len, reverse=True))
_SCARE_REACH = max(map(len, _SCARE_ENDS)) + 4
# A verb from PARTIAL_CUES up to four words before the quotation, in its clause.
_PARTIAL_RE = re.compile(
    rf"""
    (?P<verb>{_trie(PARTIAL_CUES, whole_word=True)})(?!\w)  # called
    (?:[ \t\u00a0]+[\w'\N{{RIGHT SINGLE QUOTATION MARK}}\-]+){{0,4}}  # her work
    [ \t\u00a0]*(?:as[ \t\u00a0]*)?\Z                       # (described it) as
    """,
    re.VERBOSE,
)

# What ends a word of _PARTIAL_RE besides letters and digits (\w is those and _).
_PARTIAL_WORD_END = "_'\N{RIGHT SINGLE QUOTATION MARK}-"

# Any reporting or judging verb (CUES and PARTIAL_CUES) as a whole word: in the
# sentence before a short quoted term it makes the term someone's words.
# (?<!\w) first: with a hundred and twenty words it is the faster form (see
# _trie); measured 1.7x faster than whole_word=True on these searches.
_SENTENCE_CUE_RE = re.compile(
    r"(?<!\w)"
    + _trie(sorted({*(c.text for c in CUES if not c.speaker_after), *PARTIAL_CUES}))
    + r"(?!\w)"
)

# The agent of a passive partial cue: described by Sharon as "...".
_AGENT_RE = re.compile(rf"{_LINK}by{_LINK}(?P<np>{_NP_AFTER})")

# Words after the agent that belong to the verb, not the name: by police for.
_AGENT_ENDS = frozenset(("for", "as", "of", "with"))

# Lower-case words inside names: Ursula von der Leyen, Osama bin Laden.
_PARTICLES = frozenset(("von", "van", "der", "den", "de", "du", "da", "di", "la", "le", "bin"))

_STOPWORDS = frozenset(STOPWORDS)
# The end of a sentence, or the next quotation, after a quotation.
_SENTENCE_STOP_RE = re.compile(rf"[.!?;{_QUOTE_MARKS}]")
# ", said Smith" / ", antwortete der Politiker" closing a sentence.
_TRAILING_RE = re.compile(rf",[ \t\u00a0]*(?P<cue>{_CUE}){_LINK}(?P<np>{_NP_AFTER})")
_TITLES = frozenset(TITLES)
_AUXILIARIES = frozenset(AUXILIARIES)
_TOKEN_RE = re.compile(r"[^ \t\u00a0\n\r]+")
# What separates the tokens of _TOKEN_RE.
_TOKEN_GAPS = frozenset(" \t\u00a0\n\r")
_SENTENCE_END = ".!?\N{HORIZONTAL ELLIPSIS}\N{IDEOGRAPHIC FULL STOP}"
_UTTERANCE_END = ",.!?\N{HORIZONTAL ELLIPSIS}-\N{EN DASH}\N{EM DASH}:;"
_CLOSING_MARKS = "\"'\N{RIGHT DOUBLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK})»「」"
_WINDOW = 300


class _Hit(NamedTuple):
    speaker: Span | None
    cue: Span | None
    direct: bool  # the cue stands right before or after the quotation
    after: bool = False  # found after the quotation


class _Lines:
    """Paragraph (line) bounds around quotations met in order, each line found once.

    Searches start where the last one ended, so a text with one long line and
    many quotations is still read once.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.cr = "\r" in text
        self.start = 0  # the current line's start ...
        self.end = -1  # ... and the line break ending it (or len(text))

    def around(self, start: int, end: int) -> tuple[int, int]:
        """The start of the line holding ``start`` and the end of the line holding ``end``."""
        if not self.start <= start < self.end:
            text = self.text
            floor = self.start
            at = text.rfind("\n", floor, start)
            if self.cr:
                at = max(at, text.rfind("\r", floor, start))
            self.start = at + 1 if at >= 0 else floor
            self.end = self._break(start)
        return self.start, self.end if end <= self.end else self._break(end)

    def _break(self, pos: int) -> int:
        text = self.text
        end = len(text)
        if self.cr:
            # The \r first: in a text that breaks lines with \r alone, a search
            # for \n to the end of the text on every line made it quadratic.
            cr = text.find("\r", pos)
            if cr >= 0:
                end = cr
        at = text.find("\n", pos, end)
        return at if at >= 0 else end


def _line_start(text: str, pos: int, floor: int) -> int:
    lo = max(floor, pos - _WINDOW)
    return max(text.rfind("\n", lo, pos), text.rfind("\r", lo, pos), lo - 1) + 1


def _line_end(text: str, pos: int) -> int:
    hi = min(len(text), pos + _WINDOW)
    end = text.find("\n", pos, hi)
    if end >= 0:
        hi = end
    end = text.find("\r", pos, hi)
    return end if end >= 0 else hi


def _walk_back(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The run of up to twelve name words ending at ``hi``, cut at a stop word."""
    kept_lo = kept_hi = -1
    count = 0
    # Twelve words fit in 140 characters; a longer run is cut there anyway.
    window = max(lo, hi - 140)
    for start, word in _tokens_back(text, window, hi):
        if count == 12 or word in _STOPWORDS:
            break
        if start == window > lo and not text[window - 1].isspace():
            break  # the window cut this word in two
        # A word of letters and digits is a name token; the pattern decides the rest.
        if not word.isalnum() and _NAME_TOKEN_RE.fullmatch(word) is None:
            break
        kept_lo = start
        if kept_hi < 0:
            kept_hi = start + len(word)
        count += 1
    return (kept_lo, kept_hi) if count else None


def _words_in(text: str, lo: int, hi: int) -> list[str]:
    """The _TOKEN_RE tokens of ``text[lo:hi]``, as strings."""
    seg = text[lo:hi]
    # Printable text has no white space but the plain space (no tab, no
    # no-break space, no line break), so str.split cuts it as _TOKEN_RE does.
    if seg.isprintable():
        return seg.split()
    return _TOKEN_RE.findall(seg)


def _tokens_back(text: str, lo: int, hi: int) -> Iterator[tuple[int, str]]:
    """The _TOKEN_RE tokens of ``text[lo:hi]`` with their starts, last first."""
    seg = text[lo:hi]
    if not seg.isprintable():
        yield from reversed([(t.start(), t.group()) for t in _TOKEN_RE.finditer(text, lo, hi)])
        return
    # Only spaces separate the tokens here (see _words_in): str.split finds them in one call.
    end = hi
    for part in reversed(seg.split(" ")):
        start = end - len(part)
        if part:
            yield start, part
        end = start - 1


def _last_token(text: str, lo: int, hi: int) -> int:
    """The start of the token of ``text[lo:hi]`` ending at ``hi``; ``hi`` when none does."""
    j = hi
    while j > lo and text[j - 1] not in _TOKEN_GAPS:
        j -= 1
    return j


def _only_stopwords(text: str, lo: int, hi: int) -> bool:
    return _STOPWORDS.issuperset(_words_in(text, lo, hi))


def _role_like(text: str, lo: int, hi: int) -> bool:
    return any(word[0].islower() for word in _words_in(text, lo, hi))


def _speaker_before(text: str, lo: int, cue_start: int) -> Span | None:
    """The noun phrase just before a cue, as written.

    ``Kaha Kiknavelidze, analyst at Troika Dialog, said`` and ``Rhodri Glyn
    Thomas, Plaid Cymru health spokesman said`` name the person before the
    role; ``The shadow secretary, Theresa May, said`` names the one after.
    """
    lo = max(lo, cue_start - 200)
    hi = cue_start
    while hi > lo and text[hi - 1] in _SPACES:
        hi -= 1
    while True:  # Mr Blair has also said
        word = _last_token(text, lo, hi)
        if word == hi or text[word:hi] not in _AUXILIARIES:
            break
        hi = word
        while hi > lo and text[hi - 1] in _SPACES:
            hi -= 1
    if hi > lo and text[hi - 1] == ",":
        if text.startswith("ing", _word_end(text, cue_start) - 3):
            return None  # he declined, saying: the subject is not next to the cue
        hi -= 1
    seg_lo = max(text.rfind(",", lo, hi) + 1, lo)
    near = _walk_back(text, seg_lo, hi)
    if near is None:
        return None
    # Only a comma before the phrase can make it a role (seg_lo > lo): the
    # words are looked at only then.
    if seg_lo > lo and not (
        _only_stopwords(text, seg_lo, near[0]) and not _role_like(text, *near)  # a bare name
    ):
        # Another comma-separated phrase before this one: the name and its role.
        first = _skip_space(text, seg_lo, hi)
        role_first = text[first : first + 1].islower()
        if role_first or _role_like(text, seg_lo, hi):
            far_hi = seg_lo - 1
            far_lo = max(text.rfind(",", lo, far_hi) + 1, lo)
            far = _walk_back(text, far_lo, far_hi)
            if (
                far is not None
                and text[far[0]].isupper()
                and _only_stopwords(text, far_lo, far[0])
                and (role_first or not _role_like(text, far[0], far[1]))
            ):
                return span(*far)
    return span(*near)


def _word_end(text: str, start: int) -> int:
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    return end


def _sentence_start(text: str, lo: int, hi: int) -> int:
    start = max(lo, hi - 200)
    while hi > start:
        m = _LAST_BREAK_RE.match(text, start, hi)
        if m is None:
            break
        at = m.end() - 1
        if text[at] == "." and _TITLE_BEFORE_RE.search(text, max(0, at - 8), at):
            hi = at  # Mrs. Thatcher, Lt. Gen.: look further back
            continue
        return at + 1
    return start


def _after(text: str, q: QuoteSpan, hi: int) -> _Hit | None:
    # Most quotations are followed by punctuation or by a new sentence: look
    # at the next word before running the pattern.
    j = q.end
    while j < hi and text[j] in _SPACES:
        j += 1
    comma = j < hi and text[j] == ","
    if comma:
        j += 1
        while j < hi and text[j] in _SPACES:
            j += 1
    if j >= hi:
        return None
    ch = text[j]
    content_end = text[q.content_end - 1] if q.content_end > q.content_start else ""
    if ch in _DASHES:
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
        return _Hit(span(*m.span("dash_np")), None, True, after=True)
    no_comma = m.start("comma") < 0
    if no_comma and content_end in _SENTENCE_END and content_end not in "?!":
        first = _skip_space(text, q.end, m.end())
        if first < m.end() and not text[first].islower():
            return None  # "We won." The team said ... starts a new sentence
    if branch == "cue":
        if no_comma and content_end not in _UTTERANCE_END:
            return None  # "Foo" is a word he said: no utterance shape
        return _Hit(span(*m.span("np")), span(*m.span("cue")), True, after=True)
    # according to the ministry / said Maj. Gen. Igor Konashenkov: the speaker last.
    cue, np = ("acc_cue", "acc_np") if branch == "acc_np" else ("inv_cue", "inv_np")
    return _Hit(_name_only(text, span(*m.span(np))), span(*m.span(cue)), True, after=True)


def _name_only(text: str, np: Span) -> Span:
    """A capitalised name ends at its first lower-case word: ``Pitt of his role``.

    Name particles stay (``Ursula von der Leyen``), and so does a role word
    before a first and last name (``Yukos spokesman Alexander Shadrin``).
    """
    if not text[np.start : np.start + 1].isupper():
        return np  # a spokesman for the ministry, der Virologe
    tokens = list(_TOKEN_RE.finditer(text, np.start, np.end))
    words = [t.group() for t in tokens]
    ends = [t.end() for t in tokens]
    end = ends[0]
    for k in range(1, len(words)):
        if words[k][:1].islower():
            after = words[k + 1 : k + 3]
            particle = words[k] in _PARTICLES and k + 1 < len(words)
            # Yukos spokesman Alexander Shadrin: a role word before a full name stays.
            role = len(after) == 2 and all(w[:1].isupper() for w in after)
            if not (particle or role):
                break
            continue
        end = ends[k]
    return span(np.start, end)


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _subject(text: str, lo: int, cue_start: int) -> Span | None:
    """The name opening the sentence, when the cue has no speaker next to it.

    ``Mr Kennedy used a speech to say ...`` and ``Oxfam senior policy adviser
    Max Lawson welcomed the plan and said ...``: capitalised words, with up to
    three role words before a first and last name. Only a personal name (a
    title, or two capitalised words) counts.
    """
    found = list(_TOKEN_RE.finditer(text, lo, cue_start))[:16]
    words = [t.group() for t in found]
    k = 0
    while k < len(words) and words[k] in _STOPWORDS:
        k += 1
    first, last = k, -1
    while k < len(words) and _NAME_TOKEN_RE.fullmatch(words[k]) is not None:
        if _capitalised(words[k]):
            last = k
            k += 1
            continue
        j = k
        while j < len(words) and j - k < 3 and not _capitalised(words[j]):
            if words[j] in _STOPWORDS:
                break
            j += 1
        if (
            last >= 0
            and j + 1 < len(words)
            and _capitalised(words[j])
            and _capitalised(words[j + 1])
        ):
            k = j
            continue
        break
    if last < first:
        return None
    names = [w for w in words[first : last + 1] if _capitalised(w)]
    titled = words[first].rstrip(".") in _TITLES
    if len(names) < 2 and not titled:
        return None
    return span(found[first].start(), found[last].end())


def _trailing_cue(text: str, end: int, hi: int) -> _Hit | None:
    """``... "flawed" in many ways, said Smith.``: a cue closing the quotation's sentence."""
    stop = _SENTENCE_STOP_RE.search(text, end, min(hi, end + 160))
    limit = stop.start() if stop else min(hi, end + 160)
    comma = text.rfind(",", end, limit)
    if comma < 0:
        return None
    m = _TRAILING_RE.match(text, comma, limit)
    if m is None or _skip_space(text, m.end(), limit) != limit:
        return None  # the cue must close the sentence: ", said Smith."
    return _Hit(_name_only(text, span(*m.span("np"))), span(*m.span("cue")), False)


def _before(text: str, lo: int, hi: int) -> _Hit | None:
    """A cue earlier in the quotation's sentence, and the speaker before it."""
    start = _sentence_start(text, lo, hi)
    best: re.Match[str] | None = None
    for w in _CUE_FIRST_RE.finditer(text, start, hi):
        if best is not None and w.start() < best.end():
            continue  # "dit" inside the longer cue "a dit"
        m = _CUE_AT_RE.match(text, w.start(), hi)
        if m is not None:
            best = m
    if best is None:
        return None
    between = text[best.end() : hi].rstrip(_SPACES)
    # Nothing but a colon or comma between, or a colon intro: Schneider meint dazu: "..."
    direct = not between.strip(_SPACES + ":,") or between.endswith(":")
    if best.group("acc_cue") is not None:
        return _Hit(span(*best.span("acc_np")), span(*best.span("acc_cue")), direct)
    cue = span(*best.span("cue"))
    speaker = _speaker_before(text, start, cue.start)
    if speaker is None and not text.startswith("ing", _word_end(text, cue.start) - 3):
        speaker = _subject(text, start, cue.start)  # Mr Kennedy used a speech to say
    return _Hit(speaker, cue, direct)


def _scare_lead(text: str, start: int, lo: int) -> bool:
    """True when ``so-called`` or another scare cue stands right before ``start``."""
    before = text[max(lo, start - _SCARE_REACH) : start].rstrip(_SPACES).lower()
    if not before.endswith(_SCARE_ENDS):
        return False
    for word in _SCARE_ENDS:
        at = len(before) - len(word)
        if before.endswith(word) and (at == 0 or not before[at - 1].isalnum()):
            return True
    return False


def _partial_cue(text: str, start: int, lo: int) -> re.Match[str] | None:
    """The _PARTIAL_RE match ending at ``start``, searched from 80 characters back."""
    floor = max(lo, start - 80)
    j = _rtrim_spaces(text, floor, start)
    # The match ends with a word (or "as") and spaces: after a colon, a comma
    # or a line break, as most quotations are, there is nothing to search.
    if j == floor or not (text[j - 1].isalnum() or text[j - 1] in _PARTIAL_WORD_END):
        return None
    return _PARTIAL_RE.search(text, floor, start)


def _partial_lead(text: str, start: int, lo: int) -> _Hit | None:
    """``Kirsty Williams called the target "..."``: the verb, and the speaker before it."""
    m = _partial_cue(text, start, lo)
    if m is None:
        return None
    agent = _AGENT_RE.match(text, m.end("verb"), start)
    if agent is not None:  # described by Sharon as "...", praised by police for "..."
        lo_np, hi_np = agent.span("np")
        while True:
            last = _last_token(text, lo_np, hi_np)
            if last in (hi_np, lo_np) or text[last:hi_np] not in _AGENT_ENDS:
                break
            hi_np = _rtrim_spaces(text, lo_np, last)
        return _Hit(span(lo_np, hi_np), span(*m.span("verb")), False)
    sentence = _sentence_start(text, lo, m.start())
    return _Hit(_speaker_before(text, sentence, m.start()), span(*m.span("verb")), False)


def _shape_kind(
    text: str, q: QuoteSpan, at_sentence_start: bool, lo: int, *, leads_seen: bool = False
) -> QuoteKind:
    """The kind from the quotation's own shape, with no speaker around it.

    ``leads_seen``: the caller already found no scare cue and no partial cue
    before the quotation, so they are not looked for again.
    """
    start = _skip_space(text, q.content_start, q.content_end)
    end = q.content_end
    while end > start and text[end - 1].isspace():
        end -= 1
    if end == start:
        return QuoteKind.SCARE
    head = text[start : min(end, start + 120)]  # enough to count up to nine words
    last = text[end - 1]
    first = next((ch for ch in head if ch.isalnum()), "")
    upper = first != "" and not first.islower()
    words = head.split()
    if at_sentence_start and upper and (last in _UTTERANCE_END or len(words) > 5):
        return QuoteKind.SPEECH  # nothing before it in its sentence can make it a term
    if not leads_seen:
        if _scare_lead(text, q.start, lo):
            return QuoteKind.SCARE
        if _partial_cue(text, q.start, lo) is not None:
            return QuoteKind.PARTIAL
    if upper and _after_colon(text, q.start, lo):
        return QuoteKind.SPEECH  # Er sagte: „Das ist gut“
    short = end - start <= len(head)
    if _in_headline(text, q, lo):
        return QuoteKind.PARTIAL  # Minister 'to quit': headlines quote people's words
    if short and len(words) <= 3 and last not in _UTTERANCE_END and "," not in head:
        # A body in the same sentence saying or judging something makes the
        # term its words: the Center accused the US of forging a new "moderate
        # opposition" (evaluation/gold/README-quotes.md).
        sentence = _sentence_start(text, lo, q.start)
        if _SENTENCE_CUE_RE.search(text, sentence, q.start) is not None:
            return QuoteKind.PARTIAL
        return QuoteKind.SCARE
    if short and len(words) <= 8 and all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return QuoteKind.SCARE  # a title: "In The Name Of The Father"
    return QuoteKind.PARTIAL


def _in_headline(text: str, q: QuoteSpan, lo: int) -> bool:
    """True for a quotation in a short line that ends with no punctuation: a headline."""
    if q.start - lo > 100 or (lo > 0 and text[lo - 1] not in "\n\r"):
        return False  # lo is only the start of the search window
    end = _line_end(text, q.end)
    if end - lo > 100:
        return False
    tail = _rtrim_spaces(text, lo, end)
    if tail > lo and text[tail - 1] in _CLOSING_MARKS:
        tail -= 1
    return tail > lo and text[tail - 1] not in _UTTERANCE_END


def _after_colon(text: str, start: int, lo: int) -> bool:
    j = start
    while j > lo and text[j - 1] in _SPACES:
        j -= 1
    return j > lo and text[j - 1] in ":\N{FULLWIDTH COLON}"


def _at_sentence_start(text: str, start: int, lo: int) -> bool:
    j = start
    while j > lo and text[j - 1] in " \t\u00a0":
        j -= 1
    if j <= lo:
        return True
    ch = text[j - 1]
    if ch in _CLOSING_MARKS and j - 1 > lo:
        ch = text[j - 2]
    return ch in _SENTENCE_END or ch in ":\N{EN DASH}\N{EM DASH}"


def _previous_paragraph(text: str, para_lo: int) -> tuple[int, int] | None:
    """The previous non-blank paragraph before ``para_lo``, as (start, trimmed end)."""
    j = para_lo
    floor = max(0, para_lo - _WINDOW)
    while j > floor and text[j - 1].isspace():
        j -= 1
    if j in (0, floor):
        return None
    return _line_start(text, j, 0), j


def attribute(
    text: str,
    quotes: Sequence[QuoteSpan],
    parents: Sequence[int | None],
    *,
    speakers: bool = True,
) -> list[Found]:
    """Kind, speaker, cue and continuation for each quotation (sorted by start)."""
    out: list[Found] = []
    lines = _Lines(text)
    last_top: int | None = None  # the latest top-level speech with a speaker
    last_named: int | None = None  # the latest top-level quotation with a speaker
    for k, q in enumerate(quotes):
        parent = parents[k]
        if parent is None:
            lo, hi = lines.around(q.start, q.end)
        else:
            p = quotes[parent]
            lo, hi = p.content_start, p.content_end
        starts = _at_sentence_start(text, q.start, lo)
        if not speakers:
            out.append(Found(_shape_kind(text, q, starts, lo)))
            continue
        hit = _after(text, q, hi)
        if hit is not None and hit.cue is None and not starts:
            hit = None  # a dash after a term inside a sentence is not a dash line
        if hit is None and _scare_lead(text, q.start, lo):
            out.append(Found(QuoteKind.SCARE))  # she added that the so-called "..."
            continue
        if hit is None:
            hit = _before(text, lo, q.start)
        if hit is None:
            hit = _partial_lead(text, q.start, lo)
        if hit is None and not starts:
            hit = _trailing_cue(text, q.end, hi)
        at_paragraph_start = parent is None and q.start == _skip_space(text, lo, q.start)
        if hit is None and at_paragraph_start:
            prev = _previous_paragraph(text, lo)
            if prev is not None and text[prev[1] - 1] == ":":
                hit = _before(text, prev[0], prev[1])
        continues: int | None = None
        if parent is None and last_top is not None:
            earlier = out[last_top]
            if hit is not None and hit.cue is not None and hit.cue == earlier.cue:
                continues = last_top  # "...," she said, "..."
        if hit is None and starts and parent is None:
            # No cue of its own: the words of the speaker just quoted or reported.
            region = _previous_sentence(text, q.start, lo, at_paragraph_start)
            if (
                last_top is not None
                and region is not None
                and quotes[last_top].end >= region[0]
                and _near(text, quotes[last_top], lo)
            ):
                continues = last_top
            elif region is not None:
                hit = _reported(text, *region)
            if (
                hit is None
                and continues is None
                and last_top is not None
                and _near(text, quotes[last_top], lo)
            ):
                continues = last_top
            if continues is not None:
                earlier = out[continues]
                hit = _Hit(earlier.speaker, earlier.cue, True)
        if hit is None:
            # _scare_lead and _partial_lead have both found nothing to get here.
            out.append(Found(_shape_kind(text, q, starts, lo, leads_seen=True)))
            continue
        if hit.speaker is None and hit.cue is not None and last_named is not None:
            named = out[last_named]
            if quotes[last_named].start >= lo and parent is None:
                # He said it was "sincere", adding: "...": the participle's
                # subject is the speaker named earlier in the paragraph.
                hit = _Hit(named.speaker, hit.cue, hit.direct, hit.after)
        if hit.after:
            speech = starts or _utterance(text, q)  # School sport 'is back', says PM
        elif continues is not None or not hit.direct:
            speech = continues is not None or (starts and _utterance(text, q))
        else:
            speech = _utterance(text, q)
        kind = QuoteKind.SPEECH if speech else QuoteKind.PARTIAL
        out.append(Found(kind, hit.speaker, hit.cue, continues))
        if parent is None and hit.speaker is not None:
            last_named = k
            if kind is QuoteKind.SPEECH:
                last_top = k
    return out


def _previous_sentence(
    text: str, start: int, lo: int, at_paragraph_start: bool
) -> tuple[int, int] | None:
    """The sentence before ``start``: in its paragraph, or ending the one above."""
    if at_paragraph_start:
        prev = _previous_paragraph(text, lo)
        if prev is None:
            return None
        lo, hi = prev
    else:
        hi = start
        while hi > lo and text[hi - 1] in _SPACES:
            hi -= 1
    if hi - 1 <= lo:
        return None
    return _sentence_start(text, lo, hi - 1), hi


def _reported(text: str, lo: int, hi: int) -> _Hit | None:
    """A speaker and cue anywhere in a sentence of reported speech: ``She said she ...``."""
    best: re.Match[str] | None = None
    for w in _CUE_FIRST_RE.finditer(text, lo, hi):
        best = w
        break  # the first cue of the sentence belongs to its subject
    if best is None:
        return None
    m = _CUE_AT_RE.match(text, best.start(), hi)
    if m is None or m.group("cue") is None:
        return None
    speaker = _speaker_before(text, lo, m.start())
    if speaker is None:
        return None
    return _Hit(speaker, span(*m.span("cue")), False)


def _utterance(text: str, q: QuoteSpan) -> bool:
    """True when the content reads as a sentence: a capital first, or closing punctuation."""
    start = _skip_space(text, q.content_start, q.content_end)
    end = q.content_end
    while end > start and text[end - 1].isspace():
        end -= 1
    if end == start:
        return False
    first = next((ch for ch in text[start : min(end, start + 40)] if ch.isalnum()), "")
    return text[end - 1] in _UTTERANCE_END or (first != "" and not first.islower())


def _rtrim_spaces(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1] in _SPACES:
        hi -= 1
    return hi


def _skip_space(text: str, lo: int, hi: int) -> int:
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo


def _near(text: str, earlier: QuoteSpan, para_lo: int) -> bool:
    """True when ``earlier`` ends in this paragraph or the one just above it."""
    if earlier.end > para_lo:
        return True
    prev = _previous_paragraph(text, para_lo)
    return prev is not None and earlier.end > prev[0]
