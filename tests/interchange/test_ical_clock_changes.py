"""Every start and end Kith writes is read as the instant it stored, on both clock changes."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import icalendar
import pytest
import vobject

from kith.domain.values import MeetupStatus
from kith.interchange.ical import CalendarContents, CalendarMeetup, calendar_text
from tests.interop.cases import CLOCK_CHANGES, Case

STAMP = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)


def written(case: Case) -> CalendarMeetup:
    return CalendarMeetup(
        uid=case.uid,
        sequence=0,
        title=case.uid,
        status=MeetupStatus.PLANNED,
        starts_at=case.start,
        on_day=None,
        duration_minutes=case.minutes,
        tzid=case.tzid,
    )


def ics(*cases: Case) -> str:
    return calendar_text(CalendarContents(stamp=STAMP, meetups=[written(c) for c in cases]))


def _utc(value: object) -> datetime:
    assert isinstance(value, datetime) and value.tzinfo is not None
    return value.astimezone(UTC)


@pytest.mark.parametrize("case", CLOCK_CHANGES, ids=lambda c: c.uid.split("@")[0])
def test_icalendar_and_vobject_read_the_stored_instants(case: Case) -> None:
    text = ics(case)
    [event] = icalendar.Calendar.from_ical(text).walk("VEVENT")
    # vobject keeps the first VTIMEZONE per TZID for the whole process; read this file's.
    vars(vobject.icalendar)["__tzidMap"].clear()
    vevent = vobject.readOne(text).vevent
    assert _utc(event["DTSTART"].dt) == _utc(vevent.dtstart.value) == case.start_utc
    if case.end_utc is None:
        assert "DTEND" not in event and not hasattr(vevent, "dtend")
    else:
        assert _utc(event["DTEND"].dt) == _utc(vevent.dtend.value) == case.end_utc
        assert case.end_utc > case.start_utc


def test_times_in_the_repeated_hour_are_written_in_utc_and_others_in_their_zone() -> None:
    by_uid = {c.uid.split("@")[0]: c for c in CLOCK_CHANGES}
    text = ics(*by_uid.values())
    # The party's start is an ordinary evening; its end is the second 02:00 (01:00 UTC).
    assert "DTSTART;TZID=Europe/Berlin:20261024T230000" in text
    assert "DTEND:20261025T010000Z" in text
    # 02:30 the first time is 00:30 UTC, the second time 01:30 UTC; never a local 02:30.
    assert "DTSTART:20261025T003000Z" in text
    assert "DTSTART:20261025T013000Z" in text
    assert not re.search(r"TZID=Europe/Berlin:20261025T02", text)
    # After the spring gap the end is an ordinary local time again.
    assert "DTEND;TZID=Europe/Berlin:20260329T033000" in text


def test_every_end_in_the_file_comes_after_its_start() -> None:
    calendar = icalendar.Calendar.from_ical(ics(*CLOCK_CHANGES))
    for event in calendar.walk("VEVENT"):
        if "DTEND" in event:
            assert _utc(event["DTEND"].dt) > _utc(event["DTSTART"].dt), event["UID"]
