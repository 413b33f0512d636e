"""A one-line label that shortens its text with "…" when narrow, the whole text in its tooltip."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QEnterEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from kith.ui.text.formatting import plain_tooltip
from kith.ui.widgets.name_links import as_names


class ElidedLabel(QLabel):
    """Plain text as typed, or (with `link`) a name that opens what it names: drawn as
    text, underlined while the pointer is on it (name_links), never as a blue web link.

    Its size hint is the whole text, its minimum a few letters: a layout gives it what
    room there is, so a long name never pushes buttons out of the window.
    """

    def __init__(self, text: str, parent: QWidget | None = None, *, link: bool = False) -> None:
        super().__init__(parent)
        self._full = text
        self._link = link
        self._hovered = False
        self.setTextFormat(Qt.TextFormat.RichText if link else Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._shorten()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self._full) + 4, metrics.height())

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(min(self.sizeHint().width(), metrics.horizontalAdvance("M…") * 3), 0)

    def enterEvent(self, event: QEnterEvent) -> None:
        super().enterEvent(event)
        self._hover(True)

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self._hover(False)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if self._link and event.type() == QEvent.Type.PaletteChange:
            self._shorten()

    def _hover(self, on: bool) -> None:
        if self._link and on != self._hovered:
            self._hovered = on
            self._shorten()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._shorten()

    def _shorten(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width())
        self.setToolTip(plain_tooltip(self._full) if shown != self._full else "")
        if self._link:
            anchor = f'<a href="#">{escape(shown)}</a>'
            self.setText(as_names(anchor, self.palette(), "#" if self._hovered else ""))
        else:
            self.setText(shown)
