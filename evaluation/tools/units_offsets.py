"""Turn hand-written quantity rows into units gold JSONL with offsets.

The rows are written by a person reading each article; this script only finds
where each written string sits and checks the result. It never proposes a
quantity itself and imports nothing from quoteparse. The rows file holds corpus
text, so it is kept outside the repository (the gold stores only file names,
offsets, values and units).

Rows file format, one item a line::

    = bbc/business/010.txt          start a document (path under the corpus)
    SPAN | VALUE | UNIT             one quantity of the current document
    ~ SPAN | CONSISTENT             one conversion (true, false or null)
    # comment                       ignored, as are blank lines

``SPAN`` is the quantity as written. It may carry context around it as
``left [[span]] right``: the whole string is searched and the span is the part
inside the brackets. Quantity rows are written in order of appearance: each is
looked for after the start of the previous quantity of the document, at the
first place where the span does not start or end inside a number or a Latin
word. Conversion rows are found in the same way, in their own order, and must
start at a quantity and end at or after the end of another one. ``VALUE`` is a
Python float literal (``12e6``, ``0.5``); ``UNIT`` the canonical unit name. A
document with no quantity rows is written with empty lists (read, none present).

Usage: ``python3 evaluation/tools/units_offsets.py ROWS OUT.jsonl [CORPUS] --id-prefix P``

Each document's id is the prefix then its corpus path with ``/`` as ``-`` and
no ``.txt`` (``un-bbc-business-010``). Every span is printed back with its
value and unit for the annotator to review.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
CONSISTENT = {"true": True, "false": False, "null": None}


class RowError(ValueError):
    """A row that cannot be placed in its article."""


@dataclass
class Doc:
    """One annotated article: its corpus path, text, quantities and conversions."""

    source: str
    text: str
    quantities: list[dict[str, object]] = field(default_factory=list)
    conversions: list[dict[str, object]] = field(default_factory=list)


def read_corpus_text(path: Path) -> str:
    """Decode a corpus file as UTF-8, falling back to cp1252; nothing is stripped."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def _latin_letter(ch: str) -> bool:
    # CJK text runs letters into numbers ("增长3.5%"): only Latin-like scripts bound a word.
    return ch.isalpha() and ord(ch) < 0x2E80


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    first, last = text[start], text[end - 1]
    if before.isdigit() or (first.isdigit() and before in ".,"):
        return False
    if _latin_letter(first) and _latin_letter(before):
        return False
    if after.isdigit() and (last.isdigit() or last in ".,"):
        return False
    return not (_latin_letter(last) and _latin_letter(after))


def place(text: str, written: str, after: int) -> tuple[int, int]:
    """Offsets of the first bounded occurrence of ``written`` starting after ``after``."""
    if "[[" in written:
        left, rest = written.split("[[", 1)
        inner, right = rest.split("]]", 1)
    else:
        left, inner, right = "", written, ""
    whole = left + inner + right
    pos = after
    while True:
        pos = text.find(whole, pos + 1)
        if pos < 0:
            raise RowError(f"{written!r} not found after offset {after}")
        start = pos + len(left)
        end = start + len(inner)
        if _bounded(text, start, end):
            return start, end


def check(doc: Doc) -> None:
    """Raise RowError when quantities overlap or a conversion does not join two."""
    spans = [(int(str(q["start"])), int(str(q["end"]))) for q in doc.quantities]
    for (s1, e1), (s2, e2) in pairwise(spans):
        if s2 < e1:
            raise RowError(f"{doc.source}: quantities {s1}-{e1} and {s2}-{e2} overlap")
    starts = {s for s, _ in spans}
    for c in doc.conversions:
        cs, ce = int(str(c["start"])), int(str(c["end"]))
        inside = [(s, e) for s, e in spans if cs <= s and e <= ce]
        if cs not in starts or len(inside) < 2:
            raise RowError(f"{doc.source}: conversion {doc.text[cs:ce]!r} joins no two quantities")


def parse_rows(rows: str, corpus: Path) -> list[Doc]:
    """Read the rows file into documents with offsets."""
    docs: list[Doc] = []
    last_q = last_c = -1
    for lineno, raw in enumerate(rows.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("= "):
            source = line[2:].strip()
            docs.append(Doc(source, read_corpus_text(corpus / source)))
            last_q = last_c = -1
            continue
        if not docs:
            raise RowError(f"line {lineno}: item before any '= file' line")
        doc = docs[-1]
        try:
            if line.startswith("~ "):
                written, flag = (p.strip() for p in line[2:].rsplit(" | ", 1))
                if flag not in CONSISTENT:
                    raise RowError(f"consistent must be true, false or null, not {flag!r}")
                start, end = place(doc.text, written, last_c)
                last_c = start
                doc.conversions.append({"start": start, "end": end, "consistent": CONSISTENT[flag]})
                continue
            written, value, unit = (p.strip() for p in line.rsplit(" | ", 2))
            start, end = place(doc.text, written, last_q)
            last_q = start
            number = float(value)
            doc.quantities.append(
                {
                    "start": start,
                    "end": end,
                    "value": int(number) if number.is_integer() and abs(number) < 1e15 else number,
                    "unit": unit,
                }
            )
        except ValueError as exc:
            raise RowError(f"line {lineno} ({doc.source}): {exc}") from None
    for doc in docs:
        doc.quantities.sort(key=lambda q: (int(str(q["start"])), int(str(q["end"]))))
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
            record = {
                "id": doc_id,
                "source": doc.source,
                "quantities": doc.quantities,
                "conversions": doc.conversions,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            for item in doc.quantities + doc.conversions:
                start, end = int(str(item["start"])), int(str(item["end"]))
                left = doc.text[max(0, start - 12) : start].replace("\n", " ")
                right = doc.text[end : end + 8].replace("\n", " ")
                what = item.get("unit", f"conversion {item.get('consistent')}")
                piece = doc.text[start:end]
                print(f"{doc.source} {left}[[{piece}]]{right} = {item.get('value', '')} {what}")
    total = sum(len(d.quantities) for d in docs)
    conversions = sum(len(d.conversions) for d in docs)
    print(f"{len(docs)} documents, {total} quantities, {conversions} conversions", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
