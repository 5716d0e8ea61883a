"""Add the speaker as a person to quotation gold that already has offsets.

The rows are written by a person reading each article; this script only merges
them into an existing gold file and checks them. It never proposes a name.

Rows file format::

    = bbc-business-121                a gold document, by its id
    1935 | Avery Shenfeld | cue_after one quotation, by its start offset:
                                      NAME | ATTRIBUTION as in gold_offsets.py
    # comment                         ignored, as are blank lines

Every quotation of a listed document must get exactly one row. ``NAME`` is ``-``
when the text does not say who; it must otherwise occur in the article, and a
named quotation cannot have the attribution ``none``.

Usage:

``python3 evaluation/tools/speaker_names.py show GOLD.jsonl [ID ...] [--corpus DIR]``
    prints each quotation (start, kind, speaker, text) for the annotator;
``python3 evaluation/tools/speaker_names.py merge GOLD.jsonl ROWS [--corpus DIR]``
    writes the names into GOLD.jsonl in place.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evaluation.tools.gold_offsets import (
    ATTRIBUTIONS,
    DEFAULT_CORPUS,
    RowError,
    read_corpus_text,
)


def read_gold(path: Path) -> list[dict[str, object]]:
    """The gold documents of one JSONL file, in file order."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _text(doc: dict[str, object], corpus: Path) -> str:
    """The document's text: inline ``text``, else its corpus ``source`` file."""
    if "text" in doc:
        return str(doc["text"])
    return read_corpus_text(corpus / str(doc["source"]))


def show(docs: list[dict[str, object]], ids: set[str], corpus: Path) -> None:
    """Print the quotations of the chosen documents, with a little context."""
    for doc in docs:
        if ids and doc["id"] not in ids:
            continue
        text = _text(doc, corpus)
        print(f"= {doc['id']}")
        for q in doc["quotes"]:  # type: ignore[attr-defined]
            start, end = int(q["start"]), int(q["end"])
            shown = text[start:end].replace("\n", "\\n")
            if len(shown) > 100:
                shown = f"{shown[:50]} ... {shown[-45:]}"
            print(f"{start} | {q['kind']} | {q['speaker']} | {shown}")


def parse_rows(rows: str) -> dict[str, dict[int, tuple[str | None, str]]]:
    """Read the rows file: document id -> start -> (name, attribution)."""
    out: dict[str, dict[int, tuple[str | None, str]]] = {}
    current: dict[int, tuple[str | None, str]] | None = None
    for lineno, raw in enumerate(rows.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("= "):
            current = out.setdefault(line[2:].strip(), {})
            continue
        if current is None:
            raise RowError(f"line {lineno}: row before any '= id' line")
        parts = [part.strip() for part in line.split(" | ")]
        if len(parts) != 3 or not parts[0].isdigit() or parts[2] not in ATTRIBUTIONS:
            raise RowError(f"line {lineno}: expected START | NAME | ATTRIBUTION")
        start = int(parts[0])
        if start in current:
            raise RowError(f"line {lineno}: start {start} given twice")
        current[start] = (None if parts[1] == "-" else parts[1], parts[2])
    return out


def merge(
    docs: list[dict[str, object]], rows: dict[str, dict[int, tuple[str | None, str]]], corpus: Path
) -> int:
    """Write the names into the documents; return how many quotations got one."""
    by_id = {str(doc["id"]): doc for doc in docs}
    count = 0
    for doc_id, names in rows.items():
        if doc_id not in by_id:
            raise RowError(f"{doc_id}: no such gold document")
        doc = by_id[doc_id]
        text = _text(doc, corpus)
        quotes: list[dict[str, object]] = doc["quotes"]  # type: ignore[assignment]
        starts = {int(str(q["start"])) for q in quotes}
        if set(names) != starts:
            missing = sorted(starts - set(names))
            extra = sorted(set(names) - starts)
            raise RowError(f"{doc_id}: rows missing for {missing}, rows for no quotation {extra}")
        for q in quotes:
            name, attribution = names[int(str(q["start"]))]
            if name is not None and name not in text:
                raise RowError(f"{doc_id}: speaker_name {name!r} is not in the text")
            if name is not None and attribution == "none":
                # README-speakers: ``none`` says nobody is named, so it cannot go with a name
                raise RowError(f"{doc_id}: {name!r} at {q['start']} has attribution 'none'")
            q["speaker_name"] = name
            q["attribution"] = attribution
            count += 1
    return count


def main(argv: list[str]) -> int:
    """Run ``show`` or ``merge``."""
    args = list(argv[1:])
    corpus = DEFAULT_CORPUS
    if "--corpus" in args:
        at = args.index("--corpus")
        corpus = Path(args[at + 1])
        del args[at : at + 2]
    if len(args) < 2 or args[0] not in ("show", "merge"):
        print(__doc__, file=sys.stderr)
        return 2
    gold = Path(args[1])
    docs = read_gold(gold)
    if args[0] == "show":
        show(docs, set(args[2:]), corpus)
        return 0
    if len(args) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    count = merge(docs, parse_rows(Path(args[2]).read_text(encoding="utf-8")), corpus)
    with gold.open("w", encoding="utf-8") as out:
        for doc in docs:
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(f"{count} quotations named", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
