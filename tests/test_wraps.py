"""The fast test for joints in quoteparse.wraps against the plain loop it replaces."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteparse import wraps


def _joints_by_loop(text: str) -> int:
    """Single newlines between two characters that are no line breaks, one by one."""
    found = 0
    at = text.find("\n")
    while at >= 0:
        nxt = text[at + 1 : at + 2]
        before = at - 2 if text[at - 1 : at] == "\r" else at - 1  # the line's last character
        if nxt and nxt not in "\r\n" and before >= 0 and text[before] not in "\r\n":
            found += 1
        at = text.find("\n", at + 1)
    return found


@settings(max_examples=500)
@given(st.text(alphabet="ab \r\n", max_size=30))
def test_has_joints_equals_the_loop(text: str) -> None:
    assert wraps._has_joints(text) == (_joints_by_loop(text) >= wraps.MIN_JOINTS)


def test_has_joints_examples() -> None:
    assert wraps._has_joints("a\nb\nc")
    assert wraps._has_joints("a\r\nb\r\nc")
    assert not wraps._has_joints("a\n\nb\n\nc")  # blank lines between paragraphs
    assert not wraps._has_joints("\na\nb")  # one joint: the first newline has no line before
