"""Starting the desktop app: the QApplication, the services, the window, the event loop."""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from kith.domain.errors import KithError
from kith.services.app import Services
from kith.services.live_calendar import attach_live_calendar
from kith.ui.error_text import explain
from kith.ui.main_window import MainWindow
from kith.ui.reminders_wiring import attach_reminders
from kith.ui.single_instance import SingleInstance

APP_NAME = "Kith"
ORGANIZATION = "Kith"
DOMAIN = "kith.org"
DESKTOP_FILE = "org.kith.Kith"
SMOKE_ENV = "KITH_SMOKE_QUIT_AFTER_MS"
BENCH_T0_ENV = "KITH_BENCH_T0"  # wall-clock launch time, set by the start-up benchmark


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
    from kith.ui.icons import app_icon

    app.setWindowIcon(app_icon())
    _install_translations(app)
    return app


def _install_translations(app: QApplication) -> None:
    """Kith's strings and Qt's in the system language, or the one chosen in Settings."""
    from kith.ui.i18n import install_translators, language_override

    install_translators(app, language_override())


class _QuitAfterFirstPaint(QObject):
    """For smoke tests and the start-up benchmark: quit N ms after the window first paints."""

    def __init__(self, app: QApplication, delay_ms: int) -> None:
        super().__init__(app)
        self._app = app
        self._delay = delay_ms
        self._armed = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() == QEvent.Type.Paint:
            self._armed = False
            started = os.environ.get(BENCH_T0_ENV)
            if started:
                elapsed = (time.time() - float(started)) * 1000
                sys.stderr.write(f"first-paint-ms={elapsed:.1f}\n")
            QTimer.singleShot(self._delay, self._app.closeAllWindows)
            QTimer.singleShot(self._delay, self._app.quit)
        return False


def _report_today_ready(app: QApplication) -> None:
    """For the start-up benchmark: Today has its data on screen; that is the end."""
    elapsed = (time.time() - float(os.environ[BENCH_T0_ENV])) * 1000
    sys.stderr.write(f"today-ready-ms={elapsed:.1f}\n")
    app.closeAllWindows()
    app.quit()


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
        from kith.ui.first_run import SampleData

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
        QCoreApplication.translate("app", "Something unexpected went wrong: %1").replace(
            "%1", str(error) or kind.__name__
        ),
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
    """Open the database at `db_path` (default location when None) and run the app."""
    app = _application(argv)
    from kith.bootstrap import open_services
    from kith.storage.paths import default_db_path
    from kith.ui.reminders_wiring import claim_single_instance

    # One Kith per user and database: a second launch brings the first one forward.
    instance = claim_single_instance((db_path or default_db_path()).expanduser().absolute())
    if instance is None:
        return 0
    try:
        services = open_services(db_path)
    except KithError as error:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            APP_NAME,
            QCoreApplication.translate("app", "Kith cannot open its data."),
        )
        box.setInformativeText(str(error))
        if os.environ.get(SMOKE_ENV) is not None:
            QTimer.singleShot(0, box.accept)
        box.exec()
        instance.release()
        return 1
    try:
        return _run(app, services, instance)
    finally:
        instance.release()
        services.close()


def _run(app: QApplication, services: Services, instance: SingleInstance) -> int:
    session = _Session(app, services)
    window = build_main_window(services)
    session.add_window(window)
    reminders = attach_reminders(window, services, instance=instance)
    live_calendar = attach_live_calendar(services)
    # After the first paint: a copy of a big database must not delay the window.
    QTimer.singleShot(1500, lambda: _daily_backup(services))
    delay = os.environ.get(SMOKE_ENV)
    if delay is not None:
        window.installEventFilter(_QuitAfterFirstPaint(app, max(0, int(delay or 0))))
    if os.environ.get(BENCH_T0_ENV):
        window.today.loaded.connect(lambda: _report_today_ready(app))
    if not reminders.start_hidden or delay is not None:
        window.show()
    sys.excepthook = _report_unexpected
    try:
        return app.exec()
    finally:
        sys.excepthook = sys.__excepthook__
        live_calendar.detach()
        reminders.loop.stop()


def _daily_backup(services: Services) -> None:
    """The day's automatic backup; a failure is logged, never shown as a crash."""
    try:
        services.backups.daily_backup_if_due()
    except KithError as error:
        logging.getLogger(__name__).warning("no daily backup today: %s", error)
