"""Sorting many people at once from People: moves, rhythms and the Circle cell."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QDialog
from pytestqt.qtbot import QtBot

from kith.domain.values import Circle
from kith.services.app import Services
from kith.services.changes import Change
from kith.ui.dialogs.rhythm import RhythmDialog
from kith.ui.people.model import Column
from kith.ui.shell.main_window import MainWindow


def show_people(win: MainWindow, qtbot: QtBot) -> None:
    win.show_place("people")
    qtbot.waitUntil(lambda: not win.people.loading)


def circle_shown(win: MainWindow, person_id: int) -> str:
    page = win.people
    row = page.model.row_of(person_id)
    assert row is not None
    index = page.proxy.mapFromSource(page.model.index(row, Column.CIRCLE))
    return str(index.data())


def test_moving_a_selection_is_one_change_and_one_undo(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    page = window.people
    show_people(window, qtbot)
    chosen = [people["Ana"], people["Chloé"], people["Eli"]]
    page.select_ids(chosen, people["Ana"])
    page.table.setFocus()
    seen: list[Change] = []
    services.changes.subscribe(seen.append)
    inner = next(
        a for a in window.menu_actions.move_to_circle.actions() if a.data() == Circle.INNER.value
    )
    assert inner.shortcut().toString() == "Ctrl+Alt+1"
    inner.trigger()
    assert [sorted(c.people) for c in seen] == [sorted(chosen)]
    assert {services.people.summary(i).circle for i in chosen} == {Circle.INNER}
    qtbot.waitUntil(lambda: circle_shown(window, people["Eli"]) == "Inner circle")
    assert window.statusBar().currentMessage() == "Moved 3 people to Inner circle."
    assert window.undo_button.isVisible()

    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert services.people.summary(people["Ana"]).circle == Circle.FRIENDS
    assert services.people.summary(people["Chloé"]).circle == Circle.CLOSE
    assert services.people.summary(people["Eli"]).circle == Circle.WIDER
    assert services.people.summary(people["Ben"]).circle == Circle.FRIENDS
    qtbot.waitUntil(lambda: circle_shown(window, people["Eli"]) == "Wider circle")


def test_the_context_menu_offers_every_circle(
    window: MainWindow, qtbot: QtBot, people: dict[str, int]
) -> None:
    page = window.people
    show_people(window, qtbot)
    page.select_ids([people["Ben"]], people["Ben"])
    page._on_context_menu(page.table.visualRect(page.table.currentIndex()).center())
    menu = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window)
    move = next(a for a in menu.actions() if a.menu() is not None)
    assert [a.text() for a in move.menu().actions()] == [
        "Inner circle",
        "Close",
        "Friends",
        "Wider circle",
    ]
    menu.close()


def test_set_rhythm_for_several_then_circle_default(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    show_people(window, qtbot)
    chosen = [people["Ana"], people["Ben"]]
    window.people.select_ids(chosen, people["Ana"])
    window.menu_actions.set_rhythm.trigger()
    dialog = window.findChild(RhythmDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.days.setValue(10)
    dialog.accept()
    assert [services.people.summary(i).rhythm_days for i in chosen] == [10, 10]
    assert window.statusBar().currentMessage() == "New rhythm for 2 people: every 10 days."
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert [services.people.summary(i).rhythm_days for i in chosen] == [30, 30]

    window.people.select_ids(chosen, people["Ana"])
    window.person_actions.set_rhythm(chosen, 21)
    window.person_actions.set_rhythm(chosen, None)
    after = [services.people.summary(i) for i in chosen]
    assert [(p.rhythm_days, p.rhythm_is_custom) for p in after] == [(30, False), (30, False)]


def test_shift_f2_opens_the_circle_cell_and_a_choice_moves_the_person(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    page = window.people
    show_people(window, qtbot)
    row = page.model.row_of(people["Ben"])
    assert row is not None
    cell = page.proxy.mapFromSource(page.model.index(row, Column.CIRCLE))
    window.activateWindow()
    page.table.setFocus()
    page.select_ids([people["Ben"]], people["Ben"])  # the row's name cell is current
    qtbot.keyClick(page.table, Qt.Key.Key_F2, Qt.KeyboardModifier.ShiftModifier)
    editor = page.table.indexWidget(cell) or page.table.focusWidget()
    assert isinstance(editor, QComboBox)
    assert editor.currentText() == "Friends"
    editor.setCurrentIndex(editor.findText("Close"))
    editor.activated.emit(editor.currentIndex())
    assert services.people.summary(people["Ben"]).circle == Circle.CLOSE
    qtbot.waitUntil(lambda: circle_shown(window, people["Ben"]) == "Close")
    assert window.statusBar().currentMessage() == "Moved Ben Okafor to Close."


def test_double_click_opens_the_person_except_on_the_circle_cell(
    window: MainWindow, qtbot: QtBot, people: dict[str, int]
) -> None:
    page = window.people
    show_people(window, qtbot)
    opened: list[int] = []
    page.person_requested.connect(opened.append)
    row = page.model.row_of(people["Dana"])
    assert row is not None
    name = page.proxy.mapFromSource(page.model.index(row, Column.NAME))
    circle = page.proxy.mapFromSource(page.model.index(row, Column.CIRCLE))
    viewport = page.table.viewport()

    def double_click(at: QPoint) -> None:
        # The press a real double-click starts with; a view edits only the cell pressed.
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=at)
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=at)

    double_click(page.table.visualRect(circle).center())
    assert opened == []
    assert page.table.state() == QAbstractItemView.State.EditingState
    qtbot.keyClick(page.table.focusWidget(), Qt.Key.Key_Escape)
    double_click(page.table.visualRect(name).center())
    assert opened == [people["Dana"]]


def test_restore_offers_undo(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    services.people.archive_people([people["Eli"]])
    window.person_actions.restore([people["Eli"]], offer_undo=True)
    assert not services.people.summary(people["Eli"]).archived
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert services.people.summary(people["Eli"]).archived
    assert not any(isinstance(w, QDialog) and w.isVisible() for w in window.findChildren(QDialog))


def test_ctrl_alt_number_moves_the_selection(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    page = window.people
    show_people(window, qtbot)
    window.activateWindow()
    page.select_ids([people["Ana"], people["Ben"]], people["Ana"])
    page.table.setFocus()
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(page.table, Qt.Key.Key_2, modifiers)
    assert services.people.summary(people["Ana"]).circle == Circle.CLOSE
    assert services.people.summary(people["Ben"]).circle == Circle.CLOSE
