"""Several phones or e-mails of one person, each a row of label and value, added and removed.

Labels are the kinds Kith reads from and writes to vCards (mobile, home, work…), stored
in English and shown translated; a label of its own from an imported card is kept as it
was. There is always at least one row, so a first number is typed as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kith.domain.values import ContactKind
from kith.services.views import ContactView
from kith.ui.text.contact_labels import label_words

# The labels the vCard reader and writer know, for each kind they apply to.
LABELS: dict[ContactKind, tuple[str, ...]] = {
    ContactKind.PHONE: ("mobile", "home", "work", "main", "fax", "pager", "other"),
    ContactKind.EMAIL: ("home", "work", "other"),
}


class ContactRow(QWidget):
    remove_requested = Signal(object)  # ContactRow

    def __init__(self, kind: ContactKind, contact: ContactView | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.kind = kind
        self.label = QComboBox(self)
        self.label.setAccessibleName(
            QCoreApplication.translate("ContactRows", "Phone label")
            if kind == ContactKind.PHONE
            else QCoreApplication.translate("ContactRows", "E-mail label")
        )
        known = ("", *LABELS[kind])
        stored = contact.label if contact is not None else ""
        for label in (*known, *([stored] if stored not in known else [])):
            self.label.addItem(label_words(label), label)
        self.label.setCurrentIndex(self.label.findData(stored))
        self.value = QLineEdit(contact.value if contact is not None else "", self)
        self.value.setAccessibleName(
            QCoreApplication.translate("ContactRows", "Phone")
            if kind == ContactKind.PHONE
            else QCoreApplication.translate("ContactRows", "E-mail")
        )
        self.remove = QToolButton(self)
        self.remove.setText("−")
        self.remove.setAccessibleName(
            QCoreApplication.translate("ContactRows", "Remove this phone")
            if kind == ContactKind.PHONE
            else QCoreApplication.translate("ContactRows", "Remove this e-mail")
        )
        self.remove.setToolTip(self.remove.accessibleName())
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.value, 1)
        row.addWidget(self.remove)

    def contact(self) -> ContactView | None:
        text = self.value.text().strip()
        if not text:
            return None
        return ContactView(self.kind, text, str(self.label.currentData()))


class ContactRows(QWidget):
    """The phones (or e-mails) of a person, in their order."""

    def __init__(self, kind: ContactKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.rows: list[ContactRow] = []
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(4)
        self.add_button = QPushButton(
            QCoreApplication.translate("ContactRows", "Add a phone")
            if kind == ContactKind.PHONE
            else QCoreApplication.translate("ContactRows", "Add an e-mail"),
            self,
        )
        self.add_button.clicked.connect(self._on_add)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        self._column.addLayout(add_row)
        self.set_contacts(())

    def set_contacts(self, contacts: Sequence[ContactView]) -> None:
        for row in list(self.rows):
            self._drop(row)
        for contact in contacts:
            self.add_row(contact)
        if not self.rows:
            self.add_row(None)

    def add_row(self, contact: ContactView | None) -> ContactRow:
        row = ContactRow(self.kind, contact, self)
        row.remove_requested.connect(self._on_remove)
        self._column.insertWidget(len(self.rows), row)
        self.rows.append(row)
        self._focus_first()
        return row

    def _focus_first(self) -> None:
        # The form's label (and its mnemonic) reaches the list through its first value.
        if self.rows:
            self.setFocusProxy(self.rows[0].value)

    def contacts(self) -> list[ContactView]:
        return [c for c in (row.contact() for row in self.rows) if c is not None]

    def first_edit(self) -> QLineEdit:
        return self.rows[0].value

    def edit_holding(self, value: str) -> QLineEdit:
        """The row whose value a refusal named (the first row when none does)."""
        wanted = " ".join(value.split())
        for row in self.rows:
            if " ".join(row.value.text().split()) == wanted:
                return row.value
        return self.first_edit()

    def _on_add(self) -> None:
        row = self.add_row(None)
        row.value.setFocus()

    def _on_remove(self, row: ContactRow) -> None:
        if len(self.rows) == 1:
            row.value.clear()  # one row always stays, empty, to type into
            return
        index = self.rows.index(row)
        self._drop(row)
        self.rows[min(index, len(self.rows) - 1)].value.setFocus()

    def _drop(self, row: ContactRow) -> None:
        self.rows.remove(row)
        self._column.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._focus_first()


__all__ = ["LABELS", "ContactRow", "ContactRows"]
