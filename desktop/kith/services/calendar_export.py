"""Meetups and yearly dates out of the database and into .ics files."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kith.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kith.domain.interests import shared_interests
from kith.domain.values import ContactKind, DateKind, MeetupStatus
from kith.interchange.ical import (
    Attendee,
    CalendarContents,
    CalendarDate,
    CalendarMeetup,
    calendar_chunks,
    calendar_text,
)
from kith.interchange.vcard_write import stable_card_uid
from kith.services.context import ServiceContext
from kith.services.meetups import MeetupService
from kith.services.summaries import interests_of, my_interests
from kith.services.views import MeetupView
from kith.storage.files import atomic_text_output
from kith.storage.schema import ContactMethod, ImportantDate, Person

CALENDAR_NAME = "Kith meetups"


@dataclass(frozen=True, slots=True)
class CalendarExport:
    path: Path
    meetups: int
    dates: int


@dataclass(frozen=True, slots=True)
class CalendarSelection:
    """Which meetups go into a file; empty means every upcoming one (today on)."""

    meetup_ids: tuple[int, ...] = ()
    start: date | None = None
    end: date | None = None
    person_id: int | None = None
    include_dates: bool = False
    """Also the birthdays and other yearly dates (of the person, or of everyone)."""
    with_attendees: bool = False
    """ATTENDEE lines with e-mail addresses; off, so no calendar mails anyone by itself."""


class CalendarExportService:
    def __init__(self, ctx: ServiceContext, meetups: MeetupService) -> None:
        self._ctx = ctx
        self._meetups = meetups

    def select_meetups(self, selection: CalendarSelection) -> list[MeetupView]:
        if selection.meetup_ids:
            views = [self._meetups.get(mid) for mid in selection.meetup_ids]
            undated = [m for m in views if not m.is_dated]
            if undated:
                raise ValidationError(
                    "meetup",
                    QT_TRANSLATE_NOOP(
                        "Errors", "“%1” has no day yet, so it cannot go into a calendar."
                    ),
                    undated[0].title,
                    code="export.meetup.undated",
                )
            return views
        if selection.start is not None or selection.end is not None:
            views = self._meetups.list(
                start=selection.start, end=selection.end, person_id=selection.person_id
            )
        elif selection.person_id is not None:
            views = self._meetups.list(person_id=selection.person_id)
        else:
            views = self._meetups.list(
                statuses=(MeetupStatus.PLANNED, MeetupStatus.CANCELLED), start=self._ctx.today()
            )
        return [m for m in views if m.is_dated]

    def contents(self, selection: CalendarSelection) -> CalendarContents:
        views = self.select_meetups(selection)
        people_ids = {p.id for m in views for p in m.people}
        with self._ctx.db.reading() as s:
            mine = my_interests(s)
            interests = interests_of(s, people_ids)
            emails: dict[int, str] = {}
            if selection.with_attendees and people_ids:
                for pid, value in s.execute(
                    select(ContactMethod.person_id, ContactMethod.value)
                    .where(
                        ContactMethod.kind == ContactKind.EMAIL.value,
                        ContactMethod.person_id.in_(people_ids),
                    )
                    .order_by(ContactMethod.id)
                ):
                    emails.setdefault(pid, value)
            dates = self._dates(s, selection) if selection.include_dates else []
        meetups = []
        for m in views:
            shared: dict[str, None] = {}
            for p in m.people:
                for tag in shared_interests(mine, interests.get(p.id, [])):
                    shared.setdefault(tag, None)
            meetups.append(
                CalendarMeetup(
                    uid=m.uid,
                    sequence=m.sequence,
                    title=m.title,
                    status=m.status,
                    starts_at=m.starts_at,
                    on_day=m.on_day,
                    duration_minutes=m.duration_minutes,
                    tzid=m.tzid,
                    place=m.place,
                    notes=m.notes,
                    people=tuple(p.name for p in m.people),
                    shared_interests=tuple(shared),
                    alarm_minutes=m.alarm_minutes,
                    attendees=tuple(
                        Attendee(p.name, emails[p.id]) for p in m.people if p.id in emails
                    ),
                    created_at=m.created_at,
                    updated_at=m.updated_at,
                )
            )
        return CalendarContents(
            meetups=meetups, dates=dates, name=CALENDAR_NAME, stamp=self._ctx.now()
        )

    @staticmethod
    def _dates(s: Session, selection: CalendarSelection) -> list[CalendarDate]:
        query = (
            select(
                ImportantDate,
                Person.id,
                Person.name,
                Person.card_uid,
                Person.sync_id,
                Person.created_at,
            )
            .join(Person, Person.id == ImportantDate.person_id)
            .order_by(Person.name, ImportantDate.id)
        )
        if selection.person_id is not None:
            query = query.where(Person.id == selection.person_id)
        else:
            query = query.where(Person.archived.is_(False))
        return [
            CalendarDate(
                # The person's card UID: the same on every computer they are synced to.
                person_key=card_uid or stable_card_uid(sync_id, pid, created.isoformat()),
                person_name=name,
                kind=DateKind(row.kind),
                label=row.label,
                month=row.month,
                day=row.day,
                year=row.year,
            )
            for row, pid, name, card_uid, sync_id, created in s.execute(query)
        ]

    def calendar_text(self, selection: CalendarSelection) -> str:
        return calendar_text(self.contents(selection), with_attendees=selection.with_attendees)

    def export(self, path: Path, selection: CalendarSelection | None = None) -> CalendarExport:
        """Write the selected meetups to `path` (whole or not at all)."""
        chosen = selection or CalendarSelection()
        contents = self.contents(chosen)
        written = list(contents.meetups)
        if not written and not contents.dates:
            raise ValidationError(
                "meetups",
                QT_TRANSLATE_NOOP("Errors", "There are no meetups to export in that range.")
                if chosen.start or chosen.end
                else QT_TRANSLATE_NOOP("Errors", "There are no meetups to export."),
                code="export.no_meetups",
            )
        with atomic_text_output(path) as out:
            for chunk in calendar_chunks(contents, with_attendees=chosen.with_attendees):
                out.write(chunk)
        return CalendarExport(path=path, meetups=len(written), dates=len(contents.dates))

    def export_meetups(self, path: Path, meetup_ids: Sequence[int]) -> CalendarExport:
        return self.export(path, CalendarSelection(meetup_ids=tuple(meetup_ids)))
