"""The People page's group filter: only the members of one group, kept current as
people join or leave it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from kith.domain.placeholders import fill
from kith.services.app import Services
from kith.services.changes import Kind
from kith.services.ties import GroupView
from kith.ui.shell.changes import DataChanges, RefreshWhenVisible


class GroupFilter(QComboBox):
    """ "Any group" or one group; `members_chosen` gives its members (None: anyone)."""

    members_chosen = Signal(object)

    def __init__(
        self, services: Services, changes: DataChanges, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.setAccessibleName(self.tr("Group filter"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._members: dict[int, frozenset[int]] = {}
        self._groups: dict[int, GroupView] = {}
        self.addItem(self.tr("Any group"), None)
        # Kept current while the page is shown, so it appears once a first group exists.
        self.refresher = RefreshWhenVisible(
            parent or self, changes, self._read_again, (Kind.TIES, Kind.PEOPLE)
        )
        self.currentIndexChanged.connect(self._on_chosen)

    def _read_again(self) -> None:
        groups = self._services.ties.groups()
        self._groups = {g.id: g for g in groups}
        self._members = {g.id: frozenset(m.id for m in g.members) for g in groups}
        chosen = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Any group"), None)
        for group in groups:
            self.addItem(fill(self.tr("Group: %1"), group.name), group.id)
        self.setCurrentIndex(max(0, self.findData(chosen)) if chosen is not None else 0)
        self.blockSignals(False)
        self.setVisible(bool(groups) or self.currentIndex() > 0)
        self._on_chosen()

    def choose(self, group_id: int | None) -> None:
        self.refresher.reload_if_stale()
        self.setCurrentIndex(max(0, self.findData(group_id)) if group_id is not None else 0)

    def chosen(self) -> GroupView | None:
        """The group chosen, as last read."""
        group = self.currentData()
        return None if group is None else self._groups.get(group)

    def _on_chosen(self, _index: int = 0) -> None:
        group = self.currentData()
        self.members_chosen.emit(None if group is None else self._members.get(group, frozenset()))
