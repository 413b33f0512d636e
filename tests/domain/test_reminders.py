"""The reminder planner, walked through weeks of simulated time with plain values."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from kith.domain.reminders import (
    Delivery,
    DeliveryKind,
    MeetupAlarm,
    Nudges,
    PersonDue,
    ReminderSettings,
    YearlyDate,
    YearlyDates,
    after_quiet_hours,
    check,
    digest_text,
    people_to_see,
)
from kith.domain.values import DateKind, TendingState

BERLIN = ZoneInfo("Europe/Berlin")
JAKARTA = ZoneInfo("Asia/Jakarta")

ANA = PersonDue(1, "Ana", TendingState.OVERDUE, 12)
BEN = PersonDue(2, "Ben", TendingState.DUE, 1)


def walk(
    start: datetime,
    days: float,
    nudges: Nudges,
    settings: ReminderSettings | None = None,
    zone: ZoneInfo = BERLIN,
    step: timedelta = timedelta(minutes=15),
    delivered: set[str] | None = None,
    since: datetime | None = None,
) -> Iterator[Delivery]:
    """Check every `step` like the running app does, remembering what was delivered."""
    settings = settings or ReminderSettings()
    delivered = set() if delivered is None else delivered
    now = start
    end = start + timedelta(days=days)
    while now <= end:
        result = check(now, zone, settings, nudges, delivered, since)
        for d in result.deliveries:
            delivered.add(d.key)
            delivered.update(d.folds)
            yield d
        since = result.checked_until
        now += step


def local(d: Delivery, zone: ZoneInfo = BERLIN) -> datetime:
    return d.at.astimezone(zone)


def test_one_digest_a_day_at_nine_local_never_in_quiet_hours() -> None:
    start = datetime(2026, 3, 1, 0, 0, tzinfo=BERLIN)
    got = list(walk(start, 28, Nudges(due=[ANA, BEN])))
    digests = [d for d in got if d.kind == DeliveryKind.DIGEST]
    assert len(digests) == 28
    assert len({local(d).date() for d in digests}) == 28
    assert {local(d).time() for d in digests} == {time(9, 0)}
    assert all(not ReminderSettings().is_quiet(local(d).time()) for d in got)


def test_digest_names_the_due_lists_first_people_in_its_order_and_counts_the_rest() -> None:
    many = [PersonDue(i, f"P{i:02}", TendingState.OVERDUE, i) for i in range(8, 0, -1)]
    soon = PersonDue(20, "Cleo", TendingState.SOON, 0)
    title, text, ids = digest_text(Nudges(due=[*many, BEN, soon]), date(2026, 3, 1))
    assert title == "10 people to see in person"
    assert text.startswith("Time to see P08, P07, P06, P05, P04 and 5 more.")
    assert ids == (8, 7, 6, 5, 4)


def test_nothing_to_say_means_no_digest() -> None:
    got = list(walk(datetime(2026, 3, 1, tzinfo=BERLIN), 3, Nudges(due=[])))
    assert got == []


def test_snoozed_people_are_left_out_until_the_snooze_ends() -> None:
    snoozed = PersonDue(1, "Ana", TendingState.OVERDUE, 12, snoozed_until=date(2026, 3, 2))
    got = list(walk(datetime(2026, 3, 1, tzinfo=BERLIN), 3.5, Nudges(due=[snoozed])))
    assert [local(d).date() for d in got] == [date(2026, 3, 3), date(2026, 3, 4)]
    assert people_to_see([snoozed], date(2026, 3, 2)) == []


def test_digest_across_both_dst_changes_in_berlin() -> None:
    for start in (datetime(2026, 3, 26, tzinfo=BERLIN), datetime(2026, 10, 22, tzinfo=BERLIN)):
        got = list(walk(start, 7, Nudges(due=[ANA]), step=timedelta(minutes=5)))
        assert [local(d).date() for d in got] == [
            start.date() + timedelta(days=i) for i in range(7)
        ]
        assert {local(d).time() for d in got} == {time(9, 0)}


def test_a_digest_time_skipped_by_dst_comes_an_hour_later_once() -> None:
    settings = ReminderSettings(digest_time=time(2, 30), quiet_start=time(0), quiet_end=time(0))
    got = list(
        walk(
            datetime(2026, 3, 28, tzinfo=BERLIN),
            3.5,
            Nudges(due=[ANA]),
            settings,
            step=timedelta(minutes=5),
        )
    )
    assert [local(d).strftime("%m-%d %H:%M") for d in got] == [
        "03-28 02:30",
        "03-29 03:30",
        "03-30 02:30",
        "03-31 02:30",
    ]


def test_a_repeated_hour_on_the_autumn_change_gives_one_digest() -> None:
    settings = ReminderSettings(digest_time=time(2, 30), quiet_start=time(0), quiet_end=time(0))
    got = list(
        walk(
            datetime(2026, 10, 24, 12, tzinfo=BERLIN),
            2,
            Nudges(due=[ANA]),
            settings,
            step=timedelta(minutes=5),
        )
    )
    assert [local(d).date() for d in got] == [date(2026, 10, 25), date(2026, 10, 26)]


def test_birthday_the_day_before_and_on_the_day_then_in_the_digest() -> None:
    bday = YearlyDate(7, "Ana", DateKind.BIRTHDAY, 3, 10, 1990)
    got = list(walk(datetime(2026, 3, 1, tzinfo=BERLIN), 14, Nudges(dates=[bday])))
    notices = [d for d in got if d.kind == DeliveryKind.DATE]
    assert [(d.key, d.title, local(d).strftime("%d %H:%M")) for d in notices] == [
        ("birthday:7:2026-03-09", "Ana's birthday is tomorrow", "09 09:00"),
        ("birthday:7:2026-03-10", "Ana's birthday is today", "10 09:00"),
    ]
    assert "turns 36" in notices[1].text
    digests = [d for d in got if d.kind == DeliveryKind.DIGEST]
    # In the digest of the week before; the day before and the day have their own notices.
    assert [local(d).day for d in digests] == [3, 4, 5, 6, 7, 8]
    assert "Ana's birthday (turns 36), Tuesday 10 March" in digests[0].text


def test_meetup_alarm_rings_at_its_own_time_even_in_quiet_hours() -> None:
    late = MeetupAlarm(
        "m1@kith",
        0,
        "Stargazing",
        ("Ana",),
        60,
        starts_at=datetime(2026, 3, 5, 23, 0, tzinfo=BERLIN),
        follow_ups=("Ana: ask about the new job",),
    )
    got = list(
        walk(
            datetime(2026, 3, 1, tzinfo=BERLIN),
            7,
            Nudges(meetups=[late]),
            step=timedelta(minutes=1),
        )
    )
    assert [(d.key, local(d)) for d in got] == [
        ("alarm:m1@kith:0", datetime(2026, 3, 5, 22, 0, tzinfo=BERLIN))
    ]
    assert got[0].text == "At 23:00 with Ana.\nRemember: Ana: ask about the new job."


def test_a_moved_meetup_rings_again_at_its_new_time() -> None:
    before = MeetupAlarm(
        "m1@kith", 0, "Climb", ("Ana",), 30, starts_at=datetime(2026, 3, 5, 18, 0, tzinfo=BERLIN)
    )
    delivered: set[str] = set()
    first = list(
        walk(datetime(2026, 3, 5, tzinfo=BERLIN), 1, Nudges(meetups=[before]), delivered=delivered)
    )
    moved = MeetupAlarm(
        "m1@kith", 1, "Climb", ("Ana",), 30, starts_at=datetime(2026, 3, 6, 18, 0, tzinfo=BERLIN)
    )
    second = list(
        walk(datetime(2026, 3, 6, tzinfo=BERLIN), 1, Nudges(meetups=[moved]), delivered=delivered)
    )
    assert [local(d).strftime("%d %H:%M") for d in first + second] == ["05 17:30", "06 17:30"]


def test_pause_for_today_silences_everything_and_drops_it() -> None:
    pause = datetime(2026, 3, 2, tzinfo=BERLIN).astimezone(UTC)
    meetup = MeetupAlarm(
        "m2@kith", 0, "Lunch", ("Ben",), 30, starts_at=datetime(2026, 3, 1, 12, 0, tzinfo=BERLIN)
    )
    got = list(
        walk(
            datetime(2026, 3, 1, tzinfo=BERLIN),
            2.5,
            Nudges(due=[ANA], meetups=[meetup]),
            ReminderSettings(paused_until=pause),
        )
    )
    assert [(d.kind, local(d).date()) for d in got] == [
        (DeliveryKind.DIGEST, date(2026, 3, 2)),
        (DeliveryKind.DIGEST, date(2026, 3, 3)),
    ]


def test_quiet_hours_hold_a_digest_until_they_end() -> None:
    settings = ReminderSettings(digest_time=time(22, 0))
    got = list(walk(datetime(2026, 3, 1, tzinfo=BERLIN), 2.5, Nudges(due=[ANA]), settings))
    assert [(d.key, local(d).strftime("%d %H:%M")) for d in got] == [
        ("digest:2026-02-28", "01 08:00"),
        ("digest:2026-03-01", "02 08:00"),
        ("digest:2026-03-02", "03 08:00"),
    ]
    assert after_quiet_hours(datetime(2026, 3, 1, 7, 59, tzinfo=BERLIN), BERLIN, settings) == (
        datetime(2026, 3, 1, 8, 0, tzinfo=BERLIN)
    )


def test_five_days_away_make_one_catch_up_digest() -> None:
    bday = YearlyDate(7, "Ana", DateKind.BIRTHDAY, 3, 3)
    meetup = MeetupAlarm(
        "m3@kith",
        0,
        "Board games",
        ("Ben",),
        60,
        starts_at=datetime(2026, 3, 4, 19, 0, tzinfo=BERLIN),
    )
    nudges = Nudges(due=[ANA], dates=[bday], meetups=[meetup])
    since = datetime(2026, 3, 1, 10, 0, tzinfo=BERLIN)
    now = datetime(2026, 3, 6, 10, 0, tzinfo=BERLIN)
    result = check(now, BERLIN, ReminderSettings(), nudges, set(), since)
    assert len(result.deliveries) == 1
    catch_up = result.deliveries[0]
    assert catch_up.kind == DeliveryKind.CATCH_UP
    assert catch_up.key == "digest:2026-03-06"
    assert (
        "While Kith was closed: Ana's birthday, Tuesday 3 March; Board games, "
        "Wednesday 4 March." in catch_up.text
    )
    assert "digest:2026-03-02" in catch_up.folds and "alarm:m3@kith:0" in catch_up.folds
    # Nothing more that day: the catch-up took the place of today's digest.
    delivered = {catch_up.key, *catch_up.folds}
    rest = list(walk(now + timedelta(minutes=15), 0.5, nudges, delivered=delivered))
    assert rest == []


def test_a_catch_up_in_quiet_hours_waits_for_their_end() -> None:
    since = datetime(2026, 3, 1, 10, 0, tzinfo=BERLIN)
    now = datetime(2026, 3, 6, 6, 0, tzinfo=BERLIN)
    held = check(now, BERLIN, ReminderSettings(), Nudges(due=[ANA]), set(), since)
    assert held.deliveries == () and held.checked_until == since
    later = check(
        datetime(2026, 3, 6, 8, 0, tzinfo=BERLIN),
        BERLIN,
        ReminderSettings(),
        Nudges(due=[ANA]),
        set(),
        held.checked_until,
    )
    assert [d.kind for d in later.deliveries] == [DeliveryKind.CATCH_UP]


def test_a_clock_set_back_repeats_nothing() -> None:
    delivered: set[str] = set()
    got = list(walk(datetime(2026, 3, 1, tzinfo=BERLIN), 1, Nudges(due=[ANA]), delivered=delivered))
    assert len(got) == 1
    again = list(
        walk(datetime(2026, 3, 1, tzinfo=BERLIN), 1, Nudges(due=[ANA]), delivered=delivered)
    )
    assert again == []


def test_flying_west_across_zones_repeats_no_digest() -> None:
    delivered: set[str] = set()
    first = list(
        walk(
            datetime(2026, 3, 1, 0, 0, tzinfo=JAKARTA),
            0.5,
            Nudges(due=[ANA]),
            zone=JAKARTA,
            delivered=delivered,
        )
    )
    # Noon in Jakarta is 06:00 in Berlin: Berlin's 09:00 on the same day comes round again.
    second = list(
        walk(
            datetime(2026, 3, 1, 12, 0, tzinfo=JAKARTA),
            1.5,
            Nudges(due=[ANA]),
            zone=BERLIN,
            delivered=delivered,
        )
    )
    assert [d.key for d in first] == ["digest:2026-03-01"]
    assert [d.key for d in second] == ["digest:2026-03-02"]


def test_many_dates_at_once_make_one_calm_notification() -> None:
    dates = [YearlyDate(i, f"P{i:02}", DateKind.BIRTHDAY, 3, 10 + i % 2) for i in range(12)]
    got = list(walk(datetime(2026, 3, 10, 8, 0, tzinfo=BERLIN), 0.5, Nudges(dates=dates)))
    notices = [d for d in got if d.kind == DeliveryKind.DATE]
    assert len(notices) == 1
    assert notices[0].title == "12 important dates"
    assert notices[0].text.splitlines()[0] == "P00's birthday is today."
    assert notices[0].text.splitlines()[-1] == "And 6 more."
    assert len(notices[0].folds) == 11


@settings(max_examples=60, deadline=None)
@given(
    steps=st.lists(st.integers(min_value=-180, max_value=3 * 24 * 60), min_size=1, max_size=40),
    zones=st.lists(
        st.sampled_from(["Europe/Berlin", "Asia/Jakarta", "America/New_York"]),
        min_size=1,
        max_size=3,
    ),
)
def test_whatever_the_clock_does_nothing_comes_twice_or_at_night(
    steps: list[int], zones: list[str]
) -> None:
    """Random jumps (forward, back, across days and DST) and zone changes."""
    bday = YearlyDate(7, "Ana", DateKind.BIRTHDAY, 3, 29)
    meetup = MeetupAlarm(
        "m9@kith", 0, "Dinner", ("Ben",), 60, starts_at=datetime(2026, 3, 30, 19, 0, tzinfo=BERLIN)
    )
    nudges = Nudges(due=[ANA, BEN], dates=[bday], meetups=[meetup])
    quiet = ReminderSettings()
    now = datetime(2026, 3, 27, 7, 0, tzinfo=BERLIN).astimezone(UTC)
    since: datetime | None = None
    delivered: set[str] = set()
    for i, minutes in enumerate(steps):
        zone = ZoneInfo(zones[i % len(zones)])
        now += timedelta(minutes=minutes)
        result = check(now, zone, quiet, nudges, delivered, since)
        for d in result.deliveries:
            keys = {d.key, *d.folds}
            assert not keys & delivered, f"{keys & delivered} again"
            delivered |= keys
            if d.kind != DeliveryKind.ALARM:
                assert not quiet.is_quiet(now.astimezone(zone).time())
        since = result.checked_until


def test_a_digest_found_late_at_night_waits_and_then_gives_way_to_the_next() -> None:
    since = datetime(2026, 3, 2, 8, 0, tzinfo=BERLIN)  # closed before the 09:00 digest
    night = datetime(2026, 3, 2, 22, 0, tzinfo=BERLIN)  # opened again in quiet hours
    held = check(night, BERLIN, ReminderSettings(), Nudges(due=[ANA]), set(), since)
    assert held.deliveries == ()
    assert held.checked_until == datetime(2026, 3, 2, 9, 0, tzinfo=BERLIN)
    later = list(walk(night, 0.6, Nudges(due=[ANA]), since=held.checked_until))
    assert [(d.key, local(d).strftime("%d %H:%M")) for d in later] == [
        ("digest:2026-03-03", "03 09:00")
    ]


def test_a_digest_found_late_in_the_day_still_comes() -> None:
    since = datetime(2026, 3, 2, 8, 0, tzinfo=BERLIN)
    afternoon = datetime(2026, 3, 2, 16, 0, tzinfo=BERLIN)
    result = check(afternoon, BERLIN, ReminderSettings(), Nudges(due=[ANA]), set(), since)
    assert [d.key for d in result.deliveries] == ["digest:2026-03-02"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(1, 12), st.integers(1, 31), st.sampled_from(list(DateKind))),
        max_size=12,
    ),
    st.dates(min_value=date(2023, 1, 1), max_value=date(2029, 12, 31)),
    st.floats(min_value=1, max_value=40),
)
def test_dates_worked_out_once_plan_exactly_the_notices_of_a_plain_list(
    raw: list[tuple[int, int, DateKind]], start: date, days: float
) -> None:
    # Feb 29 in common years, Apr 31 never, and spans across New Year all included.
    dates = [
        YearlyDate(i, f"P{i}", kind, month, day, 1990) for i, (month, day, kind) in enumerate(raw)
    ]
    begin = datetime.combine(start, time(6), BERLIN)
    plain = list(walk(begin, days, Nudges(dates=dates)))
    indexed = YearlyDates(dates)
    assert list(walk(begin, days, Nudges(dates=indexed))) == plain
    assert list(walk(begin, days, Nudges(dates=indexed))) == plain  # asked again: the same
