"""Where a quantity may start: one forward pass over a text, three scans merged.

:func:`places` lists, in order of position, the places the readers of
:mod:`quoteparse.units.quantities` look at: currency signs and ISO codes (with
the sum of money matched there), the first digit of a run of digits with a unit,
scale, range or fraction after it, and the space or hyphen after a number word
with a unit name after it. Compiled patterns skip the prose between them at C
speed, so Python runs only there; the reader tells the scan where its reading
ended (it sends it to the generator), and the scan goes on from there. This module finds
places and reads nothing: what a quantity is, is the readers' business.

>>> text = "It cost $5m, then 11 miles and five km."
>>> scan = places(text, text.lower())
>>> found, hit = [], next(scan)
>>> while hit is not None:
...     found.append((hit[0].name, hit[1]))
...     hit = scan.send((hit[2], 0))
>>> found
[('MONEY', 8), ('DIGITS', 18), ('WORDS', 35)]
"""

from __future__ import annotations

import enum
import re
from collections.abc import Generator

from quoteparse.model import Dimension
from quoteparse.units.numbers import (
    GROUP_MARKS,
    MONEY_VALUE,
    NUMBER_WORDS,
    SCALES,
    VULGAR_FRACTIONS,
)
from quoteparse.units.spellings import (
    BY_NAME,
    BY_SYMBOL,
    DOLLAR_US,
    PREFIX_CODES,
    SIGNS,
    UNIT_PATTERN,
)
from quoteparse.units.trie import trie_pattern

__all__ = ["Place", "Trigger", "places"]

_SP = "[ \N{NO-BREAK SPACE}]"
_SPACES = " \N{NO-BREAK SPACE}"
_SIGNS = SIGNS
_UNIT = UNIT_PATTERN
_DOLLAR_US = DOLLAR_US
_BY_NAME = BY_NAME
_BY_SYMBOL = BY_SYMBOL
_PREFIX_CODES = PREFIX_CODES
_SP_OR_HYPHEN = "[ \N{NO-BREAK SPACE}\N{NON-BREAKING HYPHEN}-]"
# The only signs an ASCII text can hold ("isascii" is a flag check, "find" a pass),
# and a Latin-1 one ("$", "£", "¥": every BBC text).
_ASCII_SIGNS = "".join(sign for sign in _SIGNS if sign.isascii())
_LATIN1_SIGNS = "".join(sign for sign in _SIGNS if ord(sign) < 256)
_VULGAR = "".join(VULGAR_FRACTIONS)
# The vulgar fractions a Latin-1 text can hold ("½", "¼", "¾"), as bytes.
_LATIN1_VULGAR = tuple(f.encode("latin-1") for f in _VULGAR if ord(f) < 256)
_SCALES = trie_pattern(SCALES)
# Superscript digits and signs that start an exponent after "10": "10⁶", "10⁻³".
_SUPERSCRIPT_CHARS = (
    "\N{SUPERSCRIPT ZERO}\N{SUPERSCRIPT ONE}\N{SUPERSCRIPT TWO}\N{SUPERSCRIPT THREE}"
    + "".join(chr(c) for c in range(0x2074, 0x207A))
    + "\N{SUPERSCRIPT MINUS}\N{SUPERSCRIPT PLUS SIGN}"
)
# The prefixes that end in each sign, longest first ("US$" before "$").

# What may follow a number word: names, and symbols of two letters or more that are
# not words ("twenty-five km"; never "five in").
# Currency codes are left out: "five USD" is not written, and three more letters
# after every number word would cost the word scan a third of its speed.
_AFTER_WORDS = set(_BY_NAME) | {
    k.lower()
    for k, (u, attached) in _BY_SYMBOL.items()
    if len(k) > 1 and not attached and not (u.dimension is Dimension.CURRENCY and k == u.name)
}

# Any number-word spelling that can end a value, for the look-behinds of the word trigger.
# "of a" and "of an" end a fraction in words: "a quarter of a mile".
_WORD_ENDS = sorted({*NUMBER_WORDS, "half", "half a", "half an", "of a", "of an"})

