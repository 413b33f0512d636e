"""Planning meetups; completing one logs an in-person interaction with all its people."""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from kith.domain import validation as v
from kith.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from kith.domain.local_time import zone_city
from kith.domain.meetup_status import MeetupAllows, allows
from kith.domain.values import MeetupStatus, Mode
from kith.services.changes import Kind, change
from kith.services.context import ServiceContext
from kith.services.interactions import check_people, log_in_session, refresh_last_seen
from kith.services.views import MeetupInput, MeetupView, PersonRef
from kith.storage.schema import Interaction, Meetup, Person, meetup_person

UID_DOMAIN = "kith.local"


def new_uid() -> str:
    return f"{uuid.uuid4()}@{UID_DOMAIN}"


def zone_named(tzid: str) -> ZoneInfo:
    try:
        return ZoneInfo(tzid)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            "tzid",
            QT_TRANSLATE_NOOP("Errors", "“%1” is not a time zone Kith knows."),
            tzid,
            code="meetup.zone.unknown",
        ) from None


@dataclass(frozen=True, slots=True)
class Completion:
    """What marking a meetup done changed: enough to reopen it exactly as it was."""

    meetup: MeetupView
    interaction_id: int
    """The in-person interaction it logged."""
    was: MeetupStatus
    """Its status before (an idea or planned)."""
    on: date
    """The day it was logged on, so doing it again logs the same day."""


def meetup_view(row: Meetup) -> MeetupView:
    return _view(row, tuple(PersonRef(p.id, p.name) for p in row.people))


