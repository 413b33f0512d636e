"""Yearly dates come round correctly, leap days included."""

from datetime import date

from kith.domain.dates import next_occurrence, upcoming


def test_next_occurrence_is_today_or_later() -> None:
    today = date(2026, 11, 22)
    assert next_occurrence(11, 22, today) == today
    assert next_occurrence(11, 21, today) == date(2027, 11, 21)
    assert next_occurrence(12, 1, today) == date(2026, 12, 1)


def test_leap_day_birthdays_fall_on_feb_28_in_common_years() -> None:
    assert next_occurrence(2, 29, date(2026, 3, 1)) == date(2027, 2, 28)
    assert next_occurrence(2, 29, date(2027, 3, 1)) == date(2028, 2, 29)


def test_turning_age_is_known_only_with_a_year() -> None:
    coming = upcoming(4, 15, 1990, date(2026, 11, 22))
    assert coming.on == date(2027, 4, 15) and coming.turning == 37 and coming.days_away == 144
    assert upcoming(4, 15, None, date(2026, 11, 22)).turning is None
