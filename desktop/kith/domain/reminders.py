"""The reminder planner: what to tell the user, and when. Plain values in, plain values out.

Rules (the calm defaults; every one is a setting or a choice the user made):
- One digest a day at the digest time (09:00 local) naming a handful of people to see,
  the due list's first (closeness first, as Today), with a count of the rest, and the
  important dates two to seven days ahead (today's and tomorrow's have notices of their own).
- A birthday (or any yearly date) gets its own notice at digest time the day before and on
  the day.
- A meetup alarm rings at its own time (start minus the alarm minutes); an all-day meetup's
  alarm rings at digest time on its day. The alarm names the open follow-ups of its people.
- Nothing is delivered in quiet hours (21:00-08:00): it waits for their end. Meetup alarms
  are the one exception: the user set that alarm for that meetup, and an alarm moved past
  the start of the meetup would be useless.
- "Pause for today" silences everything, alarms too, until the pause ends; what falls in
  the pause is dropped, not saved for later.
- Snoozed people are left out of the digest until their snooze ends.
- A reminder found late still comes the same day (after the quiet hours); once its day
  is over it is dropped, and today's comes instead.
- When the app was closed (or the machine asleep) for a day or more, ONE catch-up digest
  replaces everything missed; it takes the place of today's digest.

Each delivery has a stable key, so recording the keys delivered makes every delivery
happen once, whatever the clock, the time zone or restarts do.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from kith.domain.dates import occurrence_in
from kith.domain.reminder_wording import ENGLISH, Wording
from kith.domain.tending import is_snoozed
from kith.domain.values import DateKind, TendingState

DIGEST_SIZE = 5
"""People named in a digest; the rest are counted."""
DATES_NAMED = 6
"""Dates named in one notification or digest; the rest are counted."""
DATES_AHEAD = 7
"""Important dates this many days ahead appear in the digest."""
CATCH_UP_AFTER = timedelta(days=1)
"""A gap this long between two checks means the user was away: one catch-up digest."""
LOOKBACK = timedelta(days=31)
"""The furthest back a check looks, however long the app was closed."""


class DeliveryKind(StrEnum):
    DIGEST = "digest"
    CATCH_UP = "catch-up"
    DATE = "date"
    ALARM = "alarm"


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    digest_time: time = time(9, 0)
    quiet_start: time = time(21, 0)
    quiet_end: time = time(8, 0)
    """Equal start and end mean no quiet hours."""
    paused_until: datetime | None = None
    """Aware; nothing is delivered before it."""

    def is_quiet(self, moment: time) -> bool:
        start, end = self.quiet_start, self.quiet_end
        if start == end:
            return False
        if start < end:
            return start <= moment < end
        return moment >= start or moment < end  # the quiet hours span midnight

    def is_paused(self, moment: datetime) -> bool:
        return self.paused_until is not None and moment < self.paused_until


@dataclass(frozen=True, slots=True)
class PersonDue:
    """A person on the due list, as the planner needs them."""

    id: int
    name: str
    state: TendingState
    days_overdue: int
    snoozed_until: date | None = None

    def snoozed_on(self, day: date) -> bool:
        return is_snoozed(self.snoozed_until, day)


@dataclass(frozen=True, slots=True)
class YearlyDate:
    """A birthday, anniversary or custom yearly date of a person."""

    id: int
    person_name: str
    kind: DateKind
    month: int
    day: int
    year: int | None = None
    label: str = ""
    person_id: int | None = None


@dataclass(frozen=True, slots=True)
class MeetupAlarm:
    """A planned meetup with an alarm; `follow_ups` are open ones of its people."""

    uid: str
    sequence: int
    title: str
    people: tuple[str, ...]
    alarm_minutes: int
    starts_at: datetime | None = None
    """Aware, for a timed meetup."""
    on_day: date | None = None
    """For an all-day meetup."""
    place: str = ""
    follow_ups: tuple[str, ...] = ()
    meetup_id: int | None = None


@dataclass(frozen=True, slots=True)
class Nudges:
    """Everything worth telling, as of now. The due list is for the day being planned."""

    due: Sequence[PersonDue] = ()
    dates: Sequence[YearlyDate] = ()
    meetups: Sequence[MeetupAlarm] = ()


@dataclass(frozen=True, slots=True)
class Delivery:
    key: str
    kind: DeliveryKind
    at: datetime
    """When it is delivered (aware UTC), after quiet hours are taken into account."""
    title: str
    text: str
    person_ids: tuple[int, ...] = ()
    folds: tuple[str, ...] = ()
    """For a catch-up: the keys of the missed deliveries it replaces."""
    summary: str = ""
    """A few words naming it in a catch-up ("Ana's birthday, Tuesday 24 November")."""
    happens_on: date | None = None
    """The day the date or meetup it tells of happens."""
    meetup_id: int | None = None
    """For an alarm: the meetup, so the notification can open it or mark it done."""


@dataclass(frozen=True, slots=True)
class Check:
    """The outcome of one check: what to deliver now, and how far everything is settled."""

    deliveries: tuple[Delivery, ...]
    checked_until: datetime
    """The next check starts here; it stays put while a catch-up waits for quiet hours."""
    skipped: tuple[str, ...] = ()
    """Keys silenced by a pause (not delivered, not to be delivered later)."""


def local_moment(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The UTC moment of a wall-clock time on a day; a time skipped by DST comes an hour on."""
    return datetime.combine(day, at, zone).astimezone(UTC)


