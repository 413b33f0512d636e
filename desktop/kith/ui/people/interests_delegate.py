"""Draws a person's interests with the ones you share picked out, as on their page."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kith.ui.people.model import Role
from kith.ui.text import formatting as fmt
from kith.ui.widgets.row_focus import without_cell_focus

_ALIGN = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
_SELECTED = QStyle.StateFlag.State_Selected
_LAYOUTS_KEPT = 4000


class InterestsDelegate(QStyledItemDelegate):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Fonts and their metrics by the row's font: building them per cell was most of
        # the cost of repainting the list while typing a search.
        self._fonts: dict[str, tuple[QFont, QFontMetrics, QFont, QFontMetrics]] = {}
        self._layouts: dict[tuple[object, ...], list[tuple[str, bool, int, int]]] = {}

    def _fonts_for(self, font: QFont) -> tuple[QFont, QFontMetrics, QFont, QFontMetrics]:
        key = font.key()
        found = self._fonts.get(key)
        if found is None:
            normal = QFont(font)
            strong = QFont(normal)
            strong.setWeight(QFont.Weight.DemiBold)
            found = self._fonts[key] = (normal, QFontMetrics(normal), strong, QFontMetrics(strong))
        return found

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = without_cell_focus(option)
        self.initStyleOption(opt, index)
        tags = str(opt.text)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if not tags:
            return
        shared = tuple(index.data(Role.SHARED) or ())
        selected = bool(opt.state & _SELECTED)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        fonts = self._fonts_for(opt.font)
        rect: QRect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        top, height = rect.top(), rect.height()
        painter.save()
        plain_pen = opt.palette.color(text_role)
        for piece, is_shared, x, width in self._laid_out(tags, shared, rect.width(), fonts):
            painter.setFont(fonts[2] if is_shared else fonts[0])
            painter.setPen(fmt.IN_PERSON_ACCENT if is_shared and not selected else plain_pen)
            painter.drawText(QRect(rect.left() + x, top, width, height), _ALIGN, piece)
        painter.restore()

    def _laid_out(
        self,
        tags: str,
        shared: tuple[str, ...],
        room: int,
        fonts: tuple[QFont, QFontMetrics, QFont, QFontMetrics],
    ) -> list[tuple[str, bool, int, int]]:
        """Each piece of text with whether it is shared, its left edge and its width.

        Kept by text and width: typing a search repaints the same few rows again and
        again, and measuring each piece was most of drawing it."""
        key = (tags, shared, room, fonts[0].key())
        found = self._layouts.get(key)
        if found is not None:
            return found
        normal_metrics, strong_metrics = fonts[1], fonts[3]
        x, right = 3, room - 4
        parts = tags.split(", ")
        pieces: list[tuple[str, bool]] = []
        for number, tag in enumerate(parts):
            pieces.append((tag, tag in shared))
            if number < len(parts) - 1:
                pieces.append((", ", False))
        found = []
        for piece, is_shared in pieces:
            metrics = strong_metrics if is_shared else normal_metrics
            width = metrics.horizontalAdvance(piece)
            if x + width > right:
                piece = metrics.elidedText(piece, Qt.TextElideMode.ElideRight, right - x)
                width = right - x
            found.append((piece, is_shared, x, width))
            x += width
            if x >= right:
                break
        if len(self._layouts) >= _LAYOUTS_KEPT:
            self._layouts.clear()
        self._layouts[key] = found
        return found
