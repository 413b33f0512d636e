"""Logging an interaction: in person and today unless the user says otherwise."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kith.domain.errors import QT_TRANSLATE_NOOP, KithError, ValidationError
from kith.domain.values import Mode
from kith.services.app import Services
from kith.services.views import InteractionView, PersonSummary
from kith.ui.dialogs.form import FieldProblem, FieldProblems, with_problem
from kith.ui.dialogs.people_picker import PeoplePicker
from kith.ui.dialogs.tab_order import follow_layout
from kith.ui.text import formatting as fmt
from kith.ui.widgets.day_field import DayField
from kith.ui.widgets.icons import icon


class InteractionDialog(QDialog):
    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        person_ids: Sequence[int] = (),
        *,
        people: Sequence[PersonSummary] | None = None,
        mode: Mode = Mode.IN_PERSON,
        interaction: InteractionView | None = None,
    ) -> None:
        """Logs a new interaction, or edits `interaction` when one is given."""
        super().__init__(parent)
        self._services = services
        self._editing = interaction
        self.saved: InteractionView | None = None
        if interaction is not None:
            person_ids = [p.id for p in interaction.people]
            mode = interaction.mode
        self.setWindowTitle(
            self.tr("Log an interaction") if interaction is None else self.tr("Edit interaction")
        )
        self.setMinimumWidth(460)
        everyone = people if people is not None else services.people.list()
        today = services.ctx.today()

        self.general = FieldProblem(self)
        self.problems = FieldProblems(self.general)
        self.picker = PeoplePicker(
            [p for p in everyone if not p.archived or p.id in person_ids], self
        )
        for person_id in person_ids:
            self.picker.add_person(person_id)
        self.mode = QComboBox(self)
        self.mode.setAccessibleName(self.tr("How you met"))
        for each in Mode:
            self.mode.addItem(icon(fmt.mode_icon_name(each)), fmt.mode_label(each), each.value)
        self.mode.setCurrentIndex(list(Mode).index(mode))
        self.day = DayField(self)
        self.day.setDate(fmt.qdate(today))
        self.day.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.LongFormat))
        self.day.setMaximumDate(fmt.qdate(today))
        self.day.setAccessibleName(self.tr("When"))
        self.place = QLineEdit(self)
        self.place.setAccessibleName(self.tr("Where"))
        self.place.setPlaceholderText(self.tr("Optional"))
        self.note = QPlainTextEdit(self)
        self.note.setAccessibleName(self.tr("What you talked about"))
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What you talked about, anything to remember"))

        p = self.problems
        form = QFormLayout()
        form.addRow(self.tr("&Who"), with_problem(self.picker, p.add(("people",), self.picker)))
        form.addRow(self.tr("&How"), self.mode)
        form.addRow(self.tr("Whe&n"), with_problem(self.day, p.add(("on",), self.day)))
        form.addRow(self.tr("Whe&re"), with_problem(self.place, p.add(("place",), self.place)))
        form.addRow(self.tr("N&ote"), with_problem(self.note, p.add(("note",), self.note)))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save = buttons.addButton(
            self.tr("Log") if interaction is None else self.tr("Save"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.save.setDefault(False)
        self.save.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(buttons)
        follow_layout(self)
        (self.mode if person_ids else self.picker.search).setFocus()
        if interaction is not None:
            self.day.setDate(fmt.qdate(interaction.on))
            self.place.setText(interaction.place)
            self.note.setPlainText(interaction.note)

    def accept(self) -> None:
        self.problems.clear()
        # Text still in the search box is a person the user meant to add.
        if self.picker.search.text().strip() and not self.picker.add_by_label(
            self.picker.search.text()
        ):
            self.problems.show(
                ValidationError(
                    "people",
                    QT_TRANSLATE_NOOP("Errors", "There is nobody called “%1”."),
                    self.picker.search.text().strip(),
                    code="interaction.person.unknown",
                )
            )
            return
        ids = self.picker.person_ids()
        if not ids:
            self.problems.show(
                ValidationError(
                    "people",
                    QT_TRANSLATE_NOOP("Errors", "Choose who was there."),
                    code="interaction.nobody",
                )
            )
            return
        mode = Mode(self.mode.currentData())
        day: date = fmt.pydate(self.day.date())
        if self._editing is not None:
            try:
                self.saved = self._services.interactions.update(
                    self._editing.id,
                    ids,
                    mode,
                    day,
                    note=self.note.toPlainText(),
                    place=self.place.text(),
                )
            except KithError as error:
                self.problems.show(error)
                return
            super().accept()
            return
        try:
            self.saved = self._services.interactions.log(
                ids, mode, day, note=self.note.toPlainText(), place=self.place.text()
            )
        except KithError as error:
            self.problems.show(error)
            return
        super().accept()
