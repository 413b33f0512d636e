"""VTIMEZONE components computed from the IANA database, correct for any year asked for.

Each run of clock changes that follows one yearly rule (e.g. "last Sunday of March at
02:00") becomes one observance with an RRULE, the form every calendar reads; changes
that follow no rule are listed as RDATEs. Zoneinfo extends today's rule into the
future, so a meetup in 2045 gets the offset it will really have.
"""

from __future__ import annotations

import calendar
import functools
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

_DAY = timedelta(days=1)
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True, slots=True)
class Transition:
    local_before: datetime
    """Naive wall-clock time of the change, read with the offset in force before it."""
    offset_from: timedelta
    offset_to: timedelta
    name: str
    is_dst: bool


def _state(zone: ZoneInfo, moment: datetime) -> tuple[timedelta, str, bool]:
    local = moment.astimezone(zone)
    offset = local.utcoffset() or timedelta()
    return offset, local.tzname() or "", bool(local.dst())


def transitions(zone: ZoneInfo, start: datetime, end: datetime) -> list[Transition]:
    """Every change of offset (or of name/DST flag) between two UTC moments."""
    found: list[Transition] = []
    moment = start
    state = _state(zone, moment)
    while moment < end:
        step = min(moment + _DAY, end)
        after = _state(zone, step)
        if after != state:
            lo, hi = moment, step
            while hi - lo > timedelta(seconds=1):
                mid = lo + (hi - lo) / 2
                if _state(zone, mid) == state:
                    lo = mid
                else:
                    hi = mid
            hi = hi.replace(microsecond=0)
            found.append(
                Transition(
                    local_before=(hi + state[0]).replace(tzinfo=None),
                    offset_from=state[0],
                    offset_to=after[0],
                    name=after[1],
                    is_dst=after[2],
                )
            )
            state = after
        moment = step
    return found


def _rule(run: list[Transition]) -> dict[str, Any] | None:
    """A yearly RRULE matching every change in `run` (one per year, consecutive years)."""
    first = run[0].local_before
    years = [t.local_before.year for t in run]
    if years != list(range(years[0], years[0] + len(run))):
        return None
    if any(
        t.local_before.month != first.month
        or t.local_before.time() != first.time()
        or t.local_before.weekday() != first.weekday()
        for t in run
    ):
        same_day = len({t.local_before.day for t in run}) == 1 and all(
            t.local_before.month == first.month and t.local_before.time() == first.time()
            for t in run
        )
        return (
            {"FREQ": "YEARLY", "BYMONTH": first.month, "BYMONTHDAY": first.day}
            if (same_day)
            else None
        )
    low = min(t.local_before.day for t in run)
    high = max(t.local_before.day for t in run)
    if high - low > 6:
        return None
    weekday = _WEEKDAYS[first.weekday()]
    rule: dict[str, Any] = {"FREQ": "YEARLY", "BYMONTH": first.month}
    for nth, window_start in ((1, 1), (2, 8), (3, 15), (4, 22)):
        if window_start <= low and high <= window_start + 6:
            rule["BYDAY"] = f"{nth}{weekday}"
            return rule
    lengths = {calendar.monthrange(t.local_before.year, first.month)[1] for t in run}
    if len(lengths) == 1:
        last_start = lengths.pop() - 6
        if last_start <= low:
            rule["BYDAY"] = f"-1{weekday}"
            return rule
    rule["BYDAY"] = weekday
    # Every 7-day window holds each weekday once; pick one holding all these days.
    window_start = max(1, high - 6)
    rule["BYMONTHDAY"] = list(range(window_start, window_start + 7))
    return rule


def _runs(changes: list[Transition]) -> list[list[Transition]]:
    """Group the changes of one kind (same offsets and name) into rule-following runs."""
    kinds: dict[tuple[timedelta, timedelta, str, bool], list[Transition]] = {}
    for change in changes:
        key = (change.offset_from, change.offset_to, change.name, change.is_dst)
        kinds.setdefault(key, []).append(change)
    runs: list[list[Transition]] = []
    for group in kinds.values():
        current: list[Transition] = []
        for change in group:
            if current and _rule([*current, change]) is None:
                runs.append(current)
                current = []
            current.append(change)
        runs.append(current)
    return sorted(runs, key=lambda run: run[0].local_before)


@functools.lru_cache(maxsize=64)
def vtimezone(tzid: str, first_year: int, last_year: int) -> Any:
    """An icalendar Timezone for `tzid`, exact from Jan 1 `first_year` to Dec 31 `last_year`."""
    import icalendar

    zone = ZoneInfo(tzid)
    start = datetime(first_year, 1, 1, tzinfo=UTC) - _DAY
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC) + _DAY
    changes = transitions(zone, start, end)
    component = icalendar.Timezone()
    component.add("tzid", tzid)
    offset, name, is_dst = _state(zone, start)
    opening = icalendar.TimezoneDaylight() if is_dst else icalendar.TimezoneStandard()
    opening.add("dtstart", (start + offset).replace(tzinfo=None))
    opening.add("tzoffsetfrom", offset)
    opening.add("tzoffsetto", offset)
    opening.add("tzname", name or tzid)
    component.add_component(opening)
    runs = _runs(changes)
    last_of_kind: dict[tuple[timedelta, timedelta, str, bool], int] = {}
    for index, run in enumerate(runs):
        head = run[0]
        last_of_kind[(head.offset_from, head.offset_to, head.name, head.is_dst)] = index
    for index, run in enumerate(runs):
        head = run[0]
        part = icalendar.TimezoneDaylight() if head.is_dst else icalendar.TimezoneStandard()
        part.add("dtstart", head.local_before)
        part.add("tzoffsetfrom", head.offset_from)
        part.add("tzoffsetto", head.offset_to)
        part.add("tzname", head.name or tzid)
        rule = _rule(run) if len(run) > 1 else None
        if rule is not None:
            key = (head.offset_from, head.offset_to, head.name, head.is_dst)
            reaches_end = run[-1].local_before.year >= last_year
            if last_of_kind[key] != index or not reaches_end:
                # UNTIL is inclusive; a day's slack keeps readers that compare it with
                # local times (dateutil does) from dropping the last change.
                tail = run[-1].local_before - head.offset_from + _DAY
                rule["UNTIL"] = tail.replace(tzinfo=UTC)
            part.add("rrule", rule)
        elif len(run) > 1:
            part.add("rdate", [t.local_before for t in run[1:]])
        component.add_component(part)
    return component
