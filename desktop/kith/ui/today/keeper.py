"""Keeps Today's snapshot current while Kith runs, so the next start can paint it at once.

After every committed change (and every write of the app's own bookkeeping, such as the
reminder loop noting when it last looked) the snapshot is worded again from a fresh read
and replaced, a moment later (a burst of changes costs one read) and off the GUI thread.
Keyed on the files as they were before that read: a write from elsewhere meanwhile leaves
it stale, never wrong. So a crash loses nothing but the writes of the last moment, and
the next start still finds a current snapshot whenever the last change was written.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

from kith.domain.errors import KithError
from kith.services.app import Services
from kith.services.today import DUE_ROWS, TodayView
from kith.ui.shell.background import BackgroundRead
from kith.ui.today.snapshot import (
    SnapshotKey,
    TodaySnapshot,
    files_state,
    key_for,
    write_snapshot,
)
from kith.ui.today.words import today_words

KEEP_MS = 1000
"""How long after a change the snapshot is rewritten: a burst of changes, one read."""


class SnapshotKeeper(QObject):
    kept = Signal(object)
    """A snapshot was written; the TodayView it words (on the GUI thread)."""

    def __init__(
        self,
        services: Services,
        parent: QObject | None = None,
        *,
        delay_ms: int = KEEP_MS,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._writer: threading.Thread | None = None
        self._reader = BackgroundRead(self._keep, self)
        self._timer.timeout.connect(self._reader.request)
        self._reader.finished.connect(self.kept)
        # Only logged by the writer: the snapshot saves time, the database holds the data.
        self._reader.failed.connect(lambda _error: None)

    @property
    def database(self) -> Path:
        return self._services.ctx.db.path.expanduser().resolve()

    @property
    def pending(self) -> bool:
        return self._timer.isActive() or self._reader.busy

    def schedule(self) -> None:
        """The files changed: rewrite the snapshot a moment from now."""
        self._timer.start()

    def keep(self, key: SnapshotKey, snapshot: TodaySnapshot) -> None:
        """Write what the live page shows now, off the GUI thread (the write is flushed
        to disk, which may take a while on a busy one)."""
        self._join_writer()
        self._writer = threading.Thread(
            target=write_snapshot,
            args=(self.database, key, snapshot),
            name="kith-snapshot",
            daemon=True,
        )
        self._writer.start()

    def _join_writer(self) -> None:
        writer, self._writer = self._writer, None
        if writer is not None:
            writer.join()

    def _keep(self) -> TodayView:
        """On a worker thread: read Today, word it, replace the snapshot."""
        database = self.database
        files = files_state(database)  # before reading: a write meanwhile makes it stale
        data = self._services.today.view(due_rows=DUE_ROWS)
        key = key_for(database, data.today, QLocale().name())
        write_snapshot(database, replace(key, files=files), today_words(data))
        return data

    def close_with(self, close: Callable[[], None]) -> None:
        """Read Today once more, run `close` (the database's), then write the snapshot
        keyed on the files as closing left them: the next start finds it current."""
        self._timer.stop()
        self._reader.wait()
        self._join_writer()  # the last write is this one
        words: tuple[TodayView, TodaySnapshot] | None
        try:
            data = self._services.today.view(due_rows=DUE_ROWS)
            words = (data, today_words(data))
        except KithError:
            words = None
        database = self.database
        close()
        if words is None:
            return
        # A connection a finished reader thread left behind closes when collected; the
        # last one to close folds the log into the file: then the file is final.
        gc.collect()
        data, snapshot = words
        write_snapshot(database, key_for(database, data.today, QLocale().name()), snapshot)
