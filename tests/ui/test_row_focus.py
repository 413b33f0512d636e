"""People and Plans show keyboard focus around the whole current row, not one cell."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from kith.services.app import Services
from kith.ui.plans.page import PlansPage
from kith.ui.shell.changes import DataChanges
from kith.ui.shell.main_window import MainWindow
from kith.ui.widgets.tending_palette import is_dark
from tests.ui.plans_support import plan


def _changed_columns(before: QImage, after: QImage, y: int) -> list[int]:
    return [x for x in range(before.width()) if before.pixel(x, y) != after.pixel(x, y)]


def _focus_marks_along_the_row(
    view: QAbstractItemView, qtbot: QtBot, where: int | QModelIndex
) -> list[int]:
    """The x positions, at the row's mid-height, that change when the view gains focus
    with that row current but not selected (so only the focus drawing differs)."""
    index = view.model().index(where, 0) if isinstance(where, int) else where
    view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.Clear)
    view.clearFocus()
    qtbot.waitUntil(lambda: not view.hasFocus())
    unfocused = view.viewport().grab().toImage()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    focused = view.viewport().grab().toImage()
    y = view.visualRect(index).center().y()
    return _changed_columns(unfocused, focused, y)


def _assert_one_frame_across(view: QAbstractItemView, marks: list[int]) -> None:
    model = view.model()
    last = model.columnCount() - 1
    first_cell = view.visualRect(model.index(0, 0))
    last_cell = view.visualRect(model.index(0, last))
    assert marks, "no focus shown at all"
    # The frame's two sides are at the row's two ends...
    assert min(marks) <= first_cell.left() + 3
    assert max(marks) >= min(view.viewport().width(), last_cell.right()) - 3
    # ...and nothing is drawn at the borders between cells.
    inner = {view.visualRect(model.index(0, c)).left() for c in range(1, last + 1)}
    assert not [x for x in marks if any(abs(x - border) <= 2 for border in inner)]


def _people_table(window: MainWindow, qtbot: QtBot) -> QAbstractItemView:
    window.show_place("people")
    qtbot.waitUntil(lambda: not window.people.loading)
    window.activateWindow()
    return window.people.table


def test_people_draws_one_frame_around_the_current_row(window: MainWindow, qtbot: QtBot) -> None:
    table = _people_table(window, qtbot)
    _assert_one_frame_across(table, _focus_marks_along_the_row(table, qtbot, 1))


def test_people_row_frame_shows_in_a_dark_palette(window: MainWindow, qtbot: QtBot) -> None:
    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.Base, "#1f1f1f"),
        (QPalette.ColorRole.AlternateBase, "#262626"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Highlight, "#3d6fb4"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
    ):
        dark.setColor(role, colour)
    table = _people_table(window, qtbot)
    table.setPalette(dark)
    assert is_dark(table.palette())
    _assert_one_frame_across(table, _focus_marks_along_the_row(table, qtbot, 0))
    # A selected current row keeps a frame that differs from its highlight.
    index = table.model().index(0, 0)
    table.selectionModel().select(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    image = table.viewport().grab().toImage()
    rect = table.visualRect(index)
    edge = image.pixelColor(QPoint(rect.left() + 1, rect.center().y()))
    fill = image.pixelColor(QPoint(rect.left() + 6, rect.top() + 3))
    assert edge != fill


def test_plans_draws_one_frame_around_the_current_row(
    qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    plan(services, "Brunch", (people["Ben"],))
    page = PlansPage(services, DataChanges(services.changes))
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    tree = page.tree
    model = tree.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0 and model.rowCount(model.index(0, 0)) > 0)
    index = model.index(0, 0, model.index(0, 0))  # the first meetup, under its heading
    marks = _focus_marks_along_the_row(tree, qtbot, index)
    assert marks, "no focus shown at all"
    last = model.index(index.row(), model.columnCount(index.parent()) - 1, index.parent())
    assert max(marks) >= tree.visualRect(last).left()
