"""A wall-clock time in a zone is one moment, two (the clocks went back) or none (skipped)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from kith.domain.local_time import LocalKind, is_unambiguous, resolve

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("zone", "day", "at", "first", "second", "names"),
    [
        (BERLIN, date(2026, 10, 25), time(2, 30), utc(2026, 10, 25, 0, 30),
         utc(2026, 10, 25, 1, 30), ("CEST", "CET")),
        (BERLIN, date(2026, 10, 25), time(2, 0), utc(2026, 10, 25, 0, 0),
         utc(2026, 10, 25, 1, 0), ("CEST", "CET")),
        (NEW_YORK, date(2026, 11, 1), time(1, 30), utc(2026, 11, 1, 5, 30),
         utc(2026, 11, 1, 6, 30), ("EDT", "EST")),
        # Lord Howe Island moves its clocks by half an hour.
        (LORD_HOWE, date(2026, 4, 5), time(1, 45), utc(2026, 4, 4, 14, 45),
         utc(2026, 4, 4, 15, 15), ("+11", "+1030")),
    ],
)  # fmt: skip
def test_a_time_the_clocks_pass_twice_has_two_moments_first_then_second(
    zone: ZoneInfo,
    day: date,
    at: time,
    first: datetime,
    second: datetime,
    names: tuple[str, str],
) -> None:
    local = resolve(day, at, zone)
    assert local.kind == LocalKind.REPEATED
    assert (local.first.utc, local.second.utc) == (first, second)
    assert (local.first.name, local.second.name) == names
    assert local.first.offset - local.second.offset in {timedelta(hours=1), timedelta(minutes=30)}
    assert (local.first.at.fold, local.second.at.fold) == (0, 1)


@pytest.mark.parametrize(
    ("zone", "day", "at"),
    [
        (BERLIN, date(2026, 3, 29), time(2, 30)),
        (BERLIN, date(2026, 3, 29), time(2, 0)),
        (NEW_YORK, date(2026, 3, 8), time(2, 15)),
        (LORD_HOWE, date(2026, 10, 4), time(2, 10)),
    ],
)
def test_a_time_the_clocks_jump_over_has_no_moment(zone: ZoneInfo, day: date, at: time) -> None:
    local = resolve(day, at, zone)
    assert local.kind == LocalKind.SKIPPED
    assert local.occurrences == ()


@pytest.mark.parametrize(
    ("zone", "day", "at", "moment"),
    [
        (BERLIN, date(2026, 10, 25), time(3, 0), utc(2026, 10, 25, 2, 0)),
        (BERLIN, date(2026, 10, 25), time(1, 59), utc(2026, 10, 24, 23, 59)),
        (BERLIN, date(2026, 3, 29), time(3, 0), utc(2026, 3, 29, 1, 0)),
        (BERLIN, date(2026, 3, 29), time(1, 59), utc(2026, 3, 29, 0, 59)),
        (NEW_YORK, date(2026, 11, 1), time(2, 0), utc(2026, 11, 1, 7, 0)),
        (NEW_YORK, date(2026, 7, 4), time(12, 0), utc(2026, 7, 4, 16, 0)),
        (ZoneInfo("UTC"), date(2026, 10, 25), time(2, 30), utc(2026, 10, 25, 2, 30)),
    ],
)
def test_times_next_to_a_change_are_one_moment(
    zone: ZoneInfo, day: date, at: time, moment: datetime
) -> None:
    local = resolve(day, at, zone)
    assert local.kind == LocalKind.NORMAL
    assert [o.utc for o in local.occurrences] == [moment]


def test_a_fold_already_on_the_time_does_not_change_the_answer() -> None:
    plain = resolve(date(2026, 10, 25), time(2, 30), BERLIN)
    folded = resolve(date(2026, 10, 25), time(2, 30, fold=1), BERLIN)
    assert plain == folded


def test_an_aware_moment_is_unambiguous_only_outside_the_repeated_hour() -> None:
    assert not is_unambiguous(datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN))
    assert not is_unambiguous(datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=BERLIN))
    assert is_unambiguous(datetime(2026, 10, 25, 3, 30, tzinfo=BERLIN))
    assert is_unambiguous(datetime(2026, 10, 25, 2, 30, tzinfo=UTC))
