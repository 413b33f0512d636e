"""Everyone, loaded once and kept until a write changes them, shared by views and dialogs.

Loading 5,000 people takes a noticeable moment, so views ask for it in the background
(`request`) and redraw on `loaded`; dialogs that need the list at once call `people()`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from kith.services.app import Services
from kith.services.changes import Change, Kind
from kith.services.views import PersonSummary
from kith.ui.shell.background import BackgroundRead
from kith.ui.shell.changes import DataChanges

# Kinds of change after which a person's row may read differently.
PEOPLE_KINDS = (Kind.PEOPLE, Kind.INTERACTIONS, Kind.MEETUPS, Kind.PROFILE)

MEND_AT_MOST = 200
"""More people changed than this (a bulk edit) are read with everyone, in the background."""


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
        self._day = services.ctx.today()
        """The day the summaries were read on: their tending and "3 days ago" are of it."""
        self._moved: set[int] = set()
        """People written since the cached list was read, read again on next use."""
        self._generation = 0
        self._reader = BackgroundRead(self._read, self)
        self._reader.finished.connect(self._on_read)
        self._reader.failed.connect(lambda error: self.failed.emit(str(error)))
        changes.changed.connect(self._on_data_changed)

    def people(self) -> list[PersonSummary]:
        """Everyone, archived included; read now if not cached."""
        self._mend()
        if self._people is None:
            self._day = self._services.ctx.today()
            self._people = self._services.people.list(include_archived=True)
        return self._people

    def cached(self) -> list[PersonSummary] | None:
        """Everyone as last read, None when a write or a new day has made that stale."""
        return None if self._moved else self._people

    def request(self) -> None:
        """Read in the background unless the cache is fresh; `loaded` follows."""
        self._mend()
        if self._people is not None:
            self.loaded.emit()
        else:
            self._reader.request()

    @property
    def busy(self) -> bool:
        return self._reader.busy

    def wait(self) -> None:
        self._reader.wait()

    def _read(self) -> tuple[int, date, list[PersonSummary]]:
        generation = self._generation
        day = self._services.ctx.today()
        return generation, day, self._services.people.list(include_archived=True)

    def _on_read(self, result: object) -> None:
        assert isinstance(result, tuple)
        generation: int = result[0]
        day: date = result[1]
        people: list[PersonSummary] = result[2]
        if generation != self._generation:
            self._reader.request()  # a write landed while reading
            return
        self._day = day
        self._people = people
        self.loaded.emit()

    def _mend(self) -> None:
        """Read again only the people written since, in place: the others stay the very
        same objects, so the table redraws just the rows that changed. Someone added or
        deleted, a new day or a bulk edit has everyone read again instead."""
        if self._people is None:
            return
        if self._day != self._services.ctx.today():
            self._forget()
            return
        if not self._moved:
            return
        ids = sorted(self._moved)
        self._moved = set()
        if len(ids) > MEND_AT_MOST:
            self._forget()
            return
        fresh = {p.id: p for p in self._services.people.summaries(ids)}
        at = {p.id: i for i, p in enumerate(self._people)}
        if any(pid not in fresh or pid not in at for pid in ids):
            self._forget()
            return
        people = list(self._people)  # a view may still hold the old list
        for pid in ids:
            people[at[pid]] = fresh[pid]
        self._people = people

    def _forget(self) -> None:
        self._people = None
        self._moved = set()

    def _on_data_changed(self, what: Change) -> None:
        if not what.touches(*PEOPLE_KINDS):
            return
        self._generation += 1
        if (
            self._people is not None
            and what.people
            and not (what.everything or what.touches(Kind.PROFILE))
        ):
            self._moved |= what.people
        else:
            self._forget()