def _view(row: Any, people: tuple[PersonRef, ...]) -> MeetupView:
    """A meetup's view from its row: an ORM object or a plain row of its columns."""
    zone = zone_named(row.tzid)
    return MeetupView(
        id=row.id,
        uid=row.uid,
        sequence=row.sequence,
        title=row.title,
        status=MeetupStatus(row.status),
        starts_at=None if row.starts_at is None else row.starts_at.astimezone(zone),
        on_day=row.on_day,
        duration_minutes=row.duration_minutes,
        tzid=row.tzid,
        place=row.place,
        notes=row.notes,
        alarm_minutes=row.alarm_minutes,
        people=people,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _local_to_utc(moment: datetime, zone: ZoneInfo) -> datetime:
    """Read a wall-clock time in `zone`; a time skipped by a clock change is refused."""
    if moment.tzinfo is not None:
        return moment.astimezone(UTC)
    aware = moment.replace(tzinfo=zone)
    round_trip = aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if round_trip != moment:
        raise ValidationError(
            "starts_at",
            QT_TRANSLATE_NOOP("Errors", "%1 does not exist in %2: the clocks skip it."),
            moment,
            zone_city(zone.key),  # "in Berlin", as people say it
            code="meetup.time.skipped",
        )
    return aware.astimezone(UTC)


class MeetupService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def _checked(
        self, data: MeetupInput
    ) -> tuple[
        str, datetime | None, date | None, int | None, str, str, str, int | None, MeetupStatus
    ]:
        title = v.clean_title(data.title)
        tzid = data.tzid or self._ctx.clock.zone().key
        zone = zone_named(tzid)
        if data.starts_at is not None and data.on_day is not None:
            raise ValidationError(
                "starts_at",
                QT_TRANSLATE_NOOP("Errors", "A meetup is either at a time or all day, not both."),
                code="meetup.time_and_all_day",
            )
        starts = None if data.starts_at is None else _local_to_utc(data.starts_at, zone)
        duration = v.check_duration(data.duration_minutes)
        if data.on_day is not None and duration is not None and duration % (24 * 60):
            raise ValidationError(
                "duration",
                QT_TRANSLATE_NOOP("Errors", "An all-day meetup lasts whole days."),
                code="meetup.all_day.partial",
            )
        status = data.status or (
            MeetupStatus.PLANNED if (starts or data.on_day) else MeetupStatus.IDEA
        )
        if status == MeetupStatus.PLANNED and starts is None and data.on_day is None:
            raise ValidationError(
                "starts_at",
                QT_TRANSLATE_NOOP(
                    "Errors", "A planned meetup needs a day; without one it stays an idea."
                ),
                code="meetup.planned.no_day",
            )
        return (
            title,
            starts,
            data.on_day,
            duration,
            tzid,
            v.clean_note(data.place, "place"),
            v.clean_note(data.notes, "notes"),
            v.check_alarm(data.alarm_minutes),
            status,
        )

    def plan(self, data: MeetupInput) -> MeetupView:
        title, starts, on_day, duration, tzid, place, notes, alarm, status = self._checked(data)
        with self._ctx.db.writing() as s:
            people = check_people(s, data.person_ids) if data.person_ids else []
            now = self._ctx.now()
            row = Meetup(
                uid=new_uid(),
                sequence=0,
                title=title,
                status=status.value,
                starts_at=starts,
                on_day=on_day,
                tzid=tzid,
                duration_minutes=duration,
                place=place,
                notes=notes,
                alarm_minutes=alarm,
                created_at=now,
                updated_at=now,
            )
            row.people = people
            s.add(row)
            s.flush()
            view = meetup_view(row)
        self._emit(view)
        return view

    def update(self, meetup_id: int, data: MeetupInput) -> MeetupView:
        title, starts, on_day, duration, tzid, place, notes, alarm, status = self._checked(data)
        with self._ctx.db.writing() as s:
            row = self._get(s, meetup_id)
            if not _allowed(row).edit:
                raise ValidationError(
                    "status",
                    QT_TRANSLATE_NOOP("Errors", "This meetup is done; it can no longer change."),
                    code="meetup.update.done",
                )
            before = {p.id for p in row.people}
            row.people = check_people(s, data.person_ids) if data.person_ids else []
            row.title, row.starts_at, row.on_day, row.duration_minutes = (
                title,
                starts,
                on_day,
                duration,
            )
            row.tzid, row.place, row.notes, row.alarm_minutes = tzid, place, notes, alarm
            if data.status is not None or row.status != MeetupStatus.CANCELLED.value:
                row.status = status.value
            self._touch(row)
            s.flush()
            view = meetup_view(row)
        self._emit(view, also=before)
        return view

    def cancel(self, meetup_id: int) -> MeetupView:
        return self._set_status(meetup_id, MeetupStatus.CANCELLED)

    def reopen(self, meetup_id: int) -> MeetupView:
        """A cancelled meetup planned again (or back to an idea if it has no day)."""
        with self._ctx.db.reading() as s:
            row = self._get(s, meetup_id)
            dated = row.starts_at is not None or row.on_day is not None
        return self._set_status(meetup_id, MeetupStatus.PLANNED if dated else MeetupStatus.IDEA)

    def _set_status(self, meetup_id: int, status: MeetupStatus) -> MeetupView:
        with self._ctx.db.writing() as s:
            row = self._get(s, meetup_id)
            if not _allowed(row).edit:  # only history is beyond cancelling and reopening
                raise ValidationError(
                    "status",
                    QT_TRANSLATE_NOOP("Errors", "This meetup is done already."),
                    code="meetup.status.done",
                )
            row.status = status.value
            self._touch(row)
            view = meetup_view(row)
        self._emit(view)
        return view

    def complete(self, meetup_id: int, on: date | None = None) -> MeetupView:
        """Mark it done and log one in-person interaction with all its people, together."""
        return self.mark_done(meetup_id, on).meetup

    def mark_done(self, meetup_id: int, on: date | None = None) -> Completion:
        """`complete`, telling what it changed so `undo_done` can take exactly that back."""
        today = self._ctx.today()
        with self._ctx.db.writing() as s:
            row = self._get(s, meetup_id)
            if not _allowed(row).complete:
                raise _cannot_complete(row)
            day = on or min(meetup_view(row).local_day or today, today)
            if day > today:
                raise ValidationError(
                    "on",
                    QT_TRANSLATE_NOOP("Errors", "A meetup cannot be completed in the future."),
                    code="meetup.complete.future",
                )
            was = MeetupStatus(row.status)
            logged = log_in_session(
                s, list(row.people), Mode.IN_PERSON, day, row.title, row.place, row.id, self._ctx
            )
            row.status = MeetupStatus.DONE.value
            self._touch(row)
            view = meetup_view(row)
            interaction_id = logged.id
        self._emit(view, interactions=[interaction_id])
        return Completion(view, interaction_id, was, day)

    def undo_done(self, done: Completion) -> MeetupView:
        """Reopen a meetup marked done, as it was before: its earlier status back, and the
        one interaction marking it done logged gone (each person's last-seen day with it).

        Anything else logged with these people stays; the calendar sequence still rises,
        since calendars take a change only when it does.
        """
        with self._ctx.db.writing() as s:
            row = self._get(s, done.meetup.id)
            if row.status != MeetupStatus.DONE.value:
                raise ValidationError(
                    "status",
                    QT_TRANSLATE_NOOP("Errors", "“%1” is not marked done any more."),
                    row.title,
                    code="meetup.undo_done.not_done",
                )
            logged = s.get(Interaction, done.interaction_id)
            people = {p.id for p in row.people}
            # Only the entry this meetup logged: an id reused by something else is left alone.
            if logged is not None and logged.meetup_id == row.id:
                people |= {p.id for p in logged.people}
                s.delete(logged)
                s.flush()
            refresh_last_seen(s, people)
            row.status = done.was.value
            self._touch(row)
            view = meetup_view(row)
        self._emit(view, also=people, interactions=[done.interaction_id])
        return view

    def delete(self, meetup_id: int) -> None:
        with self._ctx.db.writing() as s:
            row = self._get(s, meetup_id)
            people = {p.id for p in row.people}
            s.delete(row)
        self._ctx.changes.emit(
            change(Kind.MEETUPS, Kind.PEOPLE, people=people, meetups=[meetup_id])
        )

    def get(self, meetup_id: int) -> MeetupView:
        with self._ctx.db.reading() as s:
            return meetup_view(self._get(s, meetup_id))

    def list(
        self,
        *,
        statuses: tuple[MeetupStatus, ...] | None = None,
        start: date | None = None,
        end: date | None = None,
        person_id: int | None = None,
    ) -> builtins.list[MeetupView]:
        """Meetups by time (undated ideas last). `start`/`end` are inclusive local days."""
        with self._ctx.db.reading() as s:
            # Plain rows, and everyone's people in one extra query: no ORM objects for
            # the thousands a calendar export lists.
            where: builtins.list[ColumnElement[bool]] = []
            if statuses:
                where.append(Meetup.status.in_([st.value for st in statuses]))
            if start is not None or end is not None:
                zone = self._ctx.clock.zone()
                lo = (
                    datetime.combine(start or date.min, datetime.min.time(), zone)
                    - timedelta(days=1)
                    if start
                    else None
                )
                hi = (
                    datetime.combine(end, datetime.max.time(), zone) + timedelta(days=1)
                    if end
                    else None
                )
                timed: ColumnElement[bool] = Meetup.starts_at.is_not(None)
                allday: ColumnElement[bool] = Meetup.on_day.is_not(None)
                if lo is not None:
                    timed = timed & (Meetup.starts_at >= lo)
                    allday = allday & (Meetup.on_day >= start)
                if hi is not None:
                    timed = timed & (Meetup.starts_at <= hi)
                    allday = allday & (Meetup.on_day <= end)
                where.append(or_(timed, allday))
            if person_id is not None:
                where.append(Meetup.people.any(id=person_id))
            people: dict[int, builtins.list[PersonRef]] = {}
            for meetup_id, pid, name in s.execute(
                select(meetup_person.c.meetup_id, Person.id, Person.name)
                .join(Person, Person.id == meetup_person.c.person_id)
                .join(Meetup, Meetup.id == meetup_person.c.meetup_id)
                .where(*where)
                .order_by(Person.name)
            ):
                people.setdefault(meetup_id, []).append(PersonRef(pid, name))
            views = [
                _view(r, tuple(people.get(r.id, ())))
                for r in s.execute(select(*Meetup.__table__.c).where(*where))
            ]
        if start is not None or end is not None:
            views = [
                m
                for m in views
                if m.local_day is not None
                and (start is None or m.local_day >= start)
                and (end is None or m.local_day <= end)
            ]
        return sorted(views, key=_sort_key)

    def upcoming(self, days: int = 14) -> builtins.list[MeetupView]:
        today = self._ctx.today()
        return self.list(
            statuses=(MeetupStatus.PLANNED,), start=today, end=today + timedelta(days=days)
        )

    def _emit(
        self, view: MeetupView, *, also: Iterable[int] = (), interactions: Iterable[int] = ()
    ) -> None:
        """A meetup changes its people's tending too (planned, or seen once done)."""
        kinds = (Kind.MEETUPS, Kind.PEOPLE, *((Kind.INTERACTIONS,) if interactions else ()))
        people = {p.id for p in view.people} | set(also)
        self._ctx.changes.emit(
            change(*kinds, people=people, meetups=[view.id], interactions=interactions)
        )

    def _touch(self, row: Meetup) -> None:
        # Calendars take a change only when SEQUENCE rises.
        row.sequence += 1
        row.updated_at = self._ctx.now()

    @staticmethod
    def _get(s: Session, meetup_id: int) -> Meetup:
        row = s.get(Meetup, meetup_id)
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "There is no meetup #%1."),
                str(meetup_id),  # an id is a label: no thousands separators
                code="meetup.not_found",
            )
        return row


