"""`kith tie`, `kith untie`, `kith group add|list`, and ties in `kith person show`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli import Kith


@pytest.fixture
def kith(empty_db: Path, capsys: pytest.CaptureFixture[str]) -> Kith:
    kith = Kith(empty_db, capsys)
    for name in ("Ana Silva", "Ana Souza", "Ben Okafor"):
        kith.ok("person", "add", name)
    return kith


def test_a_tie_shows_on_both_pages_and_reads_right_from_each(kith: Kith) -> None:
    out = kith.ok("tie", "Ana Silva", "Ben", "--as", "parent", "--note", "adopted")
    assert out == "Now Ana Silva is Ben Okafor's parent.\n"
    ben = kith.json("person", "show", "Ben")
    ana = kith.json("person", "show", "Ana Silva")
    assert isinstance(ben, dict) and isinstance(ana, dict)
    assert ben["ties"] == [{"id": 1, "name": "Ana Silva", "kind": "parent", "note": "adopted"}]
    assert ana["ties"] == [{"id": 3, "name": "Ben Okafor", "kind": "child", "note": "adopted"}]
    assert "  Ties: Ana Silva (parent) — adopted\n" in kith.ok("person", "show", "Ben")
    # Tying them again changes the one tie and keeps its note.
    assert kith.ok("tie", "Ben", "#1", "--as", "know") == (
        "Changed: now Ben Okafor and Ana Silva know each other.\n"
    )
    ben = kith.json("person", "show", "Ben")
    assert isinstance(ben, dict)
    assert ben["ties"] == [{"id": 1, "name": "Ana Silva", "kind": "know", "note": "adopted"}]
    assert kith.ok("untie", "Ben", "Ana Silva") == "Ben Okafor and Ana Silva are no longer tied.\n"
    ben = kith.json("person", "show", "Ben")
    assert isinstance(ben, dict) and ben["ties"] == []


def test_unknown_ambiguous_or_impossible_ties_are_one_clear_line(kith: Kith) -> None:
    assert "matches 2 people" in kith.fails("tie", "Ana", "Ben", "--as", "friends")
    assert "No one called “Zed”" in kith.fails("tie", "Zed", "Ben", "--as", "friends")
    assert "use one of partner, parent, child" in kith.fails("tie", "#1", "Ben", "--as", "cousin")
    assert "cannot be tied to themselves" in kith.fails("tie", "Ben", "Ben", "--as", "friends")
    ben = kith.json("person", "show", "Ben")
    assert isinstance(ben, dict) and ben["ties"] == []


def test_groups_are_added_listed_and_shown_on_their_people(kith: Kith) -> None:
    out = kith.ok("group", "add", "Climbing crew", "--with", "Ben", "--with", "Ana Souza")
    assert out == "Added the group Climbing crew (#1): Ana Souza, Ben Okafor.\n"
    assert "already a group called" in kith.fails("group", "add", "climbing CREW")
    assert "matches 2 people" in kith.fails("group", "add", "Book club", "--with", "Ana")
    assert kith.ok("group", "list") == "Climbing crew: Ana Souza, Ben Okafor\n"
    assert kith.json("group", "list") == [
        {
            "id": 1,
            "name": "Climbing crew",
            "members": [{"id": 2, "name": "Ana Souza"}, {"id": 3, "name": "Ben Okafor"}],
        }
    ]
    assert "  Groups: Climbing crew\n" in kith.ok("person", "show", "Ben")
