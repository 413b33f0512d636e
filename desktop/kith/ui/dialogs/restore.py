"""Restoring a backup from the app: the kept backups with their dates, one chosen, confirmed.

The service keeps what Kith holds now as a backup first, puts the chosen one in its place
and tells every view that everything changed, so each place reads itself again.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kith.domain.errors import KithError
from kith.domain.placeholders import fill
from kith.services.app import Services
from kith.services.backups import KeptBackup, RestoreResult
from kith.ui.shell.saved_note import show_folder
from kith.ui.text.day_format import day_month, time_of_day
from kith.ui.text.error_text import explain


class RestoreDialog(QDialog):
    """Lists the kept backups, newest first; Restore asks once, then restores."""

    restored = Signal(object)  # RestoreResult

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a Backup"))
        self.setMinimumWidth(560)
        self._build()
        self._connect_signals()
        self.refresh()

    def _build(self) -> None:
        self.intro = QLabel(
            self.tr(
                "Choose the backup to go back to. What Kith holds now is kept as a backup "
                "first, so a restore can itself be undone by restoring that one."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.list = QTreeWidget(self)
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setHeaderLabels(
            [self.tr("Made"), self.tr("Why"), self.tr("People"), self.tr("Size")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setAllColumnsShowFocus(True)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(
            self.tr(
                "No backups yet. Kith makes one each day it opens, and File → Back Up Now "
                "makes one at once."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("restoreProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setDefault(True)
        self.other_button = QPushButton(self.tr("&Other File…"), self)
        self.other_button.setToolTip(self.tr("Restore a backup kept somewhere else"))
        self.folder_button = QPushButton(self.tr("Show &Folder"), self)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.problem)
        # Show Folder stands apart, on the left: it looks, the others act.
        bottom = QHBoxLayout()
        bottom.addWidget(self.folder_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        # The Restore button asks first; accepted() would close the dialog at once.
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.other_button.clicked.connect(self._on_other_clicked)
        self.folder_button.clicked.connect(self._on_folder_clicked)
        self.list.itemSelectionChanged.connect(self._on_selection_changed)
        self.list.itemActivated.connect(lambda _item, _column: self._on_restore_clicked())

    def refresh(self) -> None:
        self.list.clear()
        kept = self._services.backups.kept()
        for backup in kept:
            item = QTreeWidgetItem(
                [
                    self._when(backup),
                    self._why(backup.reason),
                    "" if backup.people is None else QLocale().toString(backup.people),
                    # "292 KiB", "1.4 MiB": decimals only where they tell something.
                    QLocale().formattedDataSize(backup.size, 0 if backup.size < 1 << 20 else 1),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(0, str(backup.path))
            for column in (2, 3):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            self.list.addTopLevelItem(item)
        self.list.setVisible(bool(kept))
        self.empty.setVisible(not kept)
        newest = self.list.topLevelItem(0)
        if newest is not None:
            self.list.setCurrentItem(newest)
            self.list.setFocus()
        self._on_selection_changed()

    def _when(self, backup: KeptBackup) -> str:
        if backup.made_at is None:
            return backup.path.name
        local = backup.made_at.astimezone(self._services.ctx.clock.zone())
        # "Tue, 1 Dec 2026 · 15:32": weekday and month in words, the locale's order and clock.
        day = day_month(local.date(), weekday=True, short=True, with_year=True)
        return fill(self.tr("%1 · %2"), day, time_of_day(local))

    def _why(self, reason: str) -> str:
        words = {
            "daily": self.tr("Every day"),
            "manual": self.tr("Made by you"),
            "before-restore": self.tr("Before a restore"),
            "before-repair": self.tr("Before a repair"),
        }
        return words.get(reason, reason)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(str(item.data(0, Qt.ItemDataRole.UserRole))) if item is not None else None

    def _on_selection_changed(self) -> None:
        self.restore_button.setEnabled(not self.list.isHidden() and self.chosen() is not None)

    def _on_restore_clicked(self) -> None:
        path = self.chosen()
        item = self.list.currentItem()
        if path is not None and item is not None:
            self.restore(path, fill(self.tr("Go back to the backup made %1?"), item.text(0)))

    def _on_other_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore a Backup"),
            str(self._services.backups.folder),
            self.tr("Kith databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if name:
            self.restore(Path(name), fill(self.tr("Go back to the backup %1?"), Path(name).name))

    def _on_folder_clicked(self) -> None:
        folder = self._services.backups.folder
        show_folder(folder if folder.is_dir() else self._services.ctx.db.path.parent)

    def confirm(self, question: str) -> bool:
        """Asks before replacing what Kith holds; False to leave everything as it is."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore from a Backup"),
            question,
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmRestore")
        box.setInformativeText(
            self.tr(
                "Everything noted since then is replaced. What Kith holds now is kept as a "
                "backup first."
            )
        )
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore

    def _let_reads_finish(self) -> None:
        """Wait (a few seconds at most) for the window's reads in flight: the file they
        read is about to be closed and replaced."""
        from kith.ui.shell.background import BackgroundRead

        window = self.parentWidget()
        if window is None:
            return
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(
            read.busy for read in window.findChildren(BackgroundRead)
        ):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 20)

    def restore(self, path: Path, question: str) -> RestoreResult | None:
        """Restore `path` once confirmed; a refusal is shown in the dialog, nothing changed."""
        if not self.confirm(question):
            return None
        self._let_reads_finish()
        try:
            result = self._services.backups.restore(path)
        except (KithError, OSError) as exc:
            self.problem.setText(explain(exc))
            self.problem.show()
            return None
        self.restored.emit(result)
        self.accept()
        return result


__all__ = ["RestoreDialog"]
