"""A small org.freedesktop.FileManager1 service for tests, run in its own process.

    python file_manager_server.py RECORD_FILE

Records the URIs of every ShowItems call as a JSON line in RECORD_FILE, as a file manager
would select them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kith.ui.reminders.dbus_wire import CALL, Message, SessionBus

NAME = "org.freedesktop.FileManager1"


def main() -> int:
    app = QCoreApplication(sys.argv)
    record = Path(sys.argv[1])
    bus = SessionBus()

    def on_message(call: Message) -> None:
        if call.kind == CALL and call.headers.get("member") == "ShowItems":
            uris, _startup_id = call.body
            with record.open("a", encoding="utf-8") as out:
                out.write(json.dumps(uris) + "\n")
            bus.reply(call)

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
