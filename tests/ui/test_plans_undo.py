"""Marking a meetup done, cancelling and reopening it, all taken back by Edit → Undo."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kith.domain.values import MeetupStatus, Mode
from kith.services.app import Services
from kith.ui.shell.main_window import MainWindow
from tests.ui.plans_support import answer_next_box, plan


def _press(qtbot: QtBot, window: MainWindow, keys: str) -> None:
    """The keys as the user presses them, to whatever has the focus in the window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    target = QApplication.focusWidget()
    assert target is not None and target.window() is window
    modifiers = Qt.KeyboardModifier.ControlModifier
    if "Shift" in keys:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(target, Qt.Key.Key_Z, modifiers)


def test_mark_done_then_undo_plans_it_again_and_redo_does_it_again(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    ana, dana = people["Ana"], people["Dana"]
    today = services.ctx.today()
    before = {pid: services.people.summary(pid).last_in_person for pid in (ana, dana)}
    logged_before = {i.id for i in services.interactions.recent(100)}
    meetup = plan(services, "Dinner", (ana, dana), at=datetime.combine(today, datetime.min.time()))
    window.show_place("plans")
    page = window.plans
    qtbot.waitUntil(lambda: page.select_meetup(meetup))
    page.tree.setFocus()

    answer_next_box("Mark done")
    page.done_action.trigger()
    assert services.meetups.get(meetup).status == MeetupStatus.DONE
    (added,) = [i for i in services.interactions.recent(100) if i.id not in logged_before]
    assert added.mode == Mode.IN_PERSON and {p.id for p in added.people} == {ana, dana}
    assert window.undo_action.text() == "&Undo “Mark “Dinner” done”"

    _press(qtbot, window, "Ctrl+Z")
    assert services.meetups.get(meetup).status == MeetupStatus.PLANNED
    assert {i.id for i in services.interactions.recent(100)} == logged_before
    assert {pid: services.people.summary(pid).last_in_person for pid in (ana, dana)} == before
    qtbot.waitUntil(lambda: page.model.status_text(page.selected_meetup()) != "Done")  # type: ignore[arg-type]
    assert page.done_action.isEnabled()

    _press(qtbot, window, "Ctrl+Shift+Z")
    assert services.meetups.get(meetup).status == MeetupStatus.DONE
    (again,) = [i for i in services.interactions.recent(100) if i.id not in logged_before]
    assert again.on == added.on and {p.id for p in again.people} == {ana, dana}
    # Undoing what was redone takes back the entry logged the second time.
    window.undo_action.trigger()
    assert {i.id for i in services.interactions.recent(100)} == logged_before
    assert services.people.summary(ana).last_in_person == today - timedelta(days=40)


def test_the_notice_offers_undo_while_it_is_the_latest_action(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    meetup = plan(services, "Tea", (people["Ben"],), at=datetime(2026, 12, 3, 16, 0))
    window.show_place("plans")
    page = window.plans
    qtbot.waitUntil(lambda: page.select_meetup(meetup))

    answer_next_box("Cancel meetup")
    page.cancel_action.trigger()
    assert services.meetups.get(meetup).status == MeetupStatus.CANCELLED
    assert page.notice_undo.isVisible()
    qtbot.mouseClick(page.notice_undo, Qt.MouseButton.LeftButton)
    assert services.meetups.get(meetup).status == MeetupStatus.PLANNED
    assert not page.notice_undo.isVisible()
    assert page.notice.text() == "Undone: Cancel “Tea”."
    window.redo_action.trigger()
    assert services.meetups.get(meetup).status == MeetupStatus.CANCELLED

    qtbot.waitUntil(lambda: page.reopen_action.isEnabled())
    page.reopen_action.trigger()
    assert services.meetups.get(meetup).status == MeetupStatus.PLANNED
    window.person_actions.snooze(people["Ana"], 7)  # a later action: the bar's Undo goes
    assert not page.notice_undo.isVisible()
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert services.meetups.get(meetup).status == MeetupStatus.CANCELLED
