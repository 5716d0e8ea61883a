"""French words that speaker resolution reads around a name (one entry a line).

Matching is on the word as written (lower case). Entries are unique, and a test
in ``tests/test_french_speakers.py`` uses each.
"""

from __future__ import annotations

__all__ = ["COMPLEMENT_OPENERS"]

#: The words that open the complement of a role, not a name: ``ministre de la
#: Santé``, ``ministère des Affaires étrangères``, ``directeur du Centre``.
#: ``de`` alone is a name particle (``Charles de Gaulle``), so it counts only
#: before ``la``.
COMPLEMENT_OPENERS: frozenset[tuple[str, ...]] = frozenset(
    (
        ("du",),
        ("des",),
        ("de", "la"),
    )
)
