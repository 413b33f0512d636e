"""Importing only the chosen cards, leaving organisations out, and a whole phone's export."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kith.cli.main import main
from kith.services.app import Services

DATA = Path(__file__).parent.parent / "data" / "vcf"
PHONE = DATA / "phone-400.vcf"


def phone_export() -> ModuleType:
    """The generator of phone-400.vcf: what each card says, read without the reader."""
    spec = importlib.util.spec_from_file_location(
        "make_phone_export", DATA / "make_phone_export.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_phone_export", module)
    spec.loader.exec_module(module)
    return module


def mixed_file(tmp_path: Path) -> Path:
    path = tmp_path / "mixed.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lima;Ana;;;\r\nFN:Ana Lima\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Pizza Roma\r\nORG:Pizza Roma;\r\n"
        "TEL:+351 21 346 1122\r\nX-ABShowAs:COMPANY\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Okafor;Ben;;;\r\nFN:Ben Okafor\r\n"
        "ORG:Pizza Roma\r\nTEL:+351 21 346 1122\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Taxi Lisboa\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    return path


def test_only_the_chosen_cards_are_imported(services: Services, tmp_path: Path) -> None:
    cards = services.contacts.read_file(mixed_file(tmp_path))
    result = services.contacts.import_cards(cards, chosen={1, 4})
    assert [p.name for p in result.added] == ["Ana Lima", "Taxi Lisboa"]
    assert [c.name for c in result.left_out] == ["Pizza Roma", "Ben Okafor"]
    assert sorted(p.name for p in services.people.list()) == ["Ana Lima", "Taxi Lisboa"]
    # What was left out is still new: a second import offers it again.
    again = services.contacts.preview_cards(cards)
    assert [c.name for c in again.to_add] == ["Pizza Roma", "Ben Okafor"]


def test_leaving_out_organisations_keeps_a_person_sharing_their_number(
    services: Services, tmp_path: Path
) -> None:
    # The owner's card holds the shop's number: a person, never a twin of the shop's card.
    result = services.contacts.import_file(mixed_file(tmp_path), skip_organisations=True)
    assert [p.name for p in result.added] == ["Ana Lima", "Ben Okafor"]
    assert result.organisations_left_out == 2 and result.skipped == ()


def test_cli_skip_organisations_reports_how_many(
    db_path: Path, services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(mixed_file(tmp_path))
    assert (
        main(["--db", str(db_path), "import-vcf", path, "--skip-organisations", "--dry-run"]) == 0
    )
    out = capsys.readouterr().out
    assert "Would add 2 people" in out and "Would leave out 2 organisations:" in out
    assert "~ Pizza Roma" in out and services.people.count() == 0
    assert main(["--db", str(db_path), "import-vcf", path, "--skip-organisations", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["added"] == ["Ana Lima", "Ben Okafor"]
    assert report["organisations_left_out"] == ["Pizza Roma", "Taxi Lisboa"]
    assert sorted(p.name for p in services.people.list()) == ["Ana Lima", "Ben Okafor"]


def test_cli_without_the_switch_imports_organisations_too(
    db_path: Path, services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "import-vcf", str(mixed_file(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "Added 4 people" in out and "organisation" not in out


def test_the_phone_file_is_what_its_generator_writes() -> None:
    assert PHONE.read_bytes() == phone_export().export_text().encode("utf-8")


def test_a_whole_phone_imports_with_no_card_lost(services: Services) -> None:
    specs = phone_export().contacts()
    people = [s.name for s in specs if not s.is_organisation]
    organisations = [s.name for s in specs if s.is_organisation]
    assert len(specs) == 400 and len(organisations) >= 10
    assert {"Airbnb host Lisbon", "Voicemail", "Taxi"} <= set(people)
    result = services.contacts.import_file(PHONE, skip_organisations=True)
    assert result.skipped == () and result.matched == ()
    assert [p.name for p in result.added] == people  # exactly as written, in file order
    assert result.organisations_left_out == len(organisations)
    assert sorted(p.name for p in services.people.list()) == sorted(people)
    ana = services.people.find("Airbnb host Lisbon")
    assert "Alfama" in services.people.detail(ana.id).notes
