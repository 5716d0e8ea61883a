"""Hard-wrapped text: wrapping a text moves its results' spans and changes nothing else.

The property of issue 12, for quotations and insertions: a text whose
paragraphs are set apart by blank lines, hard-wrapped at 55 to 80 columns the
way plain-text feeds print it, gives the same quotations (content, kind and
speaker, modulo whitespace), the same insertions (content and kind) and the
same links between them as the text itself. It is checked on the corpus (when
../shared is there) and on every text of the repository's case and gold files.
Also: the fast test for joints against the plain loop it replaces.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from quoteparse import find_insertions, find_quotes, parse, wraps
from quoteparse.wraps import MAX_WIDTH, unwrap
from tests.conftest import corpus_files, read_corpus_text
from tests.factories import hard_wrap
from tests.quote_checks import check_invariants

ROOT = Path(__file__).resolve().parents[1]

# Plain prose with no mark or bracket, set after a short fixture text so that
# the wrapped text has enough lines for its line-length profile to be read.
FILLER = (
    "The council met again on the next day and decided nothing at all about the plan "
    "for the bridge over the river, the new roads in the town or the school that the "
    "parents had asked for in the spring of that year, and then it went home."
)

# Breaks and spaces that textwrap rewrites (tabs, \r, form feeds) or does not
# know as breaks (U+2028, U+2029, NEL): texts holding them are left out.
_REWRITTEN_RE = re.compile("[\t\r\x0b\x0c\u2028\u2029\x85]")


def _fixture_texts() -> list[str]:
    """Every text of tests/cases and evaluation/gold that textwrap leaves as written."""
    out = []
    for path in sorted([*ROOT.glob("tests/cases/*.jsonl"), *ROOT.glob("evaluation/gold/*.jsonl")]):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text") if line.strip() else None
            if isinstance(text, str) and text.strip() and not _REWRITTEN_RE.search(text):
                out.append(text)
    return out


FIXTURES = _fixture_texts()


def _paragraphs(text: str, *extra: str) -> str:
    """``text`` with each non-blank line a paragraph, set apart by blank lines."""
    return "\n\n".join([line for line in text.split("\n") if line.strip()] + list(extra))


def _squeeze(text: str | None) -> str:
    return " ".join((text or "").split())


def _results(text: str) -> tuple[object, ...]:
    """What wrapping must not change: every result but its spans."""
    quotes = find_quotes(text)
    check_invariants(text, quotes)
    doc = parse(text)
    return (
        [(_squeeze(q.content), q.kind, _squeeze(q.speaker), q.parent) for q in quotes],
        [(_squeeze(i.content), i.kind) for i in find_insertions(text)],
        [i.quote for i in doc.insertions],
    )


def _check(text: str, width: int) -> None:
    wrapped = hard_wrap(text, width)
    assume(wrapped != text)
    # A line that cannot be broken (CJK written without spaces) is past the
    # rule's reach (docs/quotes.md, Limits).
    assume(all(len(line) <= MAX_WIDTH for line in wrapped.split("\n")))
    assert unwrap(wrapped) != wrapped
    assert _results(wrapped) == _results(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.integers(min_value=55, max_value=80))
def test_hard_wrapping_a_corpus_text_changes_only_spans(data: st.DataObject, width: int) -> None:
    files = corpus_files("bbc") + corpus_files("web")
    path = data.draw(st.sampled_from(files), label="article")
    _check(_paragraphs(read_corpus_text(path)), width)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(FIXTURES), st.integers(min_value=55, max_value=80))
def test_hard_wrapping_a_fixture_text_changes_only_spans(text: str, width: int) -> None:
    _check(_paragraphs(text, FILLER), width)


def test_the_fixtures_hold_texts_that_wrapping_breaks() -> None:
    # The property above is not vacuous: many fixture texts are broken inside
    # their own paragraphs at the narrowest width.
    broken = sum(1 for text in FIXTURES if hard_wrap(_paragraphs(text), 55) != _paragraphs(text))
    assert broken >= 100


def test_web_lines_that_end_their_sentences_are_not_wraps() -> None:
    # Even lines, each filled to within a few columns of the longest: only the
    # shape of their ends says that they are paragraphs.
    web = (
        'She said: "We will rebuild the bridge this year.\n'
        'The vote on it is due on Friday," the mayor added.\n'
        "Nobody in the hall answered her at all.\n"
        "The meeting ended soon after that."
    )
    assert unwrap(web) is web
    # The same words wrapped a little narrower break their sentences: wraps.
    wrapped = hard_wrap(" ".join(web.split("\n")), 44)
    assert wrapped.count("\n") == 3
    assert "\n" not in unwrap(wrapped)


def _joints_by_loop(text: str) -> int:
    """Single newlines between two characters that are no line breaks, one by one."""
    found = 0
    at = text.find("\n")
    while at >= 0:
        nxt = text[at + 1 : at + 2]
        before = at - 2 if text[at - 1 : at] == "\r" else at - 1  # the line's last character
        if nxt and nxt not in "\r\n" and before >= 0 and text[before] not in "\r\n":
            found += 1
        at = text.find("\n", at + 1)
    return found


@settings(max_examples=500)
@given(st.text(alphabet="ab \r\n", max_size=30))
def test_has_joints_equals_the_loop(text: str) -> None:
    assert wraps._has_joints(text) == (_joints_by_loop(text) >= wraps.MIN_JOINTS)


def test_has_joints_examples() -> None:
    assert wraps._has_joints("a\nb\nc")
    assert wraps._has_joints("a\r\nb\r\nc")
    assert not wraps._has_joints("a\n\nb\n\nc")  # blank lines between paragraphs
    assert not wraps._has_joints("\na\nb")  # one joint: the first newline has no line before
