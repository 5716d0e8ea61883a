"""The shared text primitives of ``quoteparse._text``."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from quoteparse import _text
from quoteparse.quote_marks import CLOSERS, DEFAULT_OPENERS, MARKS, OPENERS, STRAIGHT


def test_line_breaks_are_what_splitlines_breaks_on_in_news_text() -> None:
    for ch in _text.LINE_BREAKS:
        assert f"a{ch}b".splitlines() == ["a", "b"]
    # The class and the set name the same characters, over the whole BMP.
    matched = {chr(c) for c in range(0x10000) if _text.BREAK_RE.fullmatch(chr(c))}
    assert matched == set(_text.LINE_BREAKS)
    assert re.fullmatch(f"[{_text.BREAK_CLASS}]", "\r") is not None


def test_mark_sets_come_from_the_lexicon() -> None:
    assert _text.DOUBLE_MARKS <= MARKS
    assert "\N{QUOTATION MARK}" in _text.DOUBLE_MARKS
    for ch in _text.DOUBLE_MARKS - STRAIGHT:
        assert "DOUBLE" in unicodedata.name(ch)
    assert not {"\N{APOSTROPHE}", "\N{LEFT SINGLE QUOTATION MARK}"} & _text.DOUBLE_MARKS
    assert {c for c in DEFAULT_OPENERS | STRAIGHT if len(c) == 1} == _text.OPENING_MARKS
    assert all(len(c) == 1 for c in _text.DOUBLE_MARKS | _text.CLOSING_MARKS)
    assert _text.CLOSING_MARKS <= CLOSERS
    assert not _text.CLOSING_MARKS & DEFAULT_OPENERS
    # English closing marks close; the English opening mark (German closer) does not.
    assert "\N{RIGHT DOUBLE QUOTATION MARK}" in _text.CLOSING_MARKS
    assert "\N{LEFT DOUBLE QUOTATION MARK}" not in _text.CLOSING_MARKS


_SPACES = " \t\u00a0\u3000"


@given(st.text(alphabet="ab" + _SPACES, max_size=12), st.data())
def test_trim_end_is_rstrip_of_the_slice(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    assert _text.trim_end(text, lo, hi) == lo + len(text[lo:hi].rstrip())
    chars = frozenset(" \u3000")
    assert _text.trim_end(text, lo, hi, chars) == lo + len(text[lo:hi].rstrip(" \u3000"))


_WORDS = st.lists(st.text(alphabet="ab.-", min_size=1, max_size=5), min_size=1, max_size=8)


@given(_WORDS, st.text(alphabet="ab.-", max_size=6))
def test_trie_matches_exactly_its_words_longest_first(words: list[str], probe: str) -> None:
    pattern = re.compile(_text.trie_pattern(words))
    assert (pattern.fullmatch(probe) is not None) == (probe in words)
    # At any position the longest word that starts there wins, as "a|ab" would not give.
    m = pattern.match(probe)
    prefixes = [w for w in words if probe.startswith(w)]
    assert (m.group() if m else None) == (max(prefixes, key=len) if prefixes else None)


def test_trie_tail_gets_the_whole_spelling() -> None:
    pattern = _text.trie_pattern(["ab", "abc"], tail=lambda w: f"(?P<w{len(w)}>)")
    m = re.match(pattern, "abc")
    assert m is not None
    assert m.lastgroup == "w3"
    m = re.match(pattern, "abd")
    assert m is not None
    assert m.lastgroup == "w2"


def test_trie_atoms_write_keys_as_regex() -> None:
    pattern = _text.trie_pattern([("x", " "), ("x",)], atom=lambda k: "[ \t]+" if k == " " else k)
    assert re.fullmatch(pattern, "x \t ") is not None
    assert re.fullmatch(pattern, "x") is not None


@given(
    st.lists(
        st.text(alphabet="ab ", min_size=1, max_size=5).filter(str.strip), min_size=1, max_size=6
    ),
    st.text(alphabet="ab \t", max_size=7),
)
def test_speaker_trie_is_the_shared_tree_with_flexible_spaces(words: list[str], probe: str) -> None:
    from quoteparse.speakers.patterns import trie

    pattern = re.compile(trie(words))
    # The words of an entry may be joined by any run of spaces or tabs.
    spelled = {" ".join(w.split()) for w in words}
    assert (pattern.fullmatch(probe) is not None) == (
        " ".join(probe.split()) in spelled and (probe == probe.strip())
    )


def test_speaker_trie_whole_word_starts_a_word() -> None:
    from quoteparse.speakers.patterns import trie

    pattern = re.compile(trie(["said", "says"], whole_word=True))
    assert pattern.search("she said") is not None
    assert pattern.search("unsaid") is None
    assert pattern.search("says") is not None


def test_speaker_sentence_marks_come_from_the_lexicon() -> None:
    from quoteparse.speakers import patterns

    marks = set(patterns._QUOTE_MARKS)
    assert marks <= MARKS
    assert _text.DOUBLE_MARKS - {"\N{DOUBLE PRIME}"} <= marks
    # Inches after digits and apostrophes inside words do not end a sentence.
    assert not marks & {"\N{DOUBLE PRIME}", "\N{APOSTROPHE}", "\N{RIGHT SINGLE QUOTATION MARK}"}
    assert patterns.SENTENCE_STOP_RE.search("said \N{LEFT CORNER BRACKET}") is not None


def test_every_closing_mark_ends_an_utterance_and_a_sentence_for_the_speakers() -> None:
    from quoteparse.speakers import patterns, resolve
    from quoteparse.speakers.text import at_sentence_start

    assert set(patterns.CLOSING_MARKS) == _text.CLOSING_MARKS | {")"}
    for mark in _text.CLOSING_MARKS:
        # 'Wait.〟 Then' is a sentence end whatever the style of the closing mark.
        assert resolve._SENTENCE_END_RE.match(f".{mark} ") is not None, mark
        assert at_sentence_start(f"Wait.{mark} Then", 7, 0), mark
    assert resolve._SENTENCE_END_RE.match(".( ") is None


def test_every_opening_mark_may_stand_before_a_sentence_first_word() -> None:
    from quoteparse.speakers import people, resolve

    assert {c for c in OPENERS if len(c) == 1} == _text.LEADING_MARKS
    for mark in _text.LEADING_MARKS:
        assert people._sentence_initial(f"go. {mark}Smith", 5), mark
        m = resolve._DESCRIBED_SUBJECT_RE.match(f" {mark}The coach said")
        assert m is not None, mark
        assert m.group("head") == "coach", mark
    assert not people._sentence_initial("go, Smith", 4)


def test_a_bracketed_letter_after_any_opening_mark_begins_the_phrase() -> None:
    from quoteparse import InsertionKind, find_insertions

    for mark in sorted(_text.LEADING_MARKS | {"("}):
        (found,) = find_insertions(f"They said {mark}[a] plan was made")
        assert found.kind is InsertionKind.ALTERATION, mark
    (note,) = find_insertions("It was claimed.[a] Then more")
    assert note.kind is InsertionKind.REFERENCE
