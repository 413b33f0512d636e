"""A sync round compares without the write lock: a save in the window meanwhile neither
waits for the round nor is lost by it."""

from __future__ import annotations

import time
from typing import Any

import pytest

from kith.services.sync import SyncService
from kith.services.views import PersonInput
from tests.services.sync_devices import Device


def test_a_save_while_a_round_compares_goes_through_at_once_and_is_shared(
    two_devices: tuple[Device, Device], monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop, desktop = two_devices
    laptop.svc.people.add(PersonInput("Ana"))
    saves: list[float] = []
    plan = SyncService._plan_round

    def save_meanwhile(self: SyncService, *args: Any) -> Any:
        planned = plan(self, *args)
        if not saves:  # the user saves while the round is comparing
            started = time.perf_counter()
            laptop.svc.people.add(PersonInput("Bea"))
            saves.append(time.perf_counter() - started)
        return planned

    monkeypatch.setattr(SyncService, "_plan_round", save_meanwhile)
    laptop.sync()
    assert saves and saves[0] < 1.0  # not held up until the round's end
    desktop.sync()
    assert sorted(p.name for p in desktop.svc.people.list()) == ["Ana", "Bea"]
