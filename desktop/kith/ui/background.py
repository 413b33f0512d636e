"""Reading off the GUI thread: one worker at a time, results handed back as a signal.

Requests that arrive while a read runs are coalesced into one more read, so a burst of
writes costs at most two reads and the window never freezes on a big database.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot


class BackgroundRead(QObject):
    finished = Signal(object)
    """The result, delivered on the GUI thread."""
    failed = Signal(object)
    """The exception the read raised, delivered on the GUI thread."""
    _done = Signal(object, object)

    def __init__(self, work: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._thread: threading.Thread | None = None
        self._again = False
        self._done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def request(self) -> None:
        if self._thread is not None:
            self._again = True
            return
        self._thread = threading.Thread(target=self._run, name="kith-read", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the GUI thread, which decides what to say
            self._done.emit(None, error)
        else:
            self._done.emit(result, None)

    @Slot(object, object)
    def _on_done(self, result: object, error: object) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()
        if self._again:
            self._again = False
            self.request()  # the data changed meanwhile: this result is already stale
            return
        if error is not None:
            self.failed.emit(error)
        else:
            self.finished.emit(result)

    def wait(self, timeout: float = 5.0) -> None:
        """Let a running read end (before the database closes)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