# The space or hyphen between a number word and a unit name: "eleven miles",
# "five-year-old". The value scan below finds these places; this pattern, matched
# at each, keeps exactly the ones it always stood for (its look-behinds spell
# "half a" with a plain space, where the scan accepts any space).
_WORDS_RE = re.compile(
    rf"""{_SP_OR_HYPHEN}
    (?<=[{"".join(sorted({w[-1] for w in _WORD_ENDS}))}].)
    (?={trie_pattern(sorted(_AFTER_WORDS))}(?![a-z]))
    (?:{"|".join(f"(?<={re.escape(w)}{_SP_OR_HYPHEN})" for w in _WORD_ENDS)})
    """,
    re.VERBOSE,
)

# Three scans, merged in order of position. Currency signs are rare characters, so
# str.find (memchr speed) lists them and _MONEY_RE is matched at each (where they
# are dense, _MONEY_RE searches instead). Values in digits and in words have a
# scan each (see "The value scans" below), each opening with a plain character
# or a class, so stdlib "re" skips the prose to it at C speed and matches there.

# A currency sign, then the value: "£5m", "$10-15bn", "€ 300".
# Not after a digit, separator or another sign ("£1£1"): the look-behind follows
# the class so "re" still skips to the class.
_MONEY_RE = re.compile(
    rf"""(?P<sign>[{re.escape(_SIGNS)}](?<![0-9.,{re.escape(_SIGNS)}].){_DOLLAR_US})
    {_SP}?(?P<amount>{MONEY_VALUE})""",
    re.X,
)

# A digit after three letters, maybe after a space: where an ISO code may stand
# before its amount ("EUR 50m", "USD10m"). Run over the lower-cased text with
# its digits written "0" where there is that copy (the scan then opens with a
# plain character, found at memchr speed), else over the lower-cased text; Python
# keeps the places where the original text has a code of _PREFIX_CODES. The
# look-behinds already ask for such a code in lower case with no letter or digit
# before it, so "the 5" and "about 5" never reach Python.
_CODE_BEFORE = rf"(?<![a-z0-9]){trie_pattern(sorted(code.lower() for code in _PREFIX_CODES))}"
_AFTER_LETTERS = rf"(?:(?<={_CODE_BEFORE}.)|(?<={_CODE_BEFORE}[ \N{{NO-BREAK SPACE}}].))"
_CODE_ZERO_RE = re.compile(rf"0{_AFTER_LETTERS}")
_CODE_DIGIT_RE = re.compile(rf"[0-9]{_AFTER_LETTERS}")

# A code, then the value, over the lower-cased text: "eur 50m", "usd10m".
_CODE_MONEY_RE = re.compile(rf"(?P<sign>[a-z]{{3}}){_SP}?(?P<amount>{MONEY_VALUE})", re.X)

# A digit run where a value in digits may start, followed by what may follow a value.
# After a lone dot it is a decimal written without its zero (".5 km", not "v3.5").
# The look-behind after the first digit rejects a digit inside a word or number
# ("A380", "F16", the "004" of "2004"), after a decimal point or separator, ":"
# (times), "/" (dates) or a currency sign (money); the look-ahead drops runs that
# end a clause ("in 2004.", "3-1,"). Python matches _DIGIT_MEASURE_RE there.
# A failed look-ahead makes "re" try each later digit of the run, so long runs match
# anyway and a megabyte of digits costs one hit.
# The pattern is written without its first digit, which the two scans below spell
# differently.
_NOT_BEFORE = rf"\w,/:{re.escape(_SIGNS)}"
_DIGIT_RUN = rf"""(?<![{_NOT_BEFORE}].)(?<![{_NOT_BEFORE}.]\..)[0-9.,]*(?<![.,])
    (?:(?={_SP_OR_HYPHEN}?(?:{_UNIT}|{_SCALES})(?![a-z])   # a unit or scale: "5 km", "5m"
         |{_SP}?[-\N{{EN DASH}}{_VULGAR}]|{_SP}(?:to|bis){_SP}  # a range or fraction: "10-15"
         |{_SP}of{_SP}an?{_SP}                               # "¾ of a mile"
         |/|{_SP}[0-9]+/                                     # "1/2", "1 1/2"
         |[{GROUP_MARKS}][0-9]{{3}}(?![0-9])                  # "10 000", "1'000"
         |{_SP}?[x\N{{MULTIPLICATION SIGN}}]{_SP}?[0-9]         # "1.2×10⁶", "2 x 10^6"
         |e[-+]?[0-9]|\^|[{_SUPERSCRIPT_CHARS}])             # "1.2e6", "10^6", "10⁶"
      |(?<=[0-9]{{12}}))   # a long run matches whatever follows: one hit, not one per digit
"""

