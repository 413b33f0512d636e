"""After a file is saved: a quiet note in the status bar, and "Show in Folder" beside it.

The folder opens in the desktop's own file manager through `QDesktopServices`; on Windows
and macOS the file itself is selected there (Explorer and Finder take a flag for it),
elsewhere the folder opens, since no common way to select a file exists.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton, QStatusBar, QWidget

NOTE_SECONDS = 15


def show_in_folder(path: Path) -> bool:
    """Open the folder holding `path` in the file manager (the file selected where the
    platform allows); False when nothing would open it."""
    if sys.platform == "win32" and QProcess.startDetached("explorer.exe", [f"/select,{path}"]):
        return True
    if sys.platform == "darwin" and QProcess.startDetached("open", ["-R", str(path)]):
        return True
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def show_folder(folder: Path) -> bool:
    """Open `folder` itself in the file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class SavedNote(QObject):
    """The status bar's "Show in Folder" button, offered for a while after a save."""

    def __init__(self, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self._status = status_bar
        self._path: Path | None = None
        self._message = ""
        self.button = QPushButton(self.tr("Show in Folder"), status_bar)
        self.button.setObjectName("showInFolder")
        self.button.setFlat(True)
        self.button.hide()
        status_bar.addPermanentWidget(self.button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTE_SECONDS * 1000)
        self._timer.timeout.connect(self._forget)
        self.button.clicked.connect(self._on_show_clicked)
        # Another note replaces this one: the button would then belong to it.
        status_bar.messageChanged.connect(self._on_message_changed)

    @property
    def path(self) -> Path | None:
        """The file the button would show, while it is offered."""
        return self._path

    def tell(self, message: str, path: Path) -> None:
        self._path = None
        self._status.showMessage(message, NOTE_SECONDS * 1000)
        self._path = path
        self._message = message
        self.button.setAccessibleDescription(message)
        self.button.show()
        self._timer.start()

    def _on_message_changed(self, message: str) -> None:
        if self._path is not None and message != self._message:
            self._forget()

    def _on_show_clicked(self) -> None:
        if self._path is not None:
            show_in_folder(self._path)

    def _forget(self) -> None:
        self._path = None
        self.button.hide()


def note_saved(parent: QWidget | None, message: str, path: Path) -> None:
    """Tell `parent`'s main window that `path` was saved; nothing outside a main window."""
    window = parent.window() if parent is not None else None
    note = getattr(window, "saved_note", None)
    if isinstance(note, SavedNote):
        note.tell(message, path)


__all__ = ["NOTE_SECONDS", "SavedNote", "note_saved", "show_folder", "show_in_folder"]
