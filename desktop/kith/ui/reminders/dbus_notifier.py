"""Notifications through the desktop's own service, org.freedesktop.Notifications.

Each carries Kith's icon and desktop entry; actions are offered only where the service
lists the `actions` capability; a new digest replaces the one shown before. What the
user chooses comes back as `action_invoked(key)`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from kith.domain.errors import QT_TRANSLATE_NOOP, Term
from kith.notify.base import Notice, NotifyError
from kith.ui.reminders.dbus_wire import SIGNAL, BusError, Message, SessionBus, Variant

log = logging.getLogger(__name__)

APP_NAME = "Kith"
APP_ID = "org.kith.Kith"
"""The icon's name and the desktop file's id (resources/org.kith.Kith.desktop)."""
SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
_NOTIFY = "susssasa{sv}i"
_LOW, _NORMAL = 0, 1


class DBusNotifier(QObject):
    """The first notifier on Linux; the bus is reached when the first notice is sent."""

    name = Term(QT_TRANSLATE_NOOP("Errors", "desktop notification"))
    action_invoked = Signal(str)
    """The key of the action chosen (the click on the bubble gives its default action)."""

    def __init__(self, address: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._address = address
        self._bus: SessionBus | None = None
        self.capabilities: frozenset[str] = frozenset()
        self._shown: dict[int, Notice] = {}
        self._tags: dict[str, int] = {}

    def how(self) -> str:
        """Which service shows them, for reports and the log."""
        try:
            bus = self._connected()
            info = bus.call(SERVICE, PATH, SERVICE, "GetServerInformation")
        except (BusError, NotifyError):
            return "none"
        return f"D-Bus ({info[0]} {info[2]})" if len(info) >= 3 else "D-Bus"

    def send(self, title: str, body: str) -> None:
        self.show(Notice(title, body))

    def show(self, notice: Notice) -> int:
        """Show it now; returns its id. Raises NotifyError when the service cannot."""
        bus = self._connected()
        actions: list[str] = []
        if "actions" in self.capabilities:
            actions = _action_list(notice)
        hints = {
            "desktop-entry": Variant("s", APP_ID),
            "urgency": Variant("y", _NORMAL if notice.urgent else _LOW),
        }
        replaces = self._tags.get(notice.replaces, 0) if notice.replaces else 0
        try:
            answer = bus.call(
                SERVICE,
                PATH,
                SERVICE,
                "Notify",
                _NOTIFY,
                [APP_NAME, replaces, APP_ID, notice.title, notice.body, actions, hints, -1],
            )
        except BusError as exc:
            log.warning("the notification service refused: %s", exc)
            raise NotifyError(
                QT_TRANSLATE_NOOP("Errors", "the notification service failed"),
                code="notify.dbus.failed",
            ) from exc
        shown = int(answer[0]) if answer else 0
        self._shown.pop(replaces, None)
        self._shown[shown] = notice
        if notice.replaces:
            self._tags[notice.replaces] = shown
        return shown

    @property
    def shown(self) -> dict[int, Notice]:
        """The notices still on screen (or in the service's list), by id."""
        return dict(self._shown)

    def _connected(self) -> SessionBus:
        if self._bus is not None and self._bus.connected:
            return self._bus
        try:
            bus = SessionBus(self._address)
            bus.call(
                "org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus",
                "AddMatch",
                "s",
                [f"type='signal',interface='{SERVICE}',path='{PATH}'"],
            )
            capabilities = bus.call(SERVICE, PATH, SERVICE, "GetCapabilities")
        except BusError as exc:
            log.info("no desktop notification service: %s", exc)
            raise NotifyError(
                QT_TRANSLATE_NOOP("Errors", "there is no notification service on D-Bus"),
                code="notify.dbus.missing",
            ) from exc
        self.capabilities = frozenset(str(c) for c in (capabilities[0] if capabilities else []))
        bus.on_message = self._on_message
        self._bus = bus
        self._shown.clear()
        self._tags.clear()
        return bus

    def _on_message(self, message: Message) -> None:
        if message.kind != SIGNAL or message.headers.get("interface") != SERVICE:
            return
        member = message.headers.get("member")
        if member == "ActionInvoked" and len(message.body) == 2:
            notice = self._shown.get(int(message.body[0]))
            if notice is None:
                return  # another program's notification, or one of ours already gone
            key = str(message.body[1])
            self.action_invoked.emit(notice.default if key == "default" else key)
        elif member == "NotificationClosed" and message.body:
            gone = int(message.body[0])
            if self._shown.pop(gone, None) is not None:
                self._tags = {tag: i for tag, i in self._tags.items() if i != gone}


def _action_list(notice: Notice) -> list[str]:
    """Key, label, key, label… in order; the action the click does is the "default" one.

    Some services show "default" as a button of its own, others only as the click: the
    action the click does is listed once, as "default", so no button appears twice.
    """
    listed: list[str] = []
    for action in notice.actions:
        key = "default" if action.key == notice.default else action.key
        listed += [key, action.label]
    if notice.default and "default" not in listed[::2]:
        listed += ["default", ""]
    return listed
