"""The user's settings, kept in the database so they travel with it, declared once here.

Each setting is one declaration (its stored key, its type through its codec, its
default) and reads as an attribute of the service: `services.settings.digest_time`.
A stored value of the wrong shape (hand-edited, from an older version) reads as the
default instead of failing. Keys and stored values are those of earlier versions.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from sqlalchemy.orm import Session

from kith.domain import reminders as plan
from kith.services.changes import Kind, change
from kith.services.context import ServiceContext
from kith.storage.schema import Setting as SettingRow

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    key: str
    default: T
    decode: Callable[[object], T | None]
    """The stored JSON value as a T, or None when it is missing or malformed."""
    encode: Callable[[T], object]
    local: bool = False
    """Belongs to this computer (a folder path): left out of archives."""

    @overload
    def __get__(self, service: None, owner: type) -> Setting[T]: ...

    @overload
    def __get__(self, service: SettingsService, owner: type) -> T: ...

    def __get__(self, service: SettingsService | None, owner: type) -> Setting[T] | T:
        return self if service is None else service.get(self)

    def __set__(self, service: SettingsService, value: T) -> None:
        service.set(self, value)

    def read(self, raw: object) -> T:
        decoded = self.decode(raw)
        return self.default if decoded is None else decoded


def _flag(raw: object) -> bool | None:
    return raw if isinstance(raw, bool) else None


def _clock_time(raw: object) -> time | None:
    """Stored as "09:00"."""
    if not isinstance(raw, str):
        return None
    try:
        hours, minutes = raw.strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        return None


def _moment(raw: object) -> datetime | None:
    if not isinstance(raw, str):
        return None
    try:
        parsed = datetime.fromisoformat(raw)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _folder(raw: object) -> Path | None:
    return Path(raw) if isinstance(raw, str) and raw else None


def _text(raw: object) -> str | None:
    return raw if isinstance(raw, str) else None


def _names(raw: object) -> frozenset[str] | None:
    if not isinstance(raw, list) or not all(isinstance(n, str) for n in raw):
        return None
    return frozenset(raw)


def local_text(key: str) -> Setting[str]:
    """Text that belongs to this computer (never in archives); "" when unset."""
    return Setting(key, "", _text, lambda text: text, local=True)


def local_names(key: str) -> Setting[frozenset[str]]:
    return Setting(key, frozenset(), _names, lambda names: sorted(names), local=True)


def flag(key: str, default: bool = False) -> Setting[bool]:
    return Setting(key, default, _flag, lambda on: on)


def clock_time(key: str, default: time) -> Setting[time]:
    return Setting(key, default, _clock_time, lambda at: at.strftime("%H:%M"))


def moment(key: str) -> Setting[datetime | None]:
    """An instant, stored in ISO 8601 with its offset; None when unset."""
    return Setting(key, None, _moment, lambda at: None if at is None else at.isoformat())


def folder(key: str) -> Setting[Path | None]:
    return Setting(key, None, _folder, lambda path: None if path is None else str(path), local=True)


_REMINDERS = plan.ReminderSettings()

DIGEST_TIME = clock_time("reminders.digest_time", _REMINDERS.digest_time)
QUIET_START = clock_time("reminders.quiet_start", _REMINDERS.quiet_start)
QUIET_END = clock_time("reminders.quiet_end", _REMINDERS.quiet_end)
PAUSED_UNTIL = moment("reminders.paused_until")
LAST_CHECK = moment("reminders.last_check")
"""Until when reminders were last worked out, so a restart never repeats one."""
START_AT_LOGIN = flag("app.start_at_login")
START_MINIMISED = flag("app.start_minimised")
TOLD_ABOUT_TRAY = flag("app.told_about_tray")
"""The one-time note that closing the window keeps Kith in the tray was shown."""
TOLD_ABOUT_QUIT = flag("app.told_about_quit")
"""The one-time note that reminders stop while Kith is not running was shown."""
ASKED_ABOUT_CLOSING = flag("app.asked_about_closing")
"""Without a tray, the user chose once what closing the window does."""
RUN_WITHOUT_WINDOW = flag("app.run_without_window")
"""Without a tray, closing the window keeps Kith reminding in the background."""
LIVE_CALENDAR_FOLDER = folder("live_calendar.folder")
SYNC_FOLDER = folder("sync.folder")
SYNC_DEVICE_ID = local_text("sync.device_id")
"""This database's device id in the sync folder, made at its first sync round."""
SYNC_DEVICE_HOME = local_text("sync.device_home")
"""The machine id and database path the device id belongs to (`services.sync_identity`)."""
SYNC_NEW_IDENTITY = local_text("sync.new_identity")
"""Why and from which id this database took a new device id, until the status says so."""
SYNC_DEVICE_NAME = local_text("sync.device_name")
SYNC_CLOCK = local_text("sync.clock")
"""The latest sync time (hybrid logical clock) seen or made."""
SYNC_PUBLISHED = local_text("sync.published")
"""The time of the latest own change written to the sync folder."""
SYNC_PUBLISHED_NAME = local_text("sync.published_name")
"""The device name in the latest segment written."""
SYNC_JOURNAL = local_text("sync.journal")
""""on" while this database syncs: the shared tables' triggers then note what is written
(`storage.sync_journal`); until then a round compares everything."""
SYNC_PENDING = local_names("sync.pending")
"""Records applied that still wait for a record they name to arrive."""
SYNC_LAST_ROUND = Setting(
    "sync.last_round", None, _moment, lambda at: None if at is None else at.isoformat(), local=True
)

