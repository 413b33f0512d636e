"""The tending state down a Today row's edge: its colour as a bar and its sign as a mark.

The mark is the one People and the map draw (`tending_palette.paint_mark`), so the state
is told by shape as well as by colour. The live row and the first-paint row both use this
widget, so the two look the same.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from kith.domain.values import TendingState
from kith.ui.widgets.tending_palette import paint_mark, state_colour, state_word

BAR = 4
"""The bar's width, in pixels."""


class StateStripe(QWidget):
    """The bar, then the mark beside it level with the row's first line (`mark_top`)."""

    def __init__(self, state: TendingState | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        line = self.fontMetrics().height()
        self._mark = max(12, round(line * 0.8))
        # The row's words start 6 px down: the mark sits level with the name's line.
        self.mark_top = 6 + max(0, (line - self._mark) // 2)
        self.setFixedWidth(BAR + 6 + self._mark)
        if state is not None:
            # The bar's colour, kept in the palette where the row's readers find it.
            palette = self.palette()
            palette.setColor(
                QPalette.ColorRole.Window, state_colour(state, parent.palette() if parent else None)
            )
            self.setPalette(palette)
            self.setToolTip(state_word(state))

    def sizeHint(self) -> QSize:
        return QSize(self.width(), self._mark + self.mark_top)

    def mark_rect(self) -> QRectF:
        return QRectF(BAR + 4, self.mark_top, self._mark, self._mark)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002 (Qt's signature)
        if self.state is None:
            return
        painter = QPainter(self)
        painter.fillRect(0, 0, BAR, self.height(), self.palette().color(QPalette.ColorRole.Window))
        paint_mark(painter, self.mark_rect(), self.state, self.palette())
        painter.end()
