"""A round writes rows and shadow records in bounded batches: batches of any size give the
same databases as one batch for everything."""

from __future__ import annotations

from pathlib import Path

import pytest

from kith.bootstrap import open_services
from kith.domain.values import Mode
from kith.services import sync_records, sync_shadow
from kith.services.changes import Change, Kind
from kith.services.views import PersonInput
from tests.conftest import copy_of
from tests.services.sync_devices import Device, normalised_export


@pytest.fixture
def demo_template(migrated_template: Path, tmp_path: Path) -> Path:
    path = copy_of(migrated_template, tmp_path / "demo.sqlite3")
    svc = open_services(path)
    svc.demo.fill(people=60, years=1, seed=5)
    svc.close()
    return path


def test_an_empty_database_joining_in_small_batches_gets_every_record(
    demo_template: Path, migrated_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "shared"
    laptop = Device(demo_template, tmp_path, "Laptop", folder)
    laptop.sync()
    whole = Device(migrated_template, tmp_path, "Tablet", folder)
    whole.sync()
    # Batches far smaller than a kind's records: every kind is written in many pieces,
    # and the shadow read and stored in many statements.
    monkeypatch.setattr(sync_shadow, "_CHUNK", 7)
    monkeypatch.setattr(sync_shadow, "_WRITE_CHUNK", 5)
    batched = Device(migrated_template, tmp_path, "Phone", folder)
    batched.svc.sync.write_batch = 3
    joined = batched.sync()
    assert joined.received > 60
    expected = normalised_export(laptop.svc)
    assert len(expected["people"]) == 60 and expected["interactions"] and expected["ties"]
    assert normalised_export(batched.svc) == expected
    assert normalised_export(whole.svc) == expected
    # Nothing was left waiting for a record written in a later batch.
    assert batched.sync().received == 0
    for device in (laptop, whole, batched):
        device.close()


def test_a_first_round_in_small_batches_shares_what_one_batch_shares(
    demo_template: Path, migrated_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync_shadow, "_CHUNK", 7)
    monkeypatch.setattr(sync_shadow, "_WRITE_CHUNK", 5)
    laptop = Device(demo_template, tmp_path, "Laptop", tmp_path / "shared")
    laptop.svc.sync.write_batch = 3
    sent = laptop.sync()
    tablet = Device(migrated_template, tmp_path, "Tablet", tmp_path / "shared")
    assert sent.sent > 60 and tablet.sync().received > 60
    assert normalised_export(tablet.svc) == normalised_export(laptop.svc)
    assert laptop.sync().sent == 0  # everything was published in the first round
    laptop.close()
    tablet.close()


def test_a_round_writing_more_than_it_lists_still_says_what_it_wrote(
    two_devices: tuple[Device, Device], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the listed limit the ids are let go: the change then says "everything" of
    interactions and meetups, never nothing (deleted rows would stay on screen)."""
    monkeypatch.setattr(sync_records, "LISTED", 2)
    laptop, desktop = two_devices
    ana = laptop.svc.people.add(PersonInput("Ana"))
    logged = [
        laptop.svc.interactions.log([ana.id], Mode.IN_PERSON, note=f"walk {n}").id for n in range(4)
    ]
    laptop.sync()
    desktop.sync()
    for interaction in logged:
        laptop.svc.interactions.delete(interaction)
    laptop.sync()
    heard: list[Change] = []
    desktop.svc.ctx.changes.subscribe(heard.append)
    desktop.svc.sync.write_batch = 1
    assert desktop.sync().received >= 4
    (said,) = heard
    assert said.everything and said.touches(Kind.INTERACTIONS) and said.touches(Kind.MEETUPS)
    assert desktop.svc.interactions.recent(person_id=desktop.svc.people.find("Ana").id) == []
