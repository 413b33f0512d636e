"""Two or three databases syncing through a folder: what a user of two computers sees."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kith.domain.values import Circle, Mode
from kith.services.views import PersonInput
from tests.services.sync_devices import Device, copy_logs, devices, normalised_export


@pytest.fixture
def pair(migrated_template: Path, tmp_path: Path) -> Iterator[tuple[Device, Device]]:
    laptop, desktop = devices(migrated_template, tmp_path, "Laptop", "Desktop")
    yield laptop, desktop
    laptop.close()
    desktop.close()


def test_a_person_added_on_one_device_arrives_on_the_other(pair: tuple[Device, Device]) -> None:
    laptop, desktop = pair
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
