"""Two people made one on several devices at once: every device ends with the same people."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kith.domain.values import Mode
from kith.services.views import PersonInput
from tests.services.sync_devices import Device, copy_logs, devices, normalised_export


@pytest.fixture
def trio(migrated_template: Path, tmp_path: Path) -> Iterator[list[Device]]:
    made = list(devices(migrated_template, tmp_path, "Laptop", "Desktop", "Tablet", shared=False))
    yield made
    for d in made:
        d.close()


def _everyone_sees_everything(trio: list[Device]) -> None:
    for _ in range(3):
        for d in trio:
            d.sync()
        for src in trio:
            for dst in trio:
                if src is not dst:
                    copy_logs(src.folder, dst.folder)
    for d in trio:
        d.sync()


def _ids(d: Device) -> dict[str, int]:
    return {p.name: p.id for p in d.svc.people.list()}


def test_one_person_merged_into_two_others_at_once_ends_the_same_everywhere(
    trio: list[Device],
) -> None:
    laptop, desktop, tablet = trio
    for name in ("Ana", "Ana S.", "Anna"):
        laptop.svc.people.add(PersonInput(name, notes=""))
    laptop.svc.interactions.log([_ids(laptop)["Ana S."]], Mode.IN_PERSON, note="lunch")
    _everyone_sees_everything(trio)
    # Ana S. is merged into Ana on one computer and into Anna on another, while the
    # third edits Ana S.
    laptop.svc.merging.merge(_ids(laptop)["Ana"], _ids(laptop)["Ana S."])
    desktop.svc.merging.merge(_ids(desktop)["Anna"], _ids(desktop)["Ana S."])
    tablet.svc.people.update(_ids(tablet)["Ana S."], PersonInput("Ana Sousa", notes="x"))
    for d in trio:
        d.later(1)
    _everyone_sees_everything(trio)
    exports = [normalised_export(d.svc) for d in trio]
    assert exports[0] == exports[1] == exports[2]
    assert sorted(_ids(laptop)) == ["Ana", "Anna"]


def test_two_merges_of_each_other_end_the_same_everywhere(trio: list[Device]) -> None:
    laptop, desktop, tablet = trio
    for name in ("Ana", "Ana S.", "Anna"):
        laptop.svc.people.add(PersonInput(name, notes=""))
    _everyone_sees_everything(trio)
    laptop.svc.merging.merge(_ids(laptop)["Ana"], _ids(laptop)["Ana S."])
    desktop.svc.merging.merge(_ids(desktop)["Ana S."], _ids(desktop)["Ana"])
    tablet.svc.merging.merge(_ids(tablet)["Anna"], _ids(tablet)["Ana"])
    for d in trio:
        d.later(1)
    _everyone_sees_everything(trio)
    exports = [normalised_export(d.svc) for d in trio]
    assert exports[0] == exports[1] == exports[2]


def test_one_card_claimed_for_two_people_means_the_same_person_everywhere(
    trio: list[Device],
) -> None:
    laptop, desktop, _tablet = trio
    # Ana and Bea are each the first person of their computer, made at the same moment:
    # merged away, each leaves the same card UID to the person they were merged into.
    laptop.svc.people.add(PersonInput("Ana", notes=""))
    desktop.svc.people.add(PersonInput("Bea", notes=""))
    _everyone_sees_everything(trio)
    laptop.svc.people.add(PersonInput("Cy", notes=""))
    desktop.svc.people.add(PersonInput("Di", notes=""))
    laptop.svc.merging.merge(_ids(laptop)["Cy"], _ids(laptop)["Ana"])
    desktop.svc.merging.merge(_ids(desktop)["Di"], _ids(desktop)["Bea"])
    _everyone_sees_everything(trio)
    exports = [normalised_export(d.svc) for d in trio]
    assert exports[0] == exports[1] == exports[2]
    cards = {p["name"]: p["known_cards"] for p in exports[0]["people"]}
    assert len(cards["Cy"] + cards["Di"]) >= 1  # the card is kept, by one of them
