"""Today by keyboard: one Tab stop per row, arrows between rows, Enter for the main action."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from kith.services.app import Services
from kith.ui.shell.main_window import MainWindow


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def test_tab_reaches_the_list_before_the_column_beside_it(window: MainWindow, qtbot: QtBot) -> None:
    today = window.today
    rows = today.due_rows
    assert len(rows) == 3
    window.activateWindow()
    window.sidebar.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = []
    for _ in range(12):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        widget = focused()
        assert widget is not None
        if today.isAncestorOf(widget):
            seen.append(widget)
    # The rows, one stop each, come first; none of their buttons is a Tab stop.
    assert seen[:3] == rows
    assert not [w for r in rows for w in seen if w is not r and r.isAncestorOf(w)]


def test_arrows_move_between_rows_and_enter_marks_the_row_seen(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    today = window.today
    window.activateWindow()
    first, second, third = today.due_rows
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: focused() is first)
    assert today.row_keys._rings[first].isVisible()  # the focus shows
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert focused() is second
    qtbot.keyClick(second, Qt.Key.Key_Down)
    assert focused() is third
    qtbot.keyClick(third, Qt.Key.Key_Down)
    assert focused() is third  # the last row keeps the focus
    qtbot.keyClick(third, Qt.Key.Key_Up)
    assert focused() is second
    ana = second.person.id
    assert ana == people["Ana"]
    qtbot.keyClick(second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: services.people.summary(ana).last_in_person == services.ctx.today())


def test_right_and_left_walk_the_rows_buttons(
    window: MainWindow, qtbot: QtBot, people: dict[str, int]
) -> None:
    today = window.today
    window.activateWindow()
    row = today.due_rows[0]
    row.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: focused() is row)
    visited = []
    for _ in range(4):
        qtbot.keyClick(focused(), Qt.Key.Key_Right)
        visited.append(focused())
    assert visited == [row.name, row.saw_button, row.plan_button, row.snooze_button]
    qtbot.keyClick(focused(), Qt.Key.Key_Left)
    assert focused() is row.plan_button
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert focused() is today.due_rows[1]
    opened: list[int] = []
    today.person_requested.connect(opened.append)
    qtbot.keyClick(focused(), Qt.Key.Key_Right)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert opened == [today.due_rows[1].person.id]


def test_the_menu_key_offers_the_rows_actions(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    today = window.today
    window.activateWindow()
    row = today.due_rows[1]
    row.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: focused() is row)
    qtbot.keyClick(row, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = row.findChild(QMenu)
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    texts = [a.text() for a in menu.actions()]
    assert texts[:3] == [f"Open {row.person.name}", "Saw them today", "Plan…"]
    assert "Snooze" in texts
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    person = row.person.id
    qtbot.waitUntil(lambda: services.people.summary(person).last_in_person == services.ctx.today())
