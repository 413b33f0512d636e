"""Meetups on both clock changes of a few zones, shared by the reader tests.

Each case is planned as a user would: a wall-clock time, which of two occurrences when the
time happens twice (fold), and a length. In 2026 Europe/Berlin changes on Mar 29 and
Oct 25, America/New_York on Mar 8 and Nov 1, Australia/Lord_Howe (by half an hour) on Apr 5
and Oct 4; in 2045 Berlin goes back on Oct 29 and New York on Nov 5.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from kith.domain.local_time import resolve_wall


@dataclass(frozen=True, slots=True)
class Case:
    uid: str
    tzid: str
    wall: datetime
    second: bool
    """The second occurrence of a repeated time (else the first)."""
    minutes: int | None

    @property
    def start(self) -> datetime:
        """The instant, aware in the zone (fold set as chosen)."""
        local = resolve_wall(self.wall, ZoneInfo(self.tzid))
        return (local.second if self.second else local.first).at

    @property
    def start_utc(self) -> datetime:
        return self.start.astimezone(UTC)

    @property
    def end_utc(self) -> datetime | None:
        return None if self.minutes is None else self.start_utc + timedelta(minutes=self.minutes)


def _case(uid: str, tzid: str, wall: str, minutes: int | None, *, second: bool = False) -> Case:
    return Case(f"{uid}@kith.local", tzid, datetime.fromisoformat(wall), second, minutes)


CLOCK_CHANGES = (
    # Saturday party into the autumn night: the end is the second 02:00.
    _case("berlin-autumn-party", "Europe/Berlin", "2026-10-24 23:00", 240),
    _case("berlin-autumn-first", "Europe/Berlin", "2026-10-25 02:30", 30),
    _case("berlin-autumn-second", "Europe/Berlin", "2026-10-25 02:30", 30, second=True),
    _case("berlin-autumn-open", "Europe/Berlin", "2026-10-25 02:15", None, second=True),
    _case("berlin-spring-gap", "Europe/Berlin", "2026-03-29 01:30", 60),
    _case("berlin-ordinary", "Europe/Berlin", "2026-12-05 18:30", 90),
    _case("berlin-summer", "Europe/Berlin", "2026-07-04 12:00", 120),
    _case("newyork-autumn-party", "America/New_York", "2026-10-31 22:00", 240),
    _case("newyork-autumn-first", "America/New_York", "2026-11-01 01:30", 30),
    _case("newyork-autumn-second", "America/New_York", "2026-11-01 01:30", 30, second=True),
    _case("newyork-spring-gap", "America/New_York", "2026-03-08 01:30", 60),
    _case("newyork-ordinary", "America/New_York", "2026-12-24 19:00", 180),
    _case("lordhowe-autumn-first", "Australia/Lord_Howe", "2026-04-05 01:45", 30),
    _case("lordhowe-autumn-second", "Australia/Lord_Howe", "2026-04-05 01:45", 30, second=True),
    _case("lordhowe-spring-gap", "Australia/Lord_Howe", "2026-10-04 01:30", 60),
    # Far ahead: the VTIMEZONE must carry the rule for every year a meetup spans.
    _case("berlin-2045-autumn", "Europe/Berlin", "2045-10-29 02:30", 45, second=True),
    _case("newyork-2045-autumn", "America/New_York", "2045-11-05 00:30", 90),
)
