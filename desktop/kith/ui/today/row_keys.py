"""Today's list by keyboard: each row one Tab stop, Up/Down between rows, Enter or Space
for "Saw them today", Right/Left through the row's name and buttons, the Menu key (or
Shift+F10) for the same as a menu.

Without this, reaching the eighth row's Snooze took thirty Tabs; now it is Down seven
times and Right three times, and Tab leaves the list for the column beside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QMenu, QScrollArea, QWidget

from kith.ui.today.due_row import DueRow
from kith.ui.widgets.tending_palette import state_word

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FocusRing(QWidget):
    """The visible focus of a row: a highlight-coloured outline drawn over it."""

    def __init__(self, row: QWidget) -> None:
        super().__init__(row)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
        painter.setPen(pen)
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 3, 3)


class RowKeys(QObject):
    """The keys of the due rows shown now; `attach` again whenever the rows are rebuilt."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[DueRow] = []
        self._rings: dict[DueRow, FocusRing] = {}
        self._row_of: dict[QObject, DueRow] = {}

    def attach(self, rows: Sequence[DueRow]) -> None:
        self.rows = list(rows)
        self._rings = {}
        self._row_of = {}
        for row in self.rows:
            row.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            # The stripe's colour said aloud: the state, then what the row's words say.
            row.setAccessibleDescription(
                f"{state_word(row.person.tending.state)}. {row.words.text()}"
            )
            row.installEventFilter(self)
            self._rings[row] = FocusRing(row)
            for part in self._all_parts(row):
                # Reached with Right/Left (or a click), never with Tab: one stop per row.
                part.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
                part.installEventFilter(self)
                self._row_of[part] = row
        for before, after in pairwise(self.rows):
            QWidget.setTabOrder(before, after)

    @staticmethod
    def _all_parts(row: DueRow) -> list[QWidget]:
        return [row.name, row.saw_button, row.plan_button, row.snooze_button, row.undo_button]

    def parts(self, row: DueRow) -> list[QWidget]:
        """What Right/Left visit in a row now: its name, then the buttons it offers."""
        return [part for part in self._all_parts(row) if part.isVisibleTo(row) and part.isEnabled()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, DueRow) and watched in self._rings:
            return self._on_row_event(watched, event)
        row = self._row_of.get(watched)
        if (
            row is not None
            and isinstance(watched, QWidget)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            return self._on_part_key(row, watched, event)
        return False

    def _on_row_event(self, row: DueRow, event: QEvent) -> bool:
        kind = event.type()
        ring = self._rings[row]
        if kind == QEvent.Type.FocusIn:
            ring.setGeometry(row.rect())
            ring.raise_()
            ring.show()
            area = _scroll_area_of(row)
            if area is not None:
                area.ensureWidgetVisible(row, 0, 8)
        elif kind == QEvent.Type.FocusOut:
            ring.hide()
        elif kind == QEvent.Type.Resize:
            ring.setGeometry(row.rect())
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._on_row_key(row, event)
        return False

    def _on_row_key(self, row: DueRow, event: QKeyEvent) -> bool:
        key = event.key()
        if _asks_for_menu(event):
            self.open_menu(row)
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            return self._step(row, -1 if key == Qt.Key.Key_Up else 1)
        if key in (*_ENTER, Qt.Key.Key_Space):
            if row.saw_button.isEnabled():
                row.saw_button.click()
            return True
        if key == Qt.Key.Key_Right:
            parts = self.parts(row)
            if parts:
                parts[0].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return False

    def _on_part_key(self, row: DueRow, part: QWidget, event: QKeyEvent) -> bool:
        key = event.key()
        if _asks_for_menu(event):
            self.open_menu(row)
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            return self._step(row, -1 if key == Qt.Key.Key_Up else 1)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Escape):
            parts = self.parts(row)
            at = parts.index(part) if part in parts else 0
            step = 1 if key == Qt.Key.Key_Right else -1
            if key == Qt.Key.Key_Escape or at + step < 0:
                row.setFocus(Qt.FocusReason.BacktabFocusReason)
            elif at + step < len(parts):
                parts[at + step].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        if key in _ENTER:
            if part is row.name:
                row.open_requested.emit(row.person.id)
            elif isinstance(part, QAbstractButton):
                part.click()
            return True
        if key == Qt.Key.Key_Space and part is row.name:
            row.open_requested.emit(row.person.id)
            return True
        return False

    def open_menu(self, row: DueRow) -> QMenu:
        """The row's buttons as a menu (the Menu key, or Shift+F10), under its name."""
        menu = QMenu(row)
        menu.aboutToHide.connect(menu.deleteLater)  # one menu each time, not kept
        menu.addAction(row.name.accessibleName(), lambda: row.open_requested.emit(row.person.id))
        for button in (row.saw_button, row.plan_button):
            action = menu.addAction(button.icon(), button.text(), button.click)
            action.setEnabled(button.isEnabled())
        snooze = row.snooze_button.menu()
        if snooze is not None:
            held = menu.addMenu(row.snooze_button.icon(), row.snooze_button.text())
            held.addActions(snooze.actions())
            held.setEnabled(row.snooze_button.isEnabled())
        if row.undo_button.isVisibleTo(row):
            menu.addAction(row.undo_button.text(), row.undo_button.click)
        menu.popup(row.mapToGlobal(row.name.geometry().bottomLeft()))
        return menu

    def _step(self, row: DueRow, step: int) -> bool:
        """Focus the row above or below; at either end the focus stays put."""
        at = self.rows.index(row) + step
        if 0 <= at < len(self.rows):
            self.rows[at].setFocus(
                Qt.FocusReason.TabFocusReason if step > 0 else Qt.FocusReason.BacktabFocusReason
            )
        return True


def _asks_for_menu(event: QKeyEvent) -> bool:
    return event.key() == Qt.Key.Key_Menu or (
        event.key() == Qt.Key.Key_F10
        and bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    )


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


__all__ = ["FocusRing", "RowKeys"]