# The value scans. A digit run is found by _DIGIT_RUN_RE, which opens with the
# digit class, so "re" skips the prose at C speed to the next digit. A number
# word ("eleven miles", "half a mile") is found from the space or hyphen after
# it, over a reversed copy of the text: there each pattern opens with that one
# separator as a plain character, which "re" finds faster than any class, and
# reads the number word backwards from it. A scan for the words themselves
# would stop at every character that is not a letter (the one before a word),
# and one such scan for both is far slower than the two apart (figures in
# docs/performance.md, "Measured design choices").
# Number words with a unit after them are rare, so all of them are listed up
# front (_word_triggers).
_DIGIT_RUN_RE = re.compile(rf"[0-9{_VULGAR}]{_DIGIT_RUN}", re.VERBOSE)

# In Latin-1 text (all the BBC's; ASCII is a part of it) the digit scan runs
# over a copy with every digit written "0" (same offsets; made through
# bytes.translate, a plain table copy, much faster than str.translate),
# where its pattern opens with one plain character and "re" skips to it at
# memchr speed rather than testing a class at each character. It matches at
# the same places to the same ends: the pattern tests digits only by class, and
# every unit spelling with a digit starts with one without, followed by no
# letter ("m" of "m2", "g" of "g/cm3"); tests/test_units_fast_paths.py checks
# that. Text with a vulgar fraction ("2½") or beyond Latin-1 takes the class.
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
_ZERO_RUN_RE = re.compile(rf"0{_DIGIT_RUN}", re.VERBOSE)


# The first three characters of each unit spelling that may follow a number word
# (or the whole of a two-letter one, "km"), written backwards, a space standing
# for any separator: most number words in prose have none after them ("one of";
# with three characters "two people" is left too, where "pesos" starts "pe").
def _head_backwards(word: str) -> str:
    return "".join(f"[{_SEPARATORS}]" if ch == " " else re.escape(ch) for ch in word[:3][::-1])


_SEPARATORS = " \N{NO-BREAK SPACE}-"
_AFTER_HEADS_BACKWARDS = {
    width: "|".join(sorted({_head_backwards(w) for w in _AFTER_WORDS if min(len(w), 3) == width}))
    for width in (2, 3)
}


def _after_reversed_word(word: str) -> str:
    """What must hold after a number word read backwards: the character before it
    is no letter (as WORD_NUMBER needs; or the text starts there), and the
    separator after it is followed by the start of a unit spelling. The second
    test looks back over the word and its separator, so each word gets its own."""
    skip = len(word) + 1
    three, two = _AFTER_HEADS_BACKWARDS[3], _AFTER_HEADS_BACKWARDS[2]
    return rf"(?![a-z])(?:(?<=(?:{three}).{{{skip}}})|(?<=(?:{two}).{{{skip}}}))"


# A number word written backwards, where a unit may follow it: "evif" of
# "...five miles". Only these few reach Python, which checks them with _WORDS_RE.
_REVERSED_WORD = trie_pattern(sorted(w[::-1] for w in _WORD_ENDS), tail=_after_reversed_word)
# One scan per separator after the word, each opening with that separator.
_WORD_SCANS = (
    re.compile(rf" {_REVERSED_WORD}"),  # "eleven miles": the common case
    re.compile(rf"-{_REVERSED_WORD}"),  # "five-year-old", "twenty-five km"
)
# The rare separators, scanned only in text that holds one of them.
_RARE_SEPARATORS = "\N{NO-BREAK SPACE}\N{NON-BREAKING HYPHEN}"
_RARE_WORD_SCAN = re.compile(rf"[{_RARE_SEPARATORS}]{_REVERSED_WORD}")


