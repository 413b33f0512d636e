"""A person's organisation: read from a card, kept in the archive, set from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kith.bootstrap import open_services
from kith.cli.main import main
from kith.clock import FixedClock
from kith.domain.errors import ValidationError
from kith.domain.values import DateKind
from kith.services.app import Services
from kith.services.views import PersonInput
from tests.cli.test_cli import Kith
from tests.conftest import copy_of


def test_an_imported_card_keeps_its_organisation(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "colleague.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Okafor;Ben;;;\r\nFN:Ben Okafor\r\n"
        "ORG:Pizza  Roma\\, Lisboa;Kitchen\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    [added] = services.contacts.import_file(path).added
    assert services.people.detail(added.id).organisation == "Pizza Roma, Lisboa"


def test_the_archive_keeps_the_organisation_and_reads_archives_written_before_it(
    services: Services, tmp_path: Path, migrated_template: Path, clock: FixedClock
) -> None:
    services.people.add(PersonInput("Ana Lima", organisation="Studio Norte"))
    out = tmp_path / "kith.json"
    services.archive.export_file(out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format_version"] == 2 and data["people"][0]["organisation"] == "Studio Norte"

    restored = open_services(copy_of(migrated_template, tmp_path / "a.sqlite3"), clock)
    restored.archive.import_file(out)
    [ana] = restored.people.list()
    assert restored.people.detail(ana.id).organisation == "Studio Norte"
    restored.close()

    del data["people"][0]["organisation"]
    older = tmp_path / "older.json"
    older.write_text(json.dumps(data), encoding="utf-8")
    restored = open_services(copy_of(migrated_template, tmp_path / "b.sqlite3"), clock)
    assert restored.archive.import_file(older).people == 1
    [ana] = restored.people.list()
    assert restored.people.detail(ana.id).organisation == ""
    restored.close()


def test_a_too_long_organisation_is_refused_and_nothing_written(services: Services) -> None:
    with pytest.raises(ValidationError, match="organisation is 201 characters long"):
        services.people.add(PersonInput("Ana", organisation="x" * 201))
    assert services.people.count() == 0


def test_the_command_line_adds_shows_and_edits_the_organisation(
    empty_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kith = Kith(empty_db, capsys)
    kith.ok("person", "add", "Ana Silva", "--organisation", "Bank  Jago")
    kith.ok("person", "add", "Ben Okafor")
    assert "Organisation: Bank Jago" in kith.ok("person", "show", "Ana")
    assert "Organisation" not in kith.ok("person", "show", "Ben")
    kith.ok("person", "edit", "Ana", "Ben", "--organisation", "Pizza Roma")
    shown = kith.json("person", "show", "Ben")
    assert isinstance(shown, dict) and shown["organisation"] == "Pizza Roma"
    kith.ok("person", "edit", "Ana", "--organisation", "")
    shown = kith.json("person", "show", "Ana")
    assert isinstance(shown, dict) and shown["organisation"] == ""
    assert "organisation is 201 characters" in kith.fails(
        "person", "edit", "Ben", "--organisation", "y" * 201
    )


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_the_demo_comes_back_whole_with_its_wedding_anniversaries(
    services: Services, migrated_template: Path, clock: FixedClock, tmp_path: Path, version: str
) -> None:
    services.demo.fill(80, years=1, seed=5)
    out = tmp_path / "demo.vcf"
    exported = services.contacts.export_file(out, version=version, include_archived=True)
    target = copy_of(migrated_template, tmp_path / "empty.sqlite3")
    assert main(["--db", str(target), "import-vcf", str(out)]) == 0
    back = open_services(target, clock)

    def labelled(svc: Services) -> list[tuple[str, str]]:
        return sorted(
            (p.name, d.label)
            for p in svc.people.list(include_archived=True)
            for d in svc.people.detail(p.id, timeline_limit=0).dates
            if d.kind == DateKind.ANNIVERSARY
        )

    assert back.people.count() == exported == services.people.count()
    anniversaries = labelled(services)
    assert "Wedding anniversary" in {label for _, label in anniversaries}
    assert labelled(back) == anniversaries
    back.close()
