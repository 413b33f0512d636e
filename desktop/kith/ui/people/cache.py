"""Everyone, loaded once and kept until a write changes them, shared by views and dialogs."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kith.services.app import Services
from kith.services.views import PersonSummary
from kith.ui.changes import DataChanges

# Kinds of change after which a person's row may read differently.
PEOPLE_KINDS = frozenset({"people", "interactions", "meetups", "profile"})


class PeopleCache(QObject):
    """Loads `services.people.list(include_archived=True)` at most once per change."""

    invalidated = Signal()

    def __init__(
        self, services: Services, changes: DataChanges, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._people: list[PersonSummary] | None = None
        changes.changed.connect(self._on_data_changed)

    def people(self) -> list[PersonSummary]:
        if self._people is None:
            self._people = self._services.people.list(include_archived=True)
        return self._people

    def active(self) -> list[PersonSummary]:
        return [p for p in self.people() if not p.archived]

    def _on_data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & PEOPLE_KINDS:
            self._people = None
            self.invalidated.emit()
