"""The map's legend: what each dot colour means, and a hint on how to move around."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kith.domain.values import TendingState
from kith.ui.map.people_layer import NODE_SIZE
from kith.ui.widgets.tending_palette import HOLLOW, ORDER, state_colour, state_word


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Legend"))
        rows = QVBoxLayout(self)
        rows.setContentsMargins(8, 4, 8, 6)
        rows.setSpacing(2)
        layout = QHBoxLayout()
        layout.setSpacing(14)
        rows.addLayout(layout)
        self._swatches: list[tuple[QLabel, TendingState]] = []
        for state in ORDER:
            entry = QHBoxLayout()
            entry.setSpacing(5)
            swatch = QLabel(self)
            self._swatches.append((swatch, state))
            entry.addWidget(swatch)
            entry.addWidget(QLabel(state_word(state), self))
            layout.addLayout(entry)
        layout.addStretch(1)
        self.hint = QLabel(self)
        self.hint.setEnabled(False)
        # On a line of its own, so a long hint (longer still in some languages) is never cut
        # by the colours beside it; it wraps rather than widening the window.
        self.hint.setWordWrap(True)
        rows.addWidget(self.hint)
        self.repaint_swatches()

    def repaint_swatches(self) -> None:
        """Draw each colour sample as the map draws a dot; again when the palette changes."""
        base = self.palette().color(QPalette.ColorRole.Base)
        size = round(NODE_SIZE) + 2
        ratio = self.devicePixelRatioF()
        for label, state in self._swatches:
            pixmap = QPixmap(QSize(size, size) * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            colour = state_colour(state, self.palette())
            if state in HOLLOW:
                painter.setPen(QPen(colour, 2.5))
                painter.setBrush(base)
            else:
                painter.setPen(QPen(colour, 1))
                painter.setBrush(colour)
            painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3))
            painter.end()
            label.setPixmap(pixmap)
