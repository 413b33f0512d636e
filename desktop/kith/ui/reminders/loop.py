"""The heartbeat of reminders in the app: a timer asks the service what is due and sends it.

The clock and the timer are injected: the app uses a QTimer and the system clock, tests
a fake timer and a FixedClock, so weeks pass in milliseconds. A tick also happens when
the app becomes active again (after a resume), and a long gap between ticks is left to
the planner, which turns days of absence into one catch-up digest.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QGuiApplication

from kith.clock import Clock
from kith.services.app import Services
from kith.services.reminders import Prepared, Show
from kith.ui.reminders.banner import BannerNotifier, ReminderBanner

__all__ = ["BannerNotifier", "ReminderBanner", "ReminderLoop", "Timer"]

log = logging.getLogger(__name__)

TICK_MS = 60_000


class Timer(Protocol):
    """What the loop needs of a timer; QTimer has it, and so does a test's fake."""

    @property
    def timeout(self) -> SignalInstance: ...

    def start(self, msec: int) -> None: ...

    def stop(self) -> None: ...


class ReminderLoop(QObject):
    """Ticks every minute (and on wake) and delivers what is due through `send`.

    The reading half of a check runs on a worker thread, so the window never waits for
    the database; sending and recording happen back on this object's (the GUI) thread.
    """

    delivered = Signal(object)  # a services.reminders.Round after each tick that sent anything
    ticked = Signal()
    day_changed = Signal()  # the local day turned: counts of who is due move with it
    _prepared = Signal(object)  # from the worker: a Prepared, or None

    def __init__(
        self,
        services: Services,
        send: Callable[[str, str], str],
        clock: Clock,
        timer: Timer | None = None,
        parent: QObject | None = None,
        interval_ms: int = TICK_MS,
        show: Show | None = None,
    ) -> None:
        """`show`, when given, gets each whole delivery (for its actions) instead of `send`."""
        super().__init__(parent)
        self._services = services
        self._send = send
        self._show = show
        self._clock = clock
        self._interval = interval_ms
        self._timer: Timer = timer if timer is not None else QTimer(self)
        self._last_tick: datetime | None = None
        self._busy = False
        self._again = False
        self._thread: threading.Thread | None = None
        self._timer.timeout.connect(self.tick)
        self._prepared.connect(self._on_prepared, Qt.ConnectionType.QueuedConnection)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state_changed)

    def start(self) -> None:
        self._timer.start(self._interval)
        self.tick()

    def stop(self, timeout: float = 5.0) -> None:
        """No more checks; one still reading ends first, so its connection is closed
        before the database is (and before Today's snapshot is keyed on the files)."""
        self._timer.stop()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout)

    @property
    def busy(self) -> bool:
        return self._busy

    def tick(self) -> None:
        """Start a check; one at a time (a tick during a check runs right after it)."""
        if self._busy:
            self._again = True
            return
        now = self._clock.now()
        if self._last_tick is not None and now - self._last_tick > timedelta(
            milliseconds=3 * self._interval
        ):
            log.info("woke after %s; catching up", now - self._last_tick)
        if self._last_tick is not None and _day(self._last_tick, self._clock) != _day(
            now, self._clock
        ):
            self.day_changed.emit()
        self._last_tick = now
        self._busy = True
        self._thread = threading.Thread(
            target=self._prepare, args=(now,), name="kith-reminders", daemon=True
        )
        self._thread.start()

    def _prepare(self, now: datetime) -> None:
        try:
            prepared = self._services.reminders.prepare(now)
        except Exception:  # a locked or vanished database must not stop the app
            log.exception("could not check reminders")
            prepared = None
        try:
            self._prepared.emit(prepared)
        except RuntimeError:  # the app quit while this check was reading
            log.debug("reminder check finished after the app closed")

    def _on_prepared(self, prepared: Prepared | None) -> None:
        try:
            if prepared is not None:
                self._deliver(prepared)
        finally:
            self._busy = False
            self.ticked.emit()
        if self._again:
            self._again = False
            self.tick()

    def _deliver(self, prepared: Prepared) -> None:
        try:
            done = self._services.reminders.deliver(prepared, self._send, show=self._show)
        except Exception:
            log.exception("could not deliver reminders")
            return
        for failed in done.failed:
            log.warning("reminder %s not shown: %s", failed.delivery.key, failed.reason)
        if done.sent or done.failed:
            self.delivered.emit(done)

    def _on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.tick()


def _day(moment: datetime, clock: Clock) -> date:
    return moment.astimezone(clock.zone()).date()
