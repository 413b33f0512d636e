"""Sync rounds while the app runs: soon after start, shortly after a change here, and
every few minutes; each on a worker thread, so the window never waits for one.

Only while a sync folder is chosen. The round's own writes (what came in) are told with
this loop as their origin and start no further round.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kith.domain.errors import KithError
from kith.services.app import Services
from kith.services.changes import Change, Kind
from kith.ui.shell.changes import DataChanges
from kith.ui.text.error_text import explain

START_DELAY_MS = 3_000
AFTER_CHANGE_MS = 10_000
"""A burst of edits is one round, soon after the last of them."""
EVERY_MS = 5 * 60_000


class SyncRound(QObject):
    """Runs one sync round off the GUI thread and says how it went."""

    finished = Signal(str)
    """"" when it went well, else the problem in words."""

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        threading.Thread(target=self._run, name="kith-sync", daemon=True).start()

    def _run(self) -> None:
        problem = ""
        try:
            with self._services.changes.origin(self):
                self._services.sync.run_round()
        except (KithError, OSError) as exc:
            problem = explain(exc)
        finally:
            self._running = False
        self.finished.emit(problem)


class SyncLoop(QObject):
    def __init__(
        self, services: Services, changes: DataChanges, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.round = SyncRound(services, self)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(AFTER_CHANGE_MS)
        self._every = QTimer(self)
        self._every.setInterval(EVERY_MS)
        self._soon.timeout.connect(self._on_due)
        self._every.timeout.connect(self._on_due)
        changes.changed.connect(self._on_changed)

    def start(self) -> None:
        QTimer.singleShot(START_DELAY_MS, self._on_due)
        self._every.start()

    def stop(self) -> None:
        self._soon.stop()
        self._every.stop()

    @Slot(object)
    def _on_changed(self, what: Change) -> None:
        if what.origin is self.round or not what.touches(
            Kind.PEOPLE, Kind.INTERACTIONS, Kind.MEETUPS, Kind.PROFILE
        ):
            return
        self._soon.start()

    @Slot()
    def _on_due(self) -> None:
        if self._every.isActive() and self._services.sync.folder is not None:
            self.round.start()
