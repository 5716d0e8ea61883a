"""Bracketed editorial insertions such as ``[the United States]`` and ``[sic]``.

How brackets pair
    One compiled pattern skips the prose to the next run of ``[``, run of
    ``]`` or round ``(sic)``; Python runs only there. Square brackets pair
    with a stack of at most ``max_bracket_depth`` open positions, so a ``]``
    with no opening is ignored and a ``[`` that never closes is forgotten.
    Pairs written with nothing between their brackets (``[]``, ``[[]]``)
    hold no words and are never insertions: a run of brackets they fill is
    skipped whole, and in a run of more than 32 brackets they are matched
    first (up to ``max_bracket_depth`` deep), so they take no room on the
    stack. A pair is kept when its content is
    not blank, holds no line break and is at most ``max_insertion_length``
    characters long; a hard wrap (:func:`quoteparse.wraps.unwrap`) is read as
    a space, not a break, for pairing and for kinds. Where pairs nest
    (``[the [then] minister]``) only the outermost kept pair is reported, so
    results never overlap. Markdown links (``[text](https://...)``) are not insertions.

How kinds are decided (first rule that applies wins)
    1. ``omission``: dots only (``[...]``, ``[…]``, ``[. . .]``, ``[…,]``)
       or an omission word (``[redacted]``).
    2. ``sic``: ``[sic]``, ``[sic!]``, ``[*sic*]``; and ``(sic)`` in round
       brackets unless ``round_sic=False``.
    3. ``reference``: a footnote number (``[1]``, ``[12, 13]``, ``[note 2]``)
       unless the sentence runs on through it (``section [37] met`` is a
       clarification), a Wikipedia tag (``[citation needed]``, ``[... needed]``),
       or a lone letter written against a word or stop that is not a word
       ending (``claim.[a]``).
    4. ``note``: a note phrase (``[emphasis added]``), a note opening
       (``[translated from Russian]``, ``[Ed: ...]``), a bracket that is a
       whole paragraph (``[Read more: ...]``), or a short bracket with a
       transcript word (``[applause]``, ``[audience laughs]``).
    5. ``alteration``: letters written against a word (``[W]e``, ``[t]hey``,
       ``want[s]``), a lone letter, one grammar word (``[is]``, ``[It]``) or a
       short run of auxiliaries (``[had been]``).
    6. ``clarification``: everything else (``[the United States]``,
       ``[Russia's]``, ``[in 2019]``).

The tables behind these rules are in :mod:`quoteparse.insertion_words`.
"""

from __future__ import annotations

import re
from collections import deque
from typing import Any

from quoteparse import insertion_words as words
from quoteparse._build import insertion, span
from quoteparse._check import require_text
from quoteparse._text import BREAK_CLASS, BREAK_RE, LEADING_MARKS, LINE_BREAKS
from quoteparse.insertion_words import NOTE_PREFIXES, normalise
from quoteparse.model import Insertion, InsertionKind, Span
from quoteparse.options import Options, resolve_options
from quoteparse.wraps import unwrap

__all__ = ["find_insertions"]

# Skips the prose to the next run of brackets. A single character class keeps
# the standard engine's fast scan (an alternation, even of two branches that
# open with a bracket, halves it).
_BRACKETS_RE = re.compile(r"[\[\]]+")

_PAIR_RE = re.compile(
    rf"""
    # "[the US]": a pair with no bracket or line break inside, the common case,
    # matched where a lone "[" is found so that Python visits the pair once.
    \[[^\[\]{BREAK_CLASS}]*\]
    """,
    re.VERBOSE,
)

_RUN_RE = re.compile(
    r"""
    # A run of "[" inside a bracket run: one token however long it is.
      (?P<open>\[+)
    # A run of "]": each closes one open bracket, the rest are strays.
    | (?P<close>\]+)
    """,
    re.VERBOSE,
)

# A bracket run longer than this that does not balance is reduced in C (see
# _dot_pairs) before Python walks it; shorter ones are walked part by part.
# The module docstring names this number.
_LONG_RUN = 32

