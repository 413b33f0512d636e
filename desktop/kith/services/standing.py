"""Where people stand on one day, decided from stored values as the reads return them.

Shared by the services' reads and the plain `sqlite3` read path (`plain_due`), so both
turn the same rows into the same summaries; nothing here imports SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from kith.domain.interests import shared_interests
from kith.domain.tending import Tending, tending
from kith.domain.values import Circle
from kith.services.views import PersonSummary

_CIRCLES = {c.value: c for c in Circle}
_UNSORTED = Circle.UNSORTED.value

SEP = "\x1f"
"""Joins interests in one column: a control character, which validation strips from them."""

_JULIAN_DAY_OF_ORDINAL_ZERO = 1721424.5


def julian_day(day: date) -> float:
    """The day as SQLite's `julianday()` gives it (midnight), worked out once per query:
    SQLite parses a date given as text again on every row."""
    return day.toordinal() + _JULIAN_DAY_OF_ORDINAL_ZERO


def stored_day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def stored_moment(moment: datetime) -> str:
    """A moment as `UTCDateTime` stores it: naive UTC text, microseconds always written."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _moment(text: str) -> datetime:
    """A stored moment, read as `UTCDateTime` reads it (naive UTC, made aware), without
    SQLAlchemy's per-value parsing, which cost more than the planned meetups' query."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@lru_cache(maxsize=4096)
def _local_day(stored: str, zone: ZoneInfo) -> date:
    """The day a stored moment falls on in `zone`. The same plans are read on every
    ranking, and the zone's conversion cost more than the rest of their query."""
    return _moment(stored).astimezone(zone).date()


def planned_days(
    rows: Iterable[Sequence[Any]], wanted: Collection[int] | None, today: date, zone: ZoneInfo
) -> dict[int, date]:
    """The day of each person's next planned meetup from today on, in the user's zone,
    from rows of (person id, stored start, stored day) of planned meetups."""
    found: dict[int, date] = {}
    for person_id, starts_at, on_day in rows:
        if wanted is None or person_id in wanted:
            day = stored_day(on_day) or _local_day(starts_at, zone)
            if day >= today and (person_id not in found or day < found[person_id]):
                found[person_id] = day
    return found


Stand = tuple[Tending, date | None]
"""Someone's tending, and the day they were last seen in person."""


_StandKey = tuple[str | None, int, date | None, bool]
_DECIDED: dict[date, dict[_StandKey, Stand]] = {}


def _decided_on(today: date) -> dict[_StandKey, Stand]:
    """Stands already decided on `today`, by every read since: each is a pure function of
    its key, and the due list ranks everyone again after each rhythm change or import,
    when most keys are the same. Only one day is kept; a new day starts afresh."""
    found = _DECIDED.get(today)
    if found is None:
        _DECIDED.clear()
        found = _DECIDED[today] = {}
    return found


class DayTending:
    """Where people stand on one day, each (last seen, rhythm, next planned) decided once:
    thousands of people share a few hundred of them."""

    def __init__(self, today: date, planned: Mapping[int, date]) -> None:
        self.today = today
        self.planned = planned
        self._decided = _decided_on(today)

    def of(self, pid: int, seen: str | None, rhythm: int, circle: str) -> Stand:
        """The tending of one person and the day they were last seen in person (`seen` is
        that day's ISO text, as the queries return it)."""
        next_day = self.planned.get(pid)
        unsorted = circle == _UNSORTED
        key = (seen, rhythm, next_day, unsorted)
        found = self._decided.get(key)
        if found is None:
            last_seen = stored_day(seen)
            found = self._decided[key] = (
                tending(
                    last_in_person=last_seen,
                    rhythm_days=rhythm,
                    today=self.today,
                    next_planned=next_day,
                    unsorted=unsorted,
                ),
                last_seen,
            )
        return found


SummaryRow = Sequence[Any]
"""One row of the summary query: id, name, nickname, circle, own rhythm, the circle's
rhythm, last seen, last talked, snoozed until (days as ISO text), lean on, archived, and
the interests joined by `SEP`."""


class Summarizer:
    """Turns rows of the summary query into person summaries on one day; a set of
    interests many people share is split and matched once."""

    def __init__(self, mine: frozenset[str], day: DayTending) -> None:
        self._mine = mine
        self._day = day
        self._interests: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}

    def _theirs_and_shared(self, tags: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
        if not tags:
            return (), ()
        found = self._interests.get(tags)
        if found is None:
            theirs = sorted(tags.split(SEP))
            found = self._interests[tags] = (
                tuple(theirs),
                tuple(shared_interests(self._mine, theirs)),
            )
        return found

    def summary(self, row: SummaryRow) -> PersonSummary:
        (pid, name, nickname, circle, own, ring, seen, talked, snoozed, lean_on, archived, tags) = (
            row
        )
        rhythm = own or ring
        theirs, shared = self._theirs_and_shared(tags)
        state, last_seen = self._day.of(pid, seen, rhythm, circle)
        return PersonSummary(
            id=pid,
            name=name,
            nickname=nickname,
            circle=_CIRCLES[circle],
            rhythm_days=rhythm,
            rhythm_is_custom=own is not None,
            interests=theirs,
            shared_interests=shared,
            last_in_person=last_seen,
            last_talked=stored_day(talked),
            next_planned=self._day.planned.get(pid),
            tending=state,
            snoozed_until=stored_day(snoozed),
            lean_on=bool(lean_on),
            archived=bool(archived),
        )