def after_quiet_hours(moment: datetime, zone: ZoneInfo, settings: ReminderSettings) -> datetime:
    """`moment`, or the end of the quiet hours it falls in."""
    local = moment.astimezone(zone)
    if not settings.is_quiet(local.time()):
        return moment
    day = local.date()
    if local.time() >= settings.quiet_end:
        day += timedelta(days=1)
    return local_moment(day, settings.quiet_end, zone)


def people_to_see(due: Iterable[PersonDue], day: date) -> list[PersonDue]:
    """The due list's people not snoozed on `day`, in its order (closeness first).

    The digest, the tray and Today count this same list, so they never disagree.
    """
    return [p for p in due if not p.snoozed_on(day)]


def _date_name(d: YearlyDate, words: Wording) -> str:
    if d.kind == DateKind.BIRTHDAY:
        return words.birthday(d.person_name)
    if d.kind == DateKind.ANNIVERSARY:
        return words.anniversary(d.person_name, d.label)
    return words.yearly_date(d.person_name, d.label)


def _occurrences(d: YearlyDate, first: date, last: date) -> list[date]:
    found = []
    for year in range(first.year, last.year + 1):
        try:
            on = occurrence_in(year, d.month, d.day)
        except ValueError:  # a day the month never has: nothing to remind of
            continue
        if first <= on <= last:
            found.append(on)
    return found


class YearlyDates(tuple[YearlyDate, ...]):
    """Yearly dates that remember, year by year, which of them fall on each day.

    Planning a span checks again and again (a week's dry run: hundreds of times), each
    time for the same few days; working out every date's day once per year keeps that
    from being a pass over all of them per check.
    """

    _by_year: dict[int, dict[date, list[YearlyDate]]]

    def __new__(cls, dates: Iterable[YearlyDate] = ()) -> YearlyDates:
        made = super().__new__(cls, dates)
        made._by_year = {}
        return made

    def falling(self, first: date, last: date) -> list[tuple[YearlyDate, date]]:
        """Each date with the day it falls on, for the days `first`..`last`."""
        found: list[tuple[YearlyDate, date]] = []
        for year in range(first.year, last.year + 1):
            by_day = self._year(year)
            day, end = max(first, date(year, 1, 1)), min(last, date(year, 12, 31))
            while day <= end:
                found.extend((d, day) for d in by_day.get(day, ()))
                day += timedelta(days=1)
        return found

    def _year(self, year: int) -> dict[date, list[YearlyDate]]:
        by_day = self._by_year.get(year)
        if by_day is None:
            by_day = {}
            for d in self:
                for on in _occurrences(d, date(year, 1, 1), date(year, 12, 31)):
                    by_day.setdefault(on, []).append(d)
            self._by_year[year] = by_day
        return by_day


