"""Meetups and yearly dates as an iCalendar (RFC 5545) file any calendar accepts."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

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
    # The same offset on both sides of a fold: neither repeated nor skipped, the usual
    # case, settled without resolving the wall-clock time.
    if moment.utcoffset() == moment.replace(fold=1 - moment.fold).utcoffset():
        return moment
    return moment if is_unambiguous(moment) else moment.astimezone(UTC)


# Each event is written as text: building icalendar's objects cost about 0.7 ms an event,
# most of a calendar of thousands. Property order, escaping and folding are icalendar's
# own (a test compares the two writers byte for byte), so files read as before.
def _escaped(text: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line ends."""
    return (
        text.replace(r"\N", "\n")
        .replace("\\", "\\\\")
        .replace(";", r"\;")
        .replace(",", r"\,")
        .replace("\r\n", r"\n")
        .replace("\n", r"\n")
        .replace("\r", r"\n")
    )


def _folded(line: str) -> str:
    """`line` cut into pieces under 75 octets (RFC 5545 3.1), never right after a
    backslash or caret, so an escape stays whole for readers that unfold carelessly."""
    if len(line) < 19 or len(line.encode("utf-8")) < 75:  # 4 octets at most a character
        return line
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        if current and size + width >= 75:
            if len(current) > 1 and current[-1] in "\\^":
                kept = current.pop()
                pieces.append("".join(current))
                current = [kept]
                size = len(kept.encode("utf-8"))
            else:
                pieces.append("".join(current))
                current = []
                size = 0
        current.append(char)
        size += width
    if current:
        pieces.append("".join(current))
    return "\r\n ".join(pieces)


def _utc_text(moment: datetime) -> str:
    return _wall(moment.astimezone(UTC)) + "Z"


def _wall(moment: datetime) -> str:
    return (
        f"{moment.year:04}{moment.month:02}{moment.day:02}"
        f"T{moment.hour:02}{moment.minute:02}{moment.second:02}"
    )


def _day_text(day: date) -> str:
    return f"{day.year:04}{day.month:02}{day.day:02}"


@functools.lru_cache(maxsize=64)
def _zone_id(zone: tzinfo | None) -> str | None:
    """The TZID written for a time in `zone`; None when it is written as UTC ("Z"),
    as icalendar names zones that are UTC under another name."""
    from icalendar.timezone.tzid import tzid_from_tzinfo

    found = tzid_from_tzinfo(zone)
    return None if found == "UTC" else found


def _moment(name: str, moment: datetime) -> str:
    wall = _wall(moment)
    tzid = _zone_id(moment.tzinfo)
    if tzid is None:
        return f"{name}:{wall}Z"
    return f"{name};TZID={tzid}:{wall}"


def _duration(delta: timedelta) -> str:
    sign = ""
    if delta.days < 0:
        sign, delta = "-", -delta
    time_part = ""
    if delta.seconds:
        hours, rest = divmod(delta.seconds, 3600)
        minutes, seconds = divmod(rest, 60)
        time_part = "T"
        if hours:
            time_part += f"{hours}H"
        if minutes or (hours and seconds):
            time_part += f"{minutes}M"
        if seconds:
            time_part += f"{seconds}S"
    if delta.days == 0 and time_part:
        return f"{sign}P{time_part}"
    return f"{sign}P{abs(delta.days)}D{time_part}"


def _attendee_line(person: Attendee) -> str:
    # Rare and with parameter quoting rules of its own: icalendar writes it.
    import icalendar
    from icalendar.parser import Contentline

    attendee = icalendar.vCalAddress(f"mailto:{person.email}")
    attendee.params["CN"] = icalendar.vText(person.name)
    attendee.params["ROLE"] = icalendar.vText("REQ-PARTICIPANT")
    return str(Contentline.from_parts("ATTENDEE", attendee.params, attendee))


def _lines(lines: Iterable[str]) -> str:
    return "".join(_folded(line) + "\r\n" for line in lines)


