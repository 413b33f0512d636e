"""Meetups and yearly dates as an iCalendar (RFC 5545) file any calendar accepts."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from kith.domain.dates import occurrence_in
from kith.domain.interests import join_names
from kith.domain.local_time import is_unambiguous
from kith.domain.values import DateKind, MeetupStatus

PRODID = "-//Kith//Kith meetups//EN"
UID_DOMAIN = "kith.local"
_DATES_NAMESPACE = uuid.UUID("6f1c1f9e-0c2b-4a55-9d0f-6b3f7f0c2a11")
_STATUS = {
    MeetupStatus.PLANNED: "CONFIRMED",
    MeetupStatus.DONE: "CONFIRMED",
    MeetupStatus.IDEA: "TENTATIVE",
    MeetupStatus.CANCELLED: "CANCELLED",
}
_UTC_NAMES = {"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Zulu", "Etc/Zulu", "GMT", "Etc/GMT"}


@dataclass(frozen=True, slots=True)
class Attendee:
    name: str
    email: str


@dataclass(frozen=True, slots=True)
class CalendarMeetup:
    """A dated meetup; `starts_at` is aware in `tzid`, or `on_day` is set (all day)."""

    uid: str
    sequence: int
    title: str
    status: MeetupStatus
    starts_at: datetime | None
    on_day: date | None
    duration_minutes: int | None
    tzid: str
    place: str = ""
    notes: str = ""
    people: tuple[str, ...] = ()
    shared_interests: tuple[str, ...] = ()
    alarm_minutes: int | None = None
    attendees: tuple[Attendee, ...] = ()
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class CalendarDate:
    """A birthday, anniversary or custom date, repeated every year."""

    person_key: str
    """Stable per person (card UID or id), so the event UID survives edits."""
    person_name: str
    kind: DateKind
    label: str
    month: int
    day: int
    year: int | None


@dataclass(frozen=True, slots=True)
class CalendarContents:
    stamp: datetime
    """DTSTAMP: when the file was made (UTC), from the caller's clock."""
    meetups: Sequence[CalendarMeetup] = ()
    dates: Sequence[CalendarDate] = ()
    name: str = ""


def describe(meetup: CalendarMeetup) -> str:
    """The DESCRIPTION: who, what you share, and the notes."""
    parts = []
    if meetup.people:
        parts.append(f"With {join_names(list(meetup.people))}.")
    if meetup.shared_interests:
        parts.append(f"You share: {', '.join(meetup.shared_interests)}.")
    if meetup.notes:
        parts.append(meetup.notes)
    return "\n\n".join(parts)


def date_uid(item: CalendarDate) -> str:
    key = f"{item.person_key}/{item.kind.value}/{item.label.casefold()}"
    return f"{uuid.uuid5(_DATES_NAMESPACE, key)}@{UID_DOMAIN}"


def date_summary(item: CalendarDate) -> str:
    if item.kind == DateKind.BIRTHDAY:
        return f"{item.person_name}’s birthday"
    label = item.label or ("Anniversary" if item.kind == DateKind.ANNIVERSARY else "Date")
    return f"{item.person_name}: {label}"


def _is_utc(tzid: str) -> bool:
    return tzid in _UTC_NAMES


def _span_years(meetups: Iterable[CalendarMeetup]) -> dict[str, tuple[int, int]]:
    spans: dict[str, tuple[int, int]] = {}
    for m in meetups:
        if m.starts_at is None or _is_utc(m.tzid):
            continue
        end = m.starts_at + timedelta(minutes=m.duration_minutes or 0)
        lo, hi = spans.get(m.tzid, (m.starts_at.year, end.year))
        spans[m.tzid] = (min(lo, m.starts_at.year), max(hi, end.year))
    return spans


def _unmistakable(moment: datetime) -> datetime:
    """`moment` in its own zone, or in UTC when its wall-clock time happens twice there.

    A local time in the repeated hour of the autumn change names two instants; RFC 5545
    says to take the first, but readers differ (and an end read that way can fall before
    its start). A UTC value ("Z") is the one form every reader takes the same, so only
    those values are written that way; all others keep the TZID, so calendars still show
    the meetup in its zone. DURATION would not help: the start itself can be ambiguous.
    """
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


def calendar_text(contents: CalendarContents, *, with_attendees: bool = False) -> str:
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
