"""The JSON archive: exact round trip, careful refusals, nothing half-written."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from kith.bootstrap import open_services
from kith.cli.main import main
from kith.clock import FixedClock
from kith.domain.errors import ValidationError
from kith.interchange.errors import FileRefused
from kith.services.app import Services
from kith.storage.schema import Setting as SettingRow


@pytest.fixture(scope="module")
def demo_archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    from tests.conftest import START

    folder = tmp_path_factory.mktemp("demo")
    svc = open_services(folder / "demo.sqlite3", FixedClock(START, "Asia/Jakarta"))
    svc.demo.fill(120, years=2, seed=3)
    svc.profile.set_interests(["climbing", "晚饭; cooking, slow"])
    with svc.ctx.db.writing() as s:  # a setting this version does not know travels too
        s.add(SettingRow(key="reminders.quiet_hours", value="[22, 7]"))
    svc.live_calendar.set_folder(folder / "cal")  # this computer's, not exported
    out = folder / "demo.json"
    svc.archive.export_file(out)
    svc.close()
    yield out, out.read_text(encoding="utf-8")


def fresh(tmp_path: Path, clock: FixedClock, name: str = "restored.sqlite3") -> Services:
    return open_services(tmp_path / name, clock)


def test_export_import_export_is_identical(
    demo_archive: tuple[Path, str], tmp_path: Path, clock: FixedClock
) -> None:
    path, text = demo_archive
    svc = fresh(tmp_path, clock)
    counts = svc.archive.import_file(path)
    assert counts.people == 120
    assert svc.archive.archive_text() == text
    assert svc.health.check().healthy
    assert svc.settings.all()["reminders.quiet_hours"] == [22, 7]
    assert svc.live_calendar.folder() is None
    svc.close()


def test_format_is_versioned_and_documented(demo_archive: tuple[Path, str]) -> None:
    data = json.loads(demo_archive[1])
    assert data["format"] == "kith-archive" and data["format_version"] == 2
    doc = (
        Path(__file__).parents[2] / "desktop" / "kith" / "interchange" / "ARCHIVE_FORMAT.md"
    ).read_text()
    person_keys = set(data["people"][0])
    records = set(data["meetups"][0]) | set(data["interactions"][0])
    records |= set(data["ties"][0]) | set(data["groups"][0])
    for key in person_keys | set(data) | records:
        assert f"`{key}`" in doc, key


def test_import_refuses_a_database_with_people(
    services: Services, tmp_path: Path, demo_archive: tuple[Path, str]
) -> None:
    from kith.services.views import PersonInput

    services.people.add(PersonInput("Already Here"))
    with pytest.raises(ValidationError, match=r"already has 1 people.*empty database"):
        services.archive.import_file(demo_archive[0])
    assert services.people.count() == 1


def _broken(text: str, change: str) -> str:
    data = json.loads(text)
    if change == "version":
        data["format_version"] = 99
    elif change == "circle":
        data["people"][3]["circle"] = "besties"
    elif change == "reference":
        data["interactions"][5]["people"] = [99999]
    elif change == "date":
        data["people"][0]["dates"] = [
            {"kind": "birthday", "label": "", "month": 2, "day": 30, "year": 2001}
        ]
    elif change == "duplicate":
        data["people"][1]["id"] = data["people"][0]["id"]
    elif change == "zone":
        data["meetups"][0]["tzid"] = "Mars/Olympus"
    elif change == "last-record":
        data["meetups"][-1]["title"] = ""
    # Found by fuzzing (tests/reliability): each once failed halfway through the write.
    elif change == "huge-number":
        data["meetups"][0]["sequence"] = 2**64
    elif change == "moment-out-of-range":
        data["people"][0]["created_at"] = "9999-12-31T23:00:00-05:00"
    elif change == "half-character":
        data["people"][0]["contacts"] = [{"kind": "email", "value": "a\udc80@x.org", "label": ""}]
    elif change == "interest-not-text":
        data["people"][0]["interests"] = [None]
    elif change == "note-too-long":
        data["interactions"][0]["note"] = "n" * 100_001
    elif change == "line-break-in-value":
        data["people"][0]["snoozed_until"] = "\n"
    return json.dumps(data)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("version", "format version 99, made by a newer Kith"),
        ("circle", r"people\[3\]\.circle: Unknown circle “besties”"),
        ("reference", r"interactions\[5\]\.people\[0\]: there is no person 99999"),
        ("date", r"people\[0\]\.dates\[0\]: 2001-02-30 is not a date"),
        ("duplicate", r"people\[1\]\.id"),
        ("zone", r"meetups\[0\]\.tzid: “Mars/Olympus” is not a time zone"),
        ("last-record", r"meetups\[\d+\]\.title: A meetup needs a title"),
        ("huge-number", r"meetups\[0\]\.sequence: 18446744073709551616 is out of range"),
        ("moment-out-of-range", r"people\[0\]\.created_at: 9999-12-31T23:00:00-05:00 is out of"),
        ("half-character", r"people\[0\]\.contacts\[0\]\.value: it holds half a character"),
        ("interest-not-text", r"people\[0\]\.interests\[0\]: expected str"),
        ("note-too-long", r"interactions\[0\]\.note: The note is 100,001 characters long"),
        ("line-break-in-value", r"people\[0\]\.snoozed_until: “\\n” is not a date"),
    ],
)
def test_bad_archives_are_refused_naming_the_place_and_nothing_is_written(
    services: Services,
    db_path: Path,
    tmp_path: Path,
    demo_archive: tuple[Path, str],
    change: str,
    message: str,
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(_broken(demo_archive[1], change), encoding="utf-8")
    with sqlite3.connect(db_path) as conn:
        before = list(conn.iterdump())
    with pytest.raises(FileRefused, match=message):
        services.archive.import_file(path)
    with sqlite3.connect(db_path) as conn:
        assert list(conn.iterdump()) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not a text file"),
        (b"{not json", "not JSON"),
        (b'{"people": []}', "not a Kith archive"),
        (b"", "empty"),
    ],
)
def test_files_that_are_no_archive_are_refused(
    services: Services, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(FileRefused, match=message):
        services.archive.import_file(path)


def test_cli_export_and_import_json(
    tmp_path: Path, demo_archive: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "cli.sqlite3"
    assert main(["--db", str(target), "import-json", str(demo_archive[0])]) == 0
    assert "Restored 120 people" in capsys.readouterr().out
    assert main(["--db", str(target), "import-json", str(demo_archive[0])]) == 1
    assert "already has 120 people" in capsys.readouterr().err
    out = tmp_path / "again.json"
    assert main(["--db", str(target), "export-json", str(out)]) == 0
    again = json.loads(out.read_text())
    original = json.loads(demo_archive[1])
    again.pop("exported_at")
    original.pop("exported_at")
    assert again == original
