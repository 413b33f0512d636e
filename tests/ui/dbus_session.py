"""A private D-Bus session bus with the test's own notification service on it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from kith.ui.reminders.dbus_wire import SessionBus

SERVER = Path(__file__).with_name("notification_server.py")


def dbus_daemon() -> str:
    """The dbus-daemon program; missing, the test skips (and fails in CI, which installs it)."""
    found = shutil.which("dbus-daemon")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("dbus-daemon is missing: .ci/run installs Debian's dbus package")
        pytest.skip("dbus-daemon is not installed (Debian: apt-get install dbus)")
    return found


class NotificationService:
    """The running test service: what it was asked to show, and clicking its buttons."""

    def __init__(self, address: str, record: Path) -> None:
        self.address = address
        self._record = record
        self._bus = SessionBus(address)

    def calls(self) -> list[dict[str, Any]]:
        if not self._record.exists():
            return []
        text = self._record.read_text(encoding="utf-8")
        complete = text[: text.rfind("\n") + 1]  # a line being written is read next time
        return [json.loads(line) for line in complete.splitlines()]

    def click(self, shown: int, key: str) -> None:
        """What a real service sends when the user chooses an action (or the bubble)."""
        self._bus.call(
            "org.freedesktop.Notifications",
            "/org/freedesktop/Notifications",
            "org.kith.test.Server",
            "Invoke",
            "us",
            [shown, key],
        )

    def dismiss(self, shown: int) -> None:
        """The user closed the bubble: NotificationClosed, reason 2."""
        self._bus.call(
            "org.freedesktop.Notifications",
            "/org/freedesktop/Notifications",
            "org.kith.test.Server",
            "Close",
            "u",
            [shown],
        )

    def close(self) -> None:
        self._bus.close()


@contextmanager
def notification_service(tmp_path: Path, *, actions: bool = True) -> Iterator[NotificationService]:
    daemon = subprocess.Popen(
        [dbus_daemon(), "--session", "--print-address", "--nofork", "--nopidfile"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # as non-root it cannot raise its file limit, and says so
        text=True,
    )
    server = None
    service = None
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        record = tmp_path / "notify-calls.jsonl"
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address, "QT_QPA_PLATFORM": "offscreen"}
        args = [sys.executable, str(SERVER), str(record)] + ([] if actions else ["--no-actions"])
        server = subprocess.Popen(args, env=env)
        deadline = time.monotonic() + 20
        while not record.with_suffix(".ready").exists():
            assert server.poll() is None, "the test notification service did not start"
            assert time.monotonic() < deadline, "the test notification service is slow to start"
            time.sleep(0.05)
        service = NotificationService(address, record)
        yield service
    finally:
        if service is not None:
            service.close()
        for process in (server, daemon):
            if process is not None:
                process.terminate()
                process.wait(timeout=10)
        if daemon.stdout is not None:
            daemon.stdout.close()
