""" "Changed on two devices": values overwritten by a change made elsewhere without seeing
them, each restorable in one click ("Use This Value"), undoable from Edit → Undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kith.domain.errors import KithError
from kith.domain.placeholders import fill
from kith.domain.ties import TieKind
from kith.services.app import Services
from kith.services.sync import Conflict
from kith.ui.text.error_text import explain
from kith.ui.text.tie_words import tie_word

if TYPE_CHECKING:
    from kith.ui.shell.undo_history import UndoHistory


class SyncConflictsDialog(QDialog):
    def __init__(
        self, services: Services, undo: UndoHistory | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed on Two Devices"))
        self._services = services
        self._undo = undo
        self._conflicts: list[Conflict] = []
        self.explanation = QLabel(
            self.tr(
                "These values were changed on two devices before they saw each other's change. "
                "Kith kept the later one everywhere; here are the others."
            )
        )
        self.explanation.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Values changed on two devices"))
        self.list.setWordWrap(True)
        self.empty = QLabel(self.tr("Nothing was changed on two devices."))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.use_button = QPushButton(self.tr("Use This Value"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        for widget in (self.explanation, self.list, self.empty, self.problem):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.close)
        self.use_button.clicked.connect(self._on_use_clicked)
        self.list.currentRowChanged.connect(self._on_current_changed)
        self.setMinimumSize(460, 320)
        self.refresh()

    def refresh(self) -> None:
        self._conflicts = self._services.sync.conflicts()
        self.list.clear()
        for conflict in self._conflicts:
            item = QListWidgetItem(self.describe(conflict))
            item.setData(Qt.ItemDataRole.UserRole, conflict.hlc)
            self.list.addItem(item)
        self.empty.setVisible(not self._conflicts)
        self.list.setVisible(bool(self._conflicts))
        if self._conflicts:
            self.list.setCurrentRow(0)
        self._on_current_changed(self.list.currentRow())

    def describe(self, conflict: Conflict) -> str:
        what = describe_value(conflict)
        return fill(self.tr("%1 · %2"), conflict.person, what) if conflict.person else what

    @Slot(int)
    def _on_current_changed(self, row: int) -> None:
        self.use_button.setEnabled(0 <= row < len(self._conflicts))

    @Slot()
    def _on_use_clicked(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._conflicts):
            return
        self.use(self._conflicts[row])

    def use(self, conflict: Conflict) -> None:
        try:
            use_value(self._services, self._undo, conflict)
        except (KithError, OSError) as exc:
            self.problem.setText(explain(exc))
            self.problem.setVisible(True)
        else:
            self.problem.setVisible(False)
        self.refresh()


# These words are the dialog's (its translation context): the person page says them too.
def describe_value(conflict: Conflict) -> str:
    """One conflict in a line: the field, the value kept, the other device's value, which
    device and when (in the locale's short format)."""
    moment = QDateTime.fromSecsSinceEpoch(int(conflict.changed_at.timestamp()))
    when = QLocale().toString(moment, QLocale.FormatType.ShortFormat)
    return fill(
        QCoreApplication.translate("SyncConflictsDialog", "%1: kept “%2”; on %3 (%4): “%5”"),
        record_field_name(conflict),
        shown_of(conflict, conflict.winner),
        conflict.device_name,
        when,
        shown_of(conflict, conflict.value),
    )


def record_field_name(conflict: Conflict) -> str:
    # Contacts and dates have a "kind" too: a tie's and a group's are told apart here.
    if conflict.kind == "tie" and conflict.field == "kind":
        return conflict.other or QCoreApplication.translate("SyncConflictsDialog", "Tie")
    if conflict.kind == "group" and conflict.field == "name":
        return QCoreApplication.translate("SyncConflictsDialog", "Group name")
    return field_name(conflict.field)


def shown_of(conflict: Conflict, value: object) -> str:
    if conflict.kind == "tie" and conflict.field == "kind" and isinstance(value, str):
        try:
            return tie_word(TieKind(value))  # as the person page shows it
        except ValueError:
            pass
    return shown(value)


def field_name(field: str) -> str:
    names = {
        "name": QCoreApplication.translate("SyncConflictsDialog", "Name"),
        "nickname": QCoreApplication.translate("SyncConflictsDialog", "Nickname"),
        "organisation": QCoreApplication.translate("SyncConflictsDialog", "Organisation"),
        "circle": QCoreApplication.translate("SyncConflictsDialog", "Circle"),
        "rhythm_days": QCoreApplication.translate("SyncConflictsDialog", "Rhythm"),
        "notes": QCoreApplication.translate("SyncConflictsDialog", "Notes"),
        "lean_on": QCoreApplication.translate("SyncConflictsDialog", "Someone I can lean on"),
        "archived": QCoreApplication.translate("SyncConflictsDialog", "Archived"),
        "text": QCoreApplication.translate("SyncConflictsDialog", "Follow-up"),
        "done_at": QCoreApplication.translate("SyncConflictsDialog", "Done"),
        "title": QCoreApplication.translate("SyncConflictsDialog", "Title"),
        "place": QCoreApplication.translate("SyncConflictsDialog", "Place"),
        "note": QCoreApplication.translate("SyncConflictsDialog", "Note"),
        "value": QCoreApplication.translate("SyncConflictsDialog", "Value"),
        "label": QCoreApplication.translate("SyncConflictsDialog", "Label"),
    }
    return names.get(field, field)


def use_value(services: Services, undo: UndoHistory | None, conflict: Conflict) -> None:
    """Keep the value that lost, on every device, as one step of Edit → Undo."""
    sync = services.sync
    sync.use_value(conflict)
    if undo is not None:
        undo.push(
            fill(
                QCoreApplication.translate("SyncConflictsDialog", "Use “%1”"),
                shown_of(conflict, conflict.value),
            ),
            undo=lambda: sync.restore_value(conflict),
            redo=lambda: sync.restore_value(_swapped(conflict)),
        )


def _swapped(conflict: Conflict) -> Conflict:
    from dataclasses import replace

    return replace(conflict, winner=conflict.value)


def shown(value: object) -> str:
    if value is None or value == "":
        return "—"
    return str(value)