REGISTRY: tuple[Setting[Any], ...] = (
    DIGEST_TIME,
    QUIET_START,
    QUIET_END,
    PAUSED_UNTIL,
    LAST_CHECK,
    START_AT_LOGIN,
    START_MINIMISED,
    TOLD_ABOUT_TRAY,
    TOLD_ABOUT_QUIT,
    ASKED_ABOUT_CLOSING,
    RUN_WITHOUT_WINDOW,
    LIVE_CALENDAR_FOLDER,
    SYNC_FOLDER,
    SYNC_DEVICE_ID,
    SYNC_DEVICE_HOME,
    SYNC_NEW_IDENTITY,
    SYNC_DEVICE_NAME,
    SYNC_CLOCK,
    SYNC_PUBLISHED,
    SYNC_PUBLISHED_NAME,
    SYNC_JOURNAL,
    SYNC_PENDING,
    SYNC_LAST_ROUND,
)
LOCAL_KEYS = frozenset(s.key for s in REGISTRY if s.local)


def read_in(s: Session, setting: Setting[T]) -> T:
    """A setting inside a transaction the caller holds."""
    row = s.get(SettingRow, setting.key)
    if row is None:
        return setting.default
    try:
        raw = json.loads(row.value)
    except ValueError:
        return setting.default
    return setting.read(raw)


def write_in(s: Session, setting: Setting[T], value: T) -> None:
    """Store a setting inside a transaction the caller holds (the caller emits the change)."""
    encoded = json.dumps(setting.encode(value))
    row = s.get(SettingRow, setting.key)
    if row is None:
        s.add(SettingRow(key=setting.key, value=encoded))
    else:
        row.value = encoded


class SettingsService:
    digest_time = DIGEST_TIME
    quiet_start = QUIET_START
    quiet_end = QUIET_END
    paused_until = PAUSED_UNTIL
    last_check = LAST_CHECK
    start_at_login = START_AT_LOGIN
    start_minimised = START_MINIMISED
    told_about_tray = TOLD_ABOUT_TRAY
    told_about_quit = TOLD_ABOUT_QUIT
    asked_about_closing = ASKED_ABOUT_CLOSING
    run_without_window = RUN_WITHOUT_WINDOW
    live_calendar_folder = LIVE_CALENDAR_FOLDER
    # Sync's own: read and written by the sync service, inside its transactions.
    sync_folder = SYNC_FOLDER
    sync_device_id = SYNC_DEVICE_ID
    sync_device_home = SYNC_DEVICE_HOME
    sync_new_identity = SYNC_NEW_IDENTITY
    sync_device_name = SYNC_DEVICE_NAME
    sync_clock = SYNC_CLOCK
    sync_published = SYNC_PUBLISHED
    sync_published_name = SYNC_PUBLISHED_NAME
    sync_journal = SYNC_JOURNAL
    sync_pending = SYNC_PENDING
    sync_last_round = SYNC_LAST_ROUND

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def get(self, setting: Setting[T]) -> T:
        with self._ctx.db.reading() as s:
            return read_in(s, setting)

    def set(self, setting: Setting[T], value: T) -> None:
        with self._ctx.db.writing() as s:
            write_in(s, setting, value)
        self._ctx.changes.emit(change(Kind.SETTINGS, settings=[setting.key]))

    def all(self) -> dict[str, Any]:
        """Every stored value as it is stored, known to this version or not."""
        from sqlalchemy import select

        with self._ctx.db.reading() as s:
            return {row.key: json.loads(row.value) for row in s.scalars(select(SettingRow))}
