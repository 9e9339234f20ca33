"""The Actor value."""

from __future__ import annotations

import pytest

from catalog.actor import Actor


def test_an_actor_reads_as_one_audit_line() -> None:
    assert Actor("wang", "editor", "api", publisher="stats").label() == "wang (editor, api)"
    assert Actor.system().label() == "system (system, system)"


@pytest.mark.parametrize(("who", "channel"), [("", "cli"), ("wang", "fax")])
def test_an_actor_needs_a_name_and_a_known_channel(who: str, channel: str) -> None:
    with pytest.raises(ValueError):
        Actor(who, "editor", channel)
