"""Names and titles in quote marks: ``»Die Zeit«``, ``the album “Night Shift”``.

A quoted name of a newspaper, film, treaty, party or product is nobody's
speech. :func:`is_title` tells one from its shape and the word before it, so
the finder can give it kind ``title`` and no speaker; a speech quotation
needs speech around it. It reads only the quotation's content and the word
before its opening mark, so its cost is a few string operations a quotation.
"""

from __future__ import annotations

import re

from quoteparse.title_words import SMALL_WORDS, TITLE_NOUNS

__all__ = ["MAX_TITLE_CHARS", "MAX_TITLE_WORDS", "is_title"]

_NOUNS = frozenset(TITLE_NOUNS)
_SMALL = frozenset(SMALL_WORDS)
# A name ends without the punctuation that ends or splits an utterance.
_UTTERANCE_END = frozenset(",.;:!?\N{HORIZONTAL ELLIPSIS}")
#: Longest content read as a name; longer quotations are words someone said.
MAX_TITLE_CHARS = 60
#: Most words in a name that no title noun introduces.
MAX_TITLE_WORDS = 6


# The first word after the closing mark ("Today" programme, «Bild»-Zeitung).
_WORD_AFTER_RE = re.compile(r"[ \u00a0-]?(?P<word>[^\W\d_]+)")


def _capitalised(word: str) -> bool:
    """A word written with a capital or a digit first (``Zeit``, ``1984``, ``McCain``)."""
    first = word.lstrip("(\N{LEFT SINGLE QUOTATION MARK}'")[:1]
    return first.isupper() or first.isdigit()


def is_title(
    text: str, content_start: int, content_end: int, start: int, end: int, *, spoken: bool = False
) -> bool:
    """True when the quotation ``text[start:end]`` names something rather than quoting someone.

    A title noun right before or after it (``the album “Night Shift”``, ``la
    revista «Hola»``, ``the BBC's "Today" programme``) and a capital first
    make a name; so do two to six words, all
    capitalised but the small words of titles, ending without punctuation
    (``„Pariser Abkommen“``, ``»Die Zeit«``). One capitalised word alone, or
    words ending in a comma or full stop, are left to the speech rules. When
    ``spoken`` (a speaker was found for it), only a title noun makes a name.

    >>> text = 'She read »Die Zeit« and sang the album “Night Shift”.'
    >>> a, b = text.index("»"), text.index("“")
    >>> c, d = text.index("«"), text.index("”")
    >>> is_title(text, a + 1, c, a, c + 1), is_title(text, b + 1, d, b, d + 1)
    (True, True)
    >>> text = '"We Will Win," she said.'
    >>> is_title(text, 1, 13, 0, 14)
    False
    >>> text = 'The prize should have gone to the comedy “Fleabag.”'
    >>> a, b = text.index("“"), text.index("”")
    >>> is_title(text, a + 1, b, a, b + 1)
    True
    """
    if content_end - content_start > MAX_TITLE_CHARS + 2:
        return False  # most quotations: too long to be a name, decided without a copy
    content = text[content_start:content_end].strip()
    if not content or len(content) > MAX_TITLE_CHARS or not _capitalised(content):
        return False
    if "\n" in content:
        return False
    # The last word before the mark (album, Zeitung, journal), cut by str.rsplit.
    before = text[max(0, start - 24) : start].rsplit(None, 1)
    noun_before = bool(before) and before[-1].lower() in _NOUNS
    if content[-1] in _UTTERANCE_END:
        # American style sets the sentence's full stop or comma inside the marks
        # (`the comedy “Fleabag.”`): after a title noun, a title-cased name still names.
        return noun_before and content[-1] in ".," and _title_cased(content[:-1].split())
    if noun_before:
        return True
    after = _WORD_AFTER_RE.match(text, end)
    if after is not None and after.group("word").lower() in _NOUNS:
        return True
    if spoken:
        return False
    words = content.split()
    return len(words) >= 2 and _title_cased(words)


def _title_cased(words: list[str]) -> bool:
    """At most :data:`MAX_TITLE_WORDS` words, capitalised but the small words of titles."""
    return 0 < len(words) <= MAX_TITLE_WORDS and all(
        _capitalised(w) or w.lower() in _SMALL for w in words[1:]
    )
