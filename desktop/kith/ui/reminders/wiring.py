"""Attaching reminders to the main window: tray, reminder loop, banner, settings, one instance.

`run_app` claims the single instance first (a second Kith brings the first forward and
ends), then, after building the window and before showing it::

    wiring = attach_reminders(window, services, instance=instance)
    if not wiring.start_hidden:
        window.show()
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QVBoxLayout, QWidget

from kith.clock import Clock
from kith.domain.reminders import Delivery
from kith.notify.base import Notifier, NotifierChain
from kith.notify.desktop import DesktopNotifier
from kith.services.app import Services
from kith.system.autostart import Autostart, for_this_system
from kith.ui.reminders.acting import ReminderActions
from kith.ui.reminders.banner import BannerNotifier, ReminderBanner
from kith.ui.reminders.closing import Farewell, WindowClosing
from kith.ui.reminders.dbus_notifier import DBusNotifier
from kith.ui.reminders.dbus_wire import has_session
from kith.ui.reminders.delivery import DeliveryNote, ReminderDelivery
from kith.ui.reminders.loop import ReminderLoop, Timer
from kith.ui.reminders.notices import notice_of
from kith.ui.reminders.wording import QtWording
from kith.ui.shell.changes import DataChanges, shared_changes
from kith.ui.shell.single_instance import SingleInstance
from kith.ui.shell.tray import KithTray, TrayNotifier, bring_forward, tray_available

if TYPE_CHECKING:
    from kith.ui.dialogs.settings import SettingsDialog

log = logging.getLogger(__name__)


@dataclass
class ReminderWiring:
    """Everything reminders added to the window; kept alive as long as the window."""

    tray: KithTray
    loop: ReminderLoop
    banner: ReminderBanner
    chain: NotifierChain
    settings_action: QAction
    close_to_tray: WindowClosing
    delivery: ReminderDelivery
    farewell: Farewell
    instance: SingleInstance | None
    start_hidden: bool
    actions: ReminderActions
    dbus: DBusNotifier | None = None
    settings_dialog: SettingsDialog | None = None

    def quit(self) -> None:
        """Quit for real, tray or not: the window closes (saving its state), the tray icon
        goes, and the app ends once the first quit has said that reminders stop."""
        if self.close_to_tray.quitting:
            return
        self.close_to_tray.quitting = True
        self.loop.stop()
        self.tray.icon.hide()
        if self.instance is not None:
            self.instance.release()
        window = self.close_to_tray.parent()
        if isinstance(window, QWidget):
            window.close()
        self.farewell.say_once(QCoreApplication.quit)


def attach_reminders(
    window: QWidget,
    services: Services,
    clock: Clock | None = None,
    *,
    timer: Timer | None = None,
    instance: SingleInstance | None = None,
    available: Callable[[], bool] = tray_available,
    desktop: Notifier | None = None,
    dbus: DBusNotifier | None = None,
    autostart: Autostart | None = None,
    start: bool = True,
    tray_now: bool = True,
    changes: DataChanges | None = None,
) -> ReminderWiring:
    """Create the tray, the reminder loop, the banner and the settings action for `window`.

    On Linux the desktop's notification service (over D-Bus) comes first, then plyer.
    A `desktop` given alone stands for all the system's notifications (tests pass one
    that fails); `dbus` adds a notifier on a bus of the caller's choice in front of it.
    """
    clock = clock or services.ctx.clock
    services.reminders.wording = QtWording()
    banner = ReminderBanner()
    _embed_banner(window, banner)
    changes = changes or shared_changes(window, services.changes, window)
    tray = KithTray(
        window,
        services,
        icon=window.windowIcon(),
        parent=window,
        refresh_now=tray_now,
        changes=changes,
    )
    if available():
        tray.show()
    app = QApplication.instance()
    if isinstance(app, QApplication):
        # Hidden in the tray or running on without a window, closing a dialog must not
        # end Kith: Quit does, and so does closing the window when the user chose that.
        app.setQuitOnLastWindowClosed(False)
    if dbus is None and desktop is None and sys.platform.startswith("linux") and has_session():
        dbus = DBusNotifier(parent=window)
    system: list[Notifier] = [dbus] if dbus is not None else []
    system.append(desktop or DesktopNotifier())
    chain = NotifierChain([*system, TrayNotifier(tray, available), BannerNotifier(banner)])
    delivery = ReminderDelivery(chain, window)
    _embed_banner(window, DeliveryNote(delivery))

    def show(reminder: Delivery) -> str:
        return delivery.deliver_notice(notice_of(reminder, services))

    def say(message: str) -> None:
        title = QCoreApplication.translate("Notices", "Kith")
        if not delivery.tell_outside(title, message):
            log.warning("could not tell: %s", message)

    actions = ReminderActions(window, services, say)
    if dbus is not None:
        dbus.action_invoked.connect(actions.act)
    loop = ReminderLoop(services, delivery.deliver, clock, timer=timer, parent=window, show=show)
    loop.delivered.connect(lambda _round: tray.schedule_refresh())
    loop.day_changed.connect(tray.schedule_refresh)
    auto = autostart or for_this_system()
    close_to_tray = WindowClosing(window, tray, services, delivery, auto, available)
    settings_action = QAction(QCoreApplication.translate("Reminders", "&Settings…"), window)
    settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    # Ctrl+, as well wherever the platform binds no key to Preferences (Linux, Windows).
    preferences = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    comma = QKeySequence("Ctrl+,")
    settings_action.setShortcuts([*preferences, *([comma] if comma not in preferences else [])])
    _add_to_menu(window, settings_action)
    wiring = ReminderWiring(
        tray=tray,
        loop=loop,
        banner=banner,
        chain=chain,
        settings_action=settings_action,
        close_to_tray=close_to_tray,
        delivery=delivery,
        farewell=Farewell(services, delivery, window),
        instance=instance,
        start_hidden=services.settings.start_minimised and available(),
        actions=actions,
        dbus=dbus,
    )

    def open_settings() -> None:
        if wiring.settings_dialog is None:
            # Imported when first opened: it brings the sync settings and their services.
            from kith.ui.dialogs.settings import SettingsDialog

            wiring.settings_dialog = SettingsDialog(
                services, auto, delivery.deliver, window, delivery=delivery, tray=available()
            )
        wiring.settings_dialog.show()
        wiring.settings_dialog.raise_()

    settings_action.triggered.connect(open_settings)
    tray.quit_requested.connect(wiring.quit)
    close_to_tray.quit_requested.connect(wiring.quit)
    if hasattr(window, "quit_handler"):
        window.quit_handler = wiring.quit  # File → Quit and Ctrl+Q end Kith, tray or not
    if instance is not None:
        instance.activated.connect(lambda: bring_forward(window))
    if start:
        loop.start()
    return wiring


def _embed_banner(window: QWidget, banner: QWidget) -> None:
    """At the top of Today when the window offers a place, else above its central widget."""
    place = getattr(window, "embed_reminder_banner", None)
    if callable(place):
        place(banner)
        return
    if isinstance(window, QMainWindow):
        # Above whatever the window shows; a window that offers a place uses that instead.
        container = QWidget(window)
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(banner)
        central = window.takeCentralWidget()
        if central is not None:
            column.addWidget(central, 1)
        else:
            column.addStretch(1)
        window.setCentralWidget(container)
        return
    banner.setParent(window)


def _add_to_menu(window: QWidget, action: QAction) -> None:
    """Into the Edit menu (File when there is none); macOS moves it to the app menu."""
    if not isinstance(window, QMainWindow):
        window.addAction(action)
        return
    # The window's own Edit menu, whatever it is called in this language.
    own = getattr(window, "menus", None)
    if isinstance(own, dict) and isinstance(own.get("edit"), QMenu):
        own["edit"].addSeparator()
        own["edit"].addAction(action)
        return
    menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    by_title = {m.title().replace("&", "").casefold(): m for m in menus if isinstance(m, QMenu)}
    target = by_title.get("edit") or by_title.get("file")
    if target is None:
        target = window.menuBar().addMenu(QCoreApplication.translate("Reminders", "&Edit"))
    target.addSeparator()
    target.addAction(action)
