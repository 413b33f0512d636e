"""Quiet notes in the status bar, with an Undo button for a little while after a change."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QPushButton, QStatusBar

from kith.ui.shell.undo_history import UndoEntry, UndoHistory

UNDO_SECONDS = 15


class UndoBar(QObject):
    """Owns the status bar's message and its Undo button, which takes back the action
    just told about (the latest in the history) while the note lasts."""

    def __init__(self, status_bar: QStatusBar, history: UndoHistory) -> None:
        super().__init__(status_bar)
        self._status = status_bar
        self._history = history
        self.button = QPushButton(self.tr("Undo"), status_bar)
        self.button.setFlat(True)
        self.button.hide()
        status_bar.addPermanentWidget(self.button)
        status_bar.setSizeGripEnabled(False)
        self._entry: UndoEntry | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(UNDO_SECONDS * 1000)
        self._timer.timeout.connect(self._forget)
        self.button.clicked.connect(self._on_undo_clicked)
        history.changed.connect(self._on_history_changed)
        history.undone.connect(self._on_undone)
        history.failed.connect(self._on_failed)

    def tell(self, message: str, entry: UndoEntry | None = None) -> None:
        """Show `message`; with `entry`, offer Undo until the note fades."""
        self._status.showMessage(message, UNDO_SECONDS * 1000)
        self._entry = entry
        self.button.setVisible(entry is not None)
        if entry is not None:
            self._timer.start()

    def _on_undo_clicked(self) -> None:
        entry = self._entry
        self._forget()
        if entry is not None:
            self._history.revert(entry)

    def _on_undone(self, _entry: UndoEntry) -> None:
        self._status.showMessage(self.tr("Undone."), 4000)

    def _on_failed(self, words: str) -> None:
        self._status.showMessage(words, UNDO_SECONDS * 1000)

    def _on_history_changed(self) -> None:
        # Undone from the menu (or redone past): the button would offer something else.
        if self._entry is not None and self._history.next_undo is not self._entry:
            self._forget()

    def _forget(self) -> None:
        self._entry = None
        self.button.hide()
