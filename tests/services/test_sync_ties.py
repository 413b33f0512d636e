"""Ties and groups sync like the rest: a tie is named by its two people, whatever the
local row ids of either database, and groups and who is in them are shared."""

from __future__ import annotations

from kith.domain.ties import TieKind
from kith.services.views import PersonInput
from tests.services.sync_devices import Device, normalised_export


def _round(*devices: Device) -> None:
    for device in (*devices, *devices):
        device.sync()


def _id(device: Device, name: str) -> int:
    return device.svc.people.find(name).id


def _ties(device: Device, name: str) -> list[tuple[str, TieKind, str]]:
    return [(t.other.name, t.kind, t.note) for t in device.svc.ties.ties_of(_id(device, name))]


def _opposite_ids(laptop: Device, desktop: Device) -> None:
    """Ana before Ben on the laptop, Ben before Ana on the desktop."""
    desktop.svc.people.add(PersonInput("Ben"))
    desktop.sync()
    laptop.svc.people.add(PersonInput("Ana"))
    _round(laptop, desktop)
    assert _id(laptop, "Ana") < _id(laptop, "Ben")
    assert _id(desktop, "Ben") < _id(desktop, "Ana")


def test_a_tie_reads_the_same_on_both_whatever_the_row_ids(
    two_devices: tuple[Device, Device],
) -> None:
    laptop, desktop = two_devices
    _opposite_ids(laptop, desktop)
    laptop.svc.ties.tie(_id(laptop, "Ana"), _id(laptop, "Ben"), TieKind.PARENT, "adopted")
    _round(laptop, desktop)
    # Ana is Ben's parent on both: on Ben's page Ana shows as his parent.
    assert _ties(desktop, "Ben") == [("Ana", TieKind.PARENT, "adopted")]
    assert _ties(desktop, "Ana") == [("Ben", TieKind.CHILD, "adopted")]
    desktop.svc.ties.tie(_id(desktop, "Ben"), _id(desktop, "Ana"), TieKind.CHILD, "at three")
    _round(desktop, laptop)
    assert _ties(laptop, "Ben") == [("Ana", TieKind.PARENT, "at three")]
    assert laptop.svc.sync.conflicts() == []
    assert normalised_export(laptop.svc) == normalised_export(desktop.svc)
    desktop.svc.ties.untie(_id(desktop, "Ana"), _id(desktop, "Ben"))
    _round(desktop, laptop)
    assert _ties(laptop, "Ana") == []


def test_one_pair_tied_on_both_is_one_tie_and_the_other_kind_is_listed(
    two_devices: tuple[Device, Device],
) -> None:
    laptop, desktop = two_devices
    _opposite_ids(laptop, desktop)
    laptop.svc.ties.tie(_id(laptop, "Ana"), _id(laptop, "Ben"), TieKind.FRIENDS)
    desktop.later(5)
    desktop.svc.ties.tie(_id(desktop, "Ana"), _id(desktop, "Ben"), TieKind.PARENT)
    _round(laptop, desktop)
    for device in (laptop, desktop):
        assert _ties(device, "Ben") == [("Ana", TieKind.PARENT, "")]
        (conflict,) = device.svc.sync.conflicts()
        # The kind is what `other` is to `person`, as on the person page.
        assert {conflict.person, conflict.other} == {"Ana", "Ben"}
        winner = TieKind.PARENT if conflict.other == "Ana" else TieKind.CHILD
        assert (conflict.kind, conflict.field, conflict.value, conflict.winner) == (
            "tie",
            "kind",
            "friends",
            winner.value,
        )
    assert normalised_export(laptop.svc) == normalised_export(desktop.svc)


def test_a_person_deleted_while_tied_elsewhere_leaves_no_tie(
    two_devices: tuple[Device, Device],
) -> None:
    laptop, desktop = two_devices
    _opposite_ids(laptop, desktop)
    laptop.svc.people.add(PersonInput("Chloé"))
    _round(laptop, desktop)
    laptop.svc.people.delete(_id(laptop, "Ben"))
    desktop.svc.ties.tie(_id(desktop, "Ana"), _id(desktop, "Ben"), TieKind.SIBLING)
    desktop.svc.ties.tie(_id(desktop, "Chloé"), _id(desktop, "Ana"), TieKind.FRIENDS)
    _round(desktop, laptop)
    for device in (laptop, desktop):
        assert [p.name for p in device.svc.people.list()] == ["Ana", "Chloé"]
        assert _ties(device, "Ana") == [("Chloé", TieKind.FRIENDS, "")]
    export = normalised_export(laptop.svc)
    assert export == normalised_export(desktop.svc) and len(export["ties"]) == 1


def test_groups_and_their_people_are_shared(two_devices: tuple[Device, Device]) -> None:
    laptop, desktop = two_devices
    _opposite_ids(laptop, desktop)
    crew = laptop.svc.ties.add_group("Climbing crew", [_id(laptop, "Ana")])
    _round(laptop, desktop)
    there = desktop.svc.ties.find_group("climbing crew")
    assert [m.name for m in there.members] == ["Ana"]
    laptop.svc.ties.rename_group(crew.id, "Crag rats")
    desktop.svc.ties.join(there.id, _id(desktop, "Ben"))
    _round(laptop, desktop)
    for device in (laptop, desktop):
        (group,) = device.svc.ties.groups()
        assert (group.name, [m.name for m in group.members]) == ("Crag rats", ["Ana", "Ben"])
    desktop.svc.ties.leave(there.id, _id(desktop, "Ana"))
    _round(desktop, laptop)
    assert [m.name for m in laptop.svc.ties.group(crew.id).members] == ["Ben"]
    laptop.svc.ties.remove_group(crew.id)
    _round(laptop, desktop)
    assert desktop.svc.ties.groups() == []
    assert normalised_export(laptop.svc) == normalised_export(desktop.svc)


def test_a_group_of_one_name_made_on_both_keeps_both(two_devices: tuple[Device, Device]) -> None:
    laptop, desktop = two_devices
    _opposite_ids(laptop, desktop)
    laptop.svc.ties.add_group("Family", [_id(laptop, "Ana")])
    desktop.svc.ties.add_group("Family", [_id(desktop, "Ben")])
    _round(laptop, desktop)
    for device in (laptop, desktop):
        groups = device.svc.ties.groups()
        assert sorted((g.name, tuple(m.name for m in g.members)) for g in groups) == [
            ("Family", ("Ana",)),
            ("Family", ("Ben",)),
        ]
    assert normalised_export(laptop.svc) == normalised_export(desktop.svc)


def test_a_log_of_the_first_format_is_still_read(two_devices: tuple[Device, Device]) -> None:
    laptop, desktop = two_devices
    laptop.svc.people.add(PersonInput("Ana"))
    laptop.sync()
    (log,) = (laptop.folder / "kith-sync").rglob("*.jsonl")
    log.write_text(log.read_text().replace('"version": 2', '"version": 1', 1))
    desktop.sync()
    assert [p.name for p in desktop.svc.people.list()] == ["Ana"]
