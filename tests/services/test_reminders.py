"""Reminders end to end on a real database, with a fake clock and a fake notifier."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kith.bootstrap import open_services
from kith.clock import FixedClock
from kith.domain import reminders as plan
from kith.domain.errors import ValidationError
from kith.domain.reminders import DeliveryKind
from kith.domain.values import DateKind, Mode
from kith.services.app import Services
from kith.services.views import MeetupInput, PersonInput

BERLIN = ZoneInfo("Europe/Berlin")


class FakeNotifier:
    """Remembers what it was asked to show; can be told to fail."""

    def __init__(self) -> None:
        self.shown: list[tuple[datetime, str, str]] = []
        self.failing = False
        self.clock: FixedClock | None = None

    def __call__(self, title: str, body: str) -> str:
        if self.failing:
            raise RuntimeError("the notification service is not running")
        assert self.clock is not None
        self.shown.append((self.clock.now().astimezone(self.clock.zone()), title, body))
        return "fake"


@pytest.fixture
def berlin() -> FixedClock:
    return FixedClock(datetime(2026, 10, 19, 7, 0), BERLIN)


@pytest.fixture
def app(empty_db: Path, berlin: FixedClock) -> Iterator[Services]:
    svc = open_services(empty_db, berlin)
    yield svc
    svc.close()


@pytest.fixture
def notifier(berlin: FixedClock) -> FakeNotifier:
    fake = FakeNotifier()
    fake.clock = berlin
    return fake


def add_overdue(svc: Services, name: str, days_ago: int) -> int:
    person = svc.people.add(PersonInput(name=name, rhythm_days=7))
    svc.interactions.log([person.id], Mode.IN_PERSON, svc.ctx.today() - timedelta(days=days_ago))
    return person.id


def run(
    svc: Services,
    clock: FixedClock,
    notifier: FakeNotifier,
    hours: float,
    step: timedelta = timedelta(minutes=30),
) -> None:
    """The app running for `hours`, checking every `step`."""
    end = clock.now() + timedelta(hours=hours)
    while clock.now() <= end:
        svc.reminders.deliver_due(notifier)
        clock.advance(step)


def digests(notifier: FakeNotifier) -> list[datetime]:
    return [at for at, title, _ in notifier.shown if "to see" in title]


def test_one_digest_a_day_at_nine_through_a_dst_change(
    app: Services, berlin: FixedClock, notifier: FakeNotifier
) -> None:
    berlin.set(datetime(2026, 10, 23, 7, 0))
    add_overdue(app, "Ana", 20)
    app.reminders.deliver_due(notifier)  # the first start: nothing missed yet
    run(app, berlin, notifier, hours=24 * 4, step=timedelta(hours=1))  # across 25 October
    days = digests(notifier)
    assert [d.date() for d in days] == [date(2026, 10, 23) + timedelta(days=i) for i in range(4)]
    assert {(d.hour, d.minute) for d in days} == {(9, 0)}
    assert all(8 <= at.hour < 21 for at, _, _ in notifier.shown)
    title, body = notifier.shown[0][1:]
    assert title == "1 person to see in person"
    assert body.startswith("Time to see Ana.")


def test_digest_at_the_time_the_user_set(
    app: Services, berlin: FixedClock, notifier: FakeNotifier
) -> None:
    add_overdue(app, "Ana", 20)
    app.reminders.update_settings(digest_time=time(18, 30))
    app.reminders.deliver_due(notifier)
    run(app, berlin, notifier, hours=40, step=timedelta(minutes=30))
    assert [(d.day, d.hour, d.minute) for d in digests(notifier)] == [(19, 18, 30), (20, 18, 30)]


def test_no_repeat_after_a_restart_on_the_same_file(
    db_path: Path, app: Services, berlin: FixedClock, notifier: FakeNotifier
) -> None:
    add_overdue(app, "Ana", 20)
    app.reminders.deliver_due(notifier)
    run(app, berlin, notifier, hours=3)  # to 10:00, digest delivered at 09:00
    app.close()
    again = open_services(db_path, berlin)
    try:
        run(again, berlin, notifier, hours=6)
    finally:
        again.close()
    assert len(digests(notifier)) == 1


def test_one_catch_up_after_five_days_closed(
    app: Services, berlin: FixedClock, notifier: FakeNotifier
) -> None:
    ana = add_overdue(app, "Ana", 20)
    app.people.add_date(ana, DateKind.BIRTHDAY, 10, 21, 1990)
    app.reminders.deliver_due(notifier)
    berlin.advance(timedelta(days=5, hours=3))  # closed from Monday 07:00 to Saturday 10:00
    run(app, berlin, notifier, hours=12)
    assert len(notifier.shown) == 1
    _, title, body = notifier.shown[0]
    assert title == "1 person to see in person"
    assert "While Kith was closed: Ana's birthday, Wednesday 21 October." in body
    kinds = {kind for _, kind, _, _ in app.reminders.recent(50)}
    assert kinds == {DeliveryKind.CATCH_UP.value, "folded"}


def test_birthday_the_day_before_and_on_the_day(
    app: Services, berlin: FixedClock, notifier: FakeNotifier
) -> None:
    cleo = app.people.add(PersonInput(name="Cleo"))
    app.people.add_date(cleo.id, DateKind.BIRTHDAY, 10, 21)
    app.reminders.deliver_due(notifier)
    run(app, berlin, notifier, hours=24 * 4, step=timedelta(hours=1))
    notices = [(at.day, at.hour, title) for at, title, _ in notifier.shown if " is " in title]
    assert notices == [(20, 9, "Cleo's birthday is tomorrow"), (21, 9, "Cleo's birthday is today")]


def test_meetup_alarm_at_its_time_with_open_follow_ups(
    app: Services, berlin: FixedClock, notifier: FakeNotifier
) -> None:
    ben = app.people.add(PersonInput(name="Ben"))
    app.follow_ups.add(ben.id, "ask about the marathon")
    app.meetups.plan(
        MeetupInput(
            title="Climbing",
            person_ids=(ben.id,),
            starts_at=datetime(2026, 10, 20, 18, 15),
            alarm_minutes=45,
            place="Boulderhalle",
        )
    )
    app.reminders.deliver_due(notifier)
    run(app, berlin, notifier, hours=36, step=timedelta(minutes=15))
    assert notifier.shown == [
        (
            datetime(2026, 10, 20, 17, 30, tzinfo=BERLIN),
            "Climbing",
            "At 18:15 with Ben at Boulderhalle.\nRemember: Ben: ask about the marathon.",
        )
    ]


def test_snooze_and_pause_for_today(
    app: Services, berlin: FixedClock, notifier: FakeNotifier
) -> None:
    ana = add_overdue(app, "Ana", 20)
    add_overdue(app, "Ben", 30)
    app.people.snooze(ana, date(2026, 10, 20))
    app.reminders.deliver_due(notifier)
    app.reminders.pause_today()
    assert app.reminders.is_paused()
    run(app, berlin, notifier, hours=24 * 3, step=timedelta(hours=1))
    assert [(at.day, body.splitlines()[0]) for at, _, body in notifier.shown] == [
        (20, "Time to see Ben."),
        (21, "Time to see Ben and Ana."),
    ]
    assert not app.reminders.is_paused()


def test_a_failed_notification_is_tried_again_and_never_doubled(
    app: Services, berlin: FixedClock, notifier: FakeNotifier
) -> None:
    add_overdue(app, "Ana", 20)
    app.reminders.deliver_due(notifier)
    berlin.set(datetime(2026, 10, 19, 9, 0))
    notifier.failing = True
    failed = app.reminders.deliver_due(notifier)
    assert [f.reason for f in failed.failed] == ["the notification service is not running"]
    notifier.failing = False
    berlin.advance(timedelta(minutes=1))
    assert [s.by for s in app.reminders.deliver_due(notifier).sent] == ["fake"]
    run(app, berlin, notifier, hours=3)
    assert len(digests(notifier)) == 1


def test_a_time_zone_change_neither_repeats_nor_drops_a_digest(
    app: Services, berlin: FixedClock, notifier: FakeNotifier
) -> None:
    add_overdue(app, "Ana", 20)
    app.reminders.deliver_due(notifier)
    run(app, berlin, notifier, hours=4)  # Berlin's digest at 09:00 on the 19th
    berlin.set_zone("America/New_York")  # 11:00 in Berlin is 05:00 in New York: same day
    run(app, berlin, notifier, hours=30)
    shown = [(at.astimezone(berlin.zone()).strftime("%d %H:%M")) for at in digests(notifier)]
    assert shown == ["19 03:00", "20 09:00"]


def test_the_clock_set_back_an_hour_repeats_nothing(
    app: Services, berlin: FixedClock, notifier: FakeNotifier
) -> None:
    add_overdue(app, "Ana", 20)
    app.reminders.deliver_due(notifier)
    run(app, berlin, notifier, hours=3)
    berlin.advance(timedelta(hours=-2))
    run(app, berlin, notifier, hours=4)
    assert len(digests(notifier)) == 1


def test_dry_run_lists_a_week_and_records_nothing(app: Services, berlin: FixedClock) -> None:
    ana = add_overdue(app, "Ana", 20)
    app.people.add_date(ana, DateKind.BIRTHDAY, 10, 24)
    found = app.reminders.simulate(
        datetime(2026, 10, 19, 0, tzinfo=BERLIN), datetime(2026, 10, 26, 0, tzinfo=BERLIN)
    )
    kinds = [d.kind for d in found]
    assert kinds.count(DeliveryKind.DIGEST) == 7
    assert kinds.count(DeliveryKind.DATE) == 2
    assert app.reminders.recent() == []


def test_settings_are_checked(app: Services) -> None:
    from kith.services.reminders import parse_clock_time

    with pytest.raises(ValidationError, match="not a time of day"):
        parse_clock_time("25:00", "digest_time")
    app.reminders.update_settings(quiet_start=time(22, 0), quiet_end=time(7, 0))
    assert app.reminders.settings().is_quiet(time(6, 59))
    assert not app.reminders.settings().is_quiet(time(7, 0))


def test_a_dry_run_over_many_dates_names_those_of_each_digest(
    app: Services, berlin: FixedClock
) -> None:
    """Every yearly date is read once for a dry run and each digest looks only at the days
    it covers (100,000 people have some 90,000): the digests name the same coming dates,
    soonest first, as a pass over every date would, archived people's left out."""
    dates = []
    for n in range(60):
        person = add_overdue(app, f"Person {n:02d}", 9 + n % 5)
        month, day = (10, 19 + n % 12) if n % 3 else ((n % 12) + 1, 1 + n % 28)
        app.people.add_date(
            person,
            DateKind.BIRTHDAY if n % 2 else DateKind.ANNIVERSARY,
            month,
            day,
            1990 if n % 4 else None,
            "Wedding" if n % 2 == 0 else "",
        )
        dates.append(person)
    app.people.archive(dates[5])
    found = app.reminders.simulate(
        datetime(2026, 10, 19, 0, tzinfo=BERLIN), datetime(2026, 10, 26, 0, tzinfo=BERLIN)
    )
    upcoming = app.people.upcoming_dates(within_days=366)
    assert [(d.id, d.person.name, d.month, d.day) for d in upcoming] == [
        (d.id, d.person_name, d.month, d.day) for d in app.reminders._dates()
    ]
    every = list(plan.YearlyDates(app.reminders._dates()))  # a plain list: read date by date
    digest = next(d for d in found if d.kind == DeliveryKind.DIGEST)
    day = digest.at.astimezone(BERLIN).date()
    assert plan.coming_dates(plan.YearlyDates(every), day) == plan.coming_dates(every, day)
    assert plan.coming_dates(every, day)  # the check means something: dates are coming
    assert "Person 05" not in " ".join(plan.coming_dates(every, day))