def _digits_as_zero(low: str) -> str | None:
    """``low`` with each ASCII digit written "0", for _ZERO_RUN_RE; None where it cannot serve."""
    try:
        raw = low.encode("latin-1")
    except UnicodeEncodeError:
        return None  # a character beyond Latin-1: "re" stores the text wider
    if any(fraction in raw for fraction in _LATIN1_VULGAR):
        return None  # the others ("⅓") are beyond Latin-1
    return raw.translate(_DIGITS_AS_ZERO).decode("latin-1")


def _sign_positions(
    low: str,
    text: str = "",
    zeros: str = "",
    code_scan: re.Pattern[str] = _CODE_DIGIT_RE,
    *,
    latin1: bool = False,
) -> list[int] | None:
    """Where each currency sign is, in order; None when signs are too many to list.

    A few signs are found at memchr speed and visited one by one; where they
    are dense (a megabyte of "£") visiting each from Python costs more than
    letting _MONEY_RE skip from one sum to the next, so the caller does that.
    Given ``text`` and its scan copy ``zeros`` (``low`` or its digits written
    "0", searched by ``code_scan``), the ISO codes written before an amount
    (``EUR 50m``) are listed too (not in the dense case). ``latin1`` says the
    text holds no character beyond Latin-1, so no sign beyond it is looked for.
    """
    signs = _ASCII_SIGNS if low.isascii() else _LATIN1_SIGNS if latin1 else _SIGNS
    dense = len(low) // 64
    found: list[int] = []
    for sign in signs:
        at = low.find(sign)
        while at >= 0:
            found.append(at)
            if len(found) > dense:
                return None  # at most one in 64 characters is listed: linear
            at = low.find(sign, at + 1)
    if text and zeros:
        # ISO codes before an amount ("EUR 50m") are visited like signs.
        for m in code_scan.finditer(zeros):
            digit = m.start()
            at = digit - 4 if zeros[digit - 1] in _SPACES else digit - 3
            if text[at : at + 3] in _PREFIX_CODES and (at == 0 or not text[at - 1].isalnum()):
                found.append(at)
    found.sort()
    return found


def _next_money(
    low: str, signs: list[int] | None, k: int, pos: int
) -> tuple[int, re.Match[str] | None]:
    """The first match of _MONEY_RE at or after ``pos``, and the index in ``signs`` it is at.

    ``signs`` lists where the signs are (searched from index ``k``); None
    searches the text.
    """
    if signs is None:
        return k, _MONEY_RE.search(low, pos)
    match = _MONEY_RE.match
    while k < len(signs):
        at = signs[k]
        if at >= pos:
            m = (_CODE_MONEY_RE.match if low[at].isalpha() else match)(low, at)
            if m is not None:
                return k, m
        k += 1
    return k, None


def _word_triggers(low: str) -> list[tuple[int, int]]:
    """Where each number word with a unit name after it ends, and the character before it.

    Pairs ``(at, stop)``, sorted: ``at`` is the space or hyphen after the
    word, where _WORDS_RE matches; ``stop`` is the character before the word
    (-1 at the start of the text), which must not be a lower-case letter.
    """
    rev = low[::-1]
    last = len(low) - 1
    scans: tuple[re.Pattern[str], ...] = _WORD_SCANS
    if not low.isascii() and any(sep in low for sep in _RARE_SEPARATORS):
        scans = (*scans, _RARE_WORD_SCAN)
    found: list[tuple[int, int]] = []
    for scan in scans:
        # The matches do not overlap, so the separator inside "half a" or "half
        # an" is not tried for "half": no unit spelling is "a" or "an" or starts
        # with either and a space (tests/test_units_fast_paths.py checks that).
        for m in scan.finditer(rev):
            at = last - m.start()
            if _WORDS_RE.match(low, at):
                found.append((at, last - m.end()))
    found.sort()
    return found


