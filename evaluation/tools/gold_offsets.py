"""Turn hand-picked quotation rows into gold JSONL with offsets.

The rows are written by a person reading each article; this script only finds
where each picked string sits and checks the result. It never proposes a
quotation itself. The rows file holds corpus text, so it is kept outside the
repository (the gold file stores only file names, offsets, speakers and kinds).

Rows file format, one item a line::

    = bbc/politics/012.txt            start a document (path under the corpus)
    QUOTE | N | SPEAKER | KIND        one quotation of the current document
    QUOTE | N | SPEAKER | KIND | NAME | ATTRIBUTION
                                      the same, with the person (see below)
    # comment                         ignored, as are blank lines

``QUOTE`` is the quotation as it appears, quote marks included. For a long or
multi-paragraph quotation write ``HEAD <> TAIL``: the span runs from the start
of HEAD to the end of the first TAIL after it (paragraph breaks in between are
kept as they are in the text). ``N`` is which occurrence of QUOTE (or HEAD) in
the text, counting from 1. ``SPEAKER`` is the noun phrase as written, or ``-``
for none. ``KIND`` is ``speech``, ``partial`` or ``scare``. A document with
no quotation lines is written with an empty list (annotated, none present).

The six-column form adds the speaker as a person: ``NAME`` is the person's (or
body's) name at its fullest as written anywhere in the article, or ``-``;
``ATTRIBUTION`` says how the text attributes the quotation, one of
``ATTRIBUTIONS`` below (``evaluation/gold/README-speakers.md`` defines them).

Usage: ``python3 evaluation/tools/gold_offsets.py ROWS OUT.jsonl [CORPUS] [--id-prefix P]``

Each document's id is its corpus path with ``/`` as ``-`` and no ``.txt``
(``bbc-politics-012``), after the optional prefix: ids must be unique across all
gold files, and another finder's gold may already use the bare id for the same
article (``markers-web.jsonl`` does for the web corpus).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

#: Characters that may open or close a quotation in the annotated text.
QUOTE_MARKS = frozenset(
    "\N{QUOTATION MARK}"
    "\N{APOSTROPHE}"
    "\N{LEFT DOUBLE QUOTATION MARK}"
    "\N{RIGHT DOUBLE QUOTATION MARK}"
    "\N{LEFT SINGLE QUOTATION MARK}"
    "\N{RIGHT SINGLE QUOTATION MARK}"
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
    "\N{DOUBLE LOW-9 QUOTATION MARK}"
    "\N{SINGLE LOW-9 QUOTATION MARK}"
    "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}"
    "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"
    "\N{LEFT CORNER BRACKET}"  # CJK 「 」
    "\N{RIGHT CORNER BRACKET}"
    "\N{LEFT WHITE CORNER BRACKET}"  # CJK 『 』, nested inside 「 」
    "\N{RIGHT WHITE CORNER BRACKET}"
)
KINDS = frozenset({"speech", "partial", "scare"})
#: How a quotation is attributed (defined in ``evaluation/gold/README-speakers.md``).
ATTRIBUTIONS = frozenset(
    {
        "cue_after",
        "cue_before",
        "according_to",
        "colon_intro",
        "continued",
        "paragraph_carry",
        "cue_later",
        "none",
    }
)
DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


class RowError(ValueError):
    """A row that cannot be placed in its article."""


@dataclass
class Doc:
    """One annotated article: its corpus path, text and quotation items."""

    source: str
    text: str
    quotes: list[dict[str, object]]


def read_corpus_text(path: Path) -> str:
    """Decode a corpus file as UTF-8, falling back to cp1252; nothing is stripped."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def nth(text: str, needle: str, n: int) -> int:
    """Start of the n-th (1-based) occurrence of needle in text."""
    pos = -1
    for _ in range(n):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            raise RowError(f"occurrence {n} of {needle!r} not found")
    return pos


def place(text: str, quote: str, n: int) -> tuple[int, int]:
    """Offsets of the picked quotation (``HEAD <> TAIL`` or a whole string)."""
    if " <> " in quote:
        head, tail = quote.split(" <> ", 1)
        start = nth(text, head, n)
        end = text.find(tail, start + len(head))
        if end < 0:
            raise RowError(f"tail {tail!r} not found after {head!r}")
        return start, end + len(tail)
    start = nth(text, quote, n)
    return start, start + len(quote)


