"""A guess at the language of a text, for the HTML view's ``lang`` attribute.

The rule, stated so it can be checked: count the words of the text (runs of
letters, compared lower case); for each language of
:data:`~quoteparse.render.stop_words.STOP_WORDS`, its share is the fraction of
those words that are in its stop-word list. The language with the largest
share is the guess when the text has at least :data:`MIN_WORDS` words, that
share is at least :data:`MIN_SHARE`, and it beats every other language's share
by at least :data:`MIN_MARGIN`; otherwise there is no guess. News prose in one
of these languages is a quarter to a half stop words; a list of names, numbers
or a headline has too few words to tell.

Only the first :data:`READ_CHARS` characters are read: a language does not
change half-way through an article, and the view of a huge text stays cheap.
"""

from __future__ import annotations

import regex

from quoteparse.render.stop_words import STOP_WORDS

__all__ = ["MIN_MARGIN", "MIN_SHARE", "MIN_WORDS", "READ_CHARS", "guess_language"]

#: Fewer words than this and there is no guess.
MIN_WORDS = 8
#: The least share of stop words the winning language needs.
MIN_SHARE = 0.15
#: How far the winner's share must be ahead of the runner-up's.
MIN_MARGIN = 0.05
#: How much of the text is read.
READ_CHARS = 20_000

_STOP = {lang: frozenset(words) for lang, words in STOP_WORDS.items()}

# A word: a run of letters in any script (an apostrophe or hyphen ends it).
_WORD = regex.compile(r"(?P<word>\p{L}+)")


def guess_language(text: str) -> str | None:
    """The language tag of ``text`` (``"en"``, ``"de"``, ``"fr"``, ``"es"``), or None.

    >>> guess_language("The minister said that the plan was ready and it would start.")
    'en'
    >>> guess_language("Der Minister sagte, dass der Plan fertig ist und bald beginnt.")
    'de'
    >>> guess_language("Le ministre a dit que le plan est prêt et qu'il va commencer.")
    'fr'
    >>> guess_language("El ministro dijo que el plan está listo y que va a empezar.")
    'es'
    >>> guess_language("Comment: See also:") is None
    True
    """
    words = [m.group("word").lower() for m in _WORD.finditer(text, 0, READ_CHARS)]
    if len(words) < MIN_WORDS:
        return None
    shares = sorted(
        ((sum(w in stop for w in words) / len(words), lang) for lang, stop in _STOP.items()),
        reverse=True,
    )
    (best, lang), (second, _) = shares[0], shares[1]
    if best >= MIN_SHARE and best - second >= MIN_MARGIN:
        return lang
    return None
