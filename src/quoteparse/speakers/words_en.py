"""English words that tell the writer's own words from a speaker (one entry a line).

Essays, guides and opinion pieces quote words no one said: an example, a
hypothetical speaker, an instruction to the reader. Matching is on the
lower-cased words with the curly apostrophe written straight. Entries are
unique, and a test in ``tests/test_nonspeakers.py`` uses each.
"""

from __future__ import annotations

__all__ = [
    "ABSTRACT_SOURCES",
    "EXAMPLE_LABELS",
    "FRAME_VERBS",
    "FUTURE_MODALS",
    "HYPOTHETICAL_MODALS",
    "IMPERATIVE_LEADS",
    "IMPERATIVE_VERBS",
]

#: Modal verbs that, right before a cue, make its speaker hypothetical (``An
#: abuser would have said:``, ``people would say``): the mention stays, no person
#: is given. ``will`` is not one: ``Mr Kennedy will say:`` previews a speech.
HYPOTHETICAL_MODALS: frozenset[str] = frozenset(
    (
        "would",
        "could",
        "might",
        "should",
        "may",
    )
)

#: Modal verbs that, right before a cue, are no part of the speaker's mention
#: but leave the speaker real (``Mr Kennedy will say:`` previews a speech).
FUTURE_MODALS: frozenset[str] = frozenset(("will",))

#: A sentence made of one of these and a colon introduces an example, not a
#: speaker (``Example: "That was so funny I literally cried."``, ``Or: "..."``).
EXAMPLE_LABELS: frozenset[str] = frozenset(
    (
        "example",
        "examples",
        "for example",
        "another example",
        "for instance",
        "or",
        "or even",
        "instead",
    )
)

#: Words that, opening a sentence before a bare cue verb, make it an
#: instruction to the reader (``Don't say "..."``, ``Never say "..."``).
IMPERATIVE_LEADS: frozenset[str] = frozenset(
    (
        "don't",
        "do not",
        "never",
        "just",
        "please",
    )
)

#: Cue verbs in their bare form, as an instruction to the reader uses them
#: (the cue table has no other bare form: ``tell`` and ``ask`` are no cues).
IMPERATIVE_VERBS: frozenset[str] = frozenset(("say",))

#: Fields of knowledge and abstractions that "tell us" things in essays
#: (``Neuroscience tells us that ...``, ``History shows``): a mention that is one
#: of these alone names no person or body.
ABSTRACT_SOURCES: frozenset[str] = frozenset(
    (
        "science",
        "neuroscience",
        "history",
        "experience",
        "evidence",
        "logic",
        "common sense",
    )
)

#: Verbs that introduce a quotation only when a comma or colon sets it right
#: after them (``Emery states, "..."``, ``The tweet reads: "..."``); elsewhere
#: they are too often nouns or other senses (``member states``, ``a sign that
#: reads``) to be cues.
FRAME_VERBS: frozenset[str] = frozenset(
    (
        "states",
        "reads",
    )
)
