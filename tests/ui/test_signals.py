"""Thousands of change notices reach the GUI thread, and none wears the interpreter out.

PySide6 6.12.0 on Python 3.11 lost a reference on every emit and aborted after a few
hundred; pyproject.toml excludes it, and this test would catch such a build again.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kith.services.context import ChangeBus
from kith.ui.shell.changes import DataChanges


def test_many_changes_are_relayed_without_harm(qtbot: QtBot) -> None:
    bus = ChangeBus()
    bridge = DataChanges(bus)
    seen: list[frozenset[str]] = []
    bridge.changed.connect(seen.append)
    for _ in range(3000):
        bus.emit("people")
    qtbot.waitUntil(lambda: len(seen) == 3000, timeout=10_000)
    bridge.detach()
