"""A small org.freedesktop.Notifications service for tests, run in its own process.

    python notification_server.py RECORD_FILE [--no-actions]

Records every Notify call as a JSON line in RECORD_FILE, answers GetCapabilities,
GetServerInformation and CloseNotification, and on `org.kith.test.Server.Invoke(id, key)`
emits ActionInvoked as a real service does when the user clicks.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kith.ui.reminders.dbus_wire import CALL, Message, SessionBus

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
CONTROL = "org.kith.test.Server"


def main() -> int:
    app = QCoreApplication(sys.argv)
    record = Path(sys.argv[1])
    capabilities = ["body"] if "--no-actions" in sys.argv else ["actions", "body"]
    bus = SessionBus()
    ids = iter(range(1, 1_000_000))

    def closed(shown: int, reason: int) -> None:
        bus.emit(PATH, NAME, "NotificationClosed", "uu", [shown, reason])

    def on_message(call: Message) -> None:
        if call.kind != CALL:
            return
        member = call.headers.get("member")
        if member == "GetCapabilities":
            bus.reply(call, "as", [capabilities])
        elif member == "GetServerInformation":
            bus.reply(call, "ssss", ["kith-test-server", "Kith", "1", "1.2"])
        elif member == "Notify":
            app_name, replaces, icon, summary, body, actions, hints, timeout = call.body
            shown = replaces or next(ids)
            with record.open("a", encoding="utf-8") as out:
                out.write(
                    json.dumps(
                        {
                            "id": shown,
                            "app_name": app_name,
                            "replaces_id": replaces,
                            "app_icon": icon,
                            "summary": summary,
                            "body": body,
                            "actions": actions,
                            "hints": hints,
                            "expire_timeout": timeout,
                            "signature": call.headers.get("signature"),
                        }
                    )
                    + "\n"
                )
            bus.reply(call, "u", [shown])
        elif member == "CloseNotification":
            bus.reply(call)
            closed(call.body[0], 3)
        elif member == "Invoke":
            bus.reply(call)
            bus.emit(PATH, NAME, "ActionInvoked", "us", call.body)
        elif member == "Close":
            bus.reply(call)
            closed(call.body[0], 2)

    bus.on_message = on_message
    bus.call(
        "org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus",
        "RequestName",
        "su",
        [NAME, 4],
    )
    record.with_suffix(".ready").write_text("ready")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
