"""A short text in a rounded box beside a point on the map, the same size at any zoom:
the name of the ring a dragged dot would land on, or of the person the keyboard marks."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

GAP = 14.0
"""Pixels between the point and the tag, which sits above and to the right of it, clear
of a dot drawn there at any zoom."""


class Tag(QGraphicsItem):
    """`strong` tags are filled with the selection colour (where a drop goes); plain ones
    are a quiet box with a thin accent edge (whom the keys act on)."""

    def __init__(self, *, strong: bool) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setZValue(3)  # over the people and their names
        self.text = ""
        self._strong = strong
        self._palette = QPalette()
        self._font = QFont()
        self._font.setBold(strong)
        self._box = QRectF()
        self.hide()

    def set_palette(self, palette: QPalette) -> None:
        self._palette = palette
        self.update()

    def show_at(self, text: str, point: QPointF) -> None:
        """Show `text` beside `point` (scene units)."""
        if text != self.text:
            self.prepareGeometryChange()
            self.text = text
            metrics = QFontMetricsF(self._font)
            width = metrics.horizontalAdvance(text) + 16
            height = metrics.height() + 8
            self._box = QRectF(GAP, -GAP - height, width, height)
        self.setPos(point)
        self.show()

    def boundingRect(self) -> QRectF:
        return self._box.adjusted(-1, -1, 1, 1)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,  # noqa: ARG002 (Qt's signature)
        widget: QWidget | None = None,  # noqa: ARG002 (Qt's signature)
    ) -> None:
        palette = self._palette
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._strong:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            text = palette.color(QPalette.ColorRole.HighlightedText)
        else:
            backing = QColor(palette.color(QPalette.ColorRole.Base))
            backing.setAlphaF(0.94)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1.2))
            painter.setBrush(backing)
            text = palette.color(QPalette.ColorRole.Text)
        painter.drawRoundedRect(self._box, 5, 5)
        painter.setFont(self._font)
        painter.setPen(text)
        painter.drawText(self._box, Qt.AlignmentFlag.AlignCenter, self.text)
