"""The new cards of an import preview, each ticked or not: only ticked ones are imported.

A table model (the tick and the card in column 0, an "Organisation" or "Possible
duplicate" mark in column 1, and for a possible duplicate a choice in column 2: add as
new, merge into the person shown, or leave out) and its view, where Space ticks or
unticks every selected row at once and F2 opens the choice of the current row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from kith.domain.placeholders import fill
from kith.interchange.vcard_read import ContactCard
from kith.services.contacts import PossibleDuplicate
from kith.ui.text.error_text import explain

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
CARD, MARK, CHOICE = 0, 1, 2


class Choice(StrEnum):
    """What becomes of a possible duplicate."""

    ADD = "add"
    MERGE = "merge"
    LEAVE_OUT = "leave-out"


class ImportChoiceModel(QAbstractTableModel):
    """New cards with a tick each; `chosen()` gives the positions to import."""

    chosen_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cards: list[ContactCard] = []
        self._texts: list[str] = []
        self._ticked: list[bool] = []
        self._duplicates: list[PossibleDuplicate | None] = []
        self._merging: list[bool] = []

    def set_cards(
        self,
        cards: Sequence[ContactCard],
        describe: Callable[[ContactCard], str],
        duplicate_of: Callable[[ContactCard], PossibleDuplicate | None] | None = None,
    ) -> None:
        self.beginResetModel()
        self._cards = list(cards)
        self._texts = [describe(card) for card in cards]
        self._ticked = [True] * len(cards)
        self._duplicates = [duplicate_of(card) if duplicate_of else None for card in cards]
        self._merging = [False] * len(cards)
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

    def duplicate(self, row: int) -> PossibleDuplicate | None:
        return self._duplicates[row]

    def choice(self, row: int) -> Choice:
        if not self._ticked[row]:
            return Choice.LEAVE_OUT
        return Choice.MERGE if self._merging[row] else Choice.ADD

    def choices(self, row: int) -> list[Choice]:
        """What the row's possible duplicate may become."""
        if self._duplicates[row] is None:
            return []
        return [Choice.ADD, Choice.MERGE, Choice.LEAVE_OUT]

    def choice_text(self, row: int, choice: Choice) -> str:
        duplicate = self._duplicates[row]
        if choice == Choice.MERGE and duplicate is not None and duplicate.in_file:
            return fill(
                self.tr("Merge into %1 (card %2)"), duplicate.person.name, str(duplicate.person.id)
            )
        if choice == Choice.MERGE and duplicate is not None:
            return fill(self.tr("Merge into %1"), duplicate.person.name)
        return self.tr("Leave out") if choice == Choice.LEAVE_OUT else self.tr("Add as new")

    def set_choice(self, row: int, choice: Choice) -> None:
        if choice not in self.choices(row) or choice == self.choice(row):
            return
        self._merging[row] = choice == Choice.MERGE
        self.set_ticked([row], choice != Choice.LEAVE_OUT)
        self.dataChanged.emit(self.index(row, CHOICE), self.index(row, CHOICE))
        self.chosen_changed.emit()

    def merges(self) -> set[int]:
        """Positions of the possible duplicates to merge into the person shown."""
        return {
            card.position
            for card, ticked, merging in zip(self._cards, self._ticked, self._merging, strict=True)
            if ticked and merging
        }

    def duplicate_rows(self) -> list[int]:
        return [row for row, duplicate in enumerate(self._duplicates) if duplicate is not None]

    def organisation_count(self) -> int:
        return sum(card.is_organisation for card in self._cards)

    def set_ticked(self, rows: Iterable[int], ticked: bool) -> None:
        changed = [row for row in rows if self._ticked[row] != ticked]
        for row in changed:
            self._ticked[row] = ticked
            self._merging[row] = self._merging[row] and ticked
        if not ticked and changed:
            # A card left out is no one to merge into: what was to go into it is added as new.
            gone = {self._cards[row].position for row in changed}
            for row, duplicate in enumerate(self._duplicates):
                into_gone = duplicate and duplicate.in_file and duplicate.person.id in gone
                if into_gone and self._merging[row]:
                    self._merging[row] = False
                    changed.append(row)
        if not changed:
            return
        self.dataChanged.emit(
            self.index(min(changed), CARD),
            self.index(max(changed), CARD),
            [Qt.ItemDataRole.CheckStateRole],
        )
        self.dataChanged.emit(self.index(min(changed), CHOICE), self.index(max(changed), CHOICE))
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
        return 0 if parent.isValid() else 3

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == CARD:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == CHOICE and self._duplicates[index.row()] is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
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
        elif column == MARK and (duplicate := self._duplicates[row]) is not None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self.duplicate_text(duplicate)
        elif column == CHOICE and self._duplicates[row] is not None:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.choice_text(row, self.choice(row))
            if role == Qt.ItemDataRole.EditRole:
                return self.choice(row).value
        return None

    def duplicate_text(self, duplicate: PossibleDuplicate) -> str:
        """Who the card resembles, and why."""
        if duplicate.in_file:
            return fill(
                self.tr("Possible duplicate of %1 (card %2 of this file): %3"),
                duplicate.person.name,
                str(duplicate.person.id),
                explain(duplicate.reason),
            )
        return fill(
            self.tr("Possible duplicate of %1, already in Kith: %2"),
            duplicate.person.name,
            explain(duplicate.reason),
        )

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        if index.column() == CHOICE and role == Qt.ItemDataRole.EditRole:
            if not isinstance(value, str) or value not in set(Choice):
                return False
            self.set_choice(index.row(), Choice(value))
            return True
        if index.column() != CARD:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        self.set_ticked([index.row()], checked)
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A possible duplicate's choice as a combo box, kept open on its row."""

    def __init__(self, model: ImportChoiceModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choice = model
        self._combo_height: int | None = None

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,  # noqa: ARG002 (Qt's signature)
        index: _Index,
    ) -> QWidget:
        combo = QComboBox(parent)
        row = index.row()
        for choice in self._choice.choices(row):
            combo.addItem(self._choice.choice_text(row, choice), choice.value)
        combo.setAccessibleName(self.tr("What to do with this possible duplicate"))
        # Each pick is applied at once, not only when the editor closes.
        combo.activated.connect(lambda _: self.commitData.emit(combo))
        return combo

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        # Every row as tall as the open combo box, so it is not squeezed into a text line.
        base = super().sizeHint(option, index)
        if self._combo_height is None:
            self._combo_height = QComboBox().sizeHint().height()
        return QSize(base.width(), max(base.height(), self._combo_height))

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(self._choice.choice(index.row()).value)
        if found >= 0 and found != editor.currentIndex():
            editor.setCurrentIndex(found)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ImportChoiceView(QTreeView):
    """A flat list of the new cards; Space ticks or unticks all the selected rows."""

    def __init__(self, model: ImportChoiceModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choice = model
        self.setModel(model)
        self.setItemDelegateForColumn(CHOICE, ChoiceDelegate(model, self))
        model.modelReset.connect(self._open_choices)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setHeaderHidden(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CARD, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(MARK, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CHOICE, QHeaderView.ResizeMode.ResizeToContents)

    def _open_choices(self) -> None:
        for row in self._choice.duplicate_rows():
            self.openPersistentEditor(self._choice.index(row, CHOICE))

    def choice_box(self, row: int) -> QComboBox | None:
        """The combo box of the row's choice, if it is a possible duplicate."""
        widget = self.indexWidget(self._choice.index(row, CHOICE))
        return widget if isinstance(widget, QComboBox) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
            if not rows and self.currentIndex().isValid():
                rows = [self.currentIndex().row()]
            if rows:
                self._choice.toggle(rows)
            event.accept()
            return
        if event.key() == Qt.Key.Key_F2 and self.currentIndex().isValid():
            box = self.choice_box(self.currentIndex().row())
            if box is not None:
                # From the keyboard: F2, then the arrow keys choose, Escape or Tab return.
                box.setFocus(Qt.FocusReason.ShortcutFocusReason)
                event.accept()
                return
        super().keyPressEvent(event)
