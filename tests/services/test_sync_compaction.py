"""A device's many segments become one snapshot: a device joining later, and a peer that
missed the segments, still end with everything, the same conflicts included."""

from __future__ import annotations

import json
from pathlib import Path

from kith.domain.values import Mode
from kith.services.views import PersonInput
from tests.services.sync_devices import Device, copy_logs, normalised_export


def _segments(d: Device) -> list[Path]:
    device, _ = d.svc.sync.device()
    return sorted((d.folder / "kith-sync" / device).glob("*.jsonl"))


def _edit_notes(d: Device, name: str, notes: str) -> None:
    person = d.svc.people.find(name)
    summary = d.svc.people.summary(person.id)
    d.svc.people.update(person.id, PersonInput(summary.name, notes=notes))


def test_after_many_rounds_a_snapshot_replaces_them_and_everyone_converges(
    migrated_template: Path, tmp_path: Path
) -> None:
    laptop = Device(migrated_template, tmp_path, "Laptop", tmp_path / "folder-laptop")
    desktop = Device(migrated_template, tmp_path, "Desktop", tmp_path / "folder-desktop")
    laptop.svc.sync.compact_after = 6
    ana = laptop.svc.people.add(PersonInput("Ana", notes="0"))
    bea = laptop.svc.people.add(PersonInput("Bea"))
    laptop.sync()
    copy_logs(laptop.folder, desktop.folder)
    desktop.sync()  # the desktop saw Ana's first notes, then sees nothing for a while
    for n in range(1, 9):
        laptop.later(10)
        _edit_notes(laptop, "Ana", str(n))
        laptop.svc.interactions.log([ana.id, bea.id], Mode.IN_PERSON, note=f"talk {n}")
        laptop.sync()
    snapshots = [p for p in _segments(laptop) if "snapshot" in p.name]
    assert snapshots, [p.name for p in _segments(laptop)]
    assert len(_segments(laptop)) <= 6
    header = json.loads(snapshots[-1].read_text().split("\n", 1)[0])
    assert header["version"] == 3 and header["replaces"]
    # Meanwhile the desktop changed Ana's notes without seeing any of the laptop's edits:
    # its value must stand beside the laptop's latest as a conflict, on both.
    desktop.later(90)
    _edit_notes(desktop, "Ana", "desktop")
    desktop.sync()
    # The desktop gets only what is in the laptop's folder now: the snapshot.
    copy_logs(laptop.folder, desktop.folder)
    copy_logs(desktop.folder, laptop.folder)
    for d in (desktop, laptop, desktop):
        d.sync()
    assert normalised_export(laptop.svc) == normalised_export(desktop.svc)
    notes = desktop.svc.people.detail(desktop.svc.people.find("Ana").id).notes
    assert notes == "desktop"  # the later edit (ten minutes after the laptop's last)
    for d in (laptop, desktop):
        conflicts = {(c.field, c.value) for c in d.svc.sync.conflicts()}
        # Only the laptop's latest stands beside it: its earlier notes were replaced
        # by the laptop itself, which the snapshot says by their ids.
        assert conflicts == {("notes", "8")}, d.name
    # A device joining now, from the snapshot and the desktop's log alone.
    tablet = Device(migrated_template, tmp_path, "Tablet", tmp_path / "folder-tablet")
    copy_logs(laptop.folder, tablet.folder)
    copy_logs(desktop.folder, tablet.folder)
    tablet.sync()
    assert normalised_export(tablet.svc) == normalised_export(laptop.svc)
    assert {(c.field, c.value) for c in tablet.svc.sync.conflicts()} == {("notes", "8")}
    talks = tablet.svc.interactions.recent(person_id=tablet.svc.people.find("Bea").id)
    assert sorted(t.note for t in talks) == sorted(f"talk {n}" for n in range(1, 9))
    for d in (laptop, desktop, tablet):
        d.close()


def test_a_snapshot_of_segments_all_read_is_not_read_again(
    migrated_template: Path, tmp_path: Path
) -> None:
    laptop = Device(migrated_template, tmp_path, "Laptop", tmp_path / "shared")
    desktop = Device(migrated_template, tmp_path, "Desktop", tmp_path / "shared")
    laptop.svc.people.add(PersonInput("Ana"))
    for n in range(3):
        laptop.later(1)
        laptop.svc.people.add(PersonInput(f"Person {n}"))
        laptop.sync()
        desktop.sync()
    assert laptop.svc.sync.compact() >= 3
    report = desktop.sync()
    assert report.received == 0 and report.devices == ()
    assert normalised_export(laptop.svc) == normalised_export(desktop.svc)
    laptop.close()
    desktop.close()
