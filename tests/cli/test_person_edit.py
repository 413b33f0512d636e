"""`kith person edit`: several people changed at once, or none at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli import Kith


@pytest.fixture
def kith(empty_db: Path, capsys: pytest.CaptureFixture[str]) -> Kith:
    kith = Kith(empty_db, capsys)
    kith.ok("person", "add", "Ana Silva", "--circle", "wider")
    kith.ok("person", "add", "Ben Okafor", "--circle", "friends", "--every", "21")
    kith.ok("person", "add", "Chloé Martin", "--circle", "close")
    return kith


def people(kith: Kith) -> dict[str, tuple[str, int, bool]]:
    listed = kith.json("person", "list")
    assert isinstance(listed, list)
    return {p["name"]: (p["circle"], p["rhythm_days"], p["lean_on"]) for p in listed}


def test_edit_moves_several_people_and_gives_back_the_circle_rhythm(kith: Kith) -> None:
    out = kith.ok("person", "edit", "Ana", "#2", "--circle", "inner", "--every", "default")
    assert "Ana Silva (#1): inner, every 7 days" in out
    assert "Ben Okafor (#2): inner, every 7 days" in out
    assert people(kith) == {
        "Ana Silva": ("inner", 7, False),
        "Ben Okafor": ("inner", 7, False),
        "Chloé Martin": ("close", 14, False),
    }
    kith.ok("person", "edit", "Chloé", "Ana", "--every", "10", "--lean-on")
    assert people(kith)["Chloé Martin"] == ("close", 10, True)
    assert people(kith)["Ana Silva"] == ("inner", 10, True)
    kith.ok("person", "edit", "Ana", "--no-lean-on")
    assert people(kith)["Ana Silva"] == ("inner", 10, False)


def test_one_unknown_name_refuses_the_whole_edit(kith: Kith) -> None:
    before = people(kith)
    err = kith.fails("person", "edit", "Ana", "Zed Nobody", "Ben", "--circle", "inner")
    assert "No one called “Zed Nobody”" in err
    err = kith.fails("person", "edit", "Ana", "Ben", "--every", "9999")
    assert "is outside" in err
    err = kith.fails("person", "edit", "Ana", "--every", "soon")
    assert "soon" in err
    assert people(kith) == before


def test_edit_asks_what_to_change(kith: Kith) -> None:
    code, _out, err = kith("person", "edit", "Ana")
    assert code == 2 and "--circle" in err
