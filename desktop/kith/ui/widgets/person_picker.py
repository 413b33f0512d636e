"""A small dialog to pick one person by typing a few letters (for "I saw someone today")."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from kith.domain.name_search import fold
from kith.services.views import PersonSummary
from kith.ui.text.collation import sorted_by_name
from kith.ui.widgets.name_completer import FOLDED_ROLE

PERSON_ID = Qt.ItemDataRole.UserRole + 1


class PersonPickerDialog(QDialog):
    """Emits `chosen(person_id)` when the user confirms; non-modal, one click to log."""

    chosen = Signal(int)

    def __init__(self, people: Sequence[PersonSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log that you saw someone"))
        self.model = QStandardItemModel(self)
        for person in sorted_by_name(people, lambda p: p.name):
            item = QStandardItem(person.name)
            item.setData(person.id, PERSON_ID)
            item.setData(fold(f"{person.name} {person.nickname or ''}"), FOLDED_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        # Both sides folded ("joao" finds João): the filter compares them in C++.
        self.proxy.setFilterRole(FOLDED_ROLE)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type a name"))
        self.search.setClearButtonEnabled(True)
        self.list = QListView(self)
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.log_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.log_button.setText(self.tr("Log in person today"))
        hint = QLabel(self.tr("Who did you see in person today?"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(360, 420)
        self._connect_signals()
        self._select_first()

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_search_changed)
        self.search.returnPressed.connect(self.accept)
        self.list.doubleClicked.connect(self._on_double_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def selected_id(self) -> int | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        value = index.data(PERSON_ID)
        return int(value) if value is not None else None

    def accept(self) -> None:
        person_id = self.selected_id()
        if person_id is None:
            return
        super().accept()
        self.chosen.emit(person_id)

    def _on_search_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(fold(" ".join(text.split())))
        self._select_first()

    def _on_double_clicked(self, _index: QModelIndex) -> None:
        self.accept()

    def _select_first(self) -> None:
        first = self.proxy.index(0, 0)
        self.list.setCurrentIndex(first)
        self.log_button.setEnabled(first.isValid())
