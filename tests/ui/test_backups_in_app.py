"""Backing up, restoring and finding the data folder from the window's File menu."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from kith.services.views import PersonInput
from kith.ui.dialogs.restore import RestoreDialog
from kith.ui.shell.main_window import MainWindow


class FileManager(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def file_manager(monkeypatch: pytest.MonkeyPatch) -> Iterator[FileManager]:
    """No file manager on a session bus: folders open through QDesktopServices."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    manager = FileManager()
    QDesktopServices.setUrlHandler("file", manager, "open_url")
    try:
        yield manager
    finally:
        QDesktopServices.unsetUrlHandler("file")


def names(window: MainWindow) -> set[str]:
    return {p.name for p in window.services.people.list()}


def open_restore(qtbot: QtBot, window: MainWindow) -> RestoreDialog:
    window.menu_actions.restore.trigger()
    dialog = window.findChild(RestoreDialog, "restoreDialog")
    assert isinstance(dialog, RestoreDialog)
    qtbot.waitExposed(dialog)
    return dialog


def answer_confirmation(button: QMessageBox.StandardButton | str) -> None:
    """Answer the restore's question once it is shown (it runs its own event loop)."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "confirmRestore":
            QTimer.singleShot(20, answer)
            return
        if isinstance(button, str):
            chosen = next(b for b in box.buttons() if b.text() == button)
        else:
            chosen = box.button(button)
        chosen.click()

    QTimer.singleShot(0, answer)


def test_back_up_now_says_where_and_shows_the_folder(
    qtbot: QtBot, window: MainWindow, file_manager: FileManager
) -> None:
    window.menu_actions.back_up.trigger()
    kept = window.services.backups.kept()
    assert len(kept) == 1 and kept[0].reason == "manual" and kept[0].people == 5
    made = kept[0].path
    assert str(made) in window.statusBar().currentMessage()
    window.saved_note.button.click()
    assert file_manager.opened == [QUrl.fromLocalFile(str(made.parent))]


def test_restoring_a_backup_brings_back_what_it_held_everywhere(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.commands.back_up_now()
    window.services.people.add(PersonInput("Zoe Park"))
    window.tell("Added Zoe.", lambda: None)
    window.show_place("people")
    qtbot.waitUntil(lambda: window.people.proxy.rowCount() == 6)

    dialog = open_restore(qtbot, window)
    assert dialog.list.topLevelItemCount() == 1
    row = dialog.list.topLevelItem(0)
    assert row.text(1) == "Made by you" and row.text(2) == "5"
    assert dialog.restore_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.list)
    answer_confirmation("Restore")
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    assert "Zoe Park" not in names(window)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: window.people.proxy.rowCount() == 5)
    # What it replaced is kept, and Undo no longer offers changes made to it.
    reasons = [b.reason for b in window.services.backups.kept()]
    assert reasons.count("before-restore") == 1
    assert window.undo.next_undo is None
    assert "before-restore" in window.statusBar().currentMessage()


def test_cancelling_the_question_changes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    window.commands.back_up_now()
    window.services.people.add(PersonInput("Zoe Park"))
    dialog = open_restore(qtbot, window)
    answer_confirmation(QMessageBox.StandardButton.Cancel)
    dialog.restore_button.click()
    assert "Zoe Park" in names(window)
    assert dialog.isVisible()
    assert len(window.services.backups.kept()) == 1
    dialog.close()


def test_a_file_that_is_no_backup_is_refused_in_words(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("not a database", encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_args: (str(bogus), ""))
    )
    dialog = open_restore(qtbot, window)
    assert not dialog.empty.isHidden() and not dialog.restore_button.isEnabled()
    answer_confirmation("Restore")
    dialog.other_button.click()
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert (
        "notes.sqlite3" in dialog.problem.text() and "not a Kith database" in dialog.problem.text()
    )
    assert len(names(window)) == 5
    dialog.close()


def test_show_data_folder_opens_the_folder_of_the_database(
    qtbot: QtBot, window: MainWindow, file_manager: FileManager
) -> None:
    window.menu_actions.data_folder.trigger()
    folder = window.services.ctx.db.path.parent
    assert file_manager.opened == [QUrl.fromLocalFile(str(folder))]


def test_a_backup_that_cannot_be_written_is_told_in_words(qtbot: QtBot, window: MainWindow) -> None:
    # The backup folder's place is taken by a file: nothing can be written there.
    window.services.backups.folder.parent.mkdir(parents=True, exist_ok=True)
    window.services.backups.folder.write_text("in the way", encoding="utf-8")
    assert window.commands.back_up_now() is None
    box = window.findChild(QMessageBox, "commandRefused")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert str(window.services.backups.folder) in box.text()
    assert "nothing was written" in box.text()
    assert not window.saved_note.button.isVisible()
    box.close()
