"""Starting the desktop app: the QApplication, the services, the window, the event loop."""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kith.domain.errors import KithError
from kith.ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from kith.services.app import Services
    from kith.ui.reminders.loop import ReminderLoop
    from kith.ui.reminders.wiring import ReminderWiring
    from kith.ui.shell.single_instance import SingleInstance

APP_NAME = "Kith"
ORGANIZATION = "Kith"
DOMAIN = "kith.org"
DESKTOP_FILE = "org.kith.Kith"
SMOKE_ENV = "KITH_SMOKE_QUIT_AFTER_MS"
# Mirrors the "start minimised" setting (kept in the database) where it can be read
# before the database is open, so a start in the tray never flashes the window.
START_HIDDEN_KEY = "app/start_hidden"
BENCH_T0_ENV = "KITH_BENCH_T0"  # wall-clock launch time, set by the start-up benchmark
REMINDERS_AT_LATEST_MS = 5000
"""The reminders' first check waits for Today's read at most this long after the start."""


def build_main_window(services: Services) -> MainWindow:
    """The main window on these services, built but not shown."""
    return MainWindow(services)


def _application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setOrganizationDomain(DOMAIN)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication([sys.argv[0] if sys.argv else "kith", *argv])
    app.setDesktopFileName(DESKTOP_FILE)
    app.setApplicationDisplayName(APP_NAME)
    from kith.ui.widgets.icons import app_icon

    app.setWindowIcon(app_icon())
    _install_translations(app)
    return app


def _install_translations(app: QApplication) -> None:
    """Kith's strings and Qt's in the system language, or the one chosen in Settings."""
    from kith.ui.text.i18n import install_translators, language_override

    install_translators(app, language_override())


def _quit_after(app: QApplication, delay_ms: int, reminders: ReminderWiring) -> None:
    """For smoke tests: quit `delay_ms` after the window has its places."""
    QTimer.singleShot(delay_ms, lambda: _end_unasked(app, reminders))


def _report_today_live(
    app: QApplication, reminders: ReminderWiring, *, known_painted: bool
) -> None:
    """For the start-up benchmark: the live read is on screen; that is the end.

    Today's data was on screen already when a current snapshot was painted with the
    frame (`today-ready-ms` was reported then); otherwise it is on screen only now.
    """
    started = os.environ[BENCH_T0_ENV]
    if not known_painted:
        _report_elapsed("today-ready-ms", started)
    _report_elapsed("today-live-ms", started)
    sys.stderr.write(f"peak-rss-kb={_peak_rss_kb()}\n")
    _end_unasked(app, reminders)


def _end_unasked(app: QApplication, reminders: ReminderWiring) -> None:
    """Close and quit as a script does: no question about closing, no note about quitting."""
    reminders.close_to_tray.quitting = True
    app.closeAllWindows()
    app.quit()


def _peak_rss_kb() -> int:
    """This process's own peak memory (Linux); a parent's rusage would count the fork."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class _Session(QObject):
    """Keeps the open windows and the sample database alive while the app runs."""

    def __init__(self, app: QApplication, services: Services) -> None:
        super().__init__(app)
        self.services = services
        self.windows: list[MainWindow] = []
        self._samples: list[object] = []

    def add_window(self, window: MainWindow) -> None:
        self.windows.append(window)
        window.sample_data_requested.connect(self.open_sample)

    def open_sample(self) -> None:
        from kith.ui.shell.first_run import SampleData

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sample = SampleData.create(self.services.ctx.clock)
        except KithError as error:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(None, APP_NAME, explain(error))
            return
        QApplication.restoreOverrideCursor()
        window = MainWindow(sample.services, sample=True)
        window.destroyed.connect(sample.close)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._samples.append(sample)
        self.add_window(window)
        window.show()


def explain(error: BaseException) -> str:
    """The refusal in the user's words (its module loads only when there is one to say)."""
    from kith.ui.text.error_text import explain as in_words

    return in_words(error)


