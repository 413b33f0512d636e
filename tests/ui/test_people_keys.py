"""People by keyboard: Down and Enter from the search field, F2 to edit, Delete to delete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from kith.services.app import Services
from kith.ui.dialogs.person import PersonDialog
from kith.ui.shell.main_window import MainWindow


def _people_with_search_focused(window: MainWindow, qtbot: QtBot) -> None:
    window.show_place("people")
    qtbot.waitUntil(lambda: not window.people.loading)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.people.search)


def test_down_from_the_search_enters_the_results_a_whole_row_at_a_time(
    window: MainWindow, qtbot: QtBot
) -> None:
    _people_with_search_focused(window, qtbot)
    page = window.people
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.table
    assert len(page.selected_ids()) == 1
    first = page.selected_ids()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert len(page.selected_ids()) == 1 and page.selected_ids() != first
    # Every cell of the current row is selected, not the one cell.
    row = page.table.currentIndex().row()
    columns = page.proxy.columnCount()
    selected = page.table.selectionModel().selectedIndexes()
    assert {(i.row(), i.column()) for i in selected} == {(row, c) for c in range(columns)}


def test_enter_in_the_search_opens_the_single_match(
    window: MainWindow, qtbot: QtBot, people: dict[str, int]
) -> None:
    _people_with_search_focused(window, qtbot)
    qtbot.keyClicks(window.people.search, "chlo")
    qtbot.keyClick(window.people.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_place() == "person")
    assert window.person.person_id == people["Chloé"]


def test_f2_edits_the_person_and_delete_asks_first(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    _people_with_search_focused(window, qtbot)
    page = window.people
    qtbot.keyClicks(page.search, "Ben")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.selected_ids() == [people["Ben"]]
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PersonDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PersonDialog)
    assert dialog.name.text() == "Ben Okafor"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    window.activateWindow()  # the offscreen platform gives it back to no window by itself
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)
    assert page.selected_ids() == [people["Ben"]]
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Cancel: nobody is deleted
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert services.people.summary(people["Ben"]).name == "Ben Okafor"
