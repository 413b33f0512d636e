"""Time as an injected dependency, so tests can travel through a month in milliseconds."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo  # imported where a zone is made: the day alone needs none


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, timezone-aware in UTC."""
        ...

    def zone(self) -> ZoneInfo:
        """The user's time zone (an IANA zone, so calendars can name it)."""
        ...


def local_now(clock: Clock) -> datetime:
    return clock.now().astimezone(clock.zone())


def local_today(clock: Clock) -> date:
    return local_now(clock).date()


def system_day() -> date:
    """The day by the system's local time, read without the time-zone database: for what
    only has to change with the day, such as a cache key (were it ever to differ from
    `local_today`, which reads the same system zone, the key misses; nothing is wrong)."""
    return datetime.now(UTC).astimezone().date()  # astimezone(): the system's local time


def system_zone() -> ZoneInfo:
    """The system's IANA zone; UTC when the system does not name one."""
    from zoneinfo import ZoneInfo

    try:
        import tzlocal  # imported here: only needed once a clock is asked

        zone: tzinfo = tzlocal.get_localzone()
    except Exception:  # an unnamed or broken system zone must not stop the app
        return ZoneInfo("UTC")
    return zone if isinstance(zone, ZoneInfo) else ZoneInfo(str(zone))


class SystemClock:
    def __init__(self, zone: ZoneInfo | None = None) -> None:
        self._zone = zone

    def now(self) -> datetime:
        return datetime.now(UTC)

    def zone(self) -> ZoneInfo:
        if self._zone is None:
            self._zone = system_zone()
        return self._zone


class FixedClock:
    """A clock that only moves when told to."""

    def __init__(self, now: datetime, zone: str | ZoneInfo = "UTC") -> None:
        from zoneinfo import ZoneInfo

        self._zone = zone if isinstance(zone, ZoneInfo) else ZoneInfo(zone)
        if now.tzinfo is None:
            now = now.replace(tzinfo=self._zone)
        self._now = now.astimezone(UTC)

    def now(self) -> datetime:
        return self._now

    def zone(self) -> ZoneInfo:
        return self._zone

    def set(self, now: datetime) -> None:
        if now.tzinfo is None:
            now = now.replace(tzinfo=self._zone)
        self._now = now.astimezone(UTC)

    def advance(self, delta: timedelta) -> None:
        self._now += delta

    def set_zone(self, zone: str | ZoneInfo) -> None:
        from zoneinfo import ZoneInfo

        self._zone = zone if isinstance(zone, ZoneInfo) else ZoneInfo(zone)