def _tell_repaired(window: QWidget, repaired: KithError) -> None:
    """Opening removed from the database what Kith did not make (after keeping a copy)."""
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, explain(repaired), parent=window)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.NonModal)  # the window behind it works as usual
    box.show()


def _report_unexpected(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """A bug must not pass silently nor show a traceback: say it plainly, keep the details."""
    traceback.print_exception(kind, error, trace)
    if isinstance(error, KeyboardInterrupt):
        QApplication.quit()
        return
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        APP_NAME,
        # The exception's own words are a library's, not the user's: they go to the terminal.
        QCoreApplication.translate("app", "Something unexpected went wrong."),
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "app",
            "Your data is safe: every change is saved whole or not at all. "
            "The details were written to the terminal, for a bug report.",
        )
    )
    box.exec()


def run_app(db_path: Path | None, argv: list[str]) -> int:
    """Open the database at `db_path` (default location when None) and run the app.

    The window's frame is on screen first; the services (SQLAlchemy and the rest) are
    imported and the database opened right after its first paint, then the places fill in.
    """
    app = _application(argv)
    from kith.storage.paths import default_db_path
    from kith.ui.shell.single_instance import SingleInstance, instance_name

    # One Kith per user and database: a second launch brings the first one forward. It is
    # answered from just after the first paint (see `_Opening.open`): listening takes
    # QtNetwork, which the window does not need to appear.
    instance = SingleInstance(instance_name((db_path or default_db_path()).expanduser().absolute()))
    if not instance.claim(serve=False):
        return 0
    window = MainWindow(None)
    opening = _Opening(app, window, db_path, instance)
    delay = os.environ.get(SMOKE_ENV)
    started = os.environ.get(BENCH_T0_ENV)
    hidden = bool(QSettings().value(START_HIDDEN_KEY, False, type=bool)) and delay is None
    if not hidden:
        _paint_known_today(window, db_path or default_db_path())
    if started:
        window.first_painted.connect(lambda: _report_elapsed("first-paint-ms", started))
        if window.known_today is not None:
            # Today's data is in the first paint: it is on screen with the frame.
            opening.known_painted = True
            window.first_painted.connect(lambda: _report_elapsed("today-ready-ms", started))
    if hidden:
        QTimer.singleShot(0, opening.open)
    else:
        window.first_painted.connect(opening.open)
        window.show()
    sys.excepthook = _report_unexpected
    try:
        code = app.exec()
        return opening.failed or code
    finally:
        sys.excepthook = sys.__excepthook__
        opening.close()
        instance.release()


def _paint_known_today(window: MainWindow, database: Path) -> None:
    """Today as last shown, when nothing has changed since: on screen with the frame."""
    from kith.clock import system_day
    from kith.ui.today.snapshot import key_for, read_snapshot

    # The system's day, not the clock's zone's (tzlocal and zoneinfo, slower to load).
    key = key_for(database, system_day(), QLocale().name())
    snapshot = read_snapshot(database, key)
    if snapshot is not None:
        window.show_known_today(snapshot)


def _report_elapsed(name: str, started: str) -> None:
    sys.stderr.write(f"{name}={(time.time() - float(started)) * 1000:.1f}\n")


