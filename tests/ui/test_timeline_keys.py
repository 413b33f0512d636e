"""Delete on a timeline row asks first, and Ctrl+Z brings the entry back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from kith.services.app import Services
from kith.ui.shell.main_window import MainWindow


def test_delete_on_a_timeline_row_asks_and_can_be_undone(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    window.open_person(people["Ana"])
    page = window.person
    qtbot.waitUntil(lambda: page.timeline.count() == 2)
    window.activateWindow()
    page.timeline.setFocus()
    page.timeline.setCurrentRow(1)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.timeline)
    qtbot.keyClick(page.timeline, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    delete.setFocus()
    qtbot.keyClick(delete, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.timeline.count() == 1)
    assert services.people.summary(people["Ana"]).last_in_person is None
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.timeline.count() == 2)
    assert services.people.summary(people["Ana"]).last_in_person is not None
