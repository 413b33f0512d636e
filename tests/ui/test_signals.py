"""Thousands of change notices reach the GUI thread, and none wears the interpreter out.

PySide6 6.12.0 on Python 3.11 lost a reference on every emit and aborted after a few
hundred; pyproject.toml excludes it, and this test would catch such a build again.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from kith.services.changes import Change, ChangeBus, Kind, change
from kith.ui.shell.changes import DataChanges


def test_many_changes_are_relayed_without_harm(qtbot: QtBot) -> None:
    bus = ChangeBus()
    bridge = DataChanges(bus)
    seen: list[Change] = []
    threads: set[QThread] = set()

    def on_changed(what: Change) -> None:
        seen.append(what)
        threads.add(QThread.currentThread())

    bridge.changed.connect(on_changed)
    for person_id in range(1500):
        bus.emit(change(Kind.PEOPLE, people=[person_id]))
    # Writes on a worker thread arrive queued, on the GUI thread, in order.
    worker = threading.Thread(
        target=lambda: [bus.emit(change(Kind.MEETUPS, meetups=[i])) for i in range(1500)]
    )
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(seen) == 3000, timeout=10_000)
    assert threads == {bridge.thread()}
    assert [next(iter(c.meetups)) for c in seen[1500:]] == list(range(1500))
    bridge.detach()
    assert bus.listeners == 0
