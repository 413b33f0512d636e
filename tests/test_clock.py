"""The system's day read two ways agrees: the first paint's snapshot key and the live read."""

from __future__ import annotations

import time

import pytest
import tzlocal

from kith.clock import SystemClock, local_today, system_day


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Berlin"])
def test_the_system_day_is_the_clocks_day_in_the_systems_zone(
    monkeypatch: pytest.MonkeyPatch, zone: str
) -> None:
    # Fourteen hours ahead of UTC and eleven behind: one of them is on another day than UTC.
    monkeypatch.setenv("TZ", zone)
    time.tzset()
    tzlocal.reload_localzone()  # it keeps the zone it first read
    try:
        assert system_day() == local_today(SystemClock())
    finally:
        monkeypatch.undo()
        time.tzset()
        tzlocal.reload_localzone()
