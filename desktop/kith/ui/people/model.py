"""The people table: one row per person shown, built once from the services.

Filtering and sorting happen here, in bulk over precomputed lists, rather than in a
QSortFilterProxyModel: its per-row Python callbacks cost about 10 µs each, which is
200 ms per keystroke at 20,000 people; a few list comprehensions take a few ms.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
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
from PySide6.QtGui import QFont

from kith.domain.name_search import fold
from kith.domain.name_search import search_words as folded_words
from kith.domain.placeholders import fill
from kith.domain.tending import needs_attention, urgency_key
from kith.domain.values import Circle, TendingState
from kith.services.views import PersonSummary
from kith.ui.text import formatting as fmt
from kith.ui.text.collation import name_ranks
from kith.ui.widgets.tending_palette import state_icon, state_word

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
    """An int rank per column (the row's place when sorted by that column)."""
    PERSON_ID = Qt.ItemDataRole.UserRole + 2
    SHARED = Qt.ItemDataRole.UserRole + 3
    """The interests you share with this person (a tuple of tags)."""
    CIRCLE = Qt.ItemDataRole.UserRole + 4
    """The person's circle, as its stored value (what the Circle cell's editor starts on)."""


_CIRCLE_ORDER = {c: i for i, c in enumerate(Circle)}
_CIRCLE_COLUMN = int(Column.CIRCLE)
_STATE_COLUMN = int(Column.STATE)


def _narrows(before: PeopleFilter, after: PeopleFilter) -> bool:
    """Whether `after` only adds letters to the search of `before`, so everyone it shows
    is already shown: "ma" then "mar", or "ana" then "ana s"."""
    if (before.circle, before.states, before.attention, before.show_archived, before.members) != (
        after.circle,
        after.states,
        after.attention,
        after.show_archived,
        after.members,
    ):
        return False
    old, new = before.words, after.words
    if not old or len(new) < len(old):
        return False
    # Each old word must lie inside the new word in its place; extra new words only narrow.
    return all(o in n for o, n in zip(old, new, strict=False))


# Roles as plain ints: the view asks for a dozen per cell on every paint, and reading a
# Qt enum's member each time cost more than answering.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_SORT, _PERSON_ID, _SHARED, _CIRCLE = (int(r) for r in Role)
_ANSWERED = frozenset({_DISPLAY, _ACCESSIBLE, _DECORATION, _TOOLTIP, _FONT, *map(int, Role)})
# What every cell may do, asked of each on every paint: computed once.
_CELL_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
)
# Edited in place through the services (CircleDelegate), never by setData.
_CIRCLE_FLAGS = _CELL_FLAGS | Qt.ItemFlag.ItemIsEditable


@dataclass(frozen=True, slots=True)
class PeopleFilter:
    """Which people the table shows: every word in the name, nickname or interests, and
    the circle and tending states chosen (None: any); `attention` keeps only those who
    need attention today, exactly as Today counts them (snoozed people left out)."""

    words: tuple[str, ...] = ()
    circle: Circle | None = None
    states: frozenset[TendingState] | None = None
    attention: bool = False
    show_archived: bool = False
    members: frozenset[int] | None = None
    """Only these people (a group's members); None: anyone."""

    @classmethod
    def search_words(cls, text: str) -> tuple[str, ...]:
        """Folded once per keystroke, to compare with haystacks folded once per load."""
        return folded_words(text)


