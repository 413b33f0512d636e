""" "Changed on two devices": the other value comes back in one click, and Undo takes it back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kith.services.views import PersonInput
from kith.ui.dialogs.sync_conflicts import SyncConflictsDialog
from kith.ui.shell.undo_history import UndoHistory
from tests.services.sync_devices import Device, devices


@pytest.fixture
def pair(migrated_template: Path, tmp_path: Path) -> Iterator[tuple[Device, Device]]:
    laptop, desktop = devices(migrated_template, tmp_path, "Laptop", "Desktop")
    yield laptop, desktop
    laptop.close()
    desktop.close()


def test_use_this_value_restores_the_other_and_undo_takes_it_back(
    pair: tuple[Device, Device], qtbot: QtBot
) -> None:
    laptop, desktop = pair
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
