"""What the tray logs joins the window's undo history, even while the window is hidden."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kith.services.app import Services
from kith.ui.reminders.wiring import ReminderWiring
from kith.ui.shell.main_window import MainWindow


def _log_from_tray(qtbot: QtBot, wiring: ReminderWiring, typed: str) -> None:
    tray = wiring.tray
    tray.log_action.trigger()
    picker = tray.picker
    assert picker is not None and picker.isVisible()
    qtbot.keyClicks(picker.search, typed)
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(picker.list, Qt.Key.Key_Space)
    picker.log_button.click()


def test_ctrl_z_in_the_window_takes_back_exactly_the_tray_log(
    wired: tuple[MainWindow, ReminderWiring],
    qtbot: QtBot,
    services: Services,
    people: dict[str, int],
) -> None:
    window, wiring = wired
    ben, ana = people["Ben"], people["Ana"]
    window.person_actions.saw_today([ana])  # an earlier action: it must stay
    before = {i.id for i in services.interactions.recent(100)}
    ben_last = services.people.summary(ben).last_in_person
    window.hide()

    _log_from_tray(qtbot, wiring, "Ben")
    (added,) = [i for i in services.interactions.recent(100) if i.id not in before]
    assert [p.id for p in added.people] == [ben]
    assert wiring.tray.undo_action.isVisible()
    assert wiring.tray.undo_action.text() == "Undo “Saw Ben Okafor today”"

    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.window() is window
    qtbot.keyClick(focused, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert {i.id for i in services.interactions.recent(100)} == before
    assert services.people.summary(ben).last_in_person == ben_last
    assert services.people.summary(ana).last_in_person == services.ctx.today()
    assert window.undo_action.text() == "&Undo “Saw Ana Silva today”"
    window.redo_action.trigger()
    assert services.people.summary(ben).last_in_person == services.ctx.today()


def test_the_tray_menu_offers_undo_of_the_latest_action(
    wired: tuple[MainWindow, ReminderWiring],
    qtbot: QtBot,
    services: Services,
    people: dict[str, int],
) -> None:
    window, wiring = wired
    tray = wiring.tray
    assert not tray.undo_action.isVisible()
    window.hide()
    before = {i.id for i in services.interactions.recent(100)}
    _log_from_tray(qtbot, wiring, "Eli")
    assert tray.undo_action in tray.menu.actions()

    tray.undo_action.trigger()

    assert {i.id for i in services.interactions.recent(100)} == before
    assert not tray.undo_action.isVisible()
    assert window.redo_action.text() == "&Redo “Saw Eli Berg today”"