_INNER_OPEN_RE = re.compile(
    r"""
    # A "[" whose pair is innermost: only dots (pairs already matched) up to its "]".
    \[(?=\.*\])
    """,
    re.VERBOSE,
)
_INNER_CLOSE_REVERSED_RE = re.compile(
    r"""
    # In the reversed run: a "]" with only dots back to the "<" that marked its "[".
    \](?=\.*<)
    """,
    re.VERBOSE,
)

# A reduced bracket run: the "[" runs and "]" runs left, with the dots of
# matched pairs between them inside each token.
_DOTTED_RE = re.compile(
    r"""
      (?P<open>\[[\[.]*)     # "[..[[.": opens, and matched pairs between them
    | (?P<close>\][\].]*)    # "]..]": closes, and matched pairs between them
    """,
    re.VERBOSE,
)

_ROUND_SIC_RE = re.compile(
    r"""
    # "(sic)", "( sic! )", "(*sic*)" in round brackets; "(sick)" does not match.
    \([ \t]*[*_]{0,2}[sS][iI][cC][*_]{0,2}!?[ \t]*\)
    """,
    re.VERBOSE,
)

# "[text](https://...)": a Markdown link left in scraped text, not an insertion.
_LINK_AFTER_RE = re.compile(r"\((?:https?:|www\.|/|#|mailto:)")

# "...", "….", ". . .", "…", "…,": dots, ellipses, the spaces between them and
# the stop or comma an editor keeps beside them. Checked as a character set,
# not a pattern, so a long run of dots and spaces costs one pass.
_OMISSION_CHARS = frozenset(" .,;\N{HORIZONTAL ELLIPSIS}\N{MIDDLE DOT}")


def _is_dots(content: str) -> bool:
    """True when ``content`` is an ellipsis: only dots and spaces, two dots or one ``…``."""
    if not _OMISSION_CHARS.issuperset(content):
        return False
    return "\N{HORIZONTAL ELLIPSIS}" in content or content.count(".") >= 2


_REFERENCE_SHAPE_RE = re.compile(
    r"""
    # "[1]", "[12]", "[1, 2]", "[3-5]": footnote numbers, never a year
      (?P<numbers>\d{1,3}(?:[ ]?[,\-\u2013][ ]?\d{1,3})*)
    # "[note 1]", "[n 2]", "[nb 3]", "[fn 4]": labelled footnotes
    | (?P<labelled>(?:note|nb|n|fn|ref)[ ]?\d{1,3})
    # "[citation needed]", "[page needed]": any Wikipedia "... needed" tag
    | (?P<needed>[^\]]{1,40}[ ]needed)
    """,
    re.VERBOSE,
)

# Look-up sets, built once from the tables.
_AUXILIARIES = frozenset(words.AUXILIARIES)
_GRAMMAR_WORDS = frozenset(words.GRAMMAR_WORDS) | _AUXILIARIES
_NOTE_PHRASES = frozenset(words.NOTE_PHRASES)
_NOTE_WORDS = frozenset(words.NOTE_WORDS)
_OMISSION_PHRASES = frozenset(words.OMISSION_PHRASES)
_REFERENCE_PHRASES = frozenset(words.REFERENCE_PHRASES)
_SIC_FORMS = frozenset(words.SIC_FORMS)
_SUFFIXES = frozenset(words.SUFFIXES)

# What may stand before a "[" or after a "]" that fills its whole paragraph.
_LINE_EDGE = LINE_BREAKS | {""}


def _word_after(after: str) -> bool:
    """True when ``after`` (the two characters after a ``]``) is a space and a lowercase letter."""
    return len(after) == 2 and after[0] == " " and after[1].islower()


# Transcript words count only in a short bracket: "[applause]" is a note,
# "[the music industry's new rules]" is not.
_NOTE_WORD_LIMIT = 4
# The longest run of auxiliaries read as a changed verb form: "[would have been]".
_AUXILIARY_RUN = 3
# What may stand right before a phrase: an opening quote mark of any style or a
# parenthesis. "[a]" after one of these begins the phrase ('"[a] plan"'); after
# any other character it is a footnote mark ("claim.[a]").
_OPENS_PHRASE = LEADING_MARKS | {"("}