def _sort_key(m: MeetupView) -> tuple[int, datetime, int]:
    if m.starts_at is not None:
        return (0, m.starts_at.astimezone(UTC), m.id)
    if m.on_day is not None:
        return (0, datetime.combine(m.on_day, datetime.min.time(), UTC), m.id)
    return (1, m.created_at, m.id)


def _allowed(row: Meetup) -> MeetupAllows:
    """What the row's status allows, by the same rule the Plans page and dialog follow."""
    return allows(
        MeetupStatus(row.status),
        has_people=bool(row.people),
        is_dated=row.starts_at is not None or row.on_day is not None,
    )


def _cannot_complete(row: Meetup) -> ValidationError:
    """Why a meetup may not be marked done, in the order a person would fix it."""
    if row.status == MeetupStatus.DONE.value:
        return ValidationError(
            "status",
            QT_TRANSLATE_NOOP("Errors", "“%1” is already done."),
            row.title,
            code="meetup.complete.done",
        )
    if row.status == MeetupStatus.CANCELLED.value:
        return ValidationError(
            "status",
            QT_TRANSLATE_NOOP("Errors", "“%1” was cancelled; reopen it first."),
            row.title,
            code="meetup.complete.cancelled",
        )
    return ValidationError(
        "people",
        QT_TRANSLATE_NOOP("Errors", "“%1” has nobody in it to log."),
        row.title,
        code="meetup.complete.nobody",
    )
