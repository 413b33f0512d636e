"""What makes a day fit to log an interaction on, apart from the services' database work,
so `kith log`'s plain path (`plain_log`) refuses exactly what the services refuse."""

from __future__ import annotations

from datetime import date

from kith.domain.errors import QT_TRANSLATE_NOOP, ValidationError

# Far enough back for an old friendship, near enough to catch a typo in the year.
EARLIEST_YEAR = 1900


def check_day(on: date, today: date) -> date:
    if on > today:
        raise ValidationError(
            "on",
            QT_TRANSLATE_NOOP(
                "Errors", "An interaction cannot be logged in the future; plan a meetup instead."
            ),
            code="interaction.day.future",
        )
    if on.year < EARLIEST_YEAR:
        raise ValidationError(
            "on",
            QT_TRANSLATE_NOOP("Errors", "%1 is too long ago to log."),
            on,
            code="interaction.day.too_early",
        )
    return on