def _meetup_event(m: CalendarMeetup, stamp: str, with_attendees: bool) -> str:
    # icalendar's order: its canonical first properties, then the others by name.
    lines = ["BEGIN:VEVENT", f"SUMMARY:{_escaped(m.title)}"]
    if m.on_day is not None:
        days = max(1, (m.duration_minutes or 0) // (24 * 60))
        lines.append(f"DTSTART;VALUE=DATE:{_day_text(m.on_day)}")
        lines.append(f"DTEND;VALUE=DATE:{_day_text(m.on_day + timedelta(days=days))}")
    else:
        assert m.starts_at is not None
        start = m.starts_at.astimezone(UTC) if _is_utc(m.tzid) else m.starts_at
        lines.append(_moment("DTSTART", _unmistakable(start)))
        if m.duration_minutes:
            # Absolute time, then back to the zone: right across a clock change.
            end = (start.astimezone(UTC) + timedelta(minutes=m.duration_minutes)).astimezone(
                start.tzinfo
            )
            lines.append(_moment("DTEND", _unmistakable(end)))
    lines += [stamp, f"UID:{_escaped(m.uid)}", f"SEQUENCE:{m.sequence}"]
    if with_attendees:
        lines += [_attendee_line(person) for person in m.attendees]
    if m.created_at is not None:
        lines.append(f"CREATED:{_utc_text(m.created_at)}")
    text = describe(m)
    if text:
        lines.append(f"DESCRIPTION:{_escaped(text)}")
    if m.updated_at is not None:
        lines.append(f"LAST-MODIFIED:{_utc_text(m.updated_at)}")
    if m.place:
        lines.append(f"LOCATION:{_escaped(m.place)}")
    lines.append(f"STATUS:{_STATUS[m.status]}")
    if m.alarm_minutes is not None and m.status != MeetupStatus.CANCELLED:
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{_escaped(m.title)}",
            f"TRIGGER:{_duration(timedelta(minutes=-m.alarm_minutes))}",
            "END:VALARM",
        ]
    lines.append("END:VEVENT")
    return _lines(lines)


def _date_event(item: CalendarDate, stamp: str) -> str:
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
    lines = [
        "BEGIN:VEVENT",
        f"SUMMARY:{_escaped(date_summary(item))}",
        f"DTSTART;VALUE=DATE:{_day_text(start)}",
        f"DTEND;VALUE=DATE:{_day_text(start + timedelta(days=1))}",
        stamp,
        f"UID:{_escaped(date_uid(item))}",
        "RRULE:FREQ=YEARLY" + (";BYMONTHDAY=-1;BYMONTH=2" if leap_day else ""),
    ]
    if item.year is not None:
        since = "Born" if item.kind == DateKind.BIRTHDAY else "Since"
        lines.append(f"DESCRIPTION:{since} {item.year}.")
    lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    return _lines(lines)


def calendar_chunks(contents: CalendarContents, *, with_attendees: bool = False) -> Iterator[str]:
    """The .ics file in pieces, one component at a time (CRLF line ends, folded under
    75 octets), so a large calendar can be written as it is made."""
    header = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{_escaped(PRODID)}", "CALSCALE:GREGORIAN"]
    if contents.name:
        header += [f"NAME:{_escaped(contents.name)}", f"X-WR-CALNAME:{_escaped(contents.name)}"]
    yield _lines(header)
    spans = _span_years(contents.meetups)
    if spans:
        from kith.interchange.timezones import vtimezone

        for tzid, (first, last) in sorted(spans.items()):
            yield vtimezone(tzid, first, last).to_ical().decode("utf-8")
    stamp = f"DTSTAMP:{_utc_text(contents.stamp)}"
    for meetup in contents.meetups:
        if meetup.starts_at is None and meetup.on_day is None:
            continue  # an undated idea has nothing to show in a calendar
        yield _meetup_event(meetup, stamp, with_attendees)
    for item in contents.dates:
        yield _date_event(item, stamp)
    yield "END:VCALENDAR\r\n"


def calendar_text(contents: CalendarContents, *, with_attendees: bool = False) -> str:
    """The whole .ics file as text (CRLF line ends, folded under 75 octets)."""
    return "".join(calendar_chunks(contents, with_attendees=with_attendees))
