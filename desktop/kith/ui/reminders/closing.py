"""What closing the main window does, and what quitting says.

- With a tray, closing hides the window in it (told once, as a desktop notification; as
  the tray's own balloon only when no notification service answers).
- Without one, closing asks once (`ClosingChoiceDialog`): keep reminding in the
  background, start at login, or neither, which quits. The answer is remembered.
- Quit (File → Quit, Ctrl+Q, the tray's Quit) ends Kith; the first time, it says once
  that reminders stop until Kith starts again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon, QWidget

from kith.services.app import Services
from kith.system.autostart import Autostart
from kith.ui.reminders.closing_choice import ClosingChoiceDialog
from kith.ui.reminders.delivery import ReminderDelivery
from kith.ui.shell import start_at_login
from kith.ui.shell.tray import KithTray

log = logging.getLogger(__name__)


class WindowClosing(QObject):
    """Watches the window's close: hide in the tray, ask once, run on hidden, or quit."""

    quit_requested = Signal()

    def __init__(
        self,
        window: QWidget,
        tray: KithTray,
        services: Services,
        delivery: ReminderDelivery,
        autostart: Autostart,
        available: Callable[[], bool],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._tray = tray
        self._services = services
        self._delivery = delivery
        self._autostart = autostart
        self._available = available
        self.quitting = False
        self.choice: ClosingChoiceDialog | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._window or event.type() != QEvent.Type.Close or self.quitting:
            return False
        event.ignore()
        if self._available():
            self._window.hide()
            self._tell_about_tray_once()
        else:
            self._close_without_tray()
        return True

    # --- with a tray ------------------------------------------------------------------
    def _tell_about_tray_once(self) -> None:
        settings = self._services.settings
        if settings.told_about_tray:
            return
        title = QCoreApplication.translate("WindowClosing", "Kith is still here")
        body = QCoreApplication.translate(
            "WindowClosing",
            "Kith keeps running in the tray so it can remind you. "
            "Choose Quit in its menu to close it.",
        )
        if not self._delivery.tell_outside(title, body):
            # No notification service answered: the tray's own balloon is the one left.
            self._tray.icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 8000)
        settings.told_about_tray = True

    # --- without a tray ---------------------------------------------------------------
    def _close_without_tray(self) -> None:
        settings = self._services.settings
        if not settings.asked_about_closing:
            self.ask()
        elif settings.run_without_window:
            self._window.hide()
        else:
            self.quit_requested.emit()

    def ask(self) -> ClosingChoiceDialog:
        """The choice, beside the window (one at a time); Cancel leaves everything as it was."""
        if self.choice is None:
            self.choice = ClosingChoiceDialog(self._login_enabled(), self._window)
            self.choice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.choice.chosen.connect(self._on_chosen)
            self.choice.destroyed.connect(self._on_choice_gone)
            self.choice.open()
        self.choice.raise_()
        self.choice.activateWindow()
        return self.choice

    def _on_choice_gone(self) -> None:
        self.choice = None

    def _on_chosen(self, background: bool, at_login: bool) -> None:
        self._set_login(at_login)
        settings = self._services.settings
        settings.run_without_window = background
        settings.asked_about_closing = True
        if background:
            self._window.hide()
        else:
            self.quit_requested.emit()

    def _login_enabled(self) -> bool:
        return start_at_login.is_on(self._autostart, self._services.settings)

    def _set_login(self, on: bool) -> None:
        if on == self._login_enabled():
            return
        try:
            start_at_login.switch(self._autostart, self._services.settings, on)
        except OSError as exc:
            log.warning("could not change start at login: %s", exc)
            # Settings shows the real state, and can try again.


class Farewell(QObject):
    """The once-only word on quitting: reminders stop until Kith starts again."""

    def __init__(self, services: Services, delivery: ReminderDelivery, parent: QObject) -> None:
        super().__init__(parent)
        self._services = services
        self._delivery = delivery
        self.box: QMessageBox | None = None

    def say_once(self, then: Callable[[], None]) -> None:
        """Tell it (a desktop notification, else a small message), then call `then`."""
        settings = self._services.settings
        if settings.told_about_quit:
            then()
            return
        settings.told_about_quit = True
        title = QCoreApplication.translate("WindowClosing", "Kith has quit")
        body = QCoreApplication.translate(
            "WindowClosing", "Reminders stop until Kith starts again. Start Kith to have them back."
        )
        if self._delivery.tell_outside(title, body):
            then()
            return
        box = QMessageBox(QMessageBox.Icon.Information, title, body)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: then())
        self.box = box
        box.open()
