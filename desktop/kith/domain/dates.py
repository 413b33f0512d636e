"""Yearly dates (birthdays, anniversaries): when they next come round."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date


def occurrence_in(year: int, month: int, day: int) -> date:
    """The day a yearly date falls on in `year`; Feb 29 falls on Feb 28 in common years."""
    if month == 2 and day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return date(year, month, day)


def next_occurrence(month: int, day: int, today: date) -> date:
    this_year = occurrence_in(today.year, month, day)
    return this_year if this_year >= today else occurrence_in(today.year + 1, month, day)


@dataclass(frozen=True, slots=True)
class Upcoming:
    on: date
    days_away: int
    turning: int | None
    """The age or number of years on that day, when the first year is known."""


def upcoming(month: int, day: int, year: int | None, today: date) -> Upcoming:
    on = next_occurrence(month, day, today)
    turning = on.year - year if year is not None and on.year > year else None
    return Upcoming(on=on, days_away=(on - today).days, turning=turning)
