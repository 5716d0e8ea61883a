"""Score speakers as people against the quotation gold's ``speaker_name`` and ``attribution``.

Only gold quotations the finder found (same span) are scored, so these figures
measure attribution and resolution, not quotation finding (the quotes row of
the main table does that). Per group of documents (``bbc``, ``web-de`` ...):

- **mention**: the predicted ``speaker`` equals the gold ``speaker`` as written;
- **person**: of the gold quotations with a person, the share whose resolved
  speaker's name equals it (names compared as ``README-speakers.md`` says);
- **unresolved**: of those, the share given no person;
- **resolved precision**: of the quotations given a person, the share whose
  person is right (a person given where the gold has none is wrong);
- **wrong where open**: quotations given a person where the gold has none;
- the **confusion** of ``attribution`` values, gold against predicted.

>>> same_person("Mr Gordon Brown", "gordon brown"), same_person("Brown", "Gordon Brown")
(True, False)
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

__all__ = ["SpeakerScore", "normalise_name", "same_person", "score_speakers"]

_ARTICLES = frozenset(
    ("the", "a", "an", "der", "die", "das", "le", "la", "les", "el", "los", "las", "il", "lo")
)
_HONORIFICS = frozenset(
    ("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "frau", "herr")
)
_HONORIFICS_FR_ES = frozenset(("m", "mme", "mlle", "monsieur", "madame", "señor", "señora"))


def normalise_name(name: str | None) -> str | None:
    """A name as scoring compares it: folded, no leading article or honorific, no 's."""
    if name is None:
        return None
    words = name.replace("’", "'").casefold().split()
    if words and words[0].startswith("l'") and len(words[0]) > 2:
        words[0] = words[0][2:]
    if words and words[0] in _ARTICLES:
        words = words[1:]
    if words and words[0].rstrip(".") in _HONORIFICS | _HONORIFICS_FR_ES and len(words) > 1:
        words = words[1:]
    if words:
        last = words[-1]
        for tail in ("'s", "'"):
            if last.endswith(tail) and len(last) > len(tail):
                words[-1] = last[: -len(tail)]
                break
    return " ".join(words) or None


def same_person(predicted: str | None, gold: str | None) -> bool:
    """Whether two names are the same person under the scoring rules."""
    return normalise_name(predicted) == normalise_name(gold)


@dataclass
class SpeakerScore:
    """Counts for one group of documents."""

    group: str
    matched: int = 0
    mention_ok: int = 0
    with_person: int = 0
    person_ok: int = 0
    unresolved: int = 0
    resolved: int = 0
    resolved_ok: int = 0
    wrong_where_open: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, doc_id: str, pred: dict[str, Any], gold: dict[str, Any]) -> None:
        """Count one matched quotation."""
        self.matched += 1
        self.mention_ok += pred.get("speaker") == gold.get("speaker")
        if "attribution" in gold:
            self.confusion[(gold["attribution"], pred.get("attribution", "none"))] += 1
        if "speaker_name" not in gold:
            return
        want, got = gold["speaker_name"], pred.get("person")
        ok = same_person(got, want)
        if want is not None:
            self.with_person += 1
            self.person_ok += ok
            self.unresolved += got is None
        if got is not None:
            self.resolved += 1
            self.resolved_ok += ok
            self.wrong_where_open += want is None
        if not ok:
            self.errors.append(
                {
                    "doc": doc_id,
                    "start": gold["start"],
                    "gold": want,
                    "predicted": got,
                    "mention": pred.get("speaker"),
                    "gold_attribution": gold.get("attribution"),
                    "attribution": pred.get("attribution"),
                }
            )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data, with the rates."""

        def rate(a: int, b: int) -> float | None:
            return a / b if b else None

        return {
            "group": self.group,
            "matched": self.matched,
            "mention_accuracy": rate(self.mention_ok, self.matched),
            "with_person": self.with_person,
            "person_accuracy": rate(self.person_ok, self.with_person),
            "unresolved_rate": rate(self.unresolved, self.with_person),
            "resolved": self.resolved,
            "resolved_precision": rate(self.resolved_ok, self.resolved),
            "wrong_where_open": self.wrong_where_open,
            "confusion": {f"{g}->{p}": n for (g, p), n in sorted(self.confusion.items())},
        }


def score_speakers(
    runs: list[tuple[str, str, list[dict[str, Any]], list[dict[str, Any]]]],
) -> dict[str, SpeakerScore]:
    """Score ``(group, doc id, gold quotes, predicted quotes)``; one score per group and ``all``.

    >>> gold = [{"start": 0, "end": 9, "speaker": "he", "speaker_name": "Tom Weller",
    ...          "attribution": "cue_after"}]
    >>> pred = [{"start": 0, "end": 9, "speaker": "he", "person": "Tom Weller",
    ...          "attribution": "cue_after"}]
    >>> s = score_speakers([("bbc", "d1", gold, pred)])["all"].to_dict()
    >>> s["person_accuracy"], s["resolved_precision"], s["confusion"]
    (1.0, 1.0, {'cue_after->cue_after': 1})
    """
    scores: dict[str, SpeakerScore] = {}
    for group, doc_id, gold, predicted in runs:
        by_span = {(p["start"], p["end"]): p for p in predicted}
        for g in gold:
            if "speaker_name" not in g and "attribution" not in g:
                continue
            p = by_span.get((g["start"], g["end"]))
            if p is None:
                continue
            for name in (group, "all"):
                scores.setdefault(name, SpeakerScore(name)).add(doc_id, p, g)
    return dict(sorted(scores.items(), key=lambda kv: (kv[0] == "all", kv[0])))
