"""Quiet notes in the status bar, with an Undo button for a little while after a change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QPushButton, QStatusBar

from kith.domain.errors import KithError
from kith.ui.text.error_text import explain

UNDO_SECONDS = 15


class UndoBar(QObject):
    """Owns the status bar's message and its Undo button; one undo is offered at a time."""

    def __init__(self, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self._status = status_bar
        self.button = QPushButton(self.tr("Undo"), status_bar)
        self.button.setFlat(True)
        self.button.hide()
        status_bar.addPermanentWidget(self.button)
        status_bar.setSizeGripEnabled(False)
        self._undo: Callable[[], object] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(UNDO_SECONDS * 1000)
        self._timer.timeout.connect(self._forget)
        self.button.clicked.connect(self._on_undo_clicked)

    def tell(self, message: str, undo: Callable[[], object] | None = None) -> None:
        """Show `message`; with `undo`, offer Undo until the note fades."""
        self._status.showMessage(message, UNDO_SECONDS * 1000)
        self._undo = undo
        self.button.setVisible(undo is not None)
        if undo is not None:
            self._timer.start()

    def _on_undo_clicked(self) -> None:
        undo, self._undo = self._undo, None
        self._forget()
        if undo is None:
            return
        try:
            undo()
        except KithError as error:
            self._status.showMessage(explain(error), UNDO_SECONDS * 1000)
            return
        self._status.showMessage(self.tr("Undone."), 4000)

    def _forget(self) -> None:
        self._undo = None
        self.button.hide()
