"""Two or three databases syncing through a folder: what a user of two computers sees."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kith.domain.errors import NotFound
from kith.domain.values import Circle, Mode
from kith.services.views import PersonInput
from kith.storage.schema import Person
from tests.conftest import START, copy_of
from tests.services.sync_devices import Device, copy_logs, devices, normalised_export


def test_a_person_added_on_one_device_arrives_on_the_other(
    two_devices: tuple[Device, Device],
) -> None:
    laptop, desktop = two_devices
    ana = laptop.svc.people.add(PersonInput("Ana", circle=Circle.CLOSE, interests=("climbing",)))
    laptop.svc.interactions.log([ana.id], Mode.IN_PERSON, note="coffee")
    sent = laptop.sync()
    assert sent.sent >= 2
    got = desktop.sync()
    assert got.received >= 2
    assert got.devices == ("Laptop",)
    there = desktop.svc.people.find("Ana")
    detail = desktop.svc.people.detail(there.id)
    assert detail.summary.interests == ("climbing",)
    assert [i.note for i in desktop.svc.interactions.recent(person_id=there.id)] == ["coffee"]
    laptop.sync()
    assert normalised_export(laptop.svc) == normalised_export(desktop.svc)


def test_the_same_field_changed_on_both_keeps_the_later_and_lists_the_other(
    two_devices: tuple[Device, Device],
) -> None:
    laptop, desktop = two_devices
    ana = laptop.svc.people.add(PersonInput("Ana"))
    laptop.sync()
    desktop.sync()
    there = desktop.svc.people.find("Ana").id
    laptop.svc.people.update(ana.id, PersonInput("Ana Laptop"))
    desktop.later(5)  # the desktop's edit is the later one
    desktop.svc.people.update(there, PersonInput("Ana Desktop"))
    for device in (laptop, desktop, laptop):
        device.sync()
    assert laptop.svc.people.summary(ana.id).name == "Ana Desktop"
    assert desktop.svc.people.summary(there).name == "Ana Desktop"
    for device in (laptop, desktop):
        conflicts = device.svc.sync.conflicts()
        assert [(c.field, c.value, c.winner) for c in conflicts] == [
            ("name", "Ana Laptop", "Ana Desktop")
        ]


def test_an_edit_made_after_seeing_the_other_is_no_conflict(
    two_devices: tuple[Device, Device],
) -> None:
    laptop, desktop = two_devices
    ana = laptop.svc.people.add(PersonInput("Ana"))
    laptop.sync()
    desktop.sync()
    there = desktop.svc.people.find("Ana").id
    desktop.svc.people.update(there, PersonInput("Ana B"))
    desktop.sync()
    laptop.sync()
    laptop.svc.people.update(ana.id, PersonInput("Ana C"))
    laptop.sync()
    desktop.sync()
    assert desktop.svc.people.summary(there).name == "Ana C"
    assert laptop.svc.sync.conflicts() == [] == desktop.svc.sync.conflicts()


def test_deleting_a_person_deletes_them_everywhere(two_devices: tuple[Device, Device]) -> None:
    laptop, desktop = two_devices
    ana = laptop.svc.people.add(PersonInput("Ana"))
    laptop.svc.follow_ups.add(ana.id, "ask about the new job")
    laptop.sync()
    desktop.sync()
    desktop.svc.people.delete(desktop.svc.people.find("Ana").id)
    desktop.sync()
    laptop.sync()
    assert laptop.svc.people.count() == 0
    assert laptop.svc.follow_ups.open_for() == []
    assert normalised_export(laptop.svc) == normalised_export(desktop.svc)


def test_a_clock_hours_behind_still_replaces_what_it_saw(
    two_devices: tuple[Device, Device],
) -> None:
    laptop, desktop = two_devices
    ana = laptop.svc.people.add(PersonInput("Ana"))
    laptop.later(600)  # the laptop's clock runs ten hours ahead
    laptop.svc.people.update(ana.id, PersonInput("Ana (laptop)"))
    laptop.sync()
    desktop.sync()
    there = desktop.svc.people.find("Ana").id
    desktop.svc.people.update(there, PersonInput("Ana (desktop)"))
    desktop.sync()
    laptop.sync()
    assert laptop.svc.people.summary(ana.id).name == "Ana (desktop)"
    assert laptop.svc.sync.conflicts() == []


def test_late_duplicated_and_half_copied_files_do_no_harm(
    migrated_template: Path, tmp_path: Path
) -> None:
    laptop, desktop = devices(migrated_template, tmp_path, "Laptop", "Desktop", shared=False)
    try:
        ana = laptop.svc.people.add(PersonInput("Ana"))
        laptop.sync()
        laptop.svc.people.update(ana.id, PersonInput("Ana Two"))
        laptop.sync()
        logs = sorted((laptop.folder / "kith-sync").rglob("*.jsonl"))
        assert len(logs) == 2
        target = desktop.folder / logs[1].relative_to(laptop.folder)
        target.parent.mkdir(parents=True)
        # The second segment arrives first, and half-copied under a sync tool's temp name,
        # then whole; the first arrives later, twice (once as a Syncthing conflict copy).
        text = logs[1].read_text()
        (target.parent / f".syncthing.{target.name}.tmp").write_text(text[:20])
        target.write_text(text[: len(text) // 2])
        assert desktop.sync().received == 0
        target.write_text(text)
        desktop.sync()
        first = target.parent / logs[0].name
        first.write_text(logs[0].read_text())
        conflict_copy = first.with_name(first.stem + ".sync-conflict-20261122-120000-ABCDEFG.jsonl")
        conflict_copy.write_text(logs[0].read_text())
        report = desktop.sync()
        assert report.damaged_lines == 0
        assert desktop.svc.people.find("Ana Two").name == "Ana Two"
        assert desktop.svc.people.count() == 1
    finally:
        laptop.close()
        desktop.close()


def test_a_newer_log_format_is_refused_and_nothing_is_applied(
    two_devices: tuple[Device, Device],
) -> None:
    from kith.interchange.errors import FileRefused

    laptop, desktop = two_devices
    laptop.svc.people.add(PersonInput("Ana"))
    laptop.sync()
    log = next((laptop.folder / "kith-sync").rglob("*.jsonl"))
    log.write_text(log.read_text().replace('"version": 2', '"version": 4', 1))
    with pytest.raises(FileRefused, match="newer Kith"):
        desktop.sync()
    assert desktop.svc.people.count() == 0


def test_two_devices_that_never_meet_sync_through_a_third(
    migrated_template: Path, tmp_path: Path
) -> None:
    a, b, c = devices(migrated_template, tmp_path, "A", "B", "C", shared=False)
    try:
        a.svc.people.add(PersonInput("From A"))
        c.svc.people.add(PersonInput("From C"))
        a.sync()
        c.sync()
        # The sync tool copies A <-> B and B <-> C only.
        for _ in range(2):
            copy_logs(a.folder, b.folder)
            copy_logs(c.folder, b.folder)
            b.sync()
            copy_logs(b.folder, a.folder)
            copy_logs(b.folder, c.folder)
            a.sync()
            c.sync()
        assert normalised_export(a.svc) == normalised_export(b.svc) == normalised_export(c.svc)
        assert {p.name for p in a.svc.people.list()} == {"From A", "From C"}
    finally:
        for device in (a, b, c):
            device.close()


def test_a_deleted_device_folder_is_written_again(
    two_devices: tuple[Device, Device], migrated_template: Path, tmp_path: Path
) -> None:
    import shutil

    laptop, desktop = two_devices
    laptop.svc.people.add(PersonInput("Ana"))
    laptop.sync()
    desktop.sync()
    device, _name = laptop.svc.sync.device()
    shutil.rmtree(laptop.folder / "kith-sync" / device)
    laptop.sync()
    assert list((laptop.folder / "kith-sync" / device).glob("*.jsonl"))
    assert desktop.svc.people.count() == 1
    # A device joining now still gets everything.
    third = Device(migrated_template, tmp_path, "Third", laptop.folder)
    try:
        third.sync()
        assert [p.name for p in third.svc.people.list()] == ["Ana"]
    finally:
        third.close()


def test_two_people_made_one_are_one_everywhere(two_devices: tuple[Device, Device]) -> None:
    laptop, desktop = two_devices
    ana = laptop.svc.people.add(PersonInput("Ana"))
    other = laptop.svc.people.add(PersonInput("Ana S."))
    laptop.svc.interactions.log([other.id], Mode.IN_PERSON, note="lunch")
    laptop.sync()
    desktop.sync()
    laptop.svc.merging.merge(ana.id, other.id)
    laptop.sync()
    desktop.sync()
    assert [p.name for p in desktop.svc.people.list()] == ["Ana"]
    assert normalised_export(laptop.svc) == normalised_export(desktop.svc)


def test_using_the_other_value_keeps_it_everywhere_and_clears_the_list(
    two_devices: tuple[Device, Device],
) -> None:
    laptop, desktop = two_devices
    ana = laptop.svc.people.add(PersonInput("Ana"))
    laptop.sync()
    desktop.sync()
    there = desktop.svc.people.find("Ana").id
    laptop.svc.people.update(ana.id, PersonInput("Ana Laptop"))
    desktop.later(5)
    desktop.svc.people.update(there, PersonInput("Ana Desktop"))
    for device in (laptop, desktop, laptop):
        device.sync()
    (conflict,) = desktop.svc.sync.conflicts()
    desktop.svc.sync.use_value(conflict)
    assert desktop.svc.people.summary(there).name == "Ana Laptop"
    assert desktop.svc.sync.conflicts() == []
    laptop.sync()
    assert laptop.svc.people.summary(ana.id).name == "Ana Laptop"
    assert laptop.svc.sync.conflicts() == []
    with pytest.raises(NotFound):
        desktop.svc.sync.use_value(conflict)


def test_a_segment_of_ours_cut_short_is_written_again(two_devices: tuple[Device, Device]) -> None:
    laptop, desktop = two_devices
    laptop.svc.people.add(PersonInput("Ana"))
    laptop.svc.people.add(PersonInput("Ben"))
    laptop.sync()
    (log,) = (laptop.folder / "kith-sync").rglob("*.jsonl")
    whole = log.read_text()
    log.write_text(whole[: whole.index("\n") + 1])  # only the header survived a bad copy
    desktop.sync()
    assert desktop.svc.people.count() == 0
    laptop.sync()  # sees its own file changed: writes its standing changes again
    desktop.sync()
    assert sorted(p.name for p in desktop.svc.people.list()) == ["Ana", "Ben"]


def test_a_meeting_deleted_elsewhere_moves_its_peoples_last_meeting_back(
    two_devices: tuple[Device, Device],
) -> None:
    """The meeting's people are no longer shown as seen that day once it is gone."""
    laptop, desktop = two_devices
    ana = laptop.svc.people.add(PersonInput("Ana"))
    early = laptop.svc.interactions.log([ana.id], Mode.IN_PERSON, START.date() - timedelta(9))
    late = laptop.svc.interactions.log([ana.id], Mode.IN_PERSON, START.date() - timedelta(2))
    laptop.sync()
    desktop.sync()
    there = desktop.svc.people.find("Ana").id
    assert _last_in_person(desktop, there) == late.on
    laptop.svc.interactions.delete(late.id)
    laptop.sync()
    desktop.sync()
    assert _last_in_person(desktop, there) == early.on
    laptop.svc.interactions.delete(early.id)
    laptop.sync()
    desktop.sync()
    assert _last_in_person(desktop, there) is None


