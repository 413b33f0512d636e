"""The day's automatic backup, decided from the backup folder alone.

Kept apart from the backup service so that a read on the plain path (`plain_due`) can
make it without opening the database the full way.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from pathlib import Path

from kith.storage.backup import BACKUP_SUFFIX, BACKUPS_KEPT, list_backups, rotating_backup
from kith.storage.paths import backup_dir_for

DAILY = "daily"


def stamp_of(backup: Path, stem: str) -> tuple[datetime, str] | None:
    """(UTC moment, reason) from a rotating backup's name: STEM-YYYYmmdd-HHMMSS-REASON."""
    rest = backup.name.removeprefix(f"{stem}-").removesuffix(BACKUP_SUFFIX)
    # Read by position, not with strptime: its first use compiles a pattern for the
    # locale (about 10 ms), and every command asks this of the day's backups.
    day, dash, time_of_day = rest[:8], rest[8:9], rest[9:15]
    digits = day + time_of_day
    if dash != "-" or len(digits) != 14 or not (digits.isascii() and digits.isdigit()):
        return None
    try:
        when = datetime(
            int(day[:4]),
            int(day[4:6]),
            int(day[6:]),
            int(time_of_day[:2]),
            int(time_of_day[2:4]),
            int(time_of_day[4:]),
            tzinfo=UTC,
        )
    except ValueError:
        return None
    return when, rest[16:]


def daily_backup_if_due(db_path: Path, now: datetime, zone: tzinfo) -> Path | None:
    """Back up once per local day (called at start-up); None when one was made today."""
    today = now.astimezone(zone).date()
    stem = db_path.stem
    folder = backup_dir_for(db_path)
    for backup in list_backups(folder, stem):
        found = stamp_of(backup, stem)
        if found is None or found[1] != DAILY:
            continue
        when = found[0].replace(tzinfo=now.tzinfo)
        if when.astimezone(zone).date() == today:
            return None
    return rotating_backup(db_path, folder, reason=DAILY, now=now, keep=BACKUPS_KEPT)
