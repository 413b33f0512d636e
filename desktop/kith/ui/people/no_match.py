"""What an empty search result says, over the empty table, instead of a blank grid."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel

from kith.domain.placeholders import fill


class NoMatchNotice(QLabel):
    """“No one matches “ana”.” in the middle of the table's viewport while nobody matches."""

    def __init__(self, table: QAbstractItemView) -> None:
        super().__init__(table.viewport())
        self.setObjectName("noMatchNotice")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a typed "<b>" stays as typed
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # quiet, not a warning
        self.hide()
        table.viewport().installEventFilter(self)

    def show_for(self, query: str, shown: int) -> None:
        """Say so when a search leaves nobody; hide when someone is shown or nothing typed."""
        typed = query.strip()
        if shown or not typed:
            self.hide()
            return
        self.setText(fill(self.tr("No one matches “%1”."), typed))
        self._fit()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect().adjusted(24, 24, -24, -24))
