"""The tray's "Log that you saw someone…": tick who you saw in person today, then log.

Today's people come first, in Today's order, then everyone else by name. Nothing is ticked
when it opens, so Enter never logs a meeting nobody chose. Keyboard: type to filter, an
arrow to reach the list, Space to tick, Enter to log.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette
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
_ROOT = QModelIndex()
_PERSON_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
)
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
        self.model = QuickLogModel(first, everyone, self._heading_look(), self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        # Both sides folded ("joao" finds João): the filter compares them in C++.
        self.proxy.setFilterRole(FOLDED_ROLE)
        self._build()
        self._connect_signals()
        self._update_choice()

    # --- building ---------------------------------------------------------------------
    def _heading_look(self) -> _HeadingLook:
        # Bold and quiet, never smaller: rows share one height (see _build), a heading's.
        font = QFont(self.font())
        font.setBold(True)
        color = self.palette().color(QPalette.ColorRole.PlaceholderText)
        return _HeadingLook(font, color, self.tr("Worth seeing"), self.tr("Everyone else"))

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
        self.list.setUniformItemSizes(True)  # 5,000 rows laid out without measuring each
        self.list.setSpacing(1)
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
        self.model.ticked_changed.connect(self._update_choice)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # --- reading ----------------------------------------------------------------------
    def chosen_ids(self) -> list[int]:
        return self.model.ticked_ids()

    def shown_names(self) -> list[str]:
        """The rows as listed now, headings included (for tests and screenshots)."""
        return [str(self.proxy.index(r, 0).data()) for r in range(self.proxy.rowCount())]

    def set_ticked(self, person_id: int, ticked: bool = True) -> bool:
        """Tick or untick someone by id; False when they are not in the list."""
        return self.model.set_ticked(person_id, ticked)

    # --- reacting ---------------------------------------------------------------------
    def accept(self) -> None:
        if not self.model.ticked_ids():
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

    def _update_choice(self) -> None:
        ticked = self.model.ticked_names()
        self.log_button.setEnabled(bool(ticked))
        if ticked:
            names = spoken_list(ticked)
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


@dataclass(frozen=True, slots=True)
class _HeadingLook:
    font: QFont
    color: QColor
    first: str
    rest: str


@dataclass(frozen=True, slots=True)
class _Row:
    text: str
    folded: str
    person_id: int | None = None  # None for a heading


class QuickLogModel(QAbstractListModel):
    """Headings and people, with who is ticked.

    A model of plain Python rows rather than one QStandardItem per person: building 5,000
    items costs more than the whole rest of opening, and only the visible rows are drawn.
    """

    ticked_changed = Signal()

    def __init__(
        self,
        first: Sequence[PersonName],
        everyone: Sequence[PersonName],
        heading: _HeadingLook,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._heading = heading
        self._ticked: dict[int, str] = {}  # in the order ticked
        first_ids = {p.id for p in first}
        rest = sorted_by_name((p for p in everyone if p.id not in first_ids), lambda p: p.name)
        rows: list[_Row] = []
        if first:
            rows.append(_Row(heading.first, ""))  # "" matches only the empty search
            rows.extend(_person_row(p) for p in first)
            if rest:
                rows.append(_Row(heading.rest, ""))
        rows.extend(_person_row(p) for p in rest)
        self._rows = rows
        self._by_id = {row.person_id: i for i, row in enumerate(rows) if row.person_id is not None}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid() or self._rows[index.row()].person_id is None:
            return Qt.ItemFlag.NoItemFlags  # a heading is a label, never chosen
        return _PERSON_FLAGS

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        if role == FOLDED_ROLE:
            return row.folded
        if row.person_id is None:
            if role == Qt.ItemDataRole.FontRole:
                return self._heading.font
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._heading.color
            return None
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = row.person_id in self._ticked
            return (Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked).value
        if role == PERSON_ID:
            return row.person_id
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: object,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        person_id = self._rows[index.row()].person_id
        if person_id is None:
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))  # type: ignore[call-overload]
        return self.set_ticked(person_id, state == Qt.CheckState.Checked)

    def set_ticked(self, person_id: int, ticked: bool) -> bool:
        place = self._by_id.get(person_id)
        if place is None:
            return False
        if ticked:
            self._ticked.setdefault(person_id, self._rows[place].text)
        else:
            self._ticked.pop(person_id, None)
        changed = self.index(place, 0)
        self.dataChanged.emit(changed, changed, [Qt.ItemDataRole.CheckStateRole])
        self.ticked_changed.emit()
        return True

    def ticked_ids(self) -> list[int]:
        return list(self._ticked)

    def ticked_names(self) -> list[str]:
        return list(self._ticked.values())


def _person_row(person: PersonName) -> _Row:
    return _Row(person.name, fold(f"{person.name} {person.nickname or ''}"), person.id)
