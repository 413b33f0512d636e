"""The new cards of an import preview, each ticked or not: only ticked ones are imported.

A table model (the tick and the card in column 0, an "Organisation" mark in column 1)
and its view, where Space ticks or unticks every selected row at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTreeView, QWidget

from kith.interchange.vcard_read import ContactCard

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
CARD, MARK = 0, 1


class ImportChoiceModel(QAbstractTableModel):
    """New cards with a tick each; `chosen()` gives the positions to import."""

    chosen_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cards: list[ContactCard] = []
        self._texts: list[str] = []
        self._ticked: list[bool] = []

    def set_cards(
        self, cards: Sequence[ContactCard], describe: Callable[[ContactCard], str]
    ) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self._texts = [describe(card) for card in cards]
        self._ticked = [True] * len(cards)
        self.endResetModel()
        self.chosen_changed.emit()

    # --- what is chosen -----------------------------------------------------------

    def card(self, row: int) -> ContactCard:
        return self._cards[row]

    def text(self, row: int) -> str:
        return self._texts[row]

    def is_ticked(self, row: int) -> bool:
        return self._ticked[row]

    def chosen(self) -> set[int]:
        return {
            card.position for card, ticked in zip(self._cards, self._ticked, strict=True) if ticked
        }

    def chosen_count(self) -> int:
        return sum(self._ticked)

    def organisation_count(self) -> int:
        return sum(card.is_organisation for card in self._cards)

    def set_ticked(self, rows: Iterable[int], ticked: bool) -> None:
        changed = [row for row in rows if self._ticked[row] != ticked]
        for row in changed:
            self._ticked[row] = ticked
        if not changed:
            return
        self.dataChanged.emit(
            self.index(min(changed), CARD),
            self.index(max(changed), CARD),
            [Qt.ItemDataRole.CheckStateRole],
        )
        self.chosen_changed.emit()

    def set_all_ticked(self, ticked: bool) -> None:
        self.set_ticked(range(len(self._cards)), ticked)

    def set_organisations_ticked(self, ticked: bool) -> None:
        rows = [row for row, card in enumerate(self._cards) if card.is_organisation]
        self.set_ticked(rows, ticked)

    def toggle(self, rows: Iterable[int]) -> None:
        """Untick the rows if all are ticked, else tick them all (as file managers do)."""
        rows = list(rows)
        self.set_ticked(rows, not all(self._ticked[row] for row in rows))

    # --- the model's contract -----------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._cards)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else 2

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == CARD:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        card = self._cards[row]
        if column == CARD:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._texts[row]
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if self._ticked[row] else Qt.CheckState.Unchecked
        elif column == MARK and card.is_organisation:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Organisation")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("The card describes an organisation, not a person.")
            if role == Qt.ItemDataRole.ForegroundRole:
                return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != CARD:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        self.set_ticked([index.row()], checked)
        return True


class ImportChoiceView(QTreeView):
    """A flat list of the new cards; Space ticks or unticks all the selected rows."""

    def __init__(self, model: ImportChoiceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choice = model
        self.setModel(model)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setHeaderHidden(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CARD, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MARK, QHeaderView.ResizeMode.ResizeToContents)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
            if not rows and self.currentIndex().isValid():
                rows = [self.currentIndex().row()]
            if rows:
                self._choice.toggle(rows)
            event.accept()
            return
        super().keyPressEvent(event)
