"""The settings registry: one declaration per setting, typed reads, defaults, bad values."""

from __future__ import annotations

from datetime import UTC, datetime, time
from pathlib import Path

import pytest

from kith.services.app import Services
from kith.services.changes import Change, Kind
from kith.services.settings import (
    DIGEST_TIME,
    LIVE_CALENDAR_FOLDER,
    REGISTRY,
    SettingsService,
)
from kith.storage.schema import Setting as SettingRow


def store_raw(services: Services, key: str, text: str) -> None:
    """What an older version, a hand edit or a damaged row left in the table."""
    with services.ctx.db.writing() as s:
        s.merge(SettingRow(key=key, value=text))


def test_every_setting_reads_its_default_on_a_new_database(services: Services) -> None:
    settings = services.settings
    assert settings.digest_time == time(9, 0)
    assert settings.quiet_start == time(21, 0) and settings.quiet_end == time(8, 0)
    assert settings.paused_until is None and settings.last_check is None
    assert settings.start_at_login is False and settings.start_minimised is False
    assert settings.told_about_tray is False and settings.told_about_quit is False
    assert settings.asked_about_closing is False and settings.run_without_window is False
    assert settings.live_calendar_folder is None
    assert settings.all() == {}  # reading never writes


def test_every_declared_setting_is_an_attribute_and_keys_are_unique() -> None:
    declared = {name: value for name, value in vars(SettingsService).items() if value in REGISTRY}
    assert sorted(s.key for s in declared.values()) == sorted(s.key for s in REGISTRY)
    assert len({s.key for s in REGISTRY}) == len(REGISTRY)


def test_written_values_read_back_typed_and_stored_as_before(services: Services) -> None:
    seen: list[Change] = []
    services.changes.subscribe(seen.append)
    settings = services.settings
    settings.digest_time = time(7, 45)
    settings.start_minimised = True
    settings.paused_until = datetime(2026, 11, 23, tzinfo=UTC)
    settings.live_calendar_folder = Path("/tmp/calendars")
    assert settings.digest_time == time(7, 45)
    assert settings.start_minimised is True
    assert settings.paused_until == datetime(2026, 11, 23, tzinfo=UTC)
    assert settings.live_calendar_folder == Path("/tmp/calendars")
    # The keys and encodings databases already hold.
    assert settings.all() == {
        "reminders.digest_time": "07:45",
        "app.start_minimised": True,
        "reminders.paused_until": "2026-11-23T00:00:00+00:00",
        "live_calendar.folder": "/tmp/calendars",
    }
    assert [(c.kinds, c.settings) for c in seen] == [
        ({Kind.SETTINGS}, {key})
        for key in (
            "reminders.digest_time",
            "app.start_minimised",
            "reminders.paused_until",
            "live_calendar.folder",
        )
    ]
    assert services.reminders.settings().digest_time == time(7, 45)


@pytest.mark.parametrize(
    ("key", "stored"),
    [
        ("reminders.digest_time", '"25:99"'),
        ("reminders.digest_time", '"nine"'),
        ("reminders.digest_time", "900"),
        ("reminders.digest_time", "not json"),
        ("app.start_minimised", '"yes"'),
        ("app.start_minimised", "1"),
        ("reminders.paused_until", '"tomorrow"'),
        ("live_calendar.folder", '""'),
        ("live_calendar.folder", "42"),
    ],
)
def test_a_bad_stored_value_reads_as_the_default(services: Services, key: str, stored: str) -> None:
    store_raw(services, key, stored)
    setting = next(s for s in REGISTRY if s.key == key)
    assert services.settings.get(setting) == setting.default


def test_a_naive_stored_moment_is_read_as_utc(services: Services) -> None:
    store_raw(services, "reminders.last_check", '"2026-11-22T05:00:00"')
    assert services.settings.last_check == datetime(2026, 11, 22, 5, 0, tzinfo=UTC)


def test_only_the_folders_and_sync_state_stay_with_this_computer() -> None:
    assert [s.key for s in REGISTRY if s.local] == [
        LIVE_CALENDAR_FOLDER.key,
        *(s.key for s in REGISTRY if s.key.startswith("sync.")),
    ]
    assert not DIGEST_TIME.local