def _last_in_person(device: Device, person_id: int) -> date | None:
    with device.svc.ctx.db.reading() as s:
        return s.scalar(select(Person.last_in_person_on).where(Person.id == person_id))


def test_two_copies_of_one_database_edit_without_false_conflicts(
    migrated_template: Path, tmp_path: Path
) -> None:
    """A database copied to a second computer before either synced: both share every
    record once each, with the same values. An edit then replaces both, so the value it
    replaced is never listed as one changed on two devices."""
    filled = tmp_path / "filled.sqlite3"
    first = Device(migrated_template, tmp_path / "first", "First", tmp_path / "unused")
    ana = first.svc.people.add(PersonInput("Ana", notes="Always early."))
    first.close()
    copy_of(first.svc.ctx.db.path, filled)
    with sqlite3.connect(filled) as conn:  # as if it had never been set to sync
        conn.execute("DELETE FROM setting WHERE key LIKE 'sync.%'")
    folder = tmp_path / "shared"
    laptop = Device(filled, tmp_path, "Laptop", folder)
    desktop = Device(filled, tmp_path, "Desktop", folder)
    laptop.sync()
    desktop.later()
    desktop.sync()
    laptop.sync()
    desktop.later()
    desktop.svc.people.update(ana.id, PersonInput("Ana", notes="Moved to Bandung."))
    desktop.sync()
    laptop.sync()
    assert laptop.svc.people.detail(ana.id).notes == "Moved to Bandung."
    assert laptop.svc.sync.conflicts() == [] and desktop.svc.sync.conflicts() == []
    laptop.later()
    laptop.svc.people.update(ana.id, PersonInput("Ana", notes="Back in Jakarta."))
    laptop.sync()
    desktop.sync()
    assert desktop.svc.people.detail(ana.id).notes == "Back in Jakarta."
    assert laptop.svc.sync.conflicts() == [] and desktop.svc.sync.conflicts() == []
    laptop.close()
    desktop.close()