def _next_value(
    digits: re.Match[str] | None,
    words: list[tuple[int, int]],
    k: int,
    pos: int,
    lookback: int,
) -> tuple[int, tuple[int, int, bool] | None]:
    """The next value at or after ``pos``: its trigger, where its hit ends, whether in words.

    ``digits`` is the first digit run at or after ``pos``; its trigger is its
    first digit. ``words`` are the number-word triggers, those before index
    ``k`` already passed; a word counts only where the character before it is
    at or after ``lookback`` (a number word ending past a quantity starts
    inside it). Returns the new ``k`` and the hit.
    """
    while k < len(words) and words[k][0] < pos:
        k += 1
    first = digits.start() if digits is not None else None
    i = k
    while i < len(words):
        at, stop = words[i]
        if first is not None and at > first:
            break
        if stop >= lookback:
            return k, (at, at + 1, True)
        i += 1
    if digits is None:
        return k, None
    return k, (digits.start(), digits.end(), False)


class Trigger(enum.IntEnum):
    """What kind of place the scan stopped at (an index into the readers' table)."""

    MONEY = 0  # a currency sign or ISO code, with _MONEY_RE matched there
    DIGITS = 1  # the first digit of a value in digits
    WORDS = 2  # the separator after a number word, before a unit name


_MONEY, _DIGITS, _WORDS = Trigger.MONEY, Trigger.DIGITS, Trigger.WORDS


#: A place to read: its trigger, where the reader starts, where the scan goes on
#: if nothing is read there, and for :attr:`Trigger.MONEY` the match of the sum.
Place = tuple[Trigger, int, int, "re.Match[str] | None"]


def places(text: str, low: str) -> Generator[Place | None, tuple[int, int], None]:
    """The places in ``text`` where a quantity may start, in order of position.

    ``low`` is ``text`` lower-cased, same offsets. The first ``next()`` gives
    the first place; after reading one, the reader sends ``(pos, lookback)``
    and gets the next place at or after ``pos``, where a number word counts
    only if the character before it is at or after ``lookback`` (a word
    reaching back into the quantity just read starts inside it). None ends
    the places. A generator keeps the three scans' state in its own locals,
    as fast as the loop that once held them.
    """
    # "stop" stands for "no more matches".
    stop = len(low) + 1
    zeros = _digits_as_zero(low)
    latin1 = zeros is not None
    if zeros is not None:
        digit_scan, code_scan = _ZERO_RUN_RE, _CODE_ZERO_RE
    else:
        zeros, digit_scan, code_scan = low, _DIGIT_RUN_RE, _CODE_DIGIT_RE
    signs = _sign_positions(low, text, zeros, code_scan, latin1=latin1)
    k, mm = _next_money(low, signs, 0, 0)
    mp = mm.start() if mm else stop
    digits = digit_scan.search(zeros)
    words = _word_triggers(low)
    # A number word at the very start of the text counts only before any hit.
    wk, hit = _next_value(digits, words, 0, 0, -1)
    hp = hit[0] if hit else stop
    while True:
        # A sign never stands where a digit or a number word's space does.
        if mp < hp:
            assert mm is not None
            pos, lookback = yield _MONEY, mm.start(), mm.end(), mm
        elif hit is not None:
            at, end, is_word = hit
            pos, lookback = yield (_WORDS if is_word else _DIGITS), at, end, None
        else:
            yield None
            return
        if mp < pos:
            k, mm = _next_money(low, signs, k, pos)
            mp = mm.start() if mm else stop
        if hp < pos:
            if digits is not None and digits.start() < pos:
                digits = digit_scan.search(zeros, pos)
            if words:
                wk, hit = _next_value(digits, words, wk, pos, lookback)
                hp = hit[0] if hit else stop
            elif digits is not None:
                # No number words in the text (the common case): the digit run is next.
                hp = digits.start()
                hit = hp, digits.end(), False
            else:
                hit, hp = None, stop
