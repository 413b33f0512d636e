"""The People page's filters (search-as-you-type, circle, tending, archived) and sorting.

The proxy keeps the page's filter API, while the source model does the filtering and
sorting in bulk (see `kith.ui.people.model`): per-row callbacks from a
QSortFilterProxyModel would cost 200 ms per keystroke at 20,000 people.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from PySide6.QtCore import QIdentityProxyModel, QObject, Qt

from kith.domain.values import Circle, TendingState
from kith.ui.people.model import PeopleFilter, PeopleTableModel


class PeopleFilterProxy(QIdentityProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def _people(self) -> PeopleTableModel | None:
        model = self.sourceModel()
        return model if isinstance(model, PeopleTableModel) else None

    def _filter(self) -> PeopleFilter:
        model = self._people()
        return PeopleFilter() if model is None else model.filter

    def _apply(self, wanted: PeopleFilter) -> None:
        model = self._people()
        if model is not None:
            model.set_filter(wanted)

    def set_search(self, text: str) -> None:
        self._apply(replace(self._filter(), words=PeopleFilter.search_words(text)))

    def set_circle(self, circle: Circle | None) -> None:
        self._apply(replace(self._filter(), circle=circle))

    def set_states(self, states: Collection[TendingState] | None) -> None:
        wanted = None if states is None else frozenset(states)
        self._apply(replace(self._filter(), states=wanted, attention=False))

    def set_needing_attention(self) -> None:
        """Only the people Today lists as worth seeing (see `domain.tending.needs_attention`)."""
        self._apply(replace(self._filter(), states=None, attention=True))

    def set_members(self, members: Collection[int] | None) -> None:
        wanted = None if members is None else frozenset(members)
        self._apply(replace(self._filter(), members=wanted))

    def set_show_archived(self, show: bool) -> None:
        self._apply(replace(self._filter(), show_archived=show))

    @property
    def show_archived(self) -> bool:
        return self._filter().show_archived

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self._people()
        if model is not None:
            model.sort(column, order)
