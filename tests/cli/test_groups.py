"""`kith group show|rename|remove` and `kith plan --group`: a group used as one name."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli import Kith


@pytest.fixture
def kith(empty_db: Path, capsys: pytest.CaptureFixture[str]) -> Kith:
    kith = Kith(empty_db, capsys)
    for name in ("Ana Silva", "Ben Okafor", "Chloé Martin"):
        kith.ok("person", "add", name)
    kith.ok("group", "add", "Climbing crew", "--with", "Ben", "--with", "Ana")
    kith.ok("group", "add", "Book club")
    return kith


def test_a_group_is_shown_with_its_members_in_text_and_json(kith: Kith) -> None:
    assert kith.ok("group", "show", "climbing CREW") == (
        "Climbing crew (#1)\n  Ana Silva (#1)\n  Ben Okafor (#2)\n"
    )
    assert kith.json("group", "show", "Climbing crew") == {
        "id": 1,
        "name": "Climbing crew",
        "members": [{"id": 1, "name": "Ana Silva"}, {"id": 2, "name": "Ben Okafor"}],
    }
    assert "Nobody yet" in kith.ok("group", "show", "Book club")
    assert "There is no group “Chess”" in kith.fails("group", "show", "Chess")


def test_a_group_is_renamed_keeping_its_members(kith: Kith) -> None:
    out = kith.ok("group", "rename", "Climbing crew", "  Crag   rats ")
    assert out == "Renamed the group Climbing crew to Crag rats.\n"
    assert kith.ok("group", "list") == "Book club: nobody\nCrag rats: Ana Silva, Ben Okafor\n"
    assert "There is no group “Climbing crew”" in kith.fails(
        "group", "rename", "Climbing crew", "Other"
    )
    # A name taken by another group is refused, and nothing changes.
    assert "already a group called “Book club”" in kith.fails(
        "group", "rename", "Crag rats", "BOOK club"
    )
    assert "name" in kith.fails("group", "rename", "Crag rats", "   ")
    assert kith.ok("group", "list") == "Book club: nobody\nCrag rats: Ana Silva, Ben Okafor\n"
    # Another case of its own name is a rename, not a clash.
    kith.ok("group", "rename", "crag rats", "Crag Rats")
    assert "Crag Rats: Ana Silva" in kith.ok("group", "list")


def test_removing_a_group_keeps_its_people(kith: Kith) -> None:
    out = kith.ok("group", "remove", "climbing crew")
    assert out == "Removed the group Climbing crew (its 2 people stay in Kith).\n"
    assert kith.ok("group", "list") == "Book club: nobody\n"
    assert "Ana Silva" in kith.ok("person", "list")
    ana = kith.json("person", "show", "Ana")
    assert isinstance(ana, dict) and ana["groups"] == []
    assert "There is no group “Climbing crew”" in kith.fails("group", "remove", "Climbing crew")


def test_a_meetup_planned_with_a_group_has_every_member(kith: Kith) -> None:
    meetup = kith.json("plan", "Bouldering", "--group", "Climbing crew", "--with", "Chloé")
    assert isinstance(meetup, dict)
    assert sorted(meetup["people"]) == ["Ana Silva", "Ben Okafor", "Chloé Martin"]
    # Someone named and in the group is there once.
    walk = kith.json("plan", "Walk", "--with", "Ben", "--group", "Climbing crew")
    assert isinstance(walk, dict) and sorted(walk["people"]) == ["Ana Silva", "Ben Okafor"]


def test_planning_with_an_unknown_or_empty_group_or_nobody_is_refused(kith: Kith) -> None:
    assert "There is no group “Chess”" in kith.fails("plan", "X", "--group", "Chess")
    assert "Nobody is in the group “Book club” yet" in kith.fails(
        "plan", "X", "--group", "book club"
    )
    assert "--with NAME or --group NAME" in kith.fails("plan", "X")
    assert kith.json("plans", "--all") == []
