"""The sample notification of `kith remind --test`: a digest with its actions.

The command line has no window, so it comes here for the one part of Kith that needs
Qt to reach the desktop's notification service.
"""

from __future__ import annotations

import sys

from kith.notify.base import Notifier, NotifierChain
from kith.notify.desktop import DesktopNotifier
from kith.ui.reminders.dbus_notifier import DBusNotifier
from kith.ui.reminders.dbus_wire import has_session
from kith.ui.reminders.notices import digest_notice


def send_sample(title: str, body: str, first: tuple[int, str] | None) -> tuple[str, str]:
    """Send it like a digest naming `first` (id, name); returns (what showed it, how).

    Raises NotDelivered when nothing could show it.
    """
    # No QCoreApplication: the bus is spoken to in blocking calls, and a test running
    # the command in-process keeps its own application object.
    backends: list[Notifier] = []
    dbus = None
    if sys.platform.startswith("linux") and has_session():
        dbus = DBusNotifier()
        backends.append(dbus)
    desktop = DesktopNotifier()
    backends.append(desktop)
    by = NotifierChain(backends).deliver_notice(digest_notice(title, body, first))
    how = dbus.how() if dbus is not None and by == dbus.name else desktop.how()
    return by, how