class _Opening(QObject):
    """Opens the database once the window is up, then wires the rest of the app to it."""

    def __init__(
        self,
        app: QApplication,
        window: MainWindow,
        db_path: Path | None,
        instance: SingleInstance,
    ) -> None:
        super().__init__(app)
        self._app = app
        self._window = window
        self._db_path = db_path
        self._instance = instance
        self.services: Services | None = None
        self.failed = 0
        self.known_painted = False
        """Today was painted from a current snapshot with the frame (for the benchmark)."""
        self._detach: list[object] = []

    def open(self) -> None:
        if self.services is not None or self.failed:
            return
        self._instance.serve()
        from kith.bootstrap import open_services

        try:
            services = open_services(self._db_path)
        except KithError as error:
            self.failed = 1
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                APP_NAME,
                QCoreApplication.translate("app", "Kith cannot open its data."),
                parent=self._window if self._window.isVisible() else None,
            )
            box.setInformativeText(explain(error))
            if os.environ.get(SMOKE_ENV) is not None:
                QTimer.singleShot(0, box.accept)
            box.exec()
            self._window.close()
            self._app.quit()
            return
        self.services = services
        self._wire(services)
        if services.ctx.db.repaired is not None:
            _tell_repaired(self._window, services.ctx.db.repaired)

    def _wire(self, services: Services) -> None:
        from kith.services.changes import Kind
        from kith.services.live_calendar import attach_live_calendar
        from kith.ui.reminders.wiring import attach_reminders
        from kith.ui.shell.changes import DataChanges
        from kith.ui.shell.sync_loop import SyncLoop

        window = self._window
        session = _Session(self._app, services)
        # The GUI's one listener on the bus: every view and the tray follow this object.
        changes = DataChanges(services.changes, session)
        window.attach(services, changes)
        session.add_window(window)
        # The tray counts who is due once Today has shown them: one due list at a time.
        reminders = attach_reminders(
            window, services, instance=self._instance, tray_now=False, changes=changes, start=False
        )
        window.today.loaded.connect(
            reminders.tray.schedule_refresh, Qt.ConnectionType.SingleShotConnection
        )
        _start_after_today(window, reminders.loop)
        live_calendar = attach_live_calendar(services)
        # The loop's note of when it last looked moves the files: the snapshot follows.
        reminders.loop.ticked.connect(window.today.keeper.schedule)
        sync = SyncLoop(services, changes, session)
        sync.start()
        self._detach = [live_calendar.detach, reminders.loop.stop, sync.stop, changes.detach]
        _remember_start_hidden(reminders.start_hidden)
        changes.changed.connect(
            lambda what: (
                _remember_start_hidden(_start_hidden(services))
                if what.touches(Kind.SETTINGS)
                else None
            )
        )
        # After the first paint: a copy of a big database must not delay the window.
        QTimer.singleShot(1500, lambda: _daily_backup(services))
        started = os.environ.get(BENCH_T0_ENV)
        if started:
            known = self.known_painted
            window.today.loaded.connect(
                lambda: _report_today_live(self._app, reminders, known_painted=known)
            )
        smoke = os.environ.get(SMOKE_ENV)
        if smoke is not None:
            _quit_after(self._app, max(0, int(smoke or 0)), reminders)
        if reminders.start_hidden and smoke is None:
            window.hide()
        elif not window.isVisible():
            window.show()

    def close(self) -> None:
        for detach in self._detach:
            detach()  # type: ignore[operator]
        self._detach = []
        services, self.services = self.services, None
        if services is None:
            return
        if self._window.attached:
            # Today as the database is left, for the next start to paint at once.
            self._window.today.wait()
            self._window.today.keeper.close_with(services.close)
        else:
            services.close()


def _start_after_today(window: MainWindow, loop: ReminderLoop) -> None:
    """The reminders' first check once Today's read has ended, not beside it: each ranks
    everyone, and two rankings at once would double the start's peak memory. Today may
    not read at all (another place opens, the window starts hidden): then after a while."""
    started = False

    def once() -> None:
        nonlocal started
        if not started:
            started = True
            loop.start()

    window.today.settled.connect(once, Qt.ConnectionType.SingleShotConnection)
    # Tied to the loop: a window closed before then takes the timer with it.
    QTimer.singleShot(REMINDERS_AT_LATEST_MS, loop, once)


def _start_hidden(services: Services) -> bool:
    return services.settings.start_minimised


def _remember_start_hidden(hidden: bool) -> None:
    QSettings().setValue(START_HIDDEN_KEY, hidden)


def _daily_backup(services: Services) -> None:
    """The day's automatic backup; a failure is logged, never shown as a crash."""
    try:
        services.backups.daily_backup_if_due()
    except KithError as error:
        logging.getLogger(__name__).warning("no daily backup today: %s", error)
