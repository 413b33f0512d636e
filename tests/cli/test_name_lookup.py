"""The command line finds people the way the app's search does: accents and case aside."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.cli.test_cli import Kith


@pytest.fixture
def kith(empty_db: Path, capsys: pytest.CaptureFixture[str]) -> Kith:
    return Kith(empty_db, capsys)


def test_log_finds_a_name_typed_without_accents(kith: Kith) -> None:
    kith.ok("person", "add", "João Pereira")
    kith.ok("person", "add", "Łukasz Nowak")
    kith.ok("person", "add", "Ayşe Şen")
    kith.ok("log", "joao", "--on", "2020-01-01")
    kith.ok("log", "LUKASZ", "--on", "2020-01-02")
    kith.ok("log", "sen", "--on", "2020-01-03")
    seen = {p["name"]: p["last_in_person"] for p in kith.json("person", "list")}  # type: ignore[union-attr]
    assert seen == {
        "Ayşe Şen": "2020-01-03",
        "João Pereira": "2020-01-01",
        "Łukasz Nowak": "2020-01-02",
    }


def test_several_folded_matches_still_list_the_candidates(kith: Kith) -> None:
    kith.ok("person", "add", "João Silva")
    kith.ok("person", "add", "Joao Costa")
    kith.ok("person", "add", "Ana")
    err = kith.fails("log", "joao")
    assert "matches 2 people" in err
    assert "Joao Costa (#2)" in err and "João Silva (#1)" in err


def test_the_name_exactly_as_typed_wins_over_one_with_other_accents(kith: Kith) -> None:
    kith.ok("person", "add", "José")
    kith.ok("person", "add", "Jose")
    kith.ok("log", "José", "--on", "2020-01-01")
    seen = {p["name"]: p["last_in_person"] for p in kith.json("person", "list")}  # type: ignore[union-attr]
    assert seen == {"José": "2020-01-01", "Jose": None}


def test_person_list_keeps_accented_names_beside_plain_ones(kith: Kith) -> None:
    for name in ("Zoë", "José", "Joan", "Ångström", "Jose", "João", "Zed"):
        kith.ok("person", "add", name)
    names = [p["name"] for p in kith.json("person", "list")]  # type: ignore[union-attr]
    assert names == ["Ångström", "Joan", "João", "Jose", "José", "Zed", "Zoë"]


def test_a_whole_name_is_found_whatever_its_case_or_letters(kith: Kith) -> None:
    kith.ok("person", "add", "ANA LIMA")
    kith.ok("person", "add", "\u212aai Berg")  # a Kelvin sign, which folds to "k"
    kith.ok("person", "add", "Zoë Hart")
    for typed, name in (
        ("ana lima", "ANA LIMA"),
        ("kai berg", "\u212aai Berg"),
        ("ZOË HART", "Zoë Hart"),
    ):
        assert kith.json("log", typed)["people"] == [name]  # type: ignore[index]
    kith.ok("person", "add", "Ana Lima")
    kith.ok("person", "add", "Kai Berg")
    assert "matches 2 people" in kith.fails("log", "ana lima")
    assert "matches 2 people" in kith.fails("log", "kai berg")


def test_a_whole_name_starting_or_holding_a_letter_that_folds_to_two_is_found(kith: Kith) -> None:
    kith.ok("person", "add", "\ufb01ona Berg")  # the "fi" ligature
    kith.ok("person", "add", "\u1e9eabine Gro\u00df")  # capital and small sharp s
    assert kith.json("log", "fiona berg")["people"] == ["\ufb01ona Berg"]  # type: ignore[index]
    assert kith.json("log", "SSABINE GROSS")["people"] == ["\u1e9eabine Gro\u00df"]  # type: ignore[index]
    kith.ok("person", "add", "Ssabine Gross")
    assert "matches 2 people" in kith.fails("log", "ssabine gross")


def test_the_letters_that_fold_to_ascii_are_every_one_python_knows() -> None:
    from kith.services.lookup import FOLDS_TO_ASCII

    found = [
        chr(code)
        for code in range(0x80, sys.maxunicode + 1)
        if not 0xD800 <= code <= 0xDFFF and chr(code).casefold().isascii()
    ]
    assert "".join(found) == FOLDS_TO_ASCII