def check(doc: Doc) -> None:
    """Raise RowError unless every span is a marked, non-crossing quotation."""
    spans = sorted((int(str(q["start"])), int(str(q["end"]))) for q in doc.quotes)
    for start, end in spans:
        piece = doc.text[start:end]
        if len(piece) < 2 or piece[0] not in QUOTE_MARKS or piece[-1] not in QUOTE_MARKS:
            raise RowError(f"{doc.source}: span {start}-{end} {piece!r} is not marked")
    for i, (s1, e1) in enumerate(spans):
        for s2, e2 in spans[i + 1 :]:
            if s2 < e1 < e2 or (s2 == s1 and e2 == e1):
                raise RowError(f"{doc.source}: spans {s1}-{e1} and {s2}-{e2} cross")
    for q in doc.quotes:
        speaker = q["speaker"]
        if speaker is not None and str(speaker) not in doc.text:
            raise RowError(f"{doc.source}: speaker {speaker!r} is not in the text")
        name = q.get("speaker_name")
        if name is not None and str(name) not in doc.text:
            raise RowError(f"{doc.source}: speaker_name {name!r} is not in the text")


def parse_rows(rows: str, corpus: Path) -> list[Doc]:
    """Read the rows file into documents with offsets."""
    docs: list[Doc] = []
    for lineno, raw in enumerate(rows.splitlines(), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("= "):
            source = line[2:].strip()
            docs.append(Doc(source, read_corpus_text(corpus / source), []))
            continue
        if not docs:
            raise RowError(f"line {lineno}: quotation before any '= file' line")
        person: dict[str, object] = {}
        head, *tail = (part.strip() for part in line.rsplit(" | ", 2))
        if len(tail) == 2 and tail[1] in ATTRIBUTIONS:
            # the six-column form: the person follows the four quotation columns
            person = {"speaker_name": None if tail[0] == "-" else tail[0], "attribution": tail[1]}
            line = head
        parts = [part.strip() for part in line.rsplit(" | ", 3)]
        if len(parts) != 4:
            raise RowError(
                f"line {lineno}: expected QUOTE | N | SPEAKER | KIND [| NAME | ATTRIBUTION]"
            )
        quote, n, speaker, kind = parts
        if kind not in KINDS:
            raise RowError(f"line {lineno}: unknown kind {kind!r}")
        doc = docs[-1]
        try:
            start, end = place(doc.text, quote, int(n))
        except RowError as exc:
            raise RowError(f"line {lineno} ({doc.source}): {exc}") from None
        doc.quotes.append(
            {
                "start": start,
                "end": end,
                "speaker": None if speaker == "-" else speaker,
                "kind": kind,
                **person,
            }
        )
    for doc in docs:
        doc.quotes.sort(key=lambda q: (int(str(q["start"])), -int(str(q["end"]))))
        check(doc)
    return docs


def main(argv: list[str]) -> int:
    """Write the gold JSONL and print each span back for the annotator to review."""
    argv = list(argv)
    prefix = ""
    if "--id-prefix" in argv:
        at = argv.index("--id-prefix")
        if at + 1 >= len(argv):
            print(__doc__, file=sys.stderr)
            return 2
        prefix = argv[at + 1]
        del argv[at : at + 2]
    if len(argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        return 2
    corpus = Path(argv[3]) if len(argv) == 4 else DEFAULT_CORPUS
    docs = parse_rows(Path(argv[1]).read_text(encoding="utf-8"), corpus)
    seen: set[str] = set()
    with Path(argv[2]).open("w", encoding="utf-8") as out:
        for doc in docs:
            if doc.source in seen:
                raise RowError(f"{doc.source} is annotated twice")
            seen.add(doc.source)
            doc_id = prefix + doc.source.removesuffix(".txt").replace("/", "-")
            record = {"id": doc_id, "source": doc.source, "quotes": doc.quotes}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            for q in doc.quotes:
                start, end = int(str(q["start"])), int(str(q["end"]))
                shown = doc.text[start:end].replace("\n", "\\n")
                if len(shown) > 90:
                    shown = f"{shown[:45]} ... {shown[-40:]}"
                print(f"{doc.source} {q['kind']:7} {q['speaker']!s:30.30} {shown}")
    total = sum(len(d.quotes) for d in docs)
    print(f"{len(docs)} documents, {total} quotations", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
