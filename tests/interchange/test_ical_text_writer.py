"""The .ics text writer says exactly what icalendar's object model said, byte for byte,
for text that needs escaping and folding, every kind of time, alarms, attendees and
yearly dates: calendars read the files as before, only faster."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kith.domain.values import DateKind, MeetupStatus
from kith.interchange.ical import (
    Attendee,
    CalendarContents,
    CalendarDate,
    CalendarMeetup,
    calendar_chunks,
    calendar_text,
)
from tests.interchange.icalendar_reference import reference_text
from tests.interop.cases import CLOCK_CHANGES

STAMP = datetime(2026, 11, 22, 12, 0, 7, 123456, tzinfo=UTC)
HOSTILE = (
    "Coffee, then; a walk",
    "back\\slash \\N and \\n",
    "two\r\nlines\nand a\rlone return",
    "é" * 40 + ", then ü",
    "🎉" * 30,
    "x" * 72 + "\\,tail",
    "y" * 73 + ";" + "z" * 80,
    "",
    'caret ^ and "quotes" and :colons:',
)
PEOPLE = ("Ana, Li", "Bo;b", "Çelik", "D\\e")
INTERESTS = ("jazz", "hiking, long", "go")
ZONES = ("Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Africa/Abidjan", "UTC")


def _meetups(rng: random.Random, count: int) -> list[CalendarMeetup]:
    made = []
    for n in range(count):
        tzid = rng.choice(ZONES)
        zone = ZoneInfo(tzid)
        all_day = rng.random() < 0.3
        undated = not all_day and rng.random() < 0.05
        wall = datetime(2026, 1, 1, 0, 30) + timedelta(hours=rng.randrange(0, 24 * 365))
        starts_at = (
            None if all_day or undated else wall.replace(tzinfo=zone, fold=rng.randint(0, 1))
        )
        made.append(
            CalendarMeetup(
                uid=f"m{n},{rng.choice(HOSTILE)[:5]}@kith.local",
                sequence=rng.randrange(0, 4),
                title=rng.choice(HOSTILE) or "Untitled",
                status=rng.choice(list(MeetupStatus)),
                starts_at=starts_at,
                on_day=wall.date() if all_day else None,
                duration_minutes=rng.choice((None, 0, 30, 90, 24 * 60, 3 * 24 * 60 + 5)),
                tzid=tzid,
                place=rng.choice(HOSTILE),
                notes=rng.choice(HOSTILE),
                people=tuple(rng.sample(("Ana, Li", "Bo;b", "Çelik", "D\\e"), rng.randrange(0, 4))),
                shared_interests=tuple(
                    rng.sample(("jazz", "hiking, long", "go"), rng.randrange(0, 3))
                ),
                alarm_minutes=rng.choice((None, 0, 15, 61, 90, 24 * 60, 24 * 60 + 1)),
                attendees=tuple(
                    Attendee(name, f"p{k}@example.org")
                    for k, name in enumerate(rng.sample(("Ana, Li", 'Bo "B"', "Çelik"), 2))
                ),
                created_at=rng.choice((None, STAMP - timedelta(days=3, microseconds=5))),
                updated_at=rng.choice((None, STAMP.astimezone(ZoneInfo("Asia/Tokyo")))),
            )
        )
    return made


def _dates(rng: random.Random) -> list[CalendarDate]:
    return [
        CalendarDate(
            person_key=f"card-{n}",
            person_name=rng.choice(("Ana, Li", "Bo;b", "é" * 50)),
            kind=rng.choice(list(DateKind)),
            label=rng.choice(("", "Name day, too", "First; met")),
            month=month,
            day=day,
            year=rng.choice((None, 1990, 2001, 2000)),
        )
        for n, (month, day) in enumerate(((2, 29), (1, 31), (12, 25), (2, 28), (6, 1)))
    ]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("with_attendees", [False, True])
def test_the_text_writer_matches_icalendar_byte_for_byte(seed: int, with_attendees: bool) -> None:
    rng = random.Random(seed)
    contents = CalendarContents(
        stamp=STAMP, meetups=_meetups(rng, 60), dates=_dates(rng), name="Kith meetups"
    )
    written = calendar_text(contents, with_attendees=with_attendees)
    assert written == reference_text(contents, with_attendees=with_attendees)
    assert "".join(calendar_chunks(contents, with_attendees=with_attendees)) == written


def test_clock_change_cases_match_icalendar_byte_for_byte() -> None:
    meetups = [
        CalendarMeetup(
            uid=case.uid,
            sequence=0,
            title=case.uid,
            status=MeetupStatus.PLANNED,
            starts_at=case.start,
            on_day=None,
            duration_minutes=case.minutes,
            tzid=case.tzid,
        )
        for case in CLOCK_CHANGES
    ]
    contents = CalendarContents(stamp=STAMP, meetups=meetups)
    assert calendar_text(contents) == reference_text(contents)


def test_an_empty_calendar_matches_too() -> None:
    contents = CalendarContents(stamp=STAMP, meetups=[], dates=[], name="")
    assert calendar_text(contents) == reference_text(contents)
    assert calendar_text(contents).endswith("END:VCALENDAR\r\n")
