"""The speaker sieve's cheap gates give the answers of the slow paths they skip.

Each gate rejects a quotation before a costly search when that search could
not succeed; each test here runs the function with its gate against the same
function written without it, on random texts built from the pieces the rule
reads.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from quoteparse._build import span
from quoteparse.model import QuoteKind
from quoteparse.speakers import mentions, spanish, titles_de
from quoteparse.speakers.cue_before import find_cue_before
from quoteparse.speakers.index import TextIndex
from quoteparse.speakers.partial import find_partial_lead
from quoteparse.speakers.reported_de import german, german_reported
from quoteparse.speakers.results import Found, QuoteSpan
from quoteparse.speakers.spanish import subjectless
from quoteparse.speakers.text import sentence_start
from quoteparse.speakers.words_de import TITLE_PREPOSITIONS
from quoteparse.speakers.words_es import OPINION_VERBS, SUBJECTLESS_CUES


def _named_thing_ungated(text: str, q: QuoteSpan, lo: int) -> bool:
    """``titles_de.named_thing`` as it was before its gates (main 834281f)."""
    if q.content_end - q.content_start > titles_de._MAX_CHARS:
        return False
    if q.start - 1 <= lo or text[q.start - 1] not in " \u00a0":
        return False
    content = text[q.content_start : q.content_end].strip()
    words = content.split()
    if (
        not words
        or len(words) > titles_de._MAX_WORDS
        or titles_de._NOT_IN_NAME.intersection(content)
    ):
        return False
    m = titles_de._WORD_BEFORE_RE.search(text, max(lo, q.start - 40), q.start)
    if m is None or m.start() <= lo:
        return False
    word = m.group("word")
    if word in TITLE_PREPOSITIONS:
        pass
    elif (
        not (word[:1].isupper() and content[:1].isupper())
        or text[: m.start()].rstrip()[-1:] in ".!?:\n"
    ):
        return False
    return german(text, max(lo, q.start - 300), min(len(text), q.end + 300))


_BEFORE = st.lists(
    st.sampled_from(
        [
            *sorted(TITLE_PREPOSITIONS),
            *(p.upper() for p in sorted(TITLE_PREPOSITIONS)),
            "Britain",
            "again",
            "Partei",
            "der",
            "sagte",
            "vom",
            "-",
            " ",
            "\u00a0",
            ". ",
            ":",
            "\n",
            "x",
        ]
    ),
    max_size=12,
)
_CONTENT = st.lists(
    st.sampled_from(["CNN", "nd", "La", "République", "en", "Marche", "gut", " ", ",", "…", "É"]),
    max_size=8,
)


@given(_BEFORE, _CONTENT, st.sampled_from(["", " und so", " sagte er", ", sagt er."]))
@example(["sagte", " ", "in", " "], ["CNN"], " und so")  # a name after a preposition
@example(["sagte", " ", "in", " "], ["nd"], " und so")  # one in lower case
@example(["der", " ", "Partei", " "], ["La", " ", "République"], " und so")  # after a noun
def test_named_thing_answers_as_without_its_gates(
    before: list[str], content: list[str], after: str
) -> None:
    head = "".join(before)
    text = f"{head}»{''.join(content)}«{after}"
    start = len(head)
    inner = "".join(content)
    q = QuoteSpan(start, start + len(inner) + 2, start + 1, start + 1 + len(inner), 0)
    for lo in (0, max(0, start - 5)):
        assert titles_de.named_thing(text, q, lo) == _named_thing_ungated(text, q, lo)


def _phrase_auxiliary_ungated(text: str, lo: int, hi: int) -> int:
    for phrase in mentions._PHRASE_AUXILIARIES:
        at = hi - len(phrase)
        if at > lo and text.startswith(phrase, at) and text[at - 1] in mentions.SPACES:
            return at
    return -1


def _before_participle_ungated(text: str, lo: int, hi: int) -> tuple[int, int]:
    words = list(reversed(list(mentions.tokens_back(text, lo, hi))))
    for k in range(1, len(words)):
        word = words[k][1]
        follows = words[k + 1][1].lower() if k + 1 < len(words) else ""
        if (
            word.endswith("ing")
            and word.islower()
            and words[k - 1][1][:1].isupper()
            and follows in mentions._OBJECT_OPENERS
        ):
            prev_start, prev = words[k - 1]
            return lo, prev_start + len(prev)
    return lo, hi


_WORDS = st.lists(
    st.sampled_from(
        [
            *sorted(mentions._PHRASE_AUXILIARIES),
            *sorted(mentions._OBJECT_OPENERS),
            "Chelsea",
            "explaining",
            "Explaining",
            "ring",
            "decision",
            "Mr",
            "Kapor",
            "is",
            "as",
            "ing",
        ]
    ),
    max_size=10,
)


@given(_WORDS, st.sampled_from([" ", "  ", "\u00a0", "\t"]), st.integers(0, 6), st.integers(0, 6))
@example(["Chelsea", "explaining", "the", "decision"], " ", 0, 0)
@example(["Mr", "Kapor", "is reported as"], " ", 0, 0)
@example(["Mr", "Kapor", *sorted(mentions._PHRASE_AUXILIARIES)[:1]], " ", 0, 0)
def test_speaker_before_helpers_answer_as_without_their_gates(
    words: list[str], sep: str, cut_lo: int, cut_hi: int
) -> None:
    text = sep.join(words)
    lo, hi = min(cut_lo, len(text)), max(0, len(text) - cut_hi)
    assert mentions._phrase_auxiliary(text, lo, hi) == _phrase_auxiliary_ungated(text, lo, hi)
    assert mentions._before_participle(text, lo, hi) == _before_participle_ungated(text, lo, hi)


_SENTENCE_PIECES = st.sampled_from(
    [
        "Mr Smith said",
        "Er sagte, es sei",
        "Admitió que",
        "Laura Roy indicó que",
        "The ministry has written to challenge",
        "called the target",
        "und",
        ". ",
        ", ",
        ": ",
        "Mrs. ",
        "\n",
        " ",
        "x",
    ]
)


@given(st.lists(_SENTENCE_PIECES, max_size=20), st.integers(0, 30))
def test_strategies_answer_alike_given_the_sentence_start(pieces: list[str], cut: int) -> None:
    head = "".join(pieces) + " "
    text = head + "\u201cgut so\u201d, er."
    start = len(head)
    q = QuoteSpan(start, start + 9, start + 1, start + 8, 0)
    lo = min(cut, start)
    index = TextIndex(text)
    sentence = sentence_start(text, lo, start)
    assert index.sentence_start(lo, start) == sentence  # the sieve reads either
    assert find_cue_before(text, lo, start, sentence=sentence) == find_cue_before(text, lo, start)
    assert find_cue_before(text, lo, start, index, sentence=sentence) == find_cue_before(
        text, lo, start, index
    )
    assert find_partial_lead(text, start, lo, sentence=sentence) == find_partial_lead(
        text, start, lo
    )
    earlier = [QuoteSpan(0, 1, 0, 1, 0)]
    said = [Found(QuoteKind.SPEECH, span(0, 1), span(0, 1))]
    for last_named in (None, 0):
        given = {"quotes": earlier, "found": said, "last_named": last_named}
        assert subjectless(text, lo, start, **given, sentence=sentence) == subjectless(
            text, lo, start, **given
        )
        assert german_reported(text, lo, q, **given, sentence=sentence) == german_reported(
            text, lo, q, **given
        )


def _subjectless_opening_ungated(text: str, lo: int, start: int) -> bool:
    """Whether ``spanish.subjectless``'s pattern and cue tests pass, with no gate."""
    m = spanish._OPENING_RE.match(text, sentence_start(text, lo, start), start)
    if m is None:
        return False
    cue = m.group("cue").lower()
    if m.group("segun") is not None:
        return cue in SUBJECTLESS_CUES | OPINION_VERBS
    return cue in SUBJECTLESS_CUES


