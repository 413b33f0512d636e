"""Showing a refused field's problem right next to it, keeping everything typed."""

from __future__ import annotations

from collections.abc import Callable

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


def with_problem(field: QWidget, problem: FieldProblem, *, stretch: bool = False) -> QWidget:
    """The field with its problem line below it, for one row of a form; with `stretch`
    the field keeps its own width (a short list) while the problem may use the row."""
    box = QWidget()
    # The row's label is the box's buddy: its underlined letter must reach the field.
    # (A label focuses a buddy with a focus policy; a proxied box is never a Tab stop.)
    if field.focusPolicy() == Qt.FocusPolicy.NoFocus and field.focusProxy() is None:
        # A row of several inputs (day, month, year) is reached through its first.
        first = next(
            (w for w in field.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus),
            None,
        )
        if first is not None:
            field.setFocusProxy(first)
    target = field
    while (proxy := target.focusProxy()) is not None:
        target = proxy
    box.setFocusPolicy(target.focusPolicy())
    box.setFocusProxy(field)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    if stretch:
        row = QHBoxLayout()
        row.addWidget(field)
        row.addStretch(1)
        column.addLayout(row)
    else:
        column.addWidget(field)
    column.addWidget(problem)
    return box


class FieldProblems:
    """Maps the services' field names to the widgets that show them.

    A field is one row of the form; it may answer to several of the services' names
    (a day and a time are both "when") and may be focused through another widget than
    the one shown (`focus`, asked each time: which part of a row matters can change).
    """

    def __init__(self, general: FieldProblem) -> None:
        self._general = general
        self._fields: dict[str, tuple[QWidget | Callable[[], QWidget], FieldProblem]] = {}
        self._told: dict[FieldProblem, QWidget] = {}
        """The widget each shown problem was described on, to take it back from there."""

    def add(
        self,
        names: tuple[str, ...],
        field: QWidget,
        *,
        focus: Callable[[], QWidget] | None = None,
    ) -> FieldProblem:
        problem = FieldProblem()
        for name in names:
            self._fields[name] = (focus or field, problem)
        return problem

    def clear(self) -> None:
        self._general.clear()
        for name in self._fields:
            self.clear_field(name)

    def clear_field(self, name: str) -> None:
        """Forget the problem of one field, once the user changes it."""
        entry = self._fields.get(name)
        if entry is not None and not entry[1].isHidden():
            entry[1].clear()
            told = self._told.pop(entry[1], None)
            if told is not None:
                told.setAccessibleDescription("")

    def show(self, error: KithError) -> None:
        """Point at the field the error names, or say it at the top of the dialog."""
        name = error.field if isinstance(error, ValidationError) else None
        self.say(name, explain(error))

    def say(self, name: str | None, message: str) -> None:
        """Say `message` next to the field `name` (and focus it), or as the general problem."""
        self.clear()
        entry = self._fields.get(name) if name is not None else None
        if entry is None:
            self._general.say(message)
            return
        field, problem = entry
        problem.say(message)
        widget = self._focus_widget(field)
        widget.setAccessibleDescription(message)
        self._told[problem] = widget
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def problem_for(self, name: str) -> FieldProblem | None:
        entry = self._fields.get(name)
        return None if entry is None else entry[1]

    def message(self, name: str | None = None) -> str:
        """What is said next to field `name` (None: at the top), "" when nothing is."""
        problem = self._general if name is None else self.problem_for(name)
        if problem is None or problem.isHidden():
            return ""
        return problem.label.text()

    @staticmethod
    def _focus_widget(field: QWidget | Callable[[], QWidget]) -> QWidget:
        return field if isinstance(field, QWidget) else field()
