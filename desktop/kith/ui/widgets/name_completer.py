"""Completion that finds names as people type them: "joao" offers João (see `name_search`).

Each item carries its folded text in `FOLDED_ROLE`, folded once when the list is built;
the completer folds what is typed once per keystroke, and Qt compares the two in C++.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter

from kith.domain.name_search import fold

FOLDED_ROLE = Qt.ItemDataRole.UserRole + 40


def folded_model(labels: Iterable[str], parent: QObject) -> QStandardItemModel:
    """A list of labels to complete over, each with its folded text beside it."""
    model = QStandardItemModel(parent)
    for label in labels:
        item = QStandardItem(label)
        item.setData(fold(label), FOLDED_ROLE)
        item.setEditable(False)
        model.appendRow(item)
    return model


class FoldedCompleter(QCompleter):
    """Offers every item whose folded text contains the folded typing; writes back the
    item as shown, never its folded form."""

    def __init__(self, parent: QObject, role: int = FOLDED_ROLE) -> None:
        super().__init__(parent)
        self.setCompletionRole(role)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole))
