"""Naming a group, new or renamed: one field, its problem beside it, nothing written
until the name is accepted."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kith.domain.errors import KithError
from kith.ui.dialogs.form import FieldProblem
from kith.ui.text.error_text import explain


class GroupNameDialog(QDialog):
    """`save` is called with the name typed; a refusal it raises is shown under the
    field and the dialog stays open with the text as typed."""

    def __init__(
        self,
        title: str,
        name: str,
        save: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(title)
        self.name = QLineEdit(name, self)
        self.name.setAccessibleName(self.tr("Group name"))
        self.name.setPlaceholderText(self.tr("Family, climbing crew, book club…"))
        self.name.selectAll()
        label = QLabel(self.tr("&Name:"), self)
        label.setBuddy(self.name)
        self.problem = FieldProblem(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        column = QVBoxLayout(self)
        column.addWidget(label)
        column.addWidget(self.name)
        column.addWidget(self.problem)
        column.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        self.name.textEdited.connect(lambda _text: self.problem.clear())

    def _on_accepted(self) -> None:
        try:
            self._save(self.name.text())
        except KithError as error:
            self.problem.say(explain(error))
            self.name.setFocus()
            return
        self.accept()
