"""Search-as-you-type and filters over the people table; sorting uses precomputed ranks."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from kith.domain.values import Circle, TendingState
from kith.ui.people.model import PeopleTableModel, Role

NEEDS_ATTENTION = frozenset(
    {TendingState.OVERDUE, TendingState.DUE, TendingState.NEVER_MET, TendingState.SOON}
)


class PeopleFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._circle: Circle | None = None
        self._states: frozenset[TendingState] | None = None
        self._show_archived = False
        self.setSortRole(Role.SORT)
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self._begin_change()
            self._words = words
            self._end_change()

    def set_circle(self, circle: Circle | None) -> None:
        if circle != self._circle:
            self._begin_change()
            self._circle = circle
            self._end_change()

    def set_states(self, states: Collection[TendingState] | None) -> None:
        wanted = None if states is None else frozenset(states)
        if wanted != self._states:
            self._begin_change()
            self._states = wanted
            self._end_change()

    def set_show_archived(self, show: bool) -> None:
        if show != self._show_archived:
            self._begin_change()
            self._show_archived = show
            self._end_change()

    # Qt 6.10 replaced invalidateRowsFilter() with a begin/end pair; support both.
    def _begin_change(self) -> None:
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()

    def _end_change(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    @property
    def show_archived(self) -> bool:
        return self._show_archived

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if not isinstance(model, PeopleTableModel) or source_parent.isValid():
            return True
        person = model.person_at(source_row)
        if person.archived and not self._show_archived:
            return False
        if self._circle is not None and person.circle != self._circle:
            return False
        if self._states is not None and person.tending.state not in self._states:
            return False
        if self._words:
            haystack = model.haystack(source_row)
            return all(word in haystack for word in self._words)
        return True
