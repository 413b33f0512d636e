"""Adding a yearly date to a person: a birthday, an anniversary, or one of your own."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kith.domain.errors import KithError
from kith.domain.values import DateKind
from kith.services.app import Services
from kith.ui.dialogs.form import FieldProblem, FieldProblems, with_problem
from kith.ui.dialogs.tab_order import follow_layout
from kith.ui.text import formatting as fmt

NO_YEAR = 1899  # the spin box's minimum, shown as "year unknown"


class ImportantDateDialog(QDialog):
    def __init__(self, services: Services, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._person_id = person_id
        self.setWindowTitle(self.tr("Add a date"))
        self.setMinimumWidth(400)
        self.general = FieldProblem(self)
        self.problems = FieldProblems(self.general)

        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of date"))
        for kind in DateKind:
            self.kind.addItem(fmt.date_kind_label(kind), kind.value)
        self.kind.setCurrentIndex(list(DateKind).index(DateKind.ANNIVERSARY))
        self.label = QLineEdit(self)
        self.label.setAccessibleName(self.tr("What it is"))
        self.label.setPlaceholderText(self.tr("Wedding anniversary, name day…"))
        self.day = QSpinBox(self)
        self.day.setRange(1, 31)
        self.day.setAccessibleName(self.tr("Day"))
        self.month = QComboBox(self)
        self.month.setAccessibleName(self.tr("Month"))
        locale = QLocale()
        for month in range(1, 13):
            self.month.addItem(locale.monthName(month), month)
        self.year = QSpinBox(self)
        self.year.setRange(NO_YEAR, 2200)
        self.year.setSpecialValueText(self.tr("year unknown"))
        # Qt leaves the arrows no room past the longest text ("tahun tidak diketahui").
        self.year.setMinimumWidth(
            self.year.sizeHint().width() + self.year.fontMetrics().horizontalAdvance("M")
        )
        self.year.setValue(NO_YEAR)
        self.year.setAccessibleName(self.tr("Year"))
        when = QWidget(self)
        row = QHBoxLayout(when)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.day, self.month, self.year):
            row.addWidget(widget)
        row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(
            self.tr("&What"), with_problem(self.label, self.problems.add(("label",), self.label))
        )
        form.addRow(
            self.tr("W&hen"),
            with_problem(when, self.problems.add(tuple(k.value for k in DateKind), self.day)),
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(buttons)
        follow_layout(self)
        self.kind.setFocus()

    def accept(self) -> None:
        self.problems.clear()
        year = self.year.value()
        try:
            self._services.people.add_date(
                self._person_id,
                DateKind(self.kind.currentData()),
                int(self.month.currentData()),
                self.day.value(),
                None if year == NO_YEAR else year,
                self.label.text(),
            )
        except KithError as error:
            self.problems.show(error)
            return
        super().accept()
