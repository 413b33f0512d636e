"""The tray's "Log that you saw someone…": tick who you saw in person today, then log.

Today's people come first, in Today's order, then everyone else by name. Nothing is ticked
when it opens, so Enter never logs a meeting nobody chose. Keyboard: type to filter, an
arrow to reach the list, Space to tick, Enter to log.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette, QStandardItem, QStandardItemModel
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
from kith.domain.placeholders import fill
from kith.services.views import PersonName
from kith.ui.text.collation import sorted_by_name
from kith.ui.widgets.name_completer import FOLDED_ROLE

PERSON_ID = Qt.ItemDataRole.UserRole + 1
_MOVES = {Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp}


class QuickLogDialog(QDialog):
    """Emits `chosen(person_ids)` (in the order ticked) when the user logs; non-modal."""

    chosen = Signal(list)

    def __init__(
        self,
        first: Sequence[PersonName],
        everyone: Sequence[PersonName],
        parent: QWidget | None = None,
    ) -> None:
        """`first`: Today's people in Today's order; `everyone`: the rest may repeat them."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log that you saw someone"))
        self._ticked: dict[int, str] = {}  # insertion order is the order ticked
        self.model = QStandardItemModel(self)
        self._fill(first, everyone)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        # Both sides folded ("joao" finds João): the filter compares them in C++.
        self.proxy.setFilterRole(FOLDED_ROLE)
        self._build()
        self._connect_signals()
        self._update_choice()

    # --- building ---------------------------------------------------------------------
    def _fill(self, first: Sequence[PersonName], everyone: Sequence[PersonName]) -> None:
        first_ids = {p.id for p in first}
        rest = sorted_by_name((p for p in everyone if p.id not in first_ids), lambda p: p.name)
        rows: list[QStandardItem] = []
        if first:
            rows.append(self._heading(self.tr("Worth seeing")))
            rows.extend(_person_item(p) for p in first)
            if rest:
                rows.append(self._heading(self.tr("Everyone else")))
        rows.extend(_person_item(p) for p in rest)
        # One call for the whole column: appending 5,000 rows one by one is far slower.
        self.model.invisibleRootItem().appendRows(rows)

    def _heading(self, text: str) -> QStandardItem:
        """A quiet label between the groups: not choosable, and gone once a search is typed."""
        item = QStandardItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setData("", FOLDED_ROLE)  # matches only the empty search
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(max(1.0, font.pointSizeF() * 0.9))
        item.setFont(font)
        item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        return item

    def _build(self) -> None:
        hint = QLabel(self.tr("Who did you see in person today? Choose one or more."), self)
        hint.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type a name"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search people"))
        hint.setBuddy(self.search)
        self.list = QListView(self)
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName(self.tr("People"))
        self.list.setAccessibleDescription(self.tr("Space chooses a person; Enter logs."))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # names are shown as typed
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.log_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.log_button.setText(self.tr("Log in person today"))
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(380, 460)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_search_changed)
        self.search.installEventFilter(self)
        self.list.installEventFilter(self)
        self.model.itemChanged.connect(self._on_item_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # --- reading ----------------------------------------------------------------------
    def chosen_ids(self) -> list[int]:
        return list(self._ticked)

    def shown_names(self) -> list[str]:
        """The rows as listed now, headings included (for tests and screenshots)."""
        return [str(self.proxy.index(r, 0).data()) for r in range(self.proxy.rowCount())]

    def set_ticked(self, person_id: int, ticked: bool = True) -> bool:
        """Tick or untick someone by id; False when they are not in the list."""
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(PERSON_ID) == person_id:
                state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
                item.setCheckState(state)
                return True
        return False

    # --- reacting ---------------------------------------------------------------------
    def accept(self) -> None:
        if not self._ticked:
            return  # Enter with no one chosen logs nothing
        ids = self.chosen_ids()
        super().accept()
        self.chosen.emit(ids)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.search and event.key() in _MOVES:
                self._enter_list()
                return True
            if watched is self.list:
                return self._list_key(event)
        return super().eventFilter(watched, event)

    def _list_key(self, event: QKeyEvent) -> bool:
        """Letters typed in the list go on filtering, so typing never needs a click."""
        text = event.text()
        if event.key() == Qt.Key.Key_Backspace or (text.isprintable() and text.strip()):
            self.search.setFocus()
            if event.key() == Qt.Key.Key_Backspace:
                self.search.backspace()
            else:
                self.search.insert(text)
            return True
        if event.key() == Qt.Key.Key_Up and self._first_person_row() == self.list.currentIndex():
            self.search.setFocus()
            return True
        return False

    def _enter_list(self) -> None:
        self.list.setFocus()
        current = self.list.currentIndex()
        if not current.isValid() or not current.flags() & Qt.ItemFlag.ItemIsEnabled:
            first = self._first_person_row()
            if first.isValid():
                self.list.setCurrentIndex(first)

    def _first_person_row(self) -> QModelIndex:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.flags() & Qt.ItemFlag.ItemIsEnabled:
                return index
        return QModelIndex()

    def _on_search_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(fold(" ".join(text.split())))

    def _on_item_changed(self, item: QStandardItem) -> None:
        person_id = item.data(PERSON_ID)
        if person_id is None:
            return
        if item.checkState() == Qt.CheckState.Checked:
            self._ticked[int(person_id)] = item.text()
        else:
            self._ticked.pop(int(person_id), None)
        self._update_choice()

    def _update_choice(self) -> None:
        self.log_button.setEnabled(bool(self._ticked))
        if self._ticked:
            names = spoken_list(list(self._ticked.values()))
            self.summary.setText(fill(self.tr("With %1"), names))
        else:
            self.summary.setText(self.tr("No one chosen yet."))


def spoken_list(names: Sequence[str]) -> str:
    """ "Ana and Ben" in the language shown ("Ana dan Ben"); a bare C locale reads as
    English, as the name order does, rather than "Ana, Ben"."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.English)
    return locale.createSeparatedList(list(names))


def _person_item(person: PersonName) -> QStandardItem:
    item = QStandardItem(person.name)
    item.setData(person.id, PERSON_ID)
    item.setData(fold(f"{person.name} {person.nickname or ''}"), FOLDED_ROLE)
    item.setFlags(
        Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
    )
    item.setCheckState(Qt.CheckState.Unchecked)
    return item