def _classify(content: str, before: str, after: str) -> InsertionKind:
    """The kind of a square-bracket insertion from its content and its neighbours.

    ``before`` is the character before the ``[`` and ``after`` the two after
    the ``]`` (fewer at the ends of the text).
    """
    key = normalise(content)
    if _is_dots(content) or key in _OMISSION_PHRASES:
        return InsertionKind.OMISSION
    if key in _SIC_FORMS:
        return InsertionKind.SIC
    reference = _REFERENCE_SHAPE_RE.fullmatch(key)
    if reference and reference.lastgroup == "numbers" and before == " " and _word_after(after):
        # "section [37] met": a number the sentence runs on through is not a footnote.
        return InsertionKind.CLARIFICATION
    if reference or key in _REFERENCE_PHRASES:
        return InsertionKind.REFERENCE
    if key in _NOTE_PHRASES or key.startswith(NOTE_PREFIXES):
        return InsertionKind.NOTE
    if before in _LINE_EDGE and after[:1] in _LINE_EDGE:
        # A bracket that is a whole paragraph is the site's or editor's line
        # ("[Read: ...]", a newsletter promo), not words in a speaker's mouth.
        return InsertionKind.NOTE
    tokens = key.split()
    if len(tokens) <= _NOTE_WORD_LIMIT and any(t.strip(".,!?;:") in _NOTE_WORDS for t in tokens):
        return InsertionKind.NOTE
    after = after[:1]
    letters = content.replace("'", "").replace("\N{RIGHT SINGLE QUOTATION MARK}", "").isalpha()
    if letters and after.isalpha():
        # "[W]e", "[t]hey", "[re]build": the bracket is part of the word after it.
        return InsertionKind.ALTERATION
    if letters and before.isalpha():
        # "want[s]", "Ever[Crack]"; a lone letter that is no word ending is a
        # footnote mark: "word[a]".
        if key in _SUFFIXES or len(content) > 1:
            return InsertionKind.ALTERATION
        return InsertionKind.REFERENCE
    if len(content) == 1 and content.isalpha():
        # "claim.[a]" marks a footnote; "is [a] plan" adds an article.
        if before and not before.isspace() and before not in _OPENS_PHRASE:
            return InsertionKind.REFERENCE
        return InsertionKind.ALTERATION
    if key in _GRAMMAR_WORDS:
        return InsertionKind.ALTERATION
    if len(tokens) <= _AUXILIARY_RUN and all(t in _AUXILIARIES for t in tokens):
        # "[had been]", "[will have]": a verb form changed to fit the sentence.
        return InsertionKind.ALTERATION
    return InsertionKind.CLARIFICATION


def find_insertions(
    text: str, *, options: Options | None = None, **shortcuts: Any
) -> tuple[Insertion, ...]:
    """Find bracketed insertions in ``text``, sorted by start, with ``quote=None``.

    :func:`quoteparse.parse` links each insertion to the quotation holding it.
    The module docstring says how brackets pair and how kinds are decided.

    >>> text = '"They [the US] tried," he said, citing a 2019 report [1].'
    >>> [(i.content, i.kind.value) for i in find_insertions(text)]
    [('the US', 'clarification'), ('1', 'reference')]
    >>> find_insertions("A stray ] and an open [ with no partner.")
    ()
    """
    require_text(text)
    opts = resolve_options(options, shortcuts)
    # Hard wraps read as spaces (the same length), so "[the United\nStates]" in
    # a wrapped paragraph pairs and is classified as on one line; contents are
    # still sliced from text, newline and all.
    seen = unwrap(text) if "[" in text else text  # most texts have no bracket at all
    pairs = _square_pairs(seen, opts.max_insertion_length, opts.max_bracket_depth)
    # Per call, so nothing outlives it: a page's repeated marks ("[1]", "[MP3 SP]",
    # "[citation needed]") are classified once.
    kinds: dict[tuple[str, str, str], InsertionKind] = {}
    found = [_insertion(text, seen, start, end, kinds) for start, end in pairs]
    if opts.round_sic and "(" in text:
        found = _merge_round_sic(text, found)
    return tuple(found)


