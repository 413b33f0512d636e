"""After a file is saved: a quiet note in the status bar, and "Show in Folder" beside it.

The file is shown selected in the desktop's own file manager where it can be: Explorer and
Finder take a flag for it, and Linux file managers (Files, Dolphin, Nemo, Thunar…) answer
org.freedesktop.FileManager1 on the session bus. Elsewhere the folder opens through
`QDesktopServices`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QPushButton, QStatusBar, QWidget

# QProcess, QUrl and QDesktopServices are imported where a folder is opened: the note's
# place in the status bar is built before the window's first paint, which needs none.

NOTE_SECONDS = 15


FILE_MANAGER = "org.freedesktop.FileManager1"
FILE_MANAGER_PATH = "/org/freedesktop/FileManager1"
# Long enough for a file manager that the bus starts on demand; the user asked and waits.
FILE_MANAGER_TIMEOUT_MS = 2000


def show_in_folder(path: Path) -> bool:
    """Open the folder holding `path` in the file manager (the file selected where the
    platform allows); False when nothing would open it."""
    from PySide6.QtCore import QProcess, QUrl
    from PySide6.QtGui import QDesktopServices

    if sys.platform == "win32":
        if QProcess.startDetached("explorer.exe", [f"/select,{path}"]):
            return True
    elif sys.platform == "darwin":
        if QProcess.startDetached("open", ["-R", str(path)]):
            return True
    elif _select_on_the_bus(path):
        return True
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def _select_on_the_bus(path: Path) -> bool:
    """Ask the session's file manager to show `path` selected; False when none answers."""
    from PySide6.QtCore import QUrl

    from kith.ui.reminders.dbus_wire import BusError, SessionBus, has_session

    if not has_session():
        return False
    try:
        bus = SessionBus(timeout_ms=FILE_MANAGER_TIMEOUT_MS)
    except BusError:
        return False
    try:
        uri = QUrl.fromLocalFile(str(path)).toString(QUrl.ComponentFormattingOption.FullyEncoded)
        bus.call(FILE_MANAGER, FILE_MANAGER_PATH, FILE_MANAGER, "ShowItems", "ass", [[uri], ""])
    except BusError:
        return False
    finally:
        bus.close()
    return True


def show_folder(folder: Path) -> bool:
    """Open `folder` itself in the file manager."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

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