class PeopleTableModel(QAbstractTableModel):
    def __init__(self, today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[PersonSummary] = []
        self._today = today
        self._ranks: list[list[int]] = []
        self._orders: list[list[int]] = []
        self._haystacks: list[str] = []
        self._name_ranks: list[int] = []
        self._index_of: dict[int, int] = {}
        self._filter = PeopleFilter()
        self._sort_column = Column.NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._shown: list[int] = []
        """Indexes into _people of the rows shown, in display order."""
        self._row_of: dict[int, int] | None = None
        self._texts: dict[int, tuple[str, ...]] = {}
        self._active = 0
        self._bases: dict[tuple[Column, Qt.SortOrder, bool], list[int]] = {}
        """Everyone in one order, archived people left out or not: a search starts here."""
        """Display texts of the people drawn so far, by index into _people."""

    # --- filling ----------------------------------------------------------------------
    def set_people(self, people: Sequence[PersonSummary], today: date) -> None:
        self.beginResetModel()
        self._people = list(people)
        self._today = today
        self._texts = {}
        self._bases = {}
        self._active = sum(1 for p in self._people if not p.archived)
        self._index_of = {p.id: i for i, p in enumerate(self._people)}
        self._haystacks = [
            fold(" ".join((p.name, p.nickname or "", *p.interests))) for p in self._people
        ]
        self._name_ranks = name_ranks([p.name for p in self._people])
        self._orders = [self._order(col) for col in Column]
        self._ranks = []
        for order in self._orders:
            ranks = [0] * len(order)
            for rank, index in enumerate(order):
                ranks[index] = rank
            self._ranks.append(ranks)
        self._refresh_shown()
        self.endResetModel()

    def update_people(self, people: Sequence[PersonSummary], today: date) -> bool:
        """Take `people`, the held list with some entries replaced (the same objects
        elsewhere): only those rows are redrawn, and the table moves or refilters only
        if they now sort or filter differently. Returns False when it had to reset
        instead (someone added, removed or renamed, or a new day)."""
        old = self._people
        if (
            today != self._today
            or len(people) != len(old)
            or any(a.id != b.id for a, b in zip(old, people, strict=True))
        ):
            self.set_people(people, today)
            return False
        changed = [i for i, (a, b) in enumerate(zip(old, people, strict=True)) if a is not b]
        if any(old[i].name != people[i].name for i in changed):
            self.set_people(people, today)  # names rank by collation over everyone
            return False
        if not changed:
            return True
        self._people = list(people)
        for i in changed:
            p = self._people[i]
            self._haystacks[i] = fold(" ".join((p.name, p.nickname or "", *p.interests)))
            self._texts.pop(i, None)
        self._active = sum(1 for p in self._people if not p.archived)
        for column in Column:
            if not self._in_place(column, changed):
                self._orders[column] = order = self._order(column)
                ranks = self._ranks[column]
                for rank, index in enumerate(order):
                    ranks[index] = rank
        self._bases = {}
        before = self._shown
        self._refresh_shown()
        if self._shown == before:
            rows = self._rows()
            for i in changed:
                row = rows.get(i)
                if row is not None:
                    last = len(Column) - 1
                    self.dataChanged.emit(self.index(row, 0), self.index(row, last))
            return True
        if len(self._shown) != len(before):
            # Rows came or went under the filter: a reset is what views handle.
            self.beginResetModel()
            self.endResetModel()
            return False
        after, self._shown = self._shown, before
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(before[i.row()], i.column()) for i in persistent]
        self._shown, self._row_of = after, None
        rows = self._rows()
        moved = [
            self.index(rows[index], col) if index in rows else QModelIndex() for index, col in held
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()
        return True

    def _in_place(self, column: Column, changed: Sequence[int]) -> bool:
        """Whether each changed person still sorts between their neighbours in `column`."""
        order = self._orders[column]
        ranks = self._ranks[column]
        key = self._key(column)
        for i in changed:
            at = ranks[i]
            mine = key(i)
            if at > 0 and key(order[at - 1]) > mine:
                return False
            if at + 1 < len(order) and mine > key(order[at + 1]):
                return False
        return True

    def _order(self, column: Column) -> list[int]:
        return sorted(range(len(self._people)), key=self._key(column))

    def _key(self, column: Column) -> Callable[[int], Any]:
        def key(index: int) -> Any:
            p = self._people[index]
            # The locale's collation, then the id: equal names keep one stable order.
            name = (self._name_ranks[index], p.id)
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
            return name

        return key

    # --- filtering and sorting ----------------------------------------------------------
    @property
    def filter(self) -> PeopleFilter:
        return self._filter

    def set_filter(self, wanted: PeopleFilter) -> None:
        """Show only the people `wanted` accepts (a reset: the view forgets its selection)."""
        if wanted == self._filter:
            return
        before = self._filter
        self.beginResetModel()
        self._filter = wanted
        if _narrows(before, wanted):
            # Typing one more letter: only the people shown can still match.
            self._shown = self._matching(self._shown, wanted.words)
            self._row_of = None
        else:
            self._refresh_shown()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        held = [(self._shown[i.row()], i.column()) for i in before]
        self._sort_column, self._sort_order = Column(column), order
        self._refresh_shown()
        rows = self._rows()
        after = [self.index(rows[person], col) for person, col in held]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _refresh_shown(self) -> None:
        wanted = self._filter
        key = (self._sort_column, self._sort_order, wanted.show_archived)
        shown = self._bases.get(key)
        if shown is None:
            shown = self._orders[self._sort_column] if self._orders else []
            if self._sort_order == Qt.SortOrder.DescendingOrder:
                shown = shown[::-1]
            if not wanted.show_archived:
                shown = [i for i in shown if not self._people[i].archived]
            self._bases[key] = shown
        people = self._people
        if wanted.circle is not None:
            shown = [i for i in shown if people[i].circle == wanted.circle]
        if wanted.members is not None:
            members = wanted.members
            shown = [i for i in shown if people[i].id in members]
        if wanted.states is not None:
            states = wanted.states
            shown = [i for i in shown if people[i].tending.state in states]
        if wanted.attention:
            today = self._today
            shown = [
                i
                for i in shown
                if needs_attention(
                    people[i].tending.state,
                    people[i].snoozed_until,
                    today,
                    archived=people[i].archived,
                )
            ]
        self._shown = self._matching(shown, wanted.words)
        self._row_of = None

    def _matching(self, shown: list[int], words: tuple[str, ...]) -> list[int]:
        haystacks = self._haystacks
        for word in words:
            shown = [i for i in shown if word in haystacks[i]]
        return list(shown)

    def _rows(self) -> dict[int, int]:
        """Row of each person shown, keyed by their index in _people."""
        return {index: row for row, index in enumerate(self._shown)}

    # --- reading ----------------------------------------------------------------------
    def person_at(self, row: int) -> PersonSummary:
        return self._people[self._shown[row]]

    def row_of(self, person_id: int) -> int | None:
        """The row showing this person, None when filtered out or unknown."""
        if self._row_of is None:
            people = self._people
            self._row_of = {people[index].id: row for row, index in enumerate(self._shown)}
        return self._row_of.get(person_id)

    def is_listed(self, person_id: int) -> bool:
        """Whether the table holds this person at all, shown or filtered out."""
        return person_id in self._index_of

    def people_with(self, ids: Collection[int]) -> list[PersonSummary]:
        return [self._people[self._index_of[pid]] for pid in ids if pid in self._index_of]

    def people(self) -> list[PersonSummary]:
        """Everyone held, shown or filtered out."""
        return list(self._people)

    def total(self, *, archived: bool) -> int:
        """How many people the table holds, archived ones counted only if asked."""
        return len(self._people) if archived else self._active

    # --- Qt model contract ------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _CIRCLE_FLAGS if index.column() == _CIRCLE_COLUMN else _CELL_FLAGS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # The tooltip is the whole heading, for a window so narrow that it shortens.
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if orientation != Qt.Orientation.Horizontal or role not in shown:
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
        # A view asks for a dozen roles per cell on every paint; most are unanswered.
        if role not in _ANSWERED or not index.isValid() or index.row() >= len(self._shown):
            return None
        at = self._shown[index.row()]
        person = self._people[at]
        column = index.column()
        if role in (_DISPLAY, _ACCESSIBLE):
            texts = self._texts.get(at)
            if texts is None:
                texts = self._texts[at] = tuple(self._display(person, c) for c in Column)
            return texts[column]
        if role == _SORT:
            return self._ranks[column][at]
        if role == _PERSON_ID:
            return person.id
        if role == _SHARED:
            return list(person.shared_interests)
        if role == _CIRCLE:
            return person.circle.value
        if role == _DECORATION:
            return state_icon(person.tending.state) if column == _STATE_COLUMN else None
        if role == _TOOLTIP:
            if column == Column.STATE:
                return fmt.plain_tooltip(fmt.tending_words(person, self._today))
            if column == Column.INTERESTS and person.shared_interests:
                return fmt.plain_tooltip(
                    fill(
                        QCoreApplication.translate("PeopleTableModel", "You share: %1"),
                        ", ".join(person.shared_interests),
                    )
                )
            return None
        if role == _FONT and person.archived:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _display(self, person: PersonSummary, column: Column) -> str:
        if column == Column.NAME:
            name = person.name if not person.nickname else f"{person.name} ({person.nickname})"
            if person.archived:
                return fill(QCoreApplication.translate("PeopleTableModel", "%1 — archived"), name)
            return name
        if column == Column.CIRCLE:
            return fmt.circle_label(person.circle)
        if column == Column.STATE:
            return state_word(person.tending.state)
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
