"""What one computer shares names nothing local: a person's card UID, and the calendar UID
of their dates, are the same on every computer they are synced to."""

from __future__ import annotations

import uuid
from pathlib import Path

from kith.bootstrap import open_services
from kith.clock import FixedClock
from kith.services.calendar_export import CalendarSelection
from kith.services.views import PersonInput
from kith.storage.database import make_engine
from kith.storage.migrate import upgrade_to_head
from tests.conftest import START
from tests.services.sync_devices import Device


def _lines(path: Path, start: str) -> list[str]:
    return sorted(line for line in path.read_text("utf-8").splitlines() if line.startswith(start))


def test_one_person_exports_one_card_and_one_birthday_everywhere(
    two_devices: tuple[Device, Device], tmp_path: Path
) -> None:
    laptop, desktop = two_devices
    # Someone only the desktop has shifts the row ids: Ana is #1 here and #2 there.
    desktop.svc.people.add(PersonInput("Zed"))
    ana = laptop.svc.people.add(PersonInput("Ana", birthday=(1990, 4, 15)))
    for device in (laptop, desktop, laptop):
        device.sync()
    there = desktop.svc.people.find("Ana").id
    assert there != ana.id
    files = []
    for device, person in ((laptop, ana.id), (desktop, there)):
        card = tmp_path / f"{device.name}.vcf"
        device.svc.contacts.export_file(card, [person])
        ics = tmp_path / f"{device.name}.ics"
        device.svc.calendar_export.export(
            ics, CalendarSelection(person_id=person, include_dates=True)
        )
        files.append((_lines(card, "UID:"), _lines(ics, "UID:")))
    assert files[0] == files[1]
    assert len(files[0][0]) == 1 and len(files[0][1]) == 1


_OLD_NAMESPACE = uuid.UUID("1b0e3c1e-5f7e-4a0a-8f56-3c9d7d0f4b21")


def test_people_from_before_keep_the_card_uid_their_exports_had(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    upgrade_to_head(engine, "0008")
    with engine.begin() as conn:
        for pid, name in ((7, "Ana"), (8, "Ben")):
            conn.exec_driver_sql(
                "INSERT INTO person (id, name, circle, notes, lean_on, archived, created_at,"
                f" updated_at, sync_id) VALUES ({pid}, '{name}', 'close', '', 0, 0,"
                f" '2026-01-01 08:30:00.000000', '2026-01-01', 'sync-{name}')"
            )
        # Ben came from another computer: that one shares the UID its exports gave him.
        conn.exec_driver_sql(
            "INSERT INTO setting (key, value) VALUES ('sync.device_id', '\"here\"')"
        )
        conn.exec_driver_sql(
            "INSERT INTO sync_shadow (record, field, hlc, device, kind, state, value, base)"
            " VALUES ('sync-Ben', '_alive', '001-000000', 'elsewhere', 'person', 'win',"
            " 'true', '[]'), ('sync-Ana', '_alive', '002-000000', 'here', 'person', 'win',"
            " 'true', '[]')"
        )
    engine.dispose()
    svc = open_services(path, FixedClock(START, "Asia/Jakarta"))
    try:
        card = tmp_path / "ana.vcf"
        svc.contacts.export_file(card, [7])
        old = uuid.uuid5(_OLD_NAMESPACE, "7/2026-01-01T08:30:00+00:00")
        assert _lines(card, "UID:") == [f"UID:urn:uuid:{old}"]
        assert svc.people.detail(8).summary.name == "Ben"
        with svc.ctx.db.reading() as s:
            from sqlalchemy import select

            from kith.storage.schema import Person

            assert s.scalar(select(Person.card_uid).where(Person.id == 8)) is None
    finally:
        svc.close()