_SPANISH_PIECES = st.sampled_from(
    [
        *sorted(SUBJECTLESS_CUES),
        *(c.upper() for c in sorted(SUBJECTLESS_CUES)[:6]),
        *(c.title() for c in sorted(SUBJECTLESS_CUES)[:6]),
        *sorted(OPINION_VERBS),
        "Según",
        "según",
        "SEGÚN",
        "Al respecto",
        "Y",
        "Pero",
        "Laura",
        "said",
        "o\u0301",
        "\u00d3",
        ", ",
        ": ",
        " ",
        "\u00a0",
        ". ",
    ]
)


@given(st.lists(_SPANISH_PIECES, max_size=12))
@example(["Admitió", " "])
@example(["Al respecto", ", ", "señaló", ": "])
@example(["Según", " ", "entiende", ", "])
@example(["DIJO", " "])
def test_subjectless_gate_keeps_every_opening(pieces: list[str]) -> None:
    text = "".join(pieces) + " \u201cx\u201d"
    start = len(text) - 3
    if _subjectless_opening_ungated(text, 0, start):
        assert spanish._may_open(text[sentence_start(text, 0, start) : start])


def _writers_example_ungated(text: str, lo: int, start: int) -> bool:
    """``nonspeakers.writers_example`` as it was before its gate (main ee14040)."""
    from quoteparse.speakers import nonspeakers
    from quoteparse.speakers.text import rtrim_spaces

    end = rtrim_spaces(text, lo, start)
    colon = end > lo and text[end - 1] == ":"
    if colon:
        end = rtrim_spaces(text, lo, end - 1)
    words = nonspeakers._lead_in(text, lo, end)
    if colon and words in nonspeakers.EXAMPLE_LABELS:
        return True
    return words in nonspeakers._INSTRUCTIONS


_LEAD_PIECES = st.lists(
    st.sampled_from(
        [
            "Example",
            "EXAMPLES",
            "For instance",
            "Or",
            "or even",
            "Instead",
            "Don't",
            "Don\N{RIGHT SINGLE QUOTATION MARK}t",
            "do not",
            "Never",
            "Just",
            "please",
            "say",
            "SAY",
            "essay",
            "said",
            "Mr Smith",
            "he",
            "Stra\N{LATIN SMALL LETTER SHARP S}e",
            "\N{LATIN SMALL LIGATURE FI}",
            ":",
            ",",
            ".",
            " ",
            "  ",
            "\n",
            "\N{BULLET}",
            "-",
            "\N{EM DASH}",
            "\N{NO-BREAK SPACE}",
        ]
    ),
    max_size=8,
)


@given(_LEAD_PIECES, st.sampled_from(['"', "\N{LEFT DOUBLE QUOTATION MARK}", "'"]))
@example(["Example", ":", " "], '"')
@example(["Don't", " ", "say", " "], '"')
def test_writers_example_gate_gives_the_ungated_answer(pieces: list[str], mark: str) -> None:
    from quoteparse.speakers.nonspeakers import writers_example

    lead = "".join(pieces)
    text = f"{lead}{mark}It was fine.{mark}"
    start = len(lead)
    for lo in (0, min(3, start)):
        assert writers_example(text, lo, start) == _writers_example_ungated(text, lo, start)
