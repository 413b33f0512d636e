"""Thousands of change notices must not wear out the interpreter (PySide6 6.12 on 3.11)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kith.services.context import ChangeBus
from kith.ui.changes import DataChanges


def test_many_changes_are_relayed_without_harm(qtbot: QtBot) -> None:
    bus = ChangeBus()
    bridge = DataChanges(bus)
    seen: list[frozenset[str]] = []
    bridge.changed.connect(seen.append)
    for _ in range(3000):
        bus.emit("people")
    qtbot.waitUntil(lambda: len(seen) == 3000, timeout=10_000)
    bridge.detach()
