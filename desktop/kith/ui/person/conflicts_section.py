"""The person page's "Changed on two devices": this person's values that lost to a change
made on another device without seeing them, each put back in one click (undoable)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kith.domain.errors import KithError
from kith.domain.placeholders import fill
from kith.services.app import Services
from kith.services.sync import Conflict
from kith.ui.dialogs.sync_conflicts import (
    describe_value,
    record_field_name,
    shown_of,
    use_value,
)
from kith.ui.shell.undo_history import UndoHistory
from kith.ui.text.error_text import explain
from kith.ui.widgets.icons import icon


class ConflictsSection(QWidget):
    """One line and one "Use this instead" button per conflict; `show_person` reads them."""

    def __init__(
        self, services: Services, history: UndoHistory, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._history = history
        self.person_id: int | None = None
        self.conflicts: list[Conflict] = []
        self.buttons: list[QPushButton] = []
        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(2)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.rows)
        column.addWidget(self.problem)

    def show_person(self, person_id: int) -> None:
        self.person_id = person_id
        self.conflicts = self._services.sync.conflicts_of(person_id)
        self._fill()

    def _fill(self) -> None:
        while (item := self.rows.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()  # gone from the next paint, not only when deleted
                widget.deleteLater()
        self.buttons = []
        for conflict in self.conflicts:
            line = QLabel(describe_value(conflict), self)
            line.setTextFormat(Qt.TextFormat.PlainText)  # values are what someone typed
            line.setWordWrap(True)
            line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton(icon("restore"), self.tr("Use this instead"), self)
            button.setFlat(True)
            button.setAccessibleName(
                fill(
                    self.tr("Use “%1” for %2 instead of “%3”"),
                    shown_of(conflict, conflict.value),
                    record_field_name(conflict),
                    shown_of(conflict, conflict.winner),
                )
            )
            button.clicked.connect(lambda _=False, chosen=conflict: self.use(chosen))
            self.rows.addWidget(line)
            self.rows.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.rows.addSpacing(6)
            self.buttons.append(button)

    def use(self, conflict: Conflict) -> None:
        try:
            use_value(self._services, self._history, conflict)
        except (KithError, OSError) as exc:
            self.problem.setText(explain(exc))
            self.problem.setVisible(True)
        else:
            self.problem.setVisible(False)
        if self.person_id is not None:
            self.show_person(self.person_id)
