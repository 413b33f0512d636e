"""The people table: one row per person, built once from the services and reset on change."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from kith.domain.tending import urgency_key
from kith.domain.values import Circle, TendingState
from kith.services.views import PersonSummary
from kith.ui import formatting as fmt

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    CIRCLE = 1
    STATE = 2
    LAST_IN_PERSON = 3
    LAST_TALKED = 4
    INTERESTS = 5


class Role(IntEnum):
    SORT = Qt.ItemDataRole.UserRole + 1
    """An int rank per column, precomputed so sorting 5,000 rows stays in C++."""
    PERSON_ID = Qt.ItemDataRole.UserRole + 2
    SHARED = Qt.ItemDataRole.UserRole + 3
    """The interests you share with this person (a tuple of tags)."""


_CIRCLE_ORDER = {c: i for i, c in enumerate(Circle)}

_dot_cache: dict[TendingState, QIcon] = {}


def state_dot(state: TendingState) -> QIcon:
    """A small filled circle in the state's calm accent."""
    if state not in _dot_cache:
        pix = QPixmap(32, 32)
        pix.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pix)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fmt.state_color(state))
        painter.drawEllipse(8, 8, 16, 16)
        painter.end()
        _dot_cache[state] = QIcon(pix)
    return _dot_cache[state]


class PeopleTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[PersonSummary] = []
        self._today = date.today()
        self._ranks: list[list[int]] = []
        self._haystacks: list[str] = []
        self._row_of: dict[int, int] = {}

    # --- filling ----------------------------------------------------------------------
    def set_people(self, people: Sequence[PersonSummary], today: date) -> None:
        self.beginResetModel()
        self._people = list(people)
        self._today = today
        self._row_of = {p.id: row for row, p in enumerate(self._people)}
        self._haystacks = [
            " ".join((p.name, p.nickname or "", *p.interests)).casefold() for p in self._people
        ]
        self._ranks = [self._rank(col) for col in Column]
        self.endResetModel()

    def _rank(self, column: Column) -> list[int]:
        def key(p: PersonSummary) -> Any:
            name = p.name.casefold()
            if column == Column.CIRCLE:
                return (_CIRCLE_ORDER[p.circle], name)
            if column == Column.STATE:
                return (*urgency_key(p.tending), name)
            if column == Column.LAST_IN_PERSON:
                return (p.last_in_person or date.min, name)
            if column == Column.LAST_TALKED:
                return (p.last_talked or date.min, name)
            if column == Column.INTERESTS:
                return (not p.shared_interests, ", ".join(p.interests).casefold(), name)
            return (name, p.id)

        order = sorted(range(len(self._people)), key=lambda row: key(self._people[row]))
        ranks = [0] * len(order)
        for rank, row in enumerate(order):
            ranks[row] = rank
        return ranks

    # --- reading ----------------------------------------------------------------------
    def person_at(self, row: int) -> PersonSummary:
        return self._people[row]

    def haystack(self, row: int) -> str:
        return self._haystacks[row]

    def row_of(self, person_id: int) -> int | None:
        return self._row_of.get(person_id)

    def people(self) -> list[PersonSummary]:
        return list(self._people)

    # --- Qt model contract ------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        return {
            Column.NAME: QCoreApplication.translate("PeopleTableModel", "Name"),
            Column.CIRCLE: QCoreApplication.translate("PeopleTableModel", "Circle"),
            Column.STATE: QCoreApplication.translate("PeopleTableModel", "Tending"),
            Column.LAST_IN_PERSON: QCoreApplication.translate(
                "PeopleTableModel", "Last seen in person"
            ),
            Column.LAST_TALKED: QCoreApplication.translate("PeopleTableModel", "Last talked"),
            Column.INTERESTS: QCoreApplication.translate("PeopleTableModel", "Interests"),
        }[Column(section)]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._people):
            return None
        person = self._people[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(person, column)
        if role == Role.SORT:
            return self._ranks[column][index.row()]
        if role == Role.PERSON_ID:
            return person.id
        if role == Role.SHARED:
            return list(person.shared_interests)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.STATE:
            return state_dot(person.tending.state)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Column.STATE:
                return fmt.plain_tooltip(fmt.tending_words(person, self._today))
            if column == Column.INTERESTS and person.shared_interests:
                return fmt.plain_tooltip(
                    QCoreApplication.translate("PeopleTableModel", "You share: %1").replace(
                        "%1", ", ".join(person.shared_interests)
                    )
                )
            return None
        if role == Qt.ItemDataRole.FontRole:
            if person.archived:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(person, column)
        return None

    def _display(self, person: PersonSummary, column: Column) -> str:
        if column == Column.NAME:
            name = person.name if not person.nickname else f"{person.name} ({person.nickname})"
            if person.archived:
                return QCoreApplication.translate("PeopleTableModel", "%1 — archived").replace(
                    "%1", name
                )
            return name
        if column == Column.CIRCLE:
            return fmt.circle_label(person.circle)
        if column == Column.STATE:
            return fmt.state_label(person.tending.state)
        if column == Column.LAST_IN_PERSON:
            if person.last_in_person is None:
                return QCoreApplication.translate("PeopleTableModel", "not yet")
            return fmt.relative_day(person.last_in_person, self._today)
        if column == Column.LAST_TALKED:
            if person.last_talked is None:
                return QCoreApplication.translate("PeopleTableModel", "not yet")
            return fmt.relative_day(person.last_talked, self._today)
        shared = set(person.shared_interests)
        # Shared interests first: they are where a meeting can start.
        ordered = [t for t in person.interests if t in shared] + [
            t for t in person.interests if t not in shared
        ]
        return ", ".join(ordered)
