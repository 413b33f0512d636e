"""One focus frame around the whole current row of a table that selects whole rows.

Qt draws keyboard focus around the current cell only, which reads as if one cell were
chosen when the row is. The delegates draw their cells without it (`without_cell_focus`)
and the view draws one frame around the row (`paint_row_focus`) in a colour that stands
out from the row's background, selected or not, in light and dark palettes alike.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView


def without_cell_focus(option: QStyleOptionViewItem) -> QStyleOptionViewItem:
    """A copy of `option` that draws no focus rectangle around its cell."""
    opt = QStyleOptionViewItem(option)
    opt.state &= ~QStyle.StateFlag.State_HasFocus
    return opt


_HAS_FOCUS = QStyle.StateFlag.State_HasFocus


class RowFocusDelegate(QStyledItemDelegate):
    """Draws cells as usual but leaves focus to the row's frame."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # Only the current cell has focus: copying every cell's option cost more than
        # drawing it, over a hundred cells each time a search repaints the table.
        if option.state & _HAS_FOCUS:
            option = without_cell_focus(option)
        super().paint(painter, option, index)


def row_focus_rect(view: QTableView) -> QRect | None:
    """Where the frame goes (viewport coordinates), or None when no row shows focus."""
    current = view.currentIndex()
    if not current.isValid() or not view.hasFocus():
        return None
    model = view.model()
    columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    if not columns:
        return None
    row = current.row()
    first = view.visualRect(model.index(row, min(columns, key=view.columnViewportPosition)))
    last = view.visualRect(model.index(row, max(columns, key=view.columnViewportPosition)))
    return first.united(last)


def focus_colour(view: QTableView) -> QPalette.ColorRole:
    """Highlighted text on a selected row, the highlight itself on any other."""
    current = view.currentIndex()
    selected = view.selectionModel() is not None and view.selectionModel().isRowSelected(
        current.row(), current.parent()
    )
    return QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight


def paint_row_focus(view: QTableView) -> None:
    """Draw the current row's focus frame on the view's viewport (from its paintEvent)."""
    rect = row_focus_rect(view)
    if rect is None:
        return
    painter = QPainter(view.viewport())
    pen = QPen(view.palette().color(focus_colour(view)), 1)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    # One pixel in, so a selected row's highlight shows on both sides of the line.
    painter.drawRect(rect.adjusted(1, 1, -2, -2))
    painter.end()
