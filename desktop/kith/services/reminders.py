"""Reminders: gathers nudges, asks the planner what is due, delivers and records it once.

What was delivered lives in the database (table `reminder_delivery`), together with the
moment of the last check, so a restart, a second process or a clock change never
repeats a reminder, and a long absence becomes one catch-up digest.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kith.domain import reminders as plan
from kith.domain.dates import next_occurrence
from kith.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kith.domain.reminder_wording import ENGLISH, Wording
from kith.domain.values import DateKind, MeetupStatus
from kith.services.changes import Kind, change
from kith.services.context import ServiceContext
from kith.services.followups import FollowUpService
from kith.services.meetups import MeetupService
from kith.services.people import PeopleService
from kith.services.settings import (
    DIGEST_TIME,
    LAST_CHECK,
    PAUSED_UNTIL,
    QUIET_END,
    QUIET_START,
    read_in,
    write_in,
)
from kith.services.tending import TendingService
from kith.storage.database import plain_rows
from kith.storage.schema import ReminderDelivery

KEPT_FOR = timedelta(days=400)
"""Delivery records older than this are pruned: their keys can never come round again."""

_YEARLY_DATES = """
SELECT d.id, d.kind, d.label, d.month, d.day, d.year, p.id, p.name
FROM important_date d JOIN person p ON p.id = d.person_id
WHERE p.archived = 0
"""

Send = Callable[[str, str], str]
"""Shows a title and text; returns the name of what showed it, raises when nothing could."""
Show = Callable[[plan.Delivery], str]
"""Like Send, given the whole delivery: who or what it is about, for its actions."""


@dataclass(frozen=True, slots=True)
class Sent:
    delivery: plan.Delivery
    by: str


@dataclass(frozen=True, slots=True)
class Failed:
    delivery: plan.Delivery
    reason: str


@dataclass(frozen=True, slots=True)
class Prepared:
    """What a check read, handed from a worker thread to the one that delivers."""

    now: datetime
    zone: ZoneInfo
    settings: plan.ReminderSettings
    nudges: plan.Nudges


@dataclass(frozen=True, slots=True)
class Round:
    """One check: what was delivered, and what could not be (it is tried again)."""

    sent: tuple[Sent, ...]
    failed: tuple[Failed, ...]


def parse_clock_time(text: str, field: str) -> time:
    """ "09:00" → time(9, 0); anything else is refused with a message naming the field."""
    try:
        hours, minutes = text.strip().split(":")
        return time(int(hours), int(minutes))
    except (ValueError, AttributeError):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "“%1” is not a time of day like 09:00."),
            text,
            code="clock_time.malformed",
        ) from None


class ReminderService:
    def __init__(
        self,
        ctx: ServiceContext,
        people: PeopleService,
        tending: TendingService,
        meetups: MeetupService,
        follow_ups: FollowUpService,
    ) -> None:
        self._ctx = ctx
        self._people = people
        self._tending = tending
        self._meetups = meetups
        self._follow_ups = follow_ups
        self.wording: Wording = ENGLISH
        """The phrases of notifications; the GUI sets a translated one."""

    # Settings ---------------------------------------------------------------------------

    def settings(self) -> plan.ReminderSettings:
        with self._ctx.db.reading() as s:
            return _settings(s)

    def _state(self) -> tuple[plan.ReminderSettings, datetime | None]:
        with self._ctx.db.reading() as s:
            return _settings(s), read_in(s, LAST_CHECK)

    def update_settings(
        self,
        *,
        digest_time: time | None = None,
        quiet_start: time | None = None,
        quiet_end: time | None = None,
    ) -> plan.ReminderSettings:
        changes = {
            DIGEST_TIME: digest_time,
            QUIET_START: quiet_start,
            QUIET_END: quiet_end,
        }
        with self._ctx.db.writing() as s:
            for setting, value in changes.items():
                if value is not None:
                    write_in(s, setting, value)
        written = [setting.key for setting, value in changes.items() if value is not None]
        self._ctx.changes.emit(change(Kind.SETTINGS, settings=written))
        return self.settings()

    def pause_today(self) -> datetime:
        """Silence every reminder until local midnight; returns when the pause ends."""
        zone = self._ctx.clock.zone()
        until = plan.local_moment(self._ctx.today() + timedelta(days=1), time(0), zone)
        with self._ctx.db.writing() as s:
            write_in(s, PAUSED_UNTIL, until)
        self._ctx.changes.emit(change(Kind.SETTINGS, settings=[PAUSED_UNTIL.key]))
        return until

    def resume(self) -> None:
        with self._ctx.db.writing() as s:
            write_in(s, PAUSED_UNTIL, None)
        self._ctx.changes.emit(change(Kind.SETTINGS, settings=[PAUSED_UNTIL.key]))

    def is_paused(self) -> bool:
        return self.settings().is_paused(self._ctx.now())

    # What to tell -----------------------------------------------------------------------

    def people_to_see(self, on: date | None = None) -> list[plan.PersonDue]:
        """Who a digest on `on` (default today) would name: overdue and due, not snoozed."""
        day = on or self._ctx.today()
        return plan.people_to_see(self._due(day), day)

    def nudges(self, on: date | None = None, *, span_days: int = 2) -> plan.Nudges:
        """Everything worth telling, with the due list for `on` (default today)."""
        day = on or self._ctx.today()
        return plan.Nudges(
            due=self._due(day),
            dates=self._dates(),
            meetups=self._alarms(day - timedelta(days=1), day + timedelta(days=span_days)),
        )

    def _due(self, day: date) -> list[plan.PersonDue]:
        listed = self._tending.due(day, include_snoozed=True).facts
        return [
            plan.PersonDue(p.id, p.name, p.tending.state, p.tending.days_overdue, p.snoozed_until)
            for p in listed
        ]

    def _dates(self) -> list[plan.YearlyDate]:
        """Every yearly date of people not archived, soonest first and then by name, as
        `upcoming_dates` orders them. Read plainly: a week's dry run at 100,000 people
        asks for some 90,000, and views of each cost seconds."""
        today = self._ctx.today()
        with self._ctx.db.reading() as s:
            rows = plain_rows(s, _YEARLY_DATES, {})
        away: dict[tuple[int, int], int | None] = {}
        dated = []
        for row in rows:
            month_day = (row[3], row[4])
            if month_day not in away:
                try:
                    away[month_day] = (next_occurrence(*month_day, today) - today).days
                except ValueError:  # a day the month never has: nothing to remind of
                    away[month_day] = None
            days = away[month_day]
            if days is not None:
                dated.append((days, row[7].casefold(), row))
        dated.sort(key=lambda found: found[:2])
        return [
            plan.YearlyDate(date_id, name, DateKind(kind), month, day, year, label, pid)
            for _, _, (date_id, kind, label, month, day, year, pid, name) in dated
        ]

    def _alarms(self, first: date, last: date) -> list[plan.MeetupAlarm]:
        meetups = [
            m
            for m in self._meetups.list(statuses=(MeetupStatus.PLANNED,), start=first, end=last)
            if m.alarm_minutes is not None
        ]
        ids = {p.id for m in meetups for p in m.people}
        open_items: dict[int, list[str]] = {}
        for f in self._follow_ups.open_for(sorted(ids)) if ids else []:
            open_items.setdefault(f.person.id, []).append(f"{f.person.name}: {f.text}")
        return [
            plan.MeetupAlarm(
                uid=m.uid,
                sequence=m.sequence,
                title=m.title,
                people=tuple(p.name for p in m.people),
                alarm_minutes=m.alarm_minutes or 0,
                starts_at=m.starts_at,
                on_day=m.on_day,
                place=m.place,
                follow_ups=tuple(item for p in m.people for item in open_items.get(p.id, [])),
                meetup_id=m.id,
            )
            for m in meetups
        ]

    # Delivering -------------------------------------------------------------------------

    def deliver_due(self, send: Send) -> Round:
        """Deliver what is due now and record it, in one transaction with the check mark.

        A reminder that could not be shown is not recorded, and the check mark stays, so
        the next check tries it again.
        """
        prepared = self.prepare()
        return Round((), ()) if prepared is None else self.deliver(prepared, send)

    def prepare(self, now: datetime | None = None) -> Prepared | None:
        """The reading half of a check, safe on a worker thread; None: nothing can be due.

        When nothing can be due (most minutes), only the check mark moves.
        """
        now = now or self._ctx.now()
        zone = self._ctx.clock.zone()
        today = now.astimezone(zone).date()
        settings, since = self._state()
        alarms = self._alarms(today - timedelta(days=1), today + timedelta(days=2))
        if not plan.may_deliver(since, now, zone, settings, alarms):
            with self._ctx.db.writing() as s:
                write_in(s, LAST_CHECK, now.astimezone(UTC))
            return None
        nudges = plan.Nudges(self._due(today), self._dates(), alarms)
        return Prepared(now, zone, settings, nudges)

    def deliver(self, prepared: Prepared, send: Send, *, show: Show | None = None) -> Round:
        """The delivering half: plan, send and record in one write transaction.

        Runs where `send` may run (the GUI thread for the tray and the banner); it is quick,
        the slow reading was done by `prepare`. `show`, when given, is used instead of `send`.
        """
        now, zone = prepared.now, prepared.zone
        sent: list[Sent] = []
        failed: list[Failed] = []
        with self._ctx.db.writing() as s:
            since = read_in(s, LAST_CHECK)
            delivered = set(s.scalars(select(ReminderDelivery.key)))
            result = plan.check(
                now, zone, prepared.settings, prepared.nudges, delivered, since, self.wording
            )
            for d in result.deliveries:
                try:
                    by = show(d) if show is not None else send(d.title, d.text)
                except Exception as exc:  # the sender reports; Kith keeps running
                    failed.append(Failed(d, str(exc)))
                    continue
                sent.append(Sent(d, by))
                _record(s, d, now)
            if not failed:
                write_in(s, LAST_CHECK, result.checked_until.astimezone(UTC))
            s.execute(
                delete(ReminderDelivery).where(ReminderDelivery.delivered_at < now - KEPT_FOR)
            )
        return Round(tuple(sent), tuple(failed))

    def simulate(self, start: datetime, end: datetime) -> list[plan.Delivery]:
        """What would be delivered from `start` to `end` with Kith running all along.

        Nothing is recorded. Uses today's data (the due list moves with each day).
        """
        if end <= start:
            raise ValidationError(
                "to",
                QT_TRANSLATE_NOOP("Errors", "The end of the span must come after its start."),
                code="simulate.span.backwards",
            )
        if end - start > timedelta(days=366):
            raise ValidationError(
                "to",
                QT_TRANSLATE_NOOP("Errors", "Simulate at most a year at a time."),
                code="simulate.span.too_long",
            )
        zone = self._ctx.clock.zone()
        settings = self.settings()
        first, last = start.astimezone(zone).date(), end.astimezone(zone).date()
        alarms = self._alarms(first - timedelta(days=1), last + timedelta(days=1))
        dates = plan.YearlyDates(self._dates())  # asked at every check: indexed once
        with self._ctx.db.reading() as s:
            delivered = set(s.scalars(select(ReminderDelivery.key)))
        by_day: dict[date, plan.Nudges] = {}
        found: list[plan.Delivery] = []
        since = start
        for moment in _ticks(start, end, alarms):
            if not plan.may_deliver(since, moment, zone, settings, alarms):
                since = moment  # what the running app does: a cheap tick, nothing to say
                continue
            day = moment.astimezone(zone).date()
            if day not in by_day:
                by_day[day] = plan.Nudges(self._due(day), dates, alarms)
            result = plan.check(moment, zone, settings, by_day[day], delivered, since, self.wording)
            for d in result.deliveries:
                delivered.add(d.key)
                delivered.update(d.folds)
                found.append(d)
            since = result.checked_until
        return found

    def recent(self, limit: int = 20) -> list[tuple[str, str, datetime, str]]:
        """The last deliveries: (key, kind, delivered_at, title), newest first."""
        with self._ctx.db.reading() as s:
            rows = s.execute(
                select(
                    ReminderDelivery.key,
                    ReminderDelivery.kind,
                    ReminderDelivery.delivered_at,
                    ReminderDelivery.title,
                )
                .order_by(ReminderDelivery.delivered_at.desc())
                .limit(limit)
            ).all()
        return [(k, kind, at, title) for k, kind, at, title in rows]


def _ticks(start: datetime, end: datetime, alarms: list[plan.MeetupAlarm]) -> list[datetime]:
    """Check moments for a simulation: every quarter hour, and each alarm's own minute."""
    moments = set()
    step = timedelta(minutes=15)
    moment = start
    while moment <= end:
        moments.add(moment)
        moment += step
    moments.add(end)
    for m in alarms:
        if m.starts_at is not None:
            at = m.starts_at.astimezone(UTC) - timedelta(minutes=m.alarm_minutes)
            if start <= at <= end:
                moments.add(at)
    return sorted(moments)


def _settings(s: Session) -> plan.ReminderSettings:
    return plan.ReminderSettings(
        digest_time=read_in(s, DIGEST_TIME),
        quiet_start=read_in(s, QUIET_START),
        quiet_end=read_in(s, QUIET_END),
        paused_until=read_in(s, PAUSED_UNTIL),
    )


def _record(s: Session, d: plan.Delivery, now: datetime) -> None:
    s.merge(ReminderDelivery(key=d.key, kind=d.kind.value, delivered_at=now, title=d.title))
    for key in d.folds:  # missed while away: told in the catch-up, never on their own
        s.merge(ReminderDelivery(key=key, kind="folded", delivered_at=now, title=d.title))