def _square_pairs(text: str, max_length: int, max_depth: int) -> list[tuple[int, int]]:
    """The kept outermost ``[...]`` pairs as (start, end) spans, sorted, never overlapping."""
    first = text.find("[")
    if first < 0:
        return []
    found: list[tuple[int, int]] = []
    opens: deque[int] = deque(maxlen=max_depth)
    search, simple, has_word = _BRACKETS_RE.search, _PAIR_RE.match, _WORD_CHAR_RE.search
    pos = first
    while (run := search(text, pos)) is not None:
        start, pos = run.span()
        if pos - start == 1 and text[start] == "[" and (pair := simple(text, start)) is not None:
            pos = pair.end()
            if len(opens) == max_depth:
                opens.popleft()  # as pushing its "[" would forget the oldest
            # No bracket and no line break inside: the checks of _pair that remain.
            if (
                pos - start - 2 <= max_length
                and (has_word(text, start + 1, pos - 1) or not _no_words(text[start + 1 : pos - 1]))
                and not _LINK_AFTER_RE.match(text, pos)
            ):
                found.append((start, pos))
            continue
        token = run.group()
        if "]" not in token:
            pos = _push_opens(text, start, pos, opens)
            if pos < 0:
                break  # no "]" is left, so no pair is
        elif "[" not in token:
            for close in range(start, pos):
                if not opens:
                    # Nothing is open: the "]" up to the next "[" are strays.
                    pos = text.find("[", pos)
                    break
                _pair(text, opens.pop(), close, found, max_length)
            if pos < 0:
                break
        else:
            _mixed_run(text, token, start, opens=opens, found=found, max_length=max_length)
    return found


def _push_opens(text: str, start: int, end: int, opens: deque[int]) -> int:
    """Push the ``[`` of the run ``text[start:end]`` and of the ``[`` runs after it
    up to the run before the next ``]``; return where the scan goes on (-1: no ``]``).

    Every bracket in between is a ``[`` that closes nothing, and only the last
    ``max_depth`` of them would stay on the stack, so they are found from the
    right in C rather than visited one by one (a wall of ``[a `` then one of
    ``b] `` cost a Python step a bracket). The run before the ``]`` is left to
    the scan: it may be a lone ``[`` of a simple pair or hold the ``]`` itself.
    """
    max_depth = opens.maxlen or 1
    close = text.find("]", end)
    if close < 0:
        return -1
    last = text.rfind("[", end, close)
    # Where the run of "[" that ends at ``last`` starts (text[end] is no bracket).
    stop = end if last < 0 else end + len(text[end : last + 1].rstrip("["))
    latest: list[int] = []
    at = stop
    while len(latest) < max_depth and (at := text.rfind("[", start, at)) >= 0:
        latest.append(at)
    opens.extend(reversed(latest))
    return stop


def _mixed_run(
    text: str,
    token: str,
    start: int,
    *,
    opens: deque[int],
    found: list[tuple[int, int]],
    max_length: int,
) -> None:
    """Walk a run of brackets holding both kinds, such as ``][`` or ``[[]]``.

    A pair inside the run holds only brackets, so it is never an insertion.
    A run such pairs fill (a wall of ``[[]]``) is skipped whole, in C. In a
    long run they become dots first (nested at most ``max_depth`` deep), so
    Python visits only the brackets left over and the pairs take no room on
    the stack; a short run is walked part by part.
    """
    max_depth = opens.maxlen or 1
    rest = token
    for _ in range(max_depth):
        shorter = rest.replace("[]", "")
        if len(shorter) == len(rest):
            break
        rest = shorter
    if not rest:
        return
    if len(token) > _LONG_RUN:
        token = _dot_pairs(token, max_depth)
        parts = _DOTTED_RE.finditer(token)
    else:
        parts = _RUN_RE.finditer(token)
    for part in parts:
        lo, hi = part.span()
        if part.lastgroup == "open":
            # Only the last max_depth "[" would be remembered.
            at = hi
            latest: list[int] = []
            while len(latest) < max_depth:
                at = token.rfind("[", lo, at)
                if at < 0:
                    break
                latest.append(start + at)
            opens.extend(reversed(latest))
            continue
        at = token.find("]", lo, hi)
        while at >= 0 and opens:
            opened = opens.pop()
            if opened < start:  # a pair within the run holds only brackets
                _pair(text, opened, start + at, found, max_length)
            at = token.find("]", at + 1, hi)


