""" "Changed on two devices": the other value comes back in one click, and Undo takes it back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kith.services.views import PersonInput
from kith.ui.dialogs.sync_conflicts import SyncConflictsDialog
from kith.ui.shell.undo_history import UndoHistory
from tests.services.sync_devices import Device


def test_use_this_value_restores_the_other_and_undo_takes_it_back(
    two_devices: tuple[Device, Device], qtbot: QtBot
) -> None:
    laptop, desktop = two_devices
    ana = laptop.svc.people.add(PersonInput("Ana"))
    laptop.sync()
    desktop.sync()
    there = desktop.svc.people.find("Ana").id
    laptop.svc.people.update(ana.id, PersonInput("Ana", notes="likes tea"))
    desktop.later(5)
    desktop.svc.people.update(there, PersonInput("Ana", notes="likes coffee"))
    for device in (laptop, desktop, laptop):
        device.sync()
    undo = UndoHistory()
    dialog = SyncConflictsDialog(laptop.svc, undo)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    text = dialog.list.item(0).text()
    assert text.startswith("Ana · Notes: kept “likes coffee”; on Laptop")
    assert text.endswith("“likes tea”")
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert laptop.svc.people.detail(ana.id).notes == "likes tea"
    assert dialog.list.count() == 0 and dialog.empty.isVisibleTo(dialog)
    undo.undo()
    assert laptop.svc.people.detail(ana.id).notes == "likes coffee"
    undo.redo()
    assert laptop.svc.people.detail(ana.id).notes == "likes tea"
    laptop.sync()
    desktop.sync()
    assert desktop.svc.people.detail(there).notes == "likes tea"
    assert desktop.svc.sync.conflicts() == []


def test_a_tie_tied_two_ways_is_listed_and_the_other_way_comes_back(
    two_devices: tuple[Device, Device], qtbot: QtBot
) -> None:
    from kith.domain.ties import TieKind

    laptop, desktop = two_devices
    ana = laptop.svc.people.add(PersonInput("Ana"))
    ben = laptop.svc.people.add(PersonInput("Ben"))
    laptop.sync()
    desktop.sync()
    laptop.svc.ties.tie(ana.id, ben.id, TieKind.FRIENDS)
    desktop.later(5)
    there = desktop.svc.people.find("Ana").id, desktop.svc.people.find("Ben").id
    desktop.svc.ties.tie(*there, TieKind.SIBLING)
    for device in (laptop, desktop, laptop):
        device.sync()
    dialog = SyncConflictsDialog(laptop.svc, UndoHistory())
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    text = dialog.list.item(0).text()
    # Read as the person page reads it: one of them, the other, and what they are.
    assert text.startswith(("Ana · Ben: kept “Sibling”", "Ben · Ana: kept “Sibling”"))
    assert text.endswith("“Friend”")
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert [t.kind for t in laptop.svc.ties.ties_of(ana.id)] == [TieKind.FRIENDS]
    laptop.sync()
    desktop.sync()
    assert [t.kind for t in desktop.svc.ties.ties_of(there[0])] == [TieKind.FRIENDS]
