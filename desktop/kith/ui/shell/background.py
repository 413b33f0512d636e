"""Work off the GUI thread, results handed back as signals, so the window never freezes.

BackgroundJob runs one slow service call (an import, an export) with progress and a
cancel flag. BackgroundRead refreshes a view's data: requests that arrive while a read
runs are coalesced into one more read, so a burst of writes costs at most two reads.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Job = Callable[[Progress, Cancelled], Any]
"""job(progress, cancelled) -> result; runs on the worker thread."""


class _Runner(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job, stop: threading.Event) -> None:
        super().__init__()
        self._job = job
        self._stop = stop

    @Slot()
    def run(self) -> None:
        shown = -1

        def progress(done: int, total: int) -> None:
            # A signal per step would flood the GUI thread; one per percent is smooth.
            nonlocal shown
            percent = 100 * done // max(total, 1)
            if percent != shown:
                shown = percent
                self.progressed.emit(done, total)

        try:
            result = self._job(progress, self._stop.is_set)
        except Exception as exc:  # a KithError, or anything: shown, never a crash
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class BackgroundJob(QObject):
    """One job on its own QThread; signals arrive on the thread that made this object."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread = QThread()
        self._runner = _Runner(job, self._stop)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.progressed.connect(self.progressed)
        self._runner.succeeded.connect(self._on_succeeded)
        self._runner.failed.connect(self._on_failed)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def wait(self) -> None:
        self._thread.quit()
        self._thread.wait()

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self.wait()
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.wait()
        self.failed.emit(error)
        self.finished.emit()


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
