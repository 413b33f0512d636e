"""Adding a follow-up: something to remember for next time."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kith.domain.errors import KithError
from kith.domain.placeholders import fill
from kith.services.app import Services
from kith.services.views import FollowUpView
from kith.ui.dialogs.form import FieldProblem, FieldProblems, with_problem
from kith.ui.dialogs.tab_order import follow_layout


class FollowUpDialog(QDialog):
    def __init__(self, services: Services, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._person_id = person_id
        self.saved: FollowUpView | None = None
        name = services.people.summary(person_id).name
        self.setWindowTitle(self.tr("Add a follow-up"))
        self.setMinimumWidth(420)
        self.general = FieldProblem(self)
        self.problems = FieldProblems(self.general)
        prompt = QLabel(fill(self.tr("Something to remember next time you see %1:"), name), self)
        prompt.setWordWrap(True)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Ask about the new job"))
        self.text.setAccessibleName(self.tr("Follow-up"))
        prompt.setBuddy(self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addWidget(prompt)
        layout.addWidget(
            with_problem(self.text, self.problems.add(("text", "follow-up"), self.text))
        )
        layout.addWidget(buttons)
        follow_layout(self)
        self.text.setFocus()

    def accept(self) -> None:
        self.problems.clear()
        try:
            self.saved = self._services.follow_ups.add(self._person_id, self.text.text())
        except KithError as error:
            self.problems.show(error)
            return
        super().accept()
