"""`kith person merge KEEP OTHER`: two people become one, asked first unless --yes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.cli.test_cli import Kith


@pytest.fixture
def kith(empty_db: Path, capsys: pytest.CaptureFixture[str]) -> Kith:
    kith = Kith(empty_db, capsys)
    kith.ok("person", "add", "Ana Silva", "--circle", "close", "--phone", "+62 812 3456 7890")
    kith.ok(
        "person",
        "add",
        "Ana S.",
        "--nickname",
        "Nana",
        "--phone",
        "0812 3456 7890",
        "--phone",
        "+62 21 555 0101",
        "--email",
        "ana@example.org",
    )
    kith.ok("person", "add", "Ben Okafor")
    kith.ok("log", "#2", "--mode", "in-person")
    return kith


def names(kith: Kith) -> list[str]:
    listed = kith.json("person", "list")
    assert isinstance(listed, list)
    return [p["name"] for p in listed]


def test_merge_with_yes_keeps_one_person_with_everything(kith: Kith) -> None:
    out = kith.ok("person", "merge", "Ana Silva", "#2", "--yes")
    assert out == ("Merged Ana S. (#2) into Ana Silva (#1): 1 interaction, 2 phones, 1 e-mail.\n")
    assert names(kith) == ["Ana Silva", "Ben Okafor"]
    shown = kith.json("person", "show", "#1")
    assert isinstance(shown, dict)
    assert shown["nickname"] == "Nana"
    assert len(shown["contacts"]) == 3


def test_take_uses_the_other_persons_value(kith: Kith) -> None:
    kith.ok("person", "merge", "#1", "#2", "--take", "name", "--yes")
    assert names(kith) == ["Ana S.", "Ben Okafor"]
    with pytest.raises(SystemExit) as usage:
        kith("person", "merge", "#1", "#3", "--take", "shoe-size", "--yes")
    assert usage.value.code == 2
    assert "shoe-size" in kith.capsys.readouterr().err


def test_both_notes_keeps_the_notes_of_both(kith: Kith) -> None:
    kith.ok("person", "add", "Cara Lee", "--note", "Likes tea.")
    kith.ok("person", "add", "Cara L.", "--note", "Vegetarian.")
    kith.ok("person", "merge", "Cara Lee", "Cara L.", "--yes", "--both-notes")
    shown = kith.json("person", "show", "Cara Lee")
    assert isinstance(shown, dict)
    assert shown["notes"] == "Likes tea.\n\nVegetarian."


def test_without_yes_and_no_terminal_nothing_is_merged(kith: Kith) -> None:
    err = kith.fails("person", "merge", "Ana Silva", "#2", code=2)
    assert "add --yes" in err
    assert names(kith) == ["Ana S.", "Ana Silva", "Ben Okafor"]


def test_asks_on_a_terminal_and_a_no_merges_nothing(
    kith: Kith, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = io.StringIO("n\n")
    answer.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stdin", answer)
    code, out, _err = kith("person", "merge", "Ana Silva", "#2")
    assert code == 1 and "Nothing merged." in out
    assert names(kith) == ["Ana S.", "Ana Silva", "Ben Okafor"]


def test_same_person_twice_or_an_unknown_one_is_refused(kith: Kith) -> None:
    err = kith.fails("person", "merge", "Ana Silva", "#1", "--yes")
    assert err == "kith: Ana Silva cannot be merged with themselves.\n"
    err = kith.fails("person", "merge", "Ana Silva", "Zed Nobody", "--yes")
    assert "Zed Nobody" in err
    assert names(kith) == ["Ana S.", "Ana Silva", "Ben Okafor"]
