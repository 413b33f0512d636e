"""Calendars Kith writes must read back the same in two independent parsers."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from kith.domain.values import DateKind, MeetupStatus
from kith.interchange.ical import (
    Attendee,
    CalendarContents,
    CalendarDate,
    CalendarMeetup,
    calendar_text,
    date_uid,
)

STAMP = datetime(2026, 11, 22, 5, 0, tzinfo=UTC)
HOSTILE = 'Dinner, drinks; then "karaoke"\nSecond line \\ backslash: 晚饭 Ёлка مرحبا 🎉'


def meetup(**changes: object) -> CalendarMeetup:
    values: dict[str, object] = {
        "uid": "a1@kith.local",
        "sequence": 2,
        "title": "Climbing",
        "status": MeetupStatus.PLANNED,
        "starts_at": datetime(2026, 12, 5, 18, 30, tzinfo=ZoneInfo("Europe/Berlin")),
        "on_day": None,
        "duration_minutes": 90,
        "tzid": "Europe/Berlin",
        "place": "Halle 7",
        "notes": "",
        "people": ("Ana Lima",),
        "alarm_minutes": 30,
    }
    values.update(changes)
    return CalendarMeetup(**values)  # type: ignore[arg-type]


def write(
    *meetups: CalendarMeetup, dates: tuple[CalendarDate, ...] = (), attendees: bool = False
) -> str:
    return calendar_text(
        CalendarContents(meetups=meetups, dates=dates, stamp=STAMP), with_attendees=attendees
    )


def both(text: str) -> tuple[list[icalendar.Event], list[object]]:
    """The events as icalendar and as vobject read them."""
    ical = icalendar.Calendar.from_ical(text)
    # vobject remembers the first VTIMEZONE it saw per TZID for the whole process;
    # forget earlier ones so each file is read with the VTIMEZONE it carries.
    vars(vobject.icalendar)["__tzidMap"].clear()
    vcal = vobject.readOne(text)
    return list(ical.walk("VEVENT")), list(vcal.vevent_list)


def test_one_meetup_has_every_field_in_both_parsers() -> None:
    text = write(meetup(notes="Bring chalk", shared_interests=("climbing",)))
    [ev], [vev] = both(text)
    assert str(ev["UID"]) == vev.uid.value == "a1@kith.local"
    assert int(ev["SEQUENCE"]) == int(vev.sequence.value) == 2
    assert ev["DTSTAMP"].dt == vev.dtstamp.value == STAMP
    assert str(ev["STATUS"]) == vev.status.value == "CONFIRMED"
    assert str(ev["LOCATION"]) == vev.location.value == "Halle 7"
    description = vev.description.value
    assert "Ana Lima" in description and "climbing" in description and "Bring chalk" in description
    start = vev.dtstart.value
    assert start == datetime(2026, 12, 5, 18, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    assert "DTSTART;TZID=Europe/Berlin:20261205T183000" in text
    assert vev.dtend.value - start == timedelta(minutes=90)
    [alarm] = ev.walk("VALARM")
    assert alarm["TRIGGER"].dt == timedelta(minutes=-30)
    assert vev.valarm.trigger.value == timedelta(minutes=-30)
    assert "DTSTAMP:20261122T050000Z" in text


def test_lines_are_crlf_and_folded_at_75_octets_without_splitting_characters() -> None:
    text = write(meetup(title="晚饭" * 80, notes="Ёлка " * 100))
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75


@pytest.mark.parametrize("field", ["title", "place", "notes"])
def test_commas_semicolons_newlines_and_any_script_survive(field: str) -> None:
    text = write(meetup(**{field: HOSTILE}))
    [ev], [vev] = both(text)
    prop = {"title": "SUMMARY", "place": "LOCATION", "notes": "DESCRIPTION"}[field]
    got_ical = str(ev[prop])
    got_vobject = getattr(vev, prop.lower()).value
    assert HOSTILE in got_ical
    assert HOSTILE in got_vobject


def test_people_names_and_attendee_names_are_escaped() -> None:
    odd = 'Ana; Lima, "Jr" 晚'
    text = write(
        meetup(people=(odd, "Zoë"), attendees=(Attendee(odd, "ana@example.org"),)), attendees=True
    )
    [ev], [vev] = both(text)
    assert odd in str(ev["DESCRIPTION"]) and odd in vev.description.value
    assert vev.attendee.value == "mailto:ana@example.org"
    assert (
        str(ev["ATTENDEE"].params["CN"]) == odd.replace('"', "'")
        or str(ev["ATTENDEE"].params["CN"]) == odd
    )


def test_attendees_are_left_out_unless_asked_for() -> None:
    m = meetup(attendees=(Attendee("Ana", "ana@example.org"),))
    assert "ATTENDEE" not in write(m)
    assert "ATTENDEE" in write(m, attendees=True)


def test_all_day_meetup_is_a_date_value() -> None:
    text = write(meetup(starts_at=None, on_day=date(2026, 12, 24), duration_minutes=2 * 24 * 60))
    [ev], [vev] = both(text)
    assert "DTSTART;VALUE=DATE:20261224" in text
    assert ev["DTSTART"].dt == date(2026, 12, 24) == vev.dtstart.value
    assert ev["DTEND"].dt == date(2026, 12, 26) == vev.dtend.value
    assert "VTIMEZONE" not in text


def test_cancelled_meetup_is_marked_so_and_rings_no_alarm() -> None:
    text = write(meetup(status=MeetupStatus.CANCELLED))
    [ev], [vev] = both(text)
    assert str(ev["STATUS"]) == vev.status.value == "CANCELLED"
    assert "VALARM" not in text


def test_undated_idea_is_not_written() -> None:
    text = write(meetup(starts_at=None, on_day=None, status=MeetupStatus.IDEA))
    assert "VEVENT" not in text


@pytest.mark.parametrize(
    ("tzid", "local", "offset_hours"),
    [
        ("Europe/Berlin", datetime(2026, 3, 28, 19, 0), 1),  # Saturday before the change
        ("Europe/Berlin", datetime(2026, 3, 29, 19, 0), 2),  # the Sunday after it
        ("Europe/Berlin", datetime(2026, 10, 25, 19, 0), 1),
        ("America/New_York", datetime(2026, 3, 7, 19, 0), -5),
        ("America/New_York", datetime(2026, 3, 8, 19, 0), -4),
        ("America/New_York", datetime(2026, 11, 1, 19, 0), -5),
        ("Europe/Berlin", datetime(2045, 7, 1, 18, 0), 2),  # far beyond 2038
        ("Europe/Berlin", datetime(2045, 12, 1, 18, 0), 1),
        ("America/New_York", datetime(2045, 7, 1, 18, 0), -4),
    ],
)
def test_offsets_are_right_across_clock_changes_in_both_parsers(
    tzid: str, local: datetime, offset_hours: int
) -> None:
    zone = ZoneInfo(tzid)
    text = write(meetup(starts_at=local.replace(tzinfo=zone), tzid=tzid))
    [ev], [vev] = both(text)
    assert f"DTSTART;TZID={tzid}:{local:%Y%m%dT%H%M%S}" in text
    assert "BEGIN:VTIMEZONE" in text
    # vobject takes the offset from the VTIMEZONE Kith wrote, not from its own database.
    assert vev.dtstart.value.utcoffset() == timedelta(hours=offset_hours)
    assert ev["DTSTART"].dt.utcoffset() == timedelta(hours=offset_hours)


def test_a_meetup_spanning_the_change_keeps_its_real_length() -> None:
    zone = ZoneInfo("Europe/Berlin")
    text = write(meetup(starts_at=datetime(2026, 3, 29, 1, 0, tzinfo=zone), duration_minutes=120))
    [_ev], [vev] = both(text)
    assert "DTEND;TZID=Europe/Berlin:20260329T040000" in text
    # Same-zone subtraction in Python ignores offsets; compare real moments.
    length = vev.dtend.value.astimezone(UTC) - vev.dtstart.value.astimezone(UTC)
    assert length == timedelta(hours=2)


def test_one_vtimezone_covers_meetups_years_apart() -> None:
    zone = ZoneInfo("America/New_York")
    far = [
        meetup(uid=f"{y}@k", starts_at=datetime(y, 7, 4, 12, tzinfo=zone), tzid="America/New_York")
        for y in (2026, 2037, 2045)
    ]
    text = write(*far)
    assert text.count("BEGIN:VTIMEZONE") == 1
    _, vevents = both(text)
    for vev in vevents:
        assert vev.dtstart.value.utcoffset() == timedelta(hours=-4)


def test_meetup_in_utc_is_written_in_utc() -> None:
    text = write(meetup(tzid="UTC", starts_at=datetime(2026, 12, 5, 18, tzinfo=ZoneInfo("UTC"))))
    assert "DTSTART:20261205T180000Z" in text and "VTIMEZONE" not in text


def test_birthdays_repeat_yearly_as_all_day_events() -> None:
    dates = (
        CalendarDate("p1", "Ana", DateKind.BIRTHDAY, "", 4, 15, 1985),
        CalendarDate("p2", "Björn", DateKind.BIRTHDAY, "", 2, 29, None),
        CalendarDate("p1", "Ana", DateKind.ANNIVERSARY, "Wedding; big, loud", 6, 1, 2010),
    )
    text = write(dates=dates)
    events, vevents = both(text)
    by_summary = {str(e["SUMMARY"]): e for e in events}
    ana = by_summary["Ana’s birthday"]
    assert ana["DTSTART"].dt == date(1985, 4, 15)
    assert ana["RRULE"]["FREQ"] == ["YEARLY"]
    leap = by_summary["Björn’s birthday"]
    assert leap["RRULE"]["BYMONTHDAY"] == [-1] and leap["DTSTART"].dt == date(2000, 2, 29)
    assert "Ana: Wedding; big, loud" in by_summary
    # vobject expands the rule: Feb 29 falls on Feb 28 in common years.
    leap_v = next(v for v in vevents if v.summary.value == "Björn’s birthday")
    days = list(
        leap_v.getrruleset(addRDate=True).between(datetime(2026, 1, 1), datetime(2029, 1, 1))
    )
    assert [d.date() for d in days] == [date(2026, 2, 28), date(2027, 2, 28), date(2028, 2, 29)]


def test_date_uids_are_stable_per_person_and_kind() -> None:
    a = CalendarDate("p1", "Ana", DateKind.BIRTHDAY, "", 4, 15, 1985)
    renamed = CalendarDate("p1", "Ana Maria", DateKind.BIRTHDAY, "", 4, 16, None)
    other = CalendarDate("p2", "Ana", DateKind.BIRTHDAY, "", 4, 15, 1985)
    assert date_uid(a) == date_uid(renamed) != date_uid(other)
