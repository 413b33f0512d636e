"""Settings → Sync: the folder a file-sync tool keeps the same on your computers, this
computer's name, and when it last synced with the others.

"Sync Now" runs a round on a worker thread (a first round over thousands of people takes
a while); its report comes back to the GUI thread through a queued signal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kith.domain.errors import KithError
from kith.domain.placeholders import fill
from kith.services.app import Services
from kith.ui.shell.sync_loop import SyncRound
from kith.ui.text.error_text import explain
from kith.ui.text.sync_words import status_line
from kith.ui.widgets.sections import setting_labels


class SyncSettings(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.round = SyncRound(services, self)
        self._build()
        self._connect_signals()
        self.refresh()

    def _build(self) -> None:
        self.title, self.explanation, self.status, self.problem = setting_labels(
            self.tr("<b>Sync</b>"),
            self.tr(
                "Share your people with your other computers through a folder your file-sync "
                "tool (Syncthing, Nextcloud, Dropbox…) keeps the same on each. Kith writes only "
                "its own changes there and reads the others'."
            ),
        )
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("This computer's name"))
        self.choose_button = QPushButton(self.tr("Choose Sync Folder…"))
        self.sync_button = QPushButton(self.tr("Sync Now"))
        self.conflicts_button = QPushButton(self.tr("Changed on Two Devices…"))
        name_row = QHBoxLayout()
        name_label = QLabel(self.tr("This computer's name"))
        name_label.setBuddy(self.name)
        name_row.addWidget(name_label)
        name_row.addWidget(self.name, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.conflicts_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.explanation, self.status, self.problem):
            layout.addWidget(widget)
        layout.addLayout(name_row)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.sync_button.clicked.connect(self._on_sync_clicked)
        self.conflicts_button.clicked.connect(self._on_conflicts_clicked)
        self.name.editingFinished.connect(self._on_name_edited)
        self.round.finished.connect(self._on_round_finished)

    def refresh(self) -> None:
        status = self._services.sync.status()
        if not self.name.hasFocus():
            self.name.setText(status.name)
        self.status.setText(status_line(status, self._services.ctx.now()))
        self.sync_button.setEnabled(status.folder is not None and not self.round.running)
        self.conflicts_button.setVisible(bool(status.conflicts))
        self.choose_button.setText(
            self.tr("Choose Sync Folder…") if status.folder is None else self.tr("Change Folder…")
        )
        if status.database_warning:
            self._show_problem(
                fill(
                    self.tr(
                        "The database itself looks to be in a synced folder (%1); a sync tool "
                        "can copy it mid-write. Keep it elsewhere and sync through a folder here."
                    ),
                    QDir.toNativeSeparators(status.database_warning),
                )
            )

    @Slot()
    def _on_choose_clicked(self) -> None:
        current = self._services.sync.folder
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Sync Folder"), str(current) if current else QDir.homePath()
        )
        if not folder:
            return
        self.choose(Path(folder))

    def choose(self, folder: Path) -> None:
        try:
            self._services.sync.choose_folder(folder)
        except (KithError, OSError) as exc:
            self._show_problem(explain(exc))
        else:
            self._show_problem("")
            self.round.start()
        self.refresh()

    @Slot()
    def _on_name_edited(self) -> None:
        try:
            self._services.sync.rename(self.name.text())
        except KithError as exc:
            self._show_problem(explain(exc))
        else:
            self._show_problem("")

    @Slot()
    def _on_conflicts_clicked(self) -> None:
        from kith.ui.dialogs.sync_conflicts import SyncConflictsDialog

        # The main window's undo history, when Settings was opened from it.
        owner = self.window().parentWidget()
        dialog = SyncConflictsDialog(self._services, getattr(owner, "undo", None), self)
        dialog.finished.connect(lambda _code: self.refresh())
        dialog.open()

    @Slot()
    def _on_sync_clicked(self) -> None:
        self.sync_button.setEnabled(False)
        self.round.start()

    @Slot(str)
    def _on_round_finished(self, problem: str) -> None:
        self._show_problem(problem)
        self.refresh()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