def _falling(dates: Sequence[YearlyDate], first: date, last: date) -> list[tuple[YearlyDate, date]]:
    if isinstance(dates, YearlyDates):
        return dates.falling(first, last)
    return [(d, on) for d in dates for on in _occurrences(d, first, last)]


def _turning(d: YearlyDate, on: date, words: Wording) -> str:
    if d.year is None or on.year <= d.year:
        return ""
    if d.kind == DateKind.BIRTHDAY:
        return words.turns(on.year - d.year)
    return words.years(on.year - d.year)


def coming_dates(
    dates: Iterable[YearlyDate],
    day: date,
    days: int = DATES_AHEAD,
    skip: int = 0,
    words: Wording = ENGLISH,
) -> list[str]:
    """Lines like "Ana's birthday, Friday 27 November", soonest first.

    Dates from `skip` to `days` days after `day`.
    """
    lines: list[tuple[date, str]] = []
    # Indexed dates give only those falling in the few days asked for: at 100,000 people
    # a pass over every birthday for each digest was most of a week's dry run.
    known = dates if isinstance(dates, Sequence) else tuple(dates)
    for d, on in _falling(known, day + timedelta(days=skip), day + timedelta(days=days)):
        what = _date_name(d, words) + _turning(d, on, words)
        lines.append((on, words.dated(what, _when(on, day, words))))
    return [text for _, text in sorted(lines, key=lambda pair: (pair[0], pair[1].casefold()))]


def _when(on: date, day: date, words: Wording) -> str:
    away = (on - day).days
    if away == 0:
        return words.today()
    if away == 1:
        return words.tomorrow()
    return words.day(on)


def digest_text(
    nudges: Nudges,
    day: date,
    size: int = DIGEST_SIZE,
    *,
    with_notices: bool = False,
    words: Wording = ENGLISH,
) -> tuple[str, str, tuple[int, ...]]:
    """Title, text and person ids of the digest for `day`; an empty title: nothing to say.

    Dates of today and tomorrow have notices of their own, so the digest leaves them out
    unless `with_notices` (a catch-up, which stands in for those notices).
    """
    people = people_to_see(nudges.due, day)
    dates = coming_dates(nudges.dates, day, skip=0 if with_notices else 2, words=words)
    if not people and not dates:
        return "", "", ()
    parts = []
    if people:
        title = words.people_to_see(len(people))
        names = [p.name for p in people[:size]]
        parts.append(words.time_to_see(words.names_and_more(names, len(people) - len(names))))
    else:
        title = words.coming_up_title()
    if dates:
        shown = dates[:DATES_NAMED]
        parts.append(words.coming_up(shown, len(dates) - len(shown)))
    return title, "\n".join(parts), tuple(p.id for p in people[:size])


def _alarm_moment(m: MeetupAlarm, zone: ZoneInfo, settings: ReminderSettings) -> datetime | None:
    if m.starts_at is not None:
        return m.starts_at.astimezone(UTC) - timedelta(minutes=m.alarm_minutes)
    if m.on_day is not None:
        return after_quiet_hours(local_moment(m.on_day, settings.digest_time, zone), zone, settings)
    return None


def _alarm_text(m: MeetupAlarm, zone: ZoneInfo, words: Wording) -> str:
    start = None if m.starts_at is None else m.starts_at.astimezone(zone).time()
    lines = [words.alarm(start, list(m.people), m.place)]
    if m.follow_ups:
        lines.append(words.remember(list(m.follow_ups)))
    return "\n".join(lines)


