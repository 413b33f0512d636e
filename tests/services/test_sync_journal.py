"""A round compares only the records written since the last one: the journal the shared
tables' triggers keep names every write, whichever path made it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from kith.domain.values import Mode
from kith.services import sync_records
from kith.services.views import PersonInput
from kith.storage.schema import SyncJournal
from kith.storage.sync_tables import SHARED
from tests.services.sync_devices import Device, normalised_export


def _journal(d: Device) -> set[str]:
    with d.svc.ctx.db.reading() as s:
        return set(s.scalars(select(SyncJournal.entry)))


def _count_compared_people(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The people whose live rows rounds read from now on, one entry each time."""
    compared: list[str] = []
    live = sync_records.live_records

    def counted(*args: object, **kwargs: object) -> object:
        found = live(*args, **kwargs)  # type: ignore[arg-type]
        compared.extend(record for record, (kind, _v) in found.items() if kind == "person")
        return found

    monkeypatch.setattr("kith.services.sync.live_records", counted)
    return compared


def _triggers(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {
            r[0] for r in conn.execute("SELECT tbl_name FROM sqlite_master WHERE type='trigger'")
        }


def test_every_shared_table_and_link_table_is_journaled(migrated_template: Path) -> None:
    """A table shared without a trigger would have its changes never sent."""
    tables = _triggers(migrated_template)
    for shared in SHARED:
        assert shared.table.name in tables, shared.table.name
        for members in shared.members:
            assert members.table.name in tables, members.table.name
    assert {"circle", "me_interest", "interest"} <= tables


def test_an_idle_round_compares_only_the_circles_and_me(
    two_devices: tuple[Device, Device], monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop, _desktop = two_devices
    for n in range(20):
        laptop.svc.people.add(PersonInput(f"Person {n}"))
    laptop.sync()
    assert _journal(laptop) == set()
    compared = _count_compared_people(monkeypatch)
    assert laptop.sync().sent == 0
    assert compared == []
    ana = laptop.svc.people.find("Person 3")
    laptop.svc.interactions.log([ana.id], Mode.IN_PERSON, note="walk")
    assert laptop.sync().sent >= 1
    assert len(compared) == 1  # Person 3, whose last meeting the log moved


def test_a_write_by_another_process_or_plain_sql_is_sent(
    two_devices: tuple[Device, Device],
) -> None:
    laptop, desktop = two_devices
    ana = laptop.svc.people.add(PersonInput("Ana", notes="first"))
    laptop.sync()
    desktop.sync()
    with sqlite3.connect(laptop.svc.ctx.db.path) as conn:
        conn.execute("UPDATE person SET notes = 'by hand' WHERE id = ?", (ana.id,))
        conn.execute(
            "INSERT INTO person (name, circle, notes, lean_on, archived, created_at, "
            "updated_at, organisation) VALUES ('Bea', 'close', '', 0, 0, "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00', '')"
        )
    assert laptop.sync().sent == 2
    desktop.sync()
    there = desktop.svc.people.find("Ana")
    assert desktop.svc.people.detail(there.id).notes == "by hand"
    assert desktop.svc.people.find("Bea").name == "Bea"
    laptop.sync()
    assert normalised_export(laptop.svc) == normalised_export(desktop.svc)


def test_links_and_interest_renames_are_sent(two_devices: tuple[Device, Device]) -> None:
    laptop, desktop = two_devices
    ana = laptop.svc.people.add(PersonInput("Ana", interests=("chess",)))
    laptop.sync()
    desktop.sync()
    with sqlite3.connect(laptop.svc.ctx.db.path) as conn:
        conn.execute("UPDATE interest SET name = 'go' WHERE name = 'chess'")
    laptop.sync()
    desktop.sync()
    assert desktop.svc.people.summary(desktop.svc.people.find("Ana").id).interests == ("go",)
    laptop.svc.people.set_interests(ana.id, ["go", "jazz"])
    laptop.sync()
    desktop.sync()
    assert desktop.svc.people.summary(desktop.svc.people.find("Ana").id).interests == (
        "go",
        "jazz",
    )


def test_a_person_deleted_with_their_contacts_is_deleted_everywhere(
    two_devices: tuple[Device, Device],
) -> None:
    laptop, desktop = two_devices
    ana = laptop.svc.people.add(PersonInput("Ana"))
    bea = laptop.svc.people.add(PersonInput("Bea"))
    laptop.svc.interactions.log([ana.id, bea.id], Mode.IN_PERSON, note="both")
    laptop.sync()
    desktop.sync()
    laptop.svc.people.delete(ana.id)
    laptop.sync()
    desktop.sync()
    assert [p.name for p in desktop.svc.people.list()] == ["Bea"]
    (talk,) = desktop.svc.interactions.recent(person_id=desktop.svc.people.find("Bea").id)
    assert talk.note == "both"
    laptop.sync()
    assert normalised_export(laptop.svc) == normalised_export(desktop.svc)


def test_a_journal_too_long_to_hold_compares_everything_and_sends_every_write(
    two_devices: tuple[Device, Device], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the limit the named records are not held: every record is compared, in
    batches, and every write still goes out."""
    laptop, desktop = two_devices
    people = [laptop.svc.people.add(PersonInput(f"Person {n}")) for n in range(6)]
    laptop.sync()
    desktop.sync()
    monkeypatch.setattr(sync_records, "JOURNAL_LIMIT", 2)
    compared = _count_compared_people(monkeypatch)
    laptop.svc.sync.write_batch = 2
    with sqlite3.connect(laptop.svc.ctx.db.path) as conn:
        for person in people[:3]:
            conn.execute("UPDATE person SET notes = 'again' WHERE id = ?", (person.id,))
    assert len(_journal(laptop)) == 3
    assert laptop.sync().sent == 3
    assert len(compared) == 6  # everyone, not only the three named
    desktop.sync()
    there = [desktop.svc.people.find(f"Person {n}") for n in range(6)]
    assert [desktop.svc.people.detail(p.id).notes for p in there] == ["again"] * 3 + [""] * 3
    assert normalised_export(laptop.svc) == normalised_export(desktop.svc)


def test_a_round_leaves_no_working_table_behind(two_devices: tuple[Device, Device]) -> None:
    """The round's temporary tables live on a pooled connection: they go with the round."""
    laptop, desktop = two_devices
    laptop.svc.people.add(PersonInput("Ana"))
    laptop.sync()
    desktop.sync()
    for device in (laptop, desktop):
        with device.svc.ctx.db.reading() as s:
            left = s.connection().exec_driver_sql("SELECT name FROM sqlite_temp_master").all()
        assert left == []
