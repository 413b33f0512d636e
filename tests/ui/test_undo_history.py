"""Edit → Undo and Redo take back and do again exactly what was done, in order."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from kith.services.app import Services
from kith.ui.shell.main_window import MainWindow


def test_undo_and_redo_go_back_and_forth_in_order(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    undo, redo = window.undo_action, window.redo_action
    today = services.ctx.today()
    ana, ben = people["Ana"], people["Ben"]
    assert not undo.isEnabled() and not redo.isEnabled()
    assert undo.text() == "&Undo"

    window.person_actions.saw_today([ana])
    window.person_actions.snooze(ben, 7)
    assert undo.text() == "&Undo “Snooze Ben Okafor”"

    undo.trigger()
    assert services.people.summary(ben).snoozed_until is None
    assert services.people.summary(ana).last_in_person == today
    assert undo.text() == "&Undo “Saw Ana Silva today”"
    assert redo.text() == "&Redo “Snooze Ben Okafor”"

    undo.trigger()
    assert services.people.summary(ana).last_in_person == today - timedelta(days=40)
    assert not undo.isEnabled()

    redo.trigger()
    assert services.people.summary(ana).last_in_person == today
    assert services.people.summary(ben).snoozed_until is None
    redo.trigger()
    assert services.people.summary(ben).snoozed_until == today + timedelta(days=7)
    assert not redo.isEnabled()
    # Undoing the redone meeting takes back the one logged again, and only that.
    undo.trigger()
    undo.trigger()
    assert services.people.summary(ana).last_in_person == today - timedelta(days=40)
    assert services.interactions.recent(10, person_id=ana)[0].on == today - timedelta(days=3)


def test_the_keys_are_ctrl_z_and_ctrl_shift_z(window: MainWindow) -> None:
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert QKeySequence("Ctrl+Shift+Z") in window.redo_action.shortcuts()


def test_a_new_action_forgets_what_could_be_redone(
    window: MainWindow, services: Services, people: dict[str, int]
) -> None:
    window.person_actions.snooze(people["Ben"], 7)
    window.undo_action.trigger()
    assert window.redo_action.isEnabled()
    window.person_actions.archive([people["Eli"]])
    assert not window.redo_action.isEnabled()
    assert window.undo_action.text() == "&Undo “Archived 1 person.”"
    window.undo_action.trigger()
    assert not services.people.summary(people["Eli"]).archived


def test_the_status_bar_undo_takes_back_the_latest(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    window.person_actions.snooze(people["Ben"], 7)
    window.person_actions.snooze(people["Chloé"], 1)
    assert window.undo_button.isVisible()
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert services.people.summary(people["Chloé"]).snoozed_until is None
    assert services.people.summary(people["Ben"]).snoozed_until is not None
    assert not window.undo_button.isVisible()
    assert window.undo_action.text() == "&Undo “Snooze Ben Okafor”"
    # Undone from the menu, the status bar no longer offers an Undo that means something else.
    window.person_actions.snooze(people["Chloé"], 1)
    window.undo_action.trigger()
    assert not window.undo_button.isVisible()


def test_a_refused_undo_is_told_and_leaves_the_history(
    window: MainWindow, services: Services, people: dict[str, int]
) -> None:
    window.person_actions.saw_today([people["Ana"]])
    logged = services.interactions.recent(1, person_id=people["Ana"])[0]
    services.interactions.delete(logged.id)  # gone another way meanwhile
    window.undo_action.trigger()
    assert "There is no interaction" in window.statusBar().currentMessage()
    assert not window.undo_action.isEnabled()


def test_an_older_rows_undo_takes_back_only_that_one(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    window.today.settle.setInterval(60_000)  # the rows stay marked all through
    rows = {r.person.id: r for r in window.today.due_rows}
    qtbot.mouseClick(rows[people["Ana"]].saw_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(rows[people["Ben"]].saw_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(rows[people["Ana"]].undo_button, Qt.MouseButton.LeftButton)
    today = services.ctx.today()
    assert services.people.summary(people["Ana"]).last_in_person == today - timedelta(days=40)
    assert services.people.summary(people["Ben"]).last_in_person == today
    assert rows[people["Ben"]].acted_on and not rows[people["Ana"]].acted_on
    assert window.undo_action.text() == "&Undo “Saw Ben Okafor today”"
    window.undo_action.trigger()
    assert services.people.summary(people["Ben"]).last_in_person == today - timedelta(days=33)
    assert not rows[people["Ben"]].acted_on
    assert not window.undo_action.isEnabled()