def scheduled(
    first: date,
    last: date,
    zone: ZoneInfo,
    settings: ReminderSettings,
    nudges: Nudges,
    during: tuple[datetime, datetime] | None = None,
    words: Wording = ENGLISH,
) -> list[Delivery]:
    """Every delivery planned for local days `first`..`last`, in time order.

    The digest uses `nudges.due` as given (the caller passes the list for the day it plans).
    With `during`, digests outside that span are left out (their text is the costly part).
    """
    found: list[Delivery] = []
    day = first
    while day <= last:
        digest_at = after_quiet_hours(local_moment(day, settings.digest_time, zone), zone, settings)
        if during is not None and not during[0] <= digest_at <= during[1]:
            day += timedelta(days=1)
            continue
        title, text, ids = digest_text(nudges, day, words=words)
        if title:
            found.append(
                Delivery(
                    f"digest:{day.isoformat()}", DeliveryKind.DIGEST, digest_at, title, text, ids
                )
            )
        day += timedelta(days=1)
    for d, on in _falling(nudges.dates, first, last + timedelta(days=1)):
        for notice_day in (on - timedelta(days=1), on):
            if not first <= notice_day <= last:
                continue
            at = after_quiet_hours(
                local_moment(notice_day, settings.digest_time, zone), zone, settings
            )
            name = _date_name(d, words)
            found.append(
                Delivery(
                    f"{d.kind.value}:{d.id}:{notice_day.isoformat()}",
                    DeliveryKind.DATE,
                    at,
                    words.is_when(name, _when(on, notice_day, words)),
                    words.sentence(words.dated(name + _turning(d, on, words), words.day(on))),
                    person_ids=() if d.person_id is None else (d.person_id,),
                    summary=words.dated(name, words.day(on)),
                    happens_on=on,
                )
            )
    lo, hi = (
        local_moment(first, time(0), zone),
        local_moment(last + timedelta(days=1), time(0), zone),
    )
    for m in nudges.meetups:
        alarm_at = _alarm_moment(m, zone, settings)
        if alarm_at is not None and lo <= alarm_at < hi:
            meets = m.on_day or alarm_at.astimezone(zone).date()
            if m.starts_at is not None:
                meets = m.starts_at.astimezone(zone).date()
            found.append(
                Delivery(
                    f"alarm:{m.uid}:{m.sequence}",
                    DeliveryKind.ALARM,
                    alarm_at,
                    m.title,
                    _alarm_text(m, zone, words),
                    summary=words.dated(m.title, words.day(meets)),
                    happens_on=meets,
                    meetup_id=m.meetup_id,
                )
            )
    found.sort(key=lambda d: (d.at, d.key))
    return found


def may_deliver(
    since: datetime | None,
    now: datetime,
    zone: ZoneInfo,
    settings: ReminderSettings,
    meetups: Iterable[MeetupAlarm],
) -> bool:
    """Whether anything at all could be due in (since, now]: a cheap test before gathering.

    Digests and date notices come at the digest time (or the end of the quiet hours);
    alarms at their own moments; a long gap or a clock set back may mean a catch-up.
    """
    if since is None or since > now or now - since >= CATCH_UP_AFTER:
        return True
    first = since.astimezone(zone).date() - timedelta(days=1)
    day = first
    while day <= now.astimezone(zone).date():
        at = after_quiet_hours(local_moment(day, settings.digest_time, zone), zone, settings)
        if since <= at <= now:
            return True
        day += timedelta(days=1)
    return any(
        at is not None and since <= at <= now
        for at in (_alarm_moment(m, zone, settings) for m in meetups)
    )


