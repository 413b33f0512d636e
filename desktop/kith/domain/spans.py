"""A length of time as a person says it: "10 days", "a week and a half", "3 months"."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class SpanUnit(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, slots=True)
class Span:
    unit: SpanUnit
    whole: int
    half: bool = False
    """Half a unit more: "a week and a half"."""


_UNIT_DAYS = {SpanUnit.WEEK: 7, SpanUnit.MONTH: 30, SpanUnit.YEAR: 365}


def rough_span(days: int) -> Span:
    """Days while they are few, then weeks (to a month) and months to the nearest half,
    then whole years."""
    days = max(0, days)
    if days < 10:
        return Span(SpanUnit.DAY, days)
    unit = SpanUnit.WEEK if days < 32 else SpanUnit.MONTH if days < 365 else SpanUnit.YEAR
    halves = round(2 * days / _UNIT_DAYS[unit])
    if unit == SpanUnit.YEAR:
        return Span(unit, max(1, halves // 2))
    return Span(unit, halves // 2, half=bool(halves % 2))
