"""The terminal view: the text with every result highlighted in ANSI colour.

The same highlights as the HTML view (see ``quoteparse.render._layers``), as
SGR escape sequences. Control characters in the caller's text (an ESC that
would start an escape sequence of its own, a bell, a C1 control) are shown as
visible symbols, so text cannot drive the terminal.
"""

from __future__ import annotations

from quoteparse.model import Document
from quoteparse.records import who_is_quoted
from quoteparse.render._layers import Close, Highlight, Layer, Open, highlights, layout
from quoteparse.render.wrap import wrap

__all__ = ["render_ansi", "who_is_quoted_table"]

_RESET = "\x1b[0m"

# SGR parameters per layer; variants below refine quotes and conversions.
# A style either sets both its colours, a dark foreground on a light background
# or the other way round, or sets no colour at all (bold, italic, underline) and
# keeps what is around it. Then nothing depends on the terminal's own
# background: yellow or cyan letters, say, vanish on a light one, blue on a
# dark one. tests/test_render.py checks the contrast of every style.
_STYLE = {
    Layer.QUOTE: "30;43",  # black on yellow
    Layer.SPEAKER: "1;97;44",  # bold white on blue
    Layer.CUE: "1;30;42",  # bold black on green
    Layer.INSERTION: "3;97;45",  # italic white on magenta: the editor's words, not the speaker's
    Layer.MARKER: "30;47",  # black on light grey
    Layer.LABEL: "1",  # bold, on the marker's grey
    Layer.QUANTITY: "30;46",  # black on cyan
    Layer.CONVERSION: "4",  # underlined, on whatever holds it
}
_VARIANT = {
    (Layer.QUOTE, "depth-1"): "103",  # a nested quotation: on bright yellow
    (Layer.QUOTE, "depth-2"): "101",  # deeper still: on bright red
    (Layer.QUOTE, "partial"): "4",  # underlined
    (Layer.QUOTE, "scare"): "47",  # on grey, as nobody's words
    (Layer.QUOTE, "title"): "47",  # on grey, as a name is nobody's words either
    (Layer.CONVERSION, "inconsistent"): "97;41",  # white on red
}
_FLAG = "\x1b[1;97;41m\N{WARNING SIGN}" + _RESET

# Each C0 control but tab and newline, and DEL, as its visible Control Pictures
# symbol; each C1 control (0x80-0x9f, which include the one-byte CSI) as U+FFFD.
_VISIBLE = {c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A)}
_VISIBLE[0x7F] = 0x2421
_VISIBLE.update(dict.fromkeys(range(0x80, 0xA0), 0xFFFD))

_LEGEND = (
    ("quotation", Highlight(0, 1, Layer.QUOTE, ("speech", "depth-0"), "")),
    ("nested", Highlight(0, 1, Layer.QUOTE, ("speech", "depth-1"), "")),
    ("speaker", Highlight(0, 1, Layer.SPEAKER, (), "")),
    ("cue", Highlight(0, 1, Layer.CUE, (), "")),
    ("[insertion]", Highlight(0, 1, Layer.INSERTION, (), "")),
    ("marker", Highlight(0, 1, Layer.MARKER, (), "")),
    ("quantity", Highlight(0, 1, Layer.QUANTITY, (), "")),
    ("conversion", Highlight(0, 1, Layer.CONVERSION, ("consistent",), "")),
    ("inconsistent", Highlight(0, 1, Layer.CONVERSION, ("inconsistent",), "")),
)


def _safe(text: str) -> str:
    return text.replace("\r\n", "\n").translate(_VISIBLE)


def _sgr(h: Highlight) -> str:
    codes = [_STYLE[h.layer], *(_VARIANT.get((h.layer, v), "") for v in h.variants)]
    return "\x1b[" + ";".join(c for c in codes if c) + "m"


def _legend() -> str:
    keys = "  ".join(f"{_sgr(h)}{label}{_RESET}" for label, h in _LEGEND)
    return f"{keys} {_FLAG}"


def who_is_quoted_table(doc: Document) -> list[str]:
    """The "who is quoted" table as aligned lines: person, role, quotations, words.

    Most quoted first (:func:`quoteparse.records.who_is_quoted`); no lines when
    nobody is quoted.

    >>> from quoteparse import parse
    >>> doc = parse('"No," said Bo Chan. Ann Lee, 40, spoke. "We won," Lee said. "Yes," she said.')
    >>> print("\\n".join(who_is_quoted_table(doc)))
    who is quoted  role  quotes  words
    Ann Lee                 2      3
    Bo Chan                 1      1
    """
    rows = who_is_quoted(doc)
    if not rows:
        return []
    table = [("who is quoted", "role", "quotes", "words")]
    table += [
        (r["name"], r["role"] or "", str(r["quote_count"]), str(r["words_quoted"])) for r in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(4)]
    return [
        f"{name:<{widths[0]}}  {role:<{widths[1]}}  {quotes:>{widths[2]}}  {words:>{widths[3]}}"
        for name, role, quotes, words in table
    ]


def render_ansi(doc: Document, color: bool = True, *, width: int | None = None) -> str:
    """The text of ``doc`` with each kind of result highlighted in ANSI colour.

    Quotations are black on yellow (nested ones on bright yellow, then bright
    red; partial ones underlined, scare quotes on grey), speakers bold white on
    blue, cues bold black on green, editors' insertions italic white on
    magenta, marker lines black on grey with the label bold, quantities black
    on cyan and conversions underlined, white on red and followed by a warning
    sign when inconsistent. Each style sets both its colours (or none), so the
    view and its legend read the same on a light or a dark terminal. A legend
    line follows the text, then the "who is quoted" table
    (:func:`who_is_quoted_table`) when anyone is quoted. With
    ``color=False`` the text comes back as it is, except that control
    characters are made visible, which is what to print when stdout is not a
    terminal or ``NO_COLOR`` is set. ``width`` (a terminal's columns) wraps
    every line at word boundaries, escape sequences not counted.

    >>> from quoteparse import Document, Marker, MarkerKind, Span
    >>> text = "Note: \\x1b[2J gone"
    >>> m = Marker(Span(0, 15), "Note", Span(0, 4), text[6:], Span(6, 15), MarkerKind.EDITORS_NOTE)
    >>> render_ansi(Document(text, markers=(m,)), color=False)
    'Note: ␛[2J gone'
    >>> render_ansi(Document(text, markers=(m,))).split("\\n")[0]
    '\\x1b[30;47m\\x1b[1mNote\\x1b[0m\\x1b[30;47m: ␛[2J gone\\x1b[0m'
    """
    if not color:
        plain = _safe(doc.text)
        return plain if width is None else wrap(plain, width)
    out: list[str] = []
    stack: list[Highlight] = []
    for event in layout(doc.text, highlights(doc)):
        if isinstance(event, str):
            out.append(_safe(event))
        elif isinstance(event, Open):
            stack.append(event.highlight)
            out.append(_sgr(event.highlight))
        elif isinstance(event, Close):
            stack.pop()
            out.append(_RESET)
            if "inconsistent" in event.highlight.variants:
                out.append(_FLAG)
            out.extend(_sgr(h) for h in stack)
    text = "".join(out)
    view = f"{text}{'' if text.endswith(chr(10)) else chr(10)}\n{_legend()}"
    table = who_is_quoted_table(doc)
    if table:
        view += "\n\n" + "\n".join(table)
    return view if width is None else wrap(view, width)