def check(
    now: datetime,
    zone: ZoneInfo,
    settings: ReminderSettings,
    nudges: Nudges,
    delivered: Container[str],
    since: datetime | None,
    words: Wording = ENGLISH,
) -> Check:
    """What to deliver at `now`, given the moment of the last check and the keys delivered.

    Looks at what was planned in (since, now]; a clock that went back looks at nothing
    new (the keys stop repeats), a gap of a day or more becomes one catch-up digest.
    """
    start = now if since is None or since > now else max(since, now - LOOKBACK)
    today = now.astimezone(zone).date()
    first = start.astimezone(zone).date() - timedelta(days=1)  # quiet hours move into today
    missed = [
        d
        for d in scheduled(first, today, zone, settings, nudges, (start, now), words)
        if start <= d.at <= now and d.key not in delivered
    ]
    if settings.is_paused(now):
        return Check((), now, tuple(d.key for d in missed))
    if now - start >= CATCH_UP_AFTER:
        return _catch_up(now, start, today, zone, settings, nudges, missed, delivered, words)
    sendable: list[Delivery] = []
    skipped: list[Delivery] = []
    for d in missed:
        late = d.kind != DeliveryKind.ALARM and d.at.astimezone(zone).date() < today
        if late or settings.is_paused(d.at) or _stale(d, nudges, now):
            skipped.append(d)  # its day is over (or it was paused): today's will come
        else:
            sendable.append(d)
    checked_until = now
    if settings.is_quiet(now.astimezone(zone).time()):
        # Found late, in quiet hours (the app just opened at night): wait for their end.
        held = [d for d in sendable if d.kind != DeliveryKind.ALARM]
        sendable = [d for d in sendable if d.kind == DeliveryKind.ALARM]
        checked_until = min((d.at for d in held), default=now)
    return Check(tuple(_batch_dates(sendable, words)), checked_until, tuple(d.key for d in skipped))


def _batch_dates(deliveries: list[Delivery], words: Wording) -> list[Delivery]:
    """Several date notices at once become one notification: a few, calmly, not a flood."""
    notices = [d for d in deliveries if d.kind == DeliveryKind.DATE]
    if len(notices) < 2:
        return deliveries
    notices.sort(key=lambda d: (d.happens_on or date.max, d.title.casefold()))
    lines = [words.sentence(d.title) for d in notices[:DATES_NAMED]]
    if len(notices) > DATES_NAMED:
        lines.append(words.and_more(len(notices) - DATES_NAMED))
    first = notices[0]
    batch = Delivery(
        first.key,
        DeliveryKind.DATE,
        first.at,
        words.dates_title(len(notices)),
        "\n".join(lines),
        tuple(dict.fromkeys(i for d in notices for i in d.person_ids)),
        folds=tuple(d.key for d in notices[1:]),
        summary=first.summary,
    )
    rest = [d for d in deliveries if d.kind != DeliveryKind.DATE]
    return sorted([*rest, batch], key=lambda d: (d.at, d.key))


def _stale(d: Delivery, nudges: Nudges, now: datetime) -> bool:
    """An alarm for a meetup that has already begun is no use any more."""
    if d.kind != DeliveryKind.ALARM:
        return False
    for m in nudges.meetups:
        if d.key == f"alarm:{m.uid}:{m.sequence}" and m.starts_at is not None:
            return m.starts_at <= now
    return False


def _catch_up(
    now: datetime,
    start: datetime,
    today: date,
    zone: ZoneInfo,
    settings: ReminderSettings,
    nudges: Nudges,
    missed: list[Delivery],
    delivered: Container[str],
    words: Wording,
) -> Check:
    if settings.is_quiet(now.astimezone(zone).time()):
        return Check((), start)  # wait for the end of the quiet hours, then catch up
    key = f"digest:{today.isoformat()}"
    title, text, ids = digest_text(nudges, today, with_notices=True, words=words)
    away = [
        d
        for d in missed
        if d.kind in (DeliveryKind.DATE, DeliveryKind.ALARM)
        and d.at.astimezone(zone).date() < today
    ]
    lines = [text] if text else []
    if away:
        names = list(dict.fromkeys(d.summary or d.title for d in away))
        lines.append(words.while_closed(names))
    # Today's date notices are in the catch-up's "coming up" already.
    later_today = [
        d
        for d in scheduled(today, today, zone, settings, nudges, words=words)
        if d.kind == DeliveryKind.DATE and d.at > now
    ]
    folds = tuple(dict.fromkeys(d.key for d in [*missed, *later_today] if d.key != key))
    if not lines or key in delivered:
        return Check((), now, folds)
    catch_up = Delivery(
        key,
        DeliveryKind.CATCH_UP,
        now,
        title or words.away_title(),
        "\n".join(lines),
        ids,
        folds,
    )
    return Check((catch_up,), now)
