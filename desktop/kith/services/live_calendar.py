"""One .ics file of every upcoming meetup, kept current in a folder the user chooses.

Calendar apps can subscribe to the file (or a sync tool can carry it); Kith rewrites it
atomically after every change to meetups or people, so a reader never sees half of it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kith.domain.errors import QT_TRANSLATE_NOOP, KithError
from kith.domain.values import MeetupStatus
from kith.interchange.ical import CalendarContents, calendar_text
from kith.services import context as ch
from kith.services.calendar_export import CalendarExportService, CalendarSelection
from kith.services.context import ServiceContext
from kith.services.settings import SettingsService
from kith.storage.files import write_text_atomic

if TYPE_CHECKING:
    from kith.services.app import Services

SETTING = "live_calendar.folder"
FILE_NAME = "kith-meetups.ics"
_WATCHED = frozenset({ch.MEETUPS, ch.PEOPLE, ch.PROFILE, ch.SETTINGS})
log = logging.getLogger(__name__)


class LiveCalendarService:
    def __init__(
        self, ctx: ServiceContext, settings: SettingsService, calendars: CalendarExportService
    ) -> None:
        self._ctx = ctx
        self._settings = settings
        self._calendars = calendars

    def folder(self) -> Path | None:
        value = self._settings.get(SETTING)
        return Path(value) if isinstance(value, str) and value else None

    def file_path(self) -> Path | None:
        folder = self.folder()
        return None if folder is None else folder / FILE_NAME

    def set_folder(self, folder: Path | None) -> Path | None:
        """Turn the live file on in `folder` (written at once), or off with None.

        Turning it off leaves the last file where it is: something may read it.
        """
        if folder is None:
            self._settings.set(SETTING, None)
            return None
        folder = folder.expanduser().absolute()
        if folder.exists() and not folder.is_dir():
            raise KithError(
                QT_TRANSLATE_NOOP("Errors", "%1 is a file, not a folder."),
                str(folder),
                code="live_calendar.not_a_folder",
            )
        target = folder / FILE_NAME
        self._write(target)  # proves the folder is writable before it is remembered
        self._settings.set(SETTING, str(folder))
        return target

    def write_now(self) -> Path | None:
        target = self.file_path()
        if target is not None:
            self._write(target)
        return target

    def _write(self, target: Path) -> None:
        contents = self._calendars.contents(CalendarSelection())
        planned = [m for m in contents.meetups if m.status == MeetupStatus.PLANNED]
        text = calendar_text(
            CalendarContents(meetups=planned, name=contents.name, stamp=contents.stamp)
        )
        try:
            write_text_atomic(target, text)
        except OSError as exc:
            raise KithError(
                QT_TRANSLATE_NOOP("Errors", "Cannot write the live calendar %1: %2."),
                str(target),
                exc.strerror or str(exc),
                code="live_calendar.not_written",
            ) from exc


@dataclass
class LiveCalendarHandle:
    """Keeps the live file current while attached; `detach()` stops it."""

    services: Services
    last_error: str | None = None

    def on_change(self, kinds: frozenset[str]) -> None:
        if not kinds & _WATCHED:
            return
        try:
            self.services.live_calendar.write_now()
            self.last_error = None
        except (KithError, OSError) as exc:
            # The change itself was saved; a missing folder must not undo or block it.
            self.last_error = str(exc)
            log.warning("%s", exc)

    def refresh(self) -> None:
        """Rewrite now, e.g. when a new day starts and yesterday's meetups drop out."""
        self.on_change(frozenset({ch.MEETUPS}))

    def detach(self) -> None:
        self.services.changes.unsubscribe(self.on_change)


def attach_live_calendar(services: Services) -> LiveCalendarHandle:
    """Start keeping the live calendar file current; writes it once now if it is on."""
    handle = LiveCalendarHandle(services)
    services.changes.subscribe(handle.on_change)
    handle.refresh()
    return handle
