"""Showing a refused field's problem right next to it, keeping everything typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kith.domain.errors import KithError, ValidationError
from kith.domain.values import TendingState
from kith.ui.text.error_text import explain
from kith.ui.widgets.icons import icon
from kith.ui.widgets.tending_palette import state_colour


class FieldProblem(QWidget):
    """A quiet warning line under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self._icon = QLabel(self)
        size = self.fontMetrics().height()
        self._icon.setPixmap(
            icon("warning", state_colour(TendingState.OVERDUE, self.palette())).pixmap(size, size)
        )
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self._icon)
        row.addWidget(self.label, 1)
        self.hide()

    def say(self, message: str) -> None:
        self.label.setText(message)
        self.setAccessibleName(message)
        self.show()

    def clear(self) -> None:
        self.label.clear()
        self.hide()


def with_problem(field: QWidget, problem: FieldProblem) -> QWidget:
    """The field with its problem line below it, for one row of a form."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(problem)
    return box


class FieldProblems:
    """Maps the services' field names to the widgets that show them."""

    def __init__(self, general: FieldProblem) -> None:
        self._general = general
        self._fields: dict[str, tuple[QWidget, FieldProblem]] = {}

    def add(self, names: tuple[str, ...], field: QWidget) -> FieldProblem:
        problem = FieldProblem()
        for name in names:
            self._fields[name] = (field, problem)
        return problem

    def clear(self) -> None:
        self._general.clear()
        for _field, problem in self._fields.values():
            problem.clear()

    def show(self, error: KithError) -> None:
        """Point at the field the error names, or say it at the top of the dialog."""
        self.clear()
        if isinstance(error, ValidationError) and error.field in self._fields:
            field, problem = self._fields[error.field]
            problem.say(explain(error))
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._general.say(explain(error))

    def problem_for(self, name: str) -> FieldProblem | None:
        entry = self._fields.get(name)
        return None if entry is None else entry[1]