def _dot_pairs(token: str, passes: int) -> str:
    """``token`` with each pair in it turned into dots, innermost first, ``passes`` levels deep.

    Offsets do not move, and each pass is a few calls into C however many
    pairs it matches: an innermost ``[`` is marked ``<``, then its ``]`` is
    found by reading the run backwards from the ``]`` to that mark.

    >>> _dot_pairs("][[]][[[]", 8)
    ']....[[..'
    """
    for _ in range(passes):
        marked, count = _INNER_OPEN_RE.subn("<", token)
        if not count:
            break
        token = _INNER_CLOSE_REVERSED_RE.sub(".", marked[::-1])[::-1].replace("<", ".")
    return token


def _pair(text: str, at: int, close: int, found: list[tuple[int, int]], max_length: int) -> None:
    """Keep ``text[at:close + 1]`` as an insertion if its content can be one."""
    if close - at - 1 > max_length or close - at < 2:
        return
    if BREAK_RE.search(text, at, close) or _no_words(text[at + 1 : close]):
        return
    if _LINK_AFTER_RE.match(text, close + 1):
        return
    # An outer pair replaces the pairs it holds, which closed before it.
    while found and found[-1][0] > at:
        found.pop()
    found.append((at, close + 1))


# Marks that stand alone in brackets as editors' signs: "[?]" (reading
# uncertain), "[!]" (as in the original), "[†]" (a footnote).
_SIGN_MARKS = frozenset("?!\N{DAGGER}\N{DOUBLE DAGGER}")


# A letter or digit in any script.
_WORD_CHAR_RE = re.compile(r"[^\W_]")


def _no_words(content: str) -> bool:
    """True for contents that insert nothing: blank, or punctuation such as ``[]]`` walls.

    An ellipsis and the editors' signs in :data:`_SIGN_MARKS` are kept.
    """
    if not content or content.isspace():
        return True
    if _WORD_CHAR_RE.search(content):
        return False
    stripped = content.strip()
    return not (stripped and (_SIGN_MARKS.issuperset(stripped) or _is_dots(stripped)))


def _merge_round_sic(text: str, found: list[Insertion]) -> list[Insertion]:
    """Add each ``(sic)`` that no square insertion holds, keeping the order by start."""
    merged: list[Insertion] = []
    i = 0
    for m in _ROUND_SIC_RE.finditer(text):
        start, end = m.span()
        while i < len(found) and found[i].span.end <= start:
            merged.append(found[i])
            i += 1
        if i < len(found) and found[i].span.start < end:
            continue
        merged.append(
            Insertion(
                span=Span(start, end),
                content_span=Span(start + 1, end - 1),
                content=text[start + 1 : end - 1],
                kind=InsertionKind.SIC,
            )
        )
    merged.extend(found[i:])
    return merged


def _insertion(
    text: str,
    seen: str,
    start: int,
    end: int,
    kinds: dict[tuple[str, str, str], InsertionKind],
) -> Insertion:
    """The insertion ``text[start:end]``, classified as ``seen`` (text unwrapped) reads it."""
    content = text[start + 1 : end - 1]
    # Everything _classify reads: the content and its neighbours, wraps as spaces.
    key = (seen[start + 1 : end - 1], seen[start - 1] if start else "", seen[end : end + 2])
    kind = kinds.get(key)
    if kind is None:
        kind = kinds[key] = _classify(*key)
    return insertion(span(start, end), span(start + 1, end - 1), content, kind, None)
