"""What a wall-clock time means in a zone: one moment, two (clocks went back), or none.

Python reads a naive time in a zone without complaint either way: a repeated time silently
becomes its first occurrence (`fold=0`) and a skipped one an instant that shows another
time. Planning must not guess, so this says which case a time is and gives the moments.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import Enum


class LocalKind(Enum):
    NORMAL = "normal"
    REPEATED = "repeated"
    """The clocks went back: this time happens twice that night."""
    SKIPPED = "skipped"
    """The clocks went forward over it: it never happens that day."""


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One real moment a wall-clock time stands for."""

    at: datetime
    """Aware, in the zone asked about (its `fold` says which of two it is)."""
    offset: timedelta
    name: str
    """The zone's abbreviation then, e.g. "CEST"."""

    @property
    def utc(self) -> datetime:
        return self.at.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class LocalTime:
    wall: datetime
    """The naive wall-clock time asked about."""
    kind: LocalKind
    occurrences: tuple[Occurrence, ...]
    """One (normal), the first then the second (repeated), or none (skipped)."""

    @property
    def first(self) -> Occurrence:
        return self.occurrences[0]

    @property
    def second(self) -> Occurrence:
        return self.occurrences[-1]


def _occurrence(wall: datetime, zone: tzinfo, fold: int) -> Occurrence:
    at = wall.replace(tzinfo=zone, fold=fold)
    return Occurrence(at=at, offset=at.utcoffset() or timedelta(), name=at.tzname() or "")


def _exists(at: datetime, zone: tzinfo) -> bool:
    back = at.astimezone(UTC).astimezone(zone)
    return back.replace(tzinfo=None, fold=0) == at.replace(tzinfo=None, fold=0)


def resolve(day: date, clock_time: time, zone: tzinfo) -> LocalTime:
    """Which moments `day` at `clock_time` is in `zone` (any fold on `clock_time` is ignored)."""
    wall = datetime.combine(day, clock_time.replace(fold=0, tzinfo=None))
    first = _occurrence(wall, zone, 0)
    second = _occurrence(wall, zone, 1)
    if not _exists(first.at, zone):
        return LocalTime(wall, LocalKind.SKIPPED, ())
    if first.offset != second.offset:
        return LocalTime(wall, LocalKind.REPEATED, (first, second))
    return LocalTime(wall, LocalKind.NORMAL, (first,))


def resolve_wall(wall: datetime, zone: tzinfo) -> LocalTime:
    """`resolve` for a naive datetime."""
    return resolve(wall.date(), wall.time(), zone)


def is_unambiguous(moment: datetime) -> bool:
    """True when an aware moment's wall-clock time in its own zone names only that moment."""
    assert moment.tzinfo is not None
    return resolve_wall(moment.replace(tzinfo=None), moment.tzinfo).kind == LocalKind.NORMAL


def offset_text(offset: timedelta) -> str:
    """ "UTC+2", "UTC-5", "UTC+10:30": how calendars name an offset from UTC."""
    minutes = int(offset.total_seconds()) // 60
    hours, rest = divmod(abs(minutes), 60)
    sign = "-" if minutes < 0 else "+"
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


# Zones that name no city: their key says nothing a user would say.
UNIVERSAL_ZONES = frozenset({"UTC", "Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "Etc/GMT"})


def zone_city(key: str) -> str:
    """ "Berlin", "New York", "Buenos Aires": the last part of a zone's name, in words."""
    if key in UNIVERSAL_ZONES:
        return "UTC"
    return key.rsplit("/", 1)[-1].replace("_", " ")
