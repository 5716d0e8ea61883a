"""A definite role joins the person it is written before (speakers/roles.py)."""

from __future__ import annotations

from quoteparse import parse
from quoteparse.speakers.roles import role_before, role_name


def _name(text: str, description: str, at: int) -> str | None:
    where = role_name(text, description, at)
    return None if where is None else text[where.start : where.end]


def test_nearest_before_the_mention_else_first_after() -> None:
    text = "minister Ann Lee spoke. Then minister Bo Chan. The minister said no. minister Cy Dee."
    assert _name(text, "minister", text.index("The minister")) == "Bo Chan"
    assert _name(text, "minister", 0) == "Ann Lee"  # nothing before 0: the first after
    assert _name(text, "minister", len(text)) == "Cy Dee"


def test_comma_initial_and_coordinated_role() -> None:
    assert _name("the coach, Rod B. Amour, left", "coach", 99) == "Rod B. Amour"
    assert _name("die Forscherin und Ärztin Eva Roth kam", "Forscherin", 99) == "Eva Roth"


def test_a_role_inside_a_word_or_before_one_word_gives_nothing() -> None:
    assert _name("the prime minister Lee", "minister", 99) is None
    assert _name("the subminister Ann Lee", "minister", 99) is None


def test_an_english_definite_role_joins_the_name() -> None:
    text = 'The club chairman Tom Weller met fans. "We stay," the chairman said.'
    doc = parse(text)
    assert [doc.speakers[q.speaker_id].name for q in doc.quotes if q.speaker_id is not None] == [
        "Tom Weller"
    ]


def test_role_before_a_comma_marks_a_person() -> None:
    text = "Then the mayor of Springfield, Joe Quimby, spoke."
    assert role_before(text, text.index("Joe"))
    assert not role_before("In Springfield, Joe Quimby spoke.", 16)
    assert not role_before("Joe Quimby spoke.", 0)
