"""Everyone, loaded once and kept until a write changes them, shared by views and dialogs.

Loading 5,000 people takes a noticeable moment, so views ask for it in the background
(`request`) and redraw on `loaded`; dialogs that need the list at once call `people()`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kith.services.app import Services
from kith.services.changes import Change, Kind
from kith.services.views import PersonSummary
from kith.ui.shell.background import BackgroundRead
from kith.ui.shell.changes import DataChanges

# Kinds of change after which a person's row may read differently.
PEOPLE_KINDS = (Kind.PEOPLE, Kind.INTERACTIONS, Kind.MEETUPS, Kind.PROFILE)


class PeopleCache(QObject):
    loaded = Signal()
    failed = Signal(str)
    """Reading failed (a locked or damaged file): the message, for the view to show."""

    def __init__(
        self, services: Services, changes: DataChanges, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.changes = changes
        self._people: list[PersonSummary] | None = None
        self._generation = 0
        self._reader = BackgroundRead(self._read, self)
        self._reader.finished.connect(self._on_read)
        self._reader.failed.connect(lambda error: self.failed.emit(str(error)))
        changes.changed.connect(self._on_data_changed)

    def people(self) -> list[PersonSummary]:
        """Everyone, archived included; read now if not cached."""
        if self._people is None:
            self._people = self._services.people.list(include_archived=True)
        return self._people

    def cached(self) -> list[PersonSummary] | None:
        return self._people

    def request(self) -> None:
        """Read in the background unless the cache is fresh; `loaded` follows."""
        if self._people is not None:
            self.loaded.emit()
        else:
            self._reader.request()

    @property
    def busy(self) -> bool:
        return self._reader.busy

    def wait(self) -> None:
        self._reader.wait()

    def _read(self) -> tuple[int, list[PersonSummary]]:
        generation = self._generation
        return generation, self._services.people.list(include_archived=True)

    def _on_read(self, result: object) -> None:
        assert isinstance(result, tuple)
        generation: int = result[0]
        people: list[PersonSummary] = result[1]
        if generation != self._generation:
            self._reader.request()  # a write landed while reading
            return
        self._people = people
        self.loaded.emit()

    def _on_data_changed(self, what: Change) -> None:
        if what.touches(*PEOPLE_KINDS):
            self._generation += 1
            self._people = None
