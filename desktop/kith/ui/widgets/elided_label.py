"""A one-line label that shortens its text with "…" when narrow, the whole text in its tooltip."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from kith.ui.text.formatting import plain_tooltip


class ElidedLabel(QLabel):
    """Plain text as typed, or (with `link`) a link that opens what it names.

    Its size hint is the whole text, its minimum a few letters: a layout gives it what
    room there is, so a long name never pushes buttons out of the window.
    """

    def __init__(self, text: str, parent: QWidget | None = None, *, link: bool = False) -> None:
        super().__init__(parent)
        self._full = text
        self._link = link
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

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._shorten()

    def _shorten(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width())
        self.setToolTip(plain_tooltip(self._full) if shown != self._full else "")
        if self._link:
            self.setText(f'<a href="#" style="text-decoration:none">{escape(shown)}</a>')
        else:
            self.setText(shown)
