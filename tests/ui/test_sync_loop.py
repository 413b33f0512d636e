"""While the app runs, a change here reaches the other computer without asking."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kith.services.app import Services
from kith.services.views import PersonInput
from kith.ui.shell import sync_loop
from kith.ui.shell.changes import DataChanges
from tests.services.sync_devices import Device


def test_a_change_is_synced_shortly_after_and_what_comes_in_starts_no_round(
    services: Services,
    migrated_template: Path,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sync_loop, "START_DELAY_MS", 10)
    monkeypatch.setattr(sync_loop, "AFTER_CHANGE_MS", 50)
    folder = tmp_path / "Sync"
    desktop = Device(migrated_template, tmp_path / "desktop", "Desktop", folder)
    changes = DataChanges(services.changes)
    loop = sync_loop.SyncLoop(services, changes)
    rounds: list[str] = []
    loop.round.finished.connect(rounds.append)
    try:
        desktop.svc.people.add(PersonInput("Ben"))
        desktop.sync()
        services.sync.choose_folder(folder)
        with qtbot.waitSignal(loop.round.finished, timeout=10_000):
            loop.start()
        assert [p.name for p in services.people.list()] == ["Ben"]
        # What came in was announced, yet started no round of its own.
        qtbot.wait(300)
        assert rounds == [""]
        with qtbot.waitSignal(loop.round.finished, timeout=10_000):
            services.people.add(PersonInput("Ana"))
        desktop.sync()
        assert sorted(p.name for p in desktop.svc.people.list()) == ["Ana", "Ben"]
    finally:
        loop.stop()
        changes.detach()
        desktop.close()
