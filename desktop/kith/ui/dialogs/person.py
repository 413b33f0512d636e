"""Adding or editing a person; a refused field is named next to it and nothing is lost."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kith.domain.errors import KithError
from kith.domain.placeholders import fill
from kith.domain.values import RINGS, Circle, ContactKind, DateKind
from kith.services.app import Services
from kith.services.views import ContactView, PersonDetail, PersonInput, PersonSummary
from kith.ui.dialogs.completion import ListItemCompleter, split_list
from kith.ui.dialogs.contact_rows import ContactRows
from kith.ui.dialogs.form import FieldProblem, FieldProblems, with_problem
from kith.ui.dialogs.tab_order import follow_layout
from kith.ui.text import formatting as fmt


class PersonDialog(QDialog):
    """Saves through the services on OK; stays open, with the text intact, when refused."""

    def __init__(
        self, services: Services, parent: QWidget | None = None, person_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._person_id = person_id
        self._kept_contacts: tuple[ContactView, ...] = ()
        self._address_label = ""
        self._refused = ""
        """The value the latest refusal named, to focus the row holding it."""
        self.saved: PersonSummary | None = None
        self.setWindowTitle(self.tr("Add someone") if person_id is None else self.tr("Edit person"))
        self.setMinimumWidth(480)
        self._build()
        if person_id is not None:
            self._load(services.people.detail(person_id, timeline_limit=0))

    def _build(self) -> None:
        rhythms = self._services.profile.circle_rhythms()
        self.general = FieldProblem(self)
        self.problems = FieldProblems(self.general)

        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name"))
        self.nickname = QLineEdit(self)
        self.nickname.setAccessibleName(self.tr("Nickname"))
        self.organisation = QLineEdit(self)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.organisation.setPlaceholderText(self.tr("Where they work, or what they belong to"))
        self.circle = QComboBox(self)
        self.circle.setAccessibleName(self.tr("Circle"))
        for circle in RINGS:
            self.circle.addItem(
                fill(
                    self.tr("%1 — %2"), fmt.circle_label(circle), fmt.rhythm_words(rhythms[circle])
                ),
                circle.value,
            )
        # Last: choosing no circle yet is a real answer, not a default.
        self.circle.addItem(fmt.circle_label(Circle.UNSORTED), Circle.UNSORTED.value)
        self.circle.setCurrentIndex(list(Circle).index(Circle.FRIENDS))
        self.rhythm = QSpinBox(self)
        self.rhythm.setRange(0, 3650)
        self.rhythm.setSuffix(self.tr(" days"))
        self.rhythm.setSpecialValueText(self.tr("The circle's rhythm"))
        self.rhythm.setAccessibleName(self.tr("Rhythm in days"))
        self.rhythm.setToolTip(self.tr("How often you'd like to see them in person."))
        self.interests = QLineEdit(self)
        self.interests.setPlaceholderText(self.tr("climbing, board games, jazz"))
        self.interests.setAccessibleName(self.tr("Interests, separated by commas"))
        ListItemCompleter(self._services.profile.all_interests(), self.interests)
        self.lean_on = QCheckBox(self.tr("Someone I can &lean on"), self)
        self.phones = ContactRows(ContactKind.PHONE, self)
        self.phones.setAccessibleName(self.tr("Phones"))
        self.emails = ContactRows(ContactKind.EMAIL, self)
        self.emails.setAccessibleName(self.tr("E-mails"))
        self.address = QPlainTextEdit(self)
        self.address.setAccessibleName(self.tr("Address"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)

        self.birthday_known = QCheckBox(self.tr("Known"), self)
        self.birthday_known.setAccessibleName(self.tr("Birthday known"))
        self.birth_day = QSpinBox(self)
        self.birth_day.setRange(1, 31)
        self.birth_day.setAccessibleName(self.tr("Birthday: day"))
        self.birth_month = QComboBox(self)
        self.birth_month.setAccessibleName(self.tr("Birthday: month"))
        locale = QLocale()
        for month in range(1, 13):
            self.birth_month.addItem(locale.monthName(month), month)
        self.birth_year = QSpinBox(self)
        self.birth_year.setRange(1899, 2200)
        self.birth_year.setSpecialValueText(self.tr("year unknown"))
        # Qt leaves the arrows no room past the longest text ("tahun tidak diketahui").
        self.birth_year.setMinimumWidth(
            self.birth_year.sizeHint().width()
            + self.birth_year.fontMetrics().horizontalAdvance("M")
        )
        self.birth_year.setValue(1899)
        self.birth_year.setAccessibleName(self.tr("Birthday: year"))
        birthday = QWidget(self)
        row = QHBoxLayout(birthday)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.birthday_known, self.birth_day, self.birth_month, self.birth_year):
            row.addWidget(widget)
        row.addStretch(1)
        self.birthday_known.toggled.connect(self._on_birthday_known)
        self._on_birthday_known(False)

        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("What matters to them, what's going on lately…"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        p = self.problems
        form.addRow(self.tr("&Name"), with_problem(self.name, p.add(("name",), self.name)))
        form.addRow(
            self.tr("Nic&kname"), with_problem(self.nickname, p.add(("nickname",), self.nickname))
        )
        # Who they are to you comes right after their name: the choice that matters most.
        form.addRow(self.tr("&Circle"), self.circle)
        form.addRow("", self.lean_on)
        form.addRow(self.tr("&Rhythm"), with_problem(self.rhythm, p.add(("rhythm",), self.rhythm)))
        form.addRow(
            self.tr("Or&ganisation"),
            with_problem(self.organisation, p.add(("organisation",), self.organisation)),
        )
        form.addRow(
            self.tr("&Interests"),
            with_problem(self.interests, p.add(("interest", "interests"), self.interests)),
        )
        # A refusal names the value; the row holding it is the one focused.
        form.addRow(
            self._mnemonic(self.tr("&Phones"), self.phones),
            with_problem(
                self.phones,
                p.add(
                    ("phone",), self.phones, focus=lambda: self.phones.edit_holding(self._refused)
                ),
            ),
        )
        form.addRow(
            self._mnemonic(self.tr("E-&mails"), self.emails),
            with_problem(
                self.emails,
                p.add(
                    ("email", "contact"),
                    self.emails,
                    focus=lambda: self.emails.edit_holding(self._refused),
                ),
            ),
        )
        form.addRow(
            self.tr("A&ddress"), with_problem(self.address, p.add(("address",), self.address))
        )
        form.addRow(
            self.tr("&Birthday"), with_problem(birthday, p.add(("birthday",), self.birth_day))
        )
        form.addRow(self.tr("N&otes"), with_problem(self.notes, p.add(("notes",), self.notes)))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(buttons)
        follow_layout(self)
        # A phone or e-mail row added later joins the Tab order where it is shown.
        for rows in (self.phones, self.emails):
            rows.installEventFilter(self)
        self.name.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in (self.phones, self.emails) and event.type() == QEvent.Type.LayoutRequest:
            follow_layout(self)
        return super().eventFilter(watched, event)

    def _mnemonic(self, text: str, rows: ContactRows) -> QLabel:
        """The row's label, whose mnemonic reaches the first value (not the list itself)."""
        label = QLabel(text, self)
        # A label focuses only a buddy that takes focus; the list passes it to its first value.
        rows.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        label.setBuddy(rows)
        return label

    @property
    def phone(self) -> QLineEdit:
        """The first phone's field."""
        return self.phones.first_edit()

    @property
    def email(self) -> QLineEdit:
        """The first e-mail's field."""
        return self.emails.first_edit()

    def _on_birthday_known(self, known: bool) -> None:
        for widget in (self.birth_day, self.birth_month, self.birth_year):
            widget.setEnabled(known)

    def _load(self, detail: PersonDetail) -> None:
        person = detail.summary
        self.name.setText(person.name)
        self.nickname.setText(person.nickname or "")
        self.organisation.setText(detail.organisation)
        self.circle.setCurrentIndex(list(Circle).index(person.circle))
        self.rhythm.setValue(person.rhythm_days if person.rhythm_is_custom else 0)
        self.interests.setText(", ".join(person.interests))
        self.lean_on.setChecked(person.lean_on)
        self.notes.setPlainText(detail.notes)
        # Every phone and e-mail is a row; the first address is edited, the others kept.
        self.phones.set_contacts([c for c in detail.contacts if c.kind == ContactKind.PHONE])
        self.emails.set_contacts([c for c in detail.contacts if c.kind == ContactKind.EMAIL])
        addresses = [c for c in detail.contacts if c.kind == ContactKind.ADDRESS]
        if addresses:
            self._address_label = addresses[0].label
            self.address.setPlainText(addresses[0].value)
        self._kept_contacts = tuple(addresses[1:])
        for day in detail.dates:
            if day.kind == DateKind.BIRTHDAY:
                self.birthday_known.setChecked(True)
                self.birth_day.setValue(day.day)
                self.birth_month.setCurrentIndex(day.month - 1)
                self.birth_year.setValue(day.year or self.birth_year.minimum())

    def person_input(self) -> PersonInput:
        address = self.address.toPlainText()
        contacts = [
            *self.phones.contacts(),
            *self.emails.contacts(),
            *(
                [ContactView(ContactKind.ADDRESS, address, self._address_label)]
                if address.strip()
                else []
            ),
        ]
        birthday = None
        if self.birthday_known.isChecked():
            year = self.birth_year.value()
            birthday = (
                None if year == self.birth_year.minimum() else year,
                int(self.birth_month.currentData()),
                self.birth_day.value(),
            )
        circle = Circle(self.circle.currentData())
        return PersonInput(
            name=self.name.text(),
            nickname=self.nickname.text() or None,
            organisation=self.organisation.text(),
            circle=circle,
            rhythm_days=self.rhythm.value() or None,
            interests=tuple(split_list(self.interests.text())),
            notes=self.notes.toPlainText(),
            lean_on=self.lean_on.isChecked(),
            contacts=(*contacts, *self._kept_contacts),
            birthday=birthday,
        )

    def accept(self) -> None:
        self.problems.clear()
        try:
            data = self.person_input()
            if self._person_id is None:
                self.saved = self._services.people.add(data)
            else:
                self.saved = self._services.people.update(self._person_id, data)
        except KithError as error:
            self._refused = str(error.values[0]) if error.values else ""
            self.problems.show(error)
            return
        super().accept()


__all__ = ["PersonDialog"]
