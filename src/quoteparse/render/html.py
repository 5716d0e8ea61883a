"""The HTML view: the text with every result highlighted, for notebooks and browsers.

:func:`render_html` returns a standalone page or a fragment (what
``Document._repr_html_`` shows in Jupyter). Every part of the caller's text and
every hover text is HTML-escaped, so hostile text such as ``<script>`` shows as
text. Nothing is loaded from outside: the style sheet is inline and there is no
script.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from quoteparse import model
from quoteparse.model import Document
from quoteparse.numbering import number
from quoteparse.records import who_is_quoted
from quoteparse.render._layers import Close, Layer, Open, highlights, layout, result_rows
from quoteparse.render.language import guess_language

__all__ = [
    "html_section",
    "iter_html_pages",
    "page_head",
    "page_tail",
    "render_html",
    "render_html_pages",
]

# One rule set, every selector under .qp-doc so a notebook's own styles are
# left alone. Colours are fixed (not inherited) so the view reads the same in
# a dark notebook theme.
_CSS = """
.qp-doc{color:#212529;background:#fff;font:15px/1.8 system-ui,-apple-system,"Segoe UI",
 Roboto,"Helvetica Neue",Arial,sans-serif;box-sizing:border-box;width:100%;padding:14px 18px;
 border:1px solid #dee2e6;border-radius:8px;text-align:left}
.qp-doc .qp-summary{margin:0 0 6px;font-size:13px;color:#495057}
.qp-doc .qp-summary b{color:#212529}
.qp-doc .qp-summary b.qp-flagged{color:#c92a2a}
.qp-doc .qp-legend{display:flex;flex-wrap:wrap;gap:4px 14px;margin:0 0 12px;
 padding:0 0 10px;font-size:12.5px;line-height:2;border-bottom:1px solid #dee2e6}
.qp-doc .qp-key{white-space:nowrap;color:#495057}
.qp-doc .qp-text{white-space:pre-wrap;overflow-wrap:anywhere}
.qp-doc .qp-text span,.qp-doc .qp-key>span{-webkit-box-decoration-break:clone;
 box-decoration-break:clone;border-radius:3px}
.qp-doc .qp-quote{background:#fff3bf}
.qp-doc .qp-quote.qp-partial{text-decoration:underline dashed #e8590c;text-underline-offset:4px}
.qp-doc .qp-quote.qp-scare,.qp-doc .qp-quote.qp-title{background:#f1f3f5;
 text-decoration:underline dotted #495057;text-underline-offset:4px}
.qp-doc .qp-quote.qp-depth-1{background:#ffd8a8}
.qp-doc .qp-quote.qp-depth-2{background:#ffc9c9}
.qp-doc .qp-quote.qp-unclosed{border-right:3px dashed #e03131}
.qp-doc .qp-speaker{color:#1864ab;font-weight:650;box-shadow:inset 0 -2px 0 #74c0fc}
.qp-doc .qp-cue{color:#2b8a3e;font-weight:600;box-shadow:inset 0 -2px 0 #8ce99a}
.qp-doc .qp-insertion{background:#e5dbff;color:#5f3dc4;font-style:italic}
.qp-doc .qp-marker{background:#e9ecef;color:#495057;border-left:4px solid #868e96;
 padding:1px 6px 1px 4px}
.qp-doc .qp-label{font-weight:700;color:#343a40}
.qp-doc .qp-quantity{background:#c3fae8;box-shadow:inset 0 -2px 0 #20c997}
.qp-doc .qp-conversion{box-shadow:inset 0 0 0 1.5px #0c8599;padding:1px 0}
.qp-doc .qp-conversion.qp-inconsistent{background:#fff5f5;box-shadow:inset 0 0 0 2px #e03131}
.qp-doc .qp-conversion.qp-inconsistent::after{content:"\\26A0\\FE0E  inconsistent";
 margin:0 2px 0 4px;padding:0 4px;border-radius:3px;background:#e03131;color:#fff;
 font:700 10px/1.6 system-ui,sans-serif;vertical-align:2px}
.qp-doc .qp-text [title]:hover{outline:1px solid #495057;cursor:help}
.qp-doc table{margin:14px 0 0;border-collapse:collapse;font-size:13px}
.qp-doc caption{text-align:left;font-weight:700;padding:0 0 4px}
.qp-doc th,.qp-doc td{padding:2px 12px 2px 0;border-bottom:1px solid #dee2e6;
 text-align:left;vertical-align:top}
.qp-doc td.qp-num{text-align:right;white-space:nowrap}
.qp-doc .qp-results td.qp-quoted{white-space:pre-wrap;overflow-wrap:anywhere}
"""

_LQ, _RQ = "\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"  # English
_LSQ, _RSQ = "\N{LEFT SINGLE QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}"  # nested

# The legend: (label, layer, variants, sample). Samples are our own words.
_LEGEND: tuple[tuple[str, Layer, tuple[str, ...], str], ...] = (
    ("quotation", Layer.QUOTE, ("speech", "depth-0"), f"{_LQ}speech{_RQ}"),
    ("nested", Layer.QUOTE, ("speech", "depth-1"), f"{_LSQ}inner{_RSQ}"),
    ("partial", Layer.QUOTE, ("partial", "depth-0"), f"{_LQ}phrase{_RQ}"),
    ("scare quote", Layer.QUOTE, ("scare", "depth-0"), f"{_LQ}term{_RQ}"),
    ("speaker", Layer.SPEAKER, (), "the minister"),
    ("cue", Layer.CUE, (), "said"),
    ("editor's insertion", Layer.INSERTION, ("clarification",), "[editor]"),
    ("marker line", Layer.MARKER, ("comment",), "Label:"),
    ("quantity", Layer.QUANTITY, ("length",), "5 km"),
    ("conversion", Layer.CONVERSION, ("consistent",), "1 mile (1.6 km)"),
    ("inconsistent", Layer.CONVERSION, ("inconsistent",), "1 mile (3 km)"),
)

_COUNTED = (
    ("quotes", "quotation", "quotations"),
    ("insertions", "insertion", "insertions"),
    ("markers", "marker line", "marker lines"),
    ("quantities", "quantity", "quantities"),
    ("conversions", "conversion", "conversions"),
)


def _classes(layer: Layer, variants: tuple[str, ...]) -> str:
    return " ".join([f"qp-{layer.value}", *(f"qp-{v}" for v in variants)])


def _summary(doc: Document) -> str:
    parts = []
    for field, one, many in _COUNTED:
        n = len(getattr(doc, field))
        parts.append(f"<b>{n}</b> {one if n == 1 else many}")
    flagged = Counter(c.consistent for c in doc.conversions)[False]
    if flagged:
        parts.append(f'<b class="qp-flagged">{flagged}</b> inconsistent')
    return (
        f'<p class="qp-summary">quoteparse: {len(doc.text):,} characters; '
        + ", ".join(parts)
        + ". Hover over a highlight for details.</p>"
    )


def _legend() -> str:
    keys = "".join(
        f'<span class="qp-key"><span class="{_classes(layer, variants)}">'
        f"{html.escape(sample, quote=False)}</span> {html.escape(label, quote=False)}</span>"
        for label, layer, variants, sample in _LEGEND
    )
    return f'<div class="qp-legend" role="note" aria-label="legend">{keys}</div>'


def _body(doc: Document) -> str:
    out: list[str] = []
    for event in layout(doc.text, highlights(doc)):
        if isinstance(event, str):
            out.append(html.escape(event, quote=False))
        elif isinstance(event, Open):
            h = event.highlight
            hover = f' title="{html.escape(h.title)}"' if h.title else ""
            out.append(f'<span class="{html.escape(_classes(h.layer, h.variants))}"{hover}>')
        elif isinstance(event, Close):
            out.append("</span>")
    return "".join(out)


def _who(doc: Document) -> str:
    """The "who is quoted" table under the text: person, role, quotations, words quoted."""
    rows = who_is_quoted(doc)
    if not rows:
        return ""

    def cell(value: object, cls: str = "") -> str:
        text = "" if value is None else html.escape(str(value), quote=False)
        return f'<td class="{cls}">{text}</td>' if cls else f"<td>{text}</td>"

    body = "".join(
        "<tr>"
        + cell(r["name"])
        + cell(r["role"])
        + cell(r["quote_count"], "qp-num")
        + cell(r["words_quoted"], "qp-num")
        + "</tr>"
        for r in rows
    )
    return (
        '<table class="qp-who"><caption>Who is quoted</caption><thead><tr><th>person</th>'
        "<th>role</th><th>quotations</th><th>words quoted</th></tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


def _results(doc: Document) -> str:
    """The results table under the text: number, kind, span, the text covered, details."""
    rows = result_rows(doc)
    if not rows:
        return ""
    body = "".join(
        f'<tr><td class="qp-num">{number(r.index)}</td><td>{r.kind}</td>'
        f'<td class="qp-num">{r.start}-{r.end}</td>'
        f'<td class="qp-quoted">{html.escape(doc.text[r.start : r.end], quote=False)}</td>'
        f"<td>{html.escape(r.details, quote=False)}</td></tr>"
        for r in rows
    )
    return (
        '<table class="qp-results"><caption>Results</caption><thead><tr><th>#</th>'
        "<th>kind</th><th>span</th><th>text</th><th>details</th></tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


def _lang(text: str) -> str:
    # lang="" says "unknown" rather than letting the page's "en" claim the text.
    return guess_language(text) or ""


def _fragment(doc: Document, *, style: bool) -> str:
    sheet = f"<style>{_CSS}</style>" if style else ""
    return (
        f'<div class="qp-doc">{sheet}{_summary(doc)}{_legend()}'
        f'<div class="qp-text" lang="{_lang(doc.text)}">{_body(doc)}</div>'
        f"{_who(doc)}{_results(doc)}</div>"
    )


def render_html(doc: Document, standalone: bool = True, *, title: str = "quoteparse") -> str:
    """The text of ``doc`` as HTML, each kind of result highlighted in its own colour.

    Quotations are yellow (nested ones deeper in tone, partial and scare quotes
    underlined), speakers blue, cues green, editors' insertions violet italics,
    marker lines grey, quantities teal, conversions boxed (in red with a flag
    when inconsistent); hovering a highlight shows its details. With
    ``standalone=True`` the result is a whole page titled ``title``; otherwise a
    ``<div>`` carrying its own style sheet, for embedding (Jupyter shows this).

    >>> from quoteparse import Document, Quote, QuoteKind, Span
    >>> text = '"<b>Hi</b>," she said.'
    >>> q = Quote(Span(0, 12), Span(1, 11), text[1:11], '"', '"', True, 0, None,
    ...           QuoteKind.SPEECH, speaker="she", speaker_span=Span(13, 16))
    >>> page = render_html(Document(text, quotes=(q,)), standalone=False)
    >>> '&lt;b&gt;Hi&lt;/b&gt;' in page, '<b>Hi' in page
    (True, False)
    >>> '<span class="qp-speaker" title="Speaker of quotation #0: she">she</span>' in page
    True
    >>> '<td class="qp-num">#0</td><td>quotation</td><td class="qp-num">0-12</td>' in page
    True
    """
    if standalone:
        return _page(_fragment(doc, style=False), title)
    return _fragment(doc, style=True)


def _page(body: str, title: str) -> str:
    return _page_head(title) + body + _PAGE_TAIL


def _page_head(title: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title, quote=False)}</title><style>{_CSS}"
        "body{margin:24px;background:#f8f9fa}"
        "h2{font:600 15px system-ui,sans-serif;color:#495057;margin:28px 0 8px}"
        "</style></head>\n<body>"
    )


_PAGE_TAIL = "</body></html>\n"


def _section(name: str, doc: Document) -> str:
    heading = f"<h2>{html.escape(name, quote=False)}</h2>"
    return f"<section>{heading}{_fragment(doc, style=False)}</section>"


def html_section(name: str, doc: Document) -> str:
    """One document's section of a page of several, headed by ``name``."""
    return _section(name, doc)


def page_head(title: str = "quoteparse") -> str:
    """The start of a page of sections, up to its ``<body>``."""
    return _page_head(title)


def page_tail() -> str:
    """The end of a page of sections."""
    return _PAGE_TAIL


def render_html_pages(named: Sequence[tuple[str, Document]], title: str = "quoteparse") -> str:
    """One standalone page with a section per ``(name, document)``, each under its name.

    >>> from quoteparse import parse
    >>> page = render_html_pages([("a.txt", parse("Note: one")), ("<b>", parse("Two."))])
    >>> page.count('<div class="qp-doc">'), "<h2>&lt;b&gt;</h2>" in page
    (2, True)
    """
    return _page("".join(_section(name, doc) for name, doc in named), title)


def iter_html_pages(
    named: Iterable[tuple[str, Document]], title: str = "quoteparse"
) -> Iterator[str]:
    """The page of :func:`render_html_pages` in pieces: the head, one per section, the tail.

    ``named`` may be lazy: each section is rendered when its document arrives,
    so a caller can write the page out while later documents are still parsed.
    Nothing is yielded when ``named`` is empty.

    >>> from quoteparse import parse
    >>> pieces = list(iter_html_pages([("a.txt", parse("Note: one"))]))
    >>> len(pieces), pieces[-1]
    (3, '</body></html>\\n')
    """
    started = False
    for name, doc in named:
        if not started:
            yield _page_head(title)
            started = True
        yield _section(name, doc)
    if started:
        yield _PAGE_TAIL


# Document._repr_html_() hands over to render_html() (the model does not import its views).
model.VIEWS.html = render_html
