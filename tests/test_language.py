"""The HTML view's language guess: the stop-word table and the stated rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quoteparse import parse, render_html
from quoteparse.render.language import MIN_WORDS, guess_language
from quoteparse.render.stop_words import STOP_WORDS

CASES = Path(__file__).resolve().parent / "cases" / "quotes-speakers-languages.jsonl"
BBC = Path("/work/shared/corpus/bbc")

# The language named in a case label, as a tag.
_LABELS = {"German": "de", "French": "fr", "Spanish": "es", "English": "en"}


@pytest.mark.parametrize("lang", sorted(STOP_WORDS))
def test_each_list_is_lower_case_without_repeats(lang: str) -> None:
    words = STOP_WORDS[lang]
    assert len(words) == len(set(words)), [w for w in words if words.count(w) > 1]
    assert all(w == w.lower() and w.isalpha() for w in words)
    assert len(words) >= 25


@pytest.mark.parametrize("lang", sorted(STOP_WORDS))
def test_each_list_alone_is_its_language(lang: str) -> None:
    """A text of nothing but one list's own words (those in no other list) is that language."""
    others = {w for other, words in STOP_WORDS.items() if other != lang for w in words}
    own = [w for w in STOP_WORDS[lang] if w not in others]
    assert len(own) >= MIN_WORDS
    assert guess_language(" ".join(own)) == lang


def test_every_language_case_is_its_language_or_unknown() -> None:
    """Never a wrong guess on the language cases; most are long enough to tell."""
    told = 0
    rows = [json.loads(line) for line in CASES.read_text("utf-8").splitlines() if line.strip()]
    for row in rows:
        named = [tag for word, tag in _LABELS.items() if word in row["label"]]
        if len(named) != 1:
            continue
        guess = guess_language(row["text"])
        assert guess in (named[0], None), row["label"]
        told += guess is not None
    assert told >= 5


@pytest.mark.skipif(not BBC.is_dir(), reason="needs the shared BBC corpus")
def test_bbc_articles_are_english() -> None:
    paths = sorted(BBC.rglob("*.txt"))[::50]
    guesses = [guess_language(p.read_bytes().decode("utf-8", "replace")) for p in paths]
    assert guesses.count("en") == len(guesses)


@given(st.lists(st.sampled_from(["Ann", "Lee", "12", "km", "BBC"]), max_size=MIN_WORDS - 1))
def test_too_few_words_is_no_guess(words: list[str]) -> None:
    assert guess_language(" ".join(words)) is None


def test_names_and_numbers_are_no_guess() -> None:
    assert guess_language("Ann Lee, Bo Chan, Jonas Weber, Klara Müller, Ingrid Hoffmann 12") is None


def test_the_html_text_carries_the_guess() -> None:
    german = "Der Minister sagte, dass der Plan fertig ist und bald beginnt."
    assert '<div class="qp-text" lang="de">' in render_html(parse(german))
    page = render_html(parse("Comment: See:"))
    assert '<div class="qp-text" lang="">' in page
    assert '<html lang="en">' in page  # the legend and tables are English
