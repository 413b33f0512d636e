"""The .ics writer as it was, on icalendar's object model: the reference the text writer
in `kith.interchange.ical` must match byte for byte."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from kith.domain.dates import occurrence_in
from kith.domain.local_time import is_unambiguous
from kith.domain.values import DateKind, MeetupStatus
from kith.interchange.ical import (
    _STATUS,
    PRODID,
    CalendarContents,
    CalendarDate,
    CalendarMeetup,
    _is_utc,
    _span_years,
    date_summary,
    date_uid,
    describe,
)


def _unmistakable(moment: datetime) -> datetime:
    return moment if is_unambiguous(moment) else moment.astimezone(UTC)


def _meetup_event(m: CalendarMeetup, stamp: datetime, with_attendees: bool) -> Any:
    import icalendar

    event = icalendar.Event()
    event.add("uid", m.uid)
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("sequence", m.sequence)
    event.add("summary", m.title)
    if m.on_day is not None:
        days = max(1, (m.duration_minutes or 0) // (24 * 60))
        event.add("dtstart", m.on_day)
        event.add("dtend", m.on_day + timedelta(days=days))
    else:
        assert m.starts_at is not None
        start = m.starts_at.astimezone(UTC) if _is_utc(m.tzid) else m.starts_at
        event.add("dtstart", _unmistakable(start))
        if m.duration_minutes:
            # Absolute time, then back to the zone: right across a clock change.
            end = (start.astimezone(UTC) + timedelta(minutes=m.duration_minutes)).astimezone(
                start.tzinfo
            )
            event.add("dtend", _unmistakable(end))
    event.add("status", _STATUS[m.status])
    if m.place:
        event.add("location", m.place)
    text = describe(m)
    if text:
        event.add("description", text)
    if m.created_at is not None:
        event.add("created", m.created_at.astimezone(UTC))
    if m.updated_at is not None:
        event.add("last-modified", m.updated_at.astimezone(UTC))
    if with_attendees:
        for person in m.attendees:
            attendee = icalendar.vCalAddress(f"mailto:{person.email}")
            attendee.params["CN"] = icalendar.vText(person.name)
            attendee.params["ROLE"] = icalendar.vText("REQ-PARTICIPANT")
            event.add("attendee", attendee, encode=False)
    if m.alarm_minutes is not None and m.status != MeetupStatus.CANCELLED:
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", m.title)
        alarm.add("trigger", timedelta(minutes=-m.alarm_minutes))
        event.add_component(alarm)
    return event


def _date_event(item: CalendarDate, stamp: datetime) -> Any:
    import icalendar

    event = icalendar.Event()
    event.add("uid", date_uid(item))
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("summary", date_summary(item))
    # A leap-day date is shown on Feb 28 in other years, as everywhere else in Kith.
    leap_day = (item.month, item.day) == (2, 29)
    first_year = item.year if item.year is not None else 2000
    if leap_day and first_year % 4 != 0:
        first_year = 2000
    start = (
        date(first_year, item.month, item.day)
        if leap_day
        else occurrence_in(first_year, item.month, item.day)
    )
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(days=1))
    rule: dict[str, Any] = {"FREQ": "YEARLY"}
    if leap_day:
        rule.update(BYMONTH=2, BYMONTHDAY=-1)
    event.add("rrule", rule)
    event.add("transp", "TRANSPARENT")
    if item.year is not None:
        since = "Born" if item.kind == DateKind.BIRTHDAY else "Since"
        event.add("description", f"{since} {item.year}.")
    return event


def reference_text(contents: CalendarContents, *, with_attendees: bool = False) -> str:
    """The whole .ics file as text (CRLF line ends, folded at 75 octets)."""
    import icalendar

    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if contents.name:
        cal.add("x-wr-calname", contents.name)
        cal.add("name", contents.name)
    from kith.interchange.timezones import vtimezone

    for tzid, (first, last) in sorted(_span_years(contents.meetups).items()):
        cal.add_component(vtimezone(tzid, first, last))
    for meetup in contents.meetups:
        if meetup.starts_at is None and meetup.on_day is None:
            continue  # an undated idea has nothing to show in a calendar
        cal.add_component(_meetup_event(meetup, contents.stamp, with_attendees))
    for item in contents.dates:
        cal.add_component(_date_event(item, contents.stamp))
    text: str = cal.to_ical().decode("utf-8")
    return text
