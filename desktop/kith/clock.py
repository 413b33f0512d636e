"""Time as an injected dependency, so tests can travel through a month in milliseconds."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo


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


def system_zone() -> ZoneInfo:
    """The system's IANA zone; UTC when the system does not name one."""
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
        self._zone = zone if isinstance(zone, ZoneInfo) else ZoneInfo(zone)
