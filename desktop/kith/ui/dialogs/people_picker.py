"""Choosing one or more people by typing a few letters of a name."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kith.domain.name_search import fold
from kith.services.views import PersonSummary
from kith.ui.text import formatting as fmt
from kith.ui.text.collation import sorted_by_name
from kith.ui.widgets.name_completer import FoldedCompleter, folded_model


class PeoplePicker(QWidget):
    changed = Signal()

    def __init__(self, people: Sequence[PersonSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._by_label: dict[str, int] = {}
        self._label_of: dict[int, str] = {}
        counts: dict[str, int] = {}
        for person in people:
            counts[person.name.casefold()] = counts.get(person.name.casefold(), 0) + 1
        for person in people:
            label = person.name
            if person.nickname:
                label = f"{label} ({person.nickname})"
            if counts[person.name.casefold()] > 1:
                # Two people with one name: their circle and interests tell them apart.
                hint = ", ".join([fmt.circle_label(person.circle), *person.interests[:2]])
                label = f"{label} — {hint}"
            if label.casefold() in self._by_label:
                label = f"{label} (#{person.id})"
            self._by_label[label.casefold()] = person.id
            self._label_of[person.id] = label

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type a name and press Enter"))
        self.search.setAccessibleName(self.tr("Add a person"))
        completer = FoldedCompleter(self)
        # Parented, so Python does not collect it: a completer does not own its model.
        completer.setModel(folded_model(sorted_by_name(self._label_of.values(), str), completer))
        completer.setMaxVisibleItems(12)
        self.search.setCompleter(completer)
        completer.activated.connect(self._on_completed)
        self.search.returnPressed.connect(self._on_return)

        self.chosen = QListWidget(self)
        self.chosen.setAccessibleName(self.tr("People in this interaction"))
        self.chosen.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 10)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.setAccessibleName(self.tr("Remove the selected person"))
        self.remove.clicked.connect(self._on_remove)

        # The form's label reaches the picker through its search field.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.search)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.remove)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.chosen)

    def person_ids(self) -> list[int]:
        return [
            int(self.chosen.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.chosen.count())
        ]

    def add_person(self, person_id: int) -> bool:
        if person_id in self.person_ids() or person_id not in self._label_of:
            return False
        item = QListWidgetItem(self._label_of[person_id])
        item.setData(Qt.ItemDataRole.UserRole, person_id)
        self.chosen.addItem(item)
        self.changed.emit()
        return True

    def add_by_label(self, text: str) -> bool:
        person_id = self._by_label.get(text.strip().casefold())
        if person_id is None:
            # As the completer offers: any part of a name or nickname, if only one fits.
            wanted = fold(text.strip())
            matches = {pid for label, pid in self._by_label.items() if wanted in fold(label)}
            if len(matches) != 1:
                return False
            person_id = matches.pop()
        added = self.add_person(person_id)
        self.search.clear()
        return added

    def _on_completed(self, text: str) -> None:
        self.add_by_label(text)
        # The completer writes its text back after this slot; clear once it has.
        self.search.clear()

    def _on_return(self) -> None:
        if self.search.text().strip():
            self.add_by_label(self.search.text())

    def _on_remove(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))
        self.changed.emit()
