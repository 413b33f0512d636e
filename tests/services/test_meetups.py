"""Planning, changing, cancelling and completing meetups."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kith.clock import FixedClock
from kith.domain.errors import ValidationError
from kith.domain.values import Circle, MeetupStatus, Mode, TendingState
from kith.services.app import Services
from kith.services.views import MeetupInput, PersonInput


def people(svc: Services, *names: str) -> tuple[int, ...]:
    return tuple(svc.people.add(PersonInput(name=n, circle=Circle.CLOSE)).id for n in names)


def test_a_meetup_is_stored_in_utc_and_shown_in_its_zone(services: Services) -> None:
    ana, ben = people(services, "Ana", "Ben")
    m = services.meetups.plan(
        MeetupInput(
            title="Climbing", person_ids=(ana, ben), starts_at=datetime(2026, 11, 25, 18, 30)
        )
    )
    assert m.status == MeetupStatus.PLANNED and m.tzid == "Asia/Jakarta"
    assert m.starts_at is not None and m.starts_at.hour == 18
    assert m.starts_at.astimezone(UTC).hour == 11  # Jakarta is UTC+7
    assert m.uid.endswith("@kith.local") and m.sequence == 0
    assert {p.name for p in m.people} == {"Ana", "Ben"}


def test_changes_keep_the_uid_and_raise_the_sequence(services: Services) -> None:
    (ana,) = people(services, "Ana")
    m = services.meetups.plan(
        MeetupInput(title="Tea", person_ids=(ana,), on_day=date(2026, 12, 1), duration_minutes=1440)
    )
    changed = services.meetups.update(
        m.id,
        MeetupInput(
            title="Tea and cake", person_ids=(ana,), on_day=date(2026, 12, 2), duration_minutes=1440
        ),
    )
    cancelled = services.meetups.cancel(m.id)
    assert changed.uid == cancelled.uid == m.uid
    assert (m.sequence, changed.sequence, cancelled.sequence) == (0, 1, 2)
    assert cancelled.status == MeetupStatus.CANCELLED
    assert services.meetups.reopen(m.id).status == MeetupStatus.PLANNED


def test_completing_logs_one_in_person_interaction_with_all_its_people(
    services: Services, clock: FixedClock
) -> None:
    ana, ben = people(services, "Ana", "Ben")
    m = services.meetups.plan(
        MeetupInput(
            title="Board games",
            person_ids=(ana, ben),
            starts_at=datetime(2026, 11, 22, 9, 0),
            place="Café",
        )
    )
    assert services.people.summary(ana).tending.state == TendingState.PLANNED
    done = services.meetups.complete(m.id)
    assert done.status == MeetupStatus.DONE
    (logged,) = services.interactions.recent()
    assert logged.mode == Mode.IN_PERSON and logged.meetup_id == m.id and logged.place == "Café"
    assert {p.name for p in logged.people} == {"Ana", "Ben"} and logged.on == date(2026, 11, 22)
    assert services.people.summary(ben).last_in_person == date(2026, 11, 22)
    with pytest.raises(ValidationError, match="already done"):
        services.meetups.complete(m.id)


def test_an_idea_needs_no_day_but_a_planned_meetup_does(services: Services) -> None:
    (ana,) = people(services, "Ana")
    idea = services.meetups.plan(MeetupInput(title="Hike some day", person_ids=(ana,)))
    assert idea.status == MeetupStatus.IDEA and not idea.is_dated
    with pytest.raises(ValidationError, match="needs a day"):
        services.meetups.plan(MeetupInput(title="x", status=MeetupStatus.PLANNED))


def test_bad_meetups_are_refused_with_the_field_named(services: Services) -> None:
    cases = [
        (MeetupInput(title="  "), "title"),
        (
            MeetupInput(title="x", starts_at=datetime(2026, 12, 1, 10), duration_minutes=0),
            "duration",
        ),
        (MeetupInput(title="x", starts_at=datetime(2026, 12, 1, 10), tzid="Mars/Olympus"), "tzid"),
        (MeetupInput(title="x", starts_at=datetime(2026, 12, 1, 10), alarm_minutes=-5), "alarm"),
    ]
    for data, field in cases:
        with pytest.raises(ValidationError) as info:
            services.meetups.plan(data)
        assert info.value.field == field
    assert services.meetups.list() == []


def test_a_time_skipped_by_daylight_saving_is_refused(services: Services) -> None:
    with pytest.raises(ValidationError, match="does not exist in Berlin"):
        services.meetups.plan(
            MeetupInput(title="x", starts_at=datetime(2027, 3, 28, 2, 30), tzid="Europe/Berlin")
        )
    ok = services.meetups.plan(
        MeetupInput(title="x", starts_at=datetime(2027, 3, 28, 3, 30), tzid="Europe/Berlin")
    )
    assert ok.starts_at is not None and ok.starts_at.utcoffset().total_seconds() == 7200  # type: ignore[union-attr]


def test_listing_by_range_and_person_in_time_order(services: Services) -> None:
    ana, ben = people(services, "Ana", "Ben")
    late = services.meetups.plan(
        MeetupInput(title="Late", person_ids=(ana,), starts_at=datetime(2026, 12, 20, 10))
    )
    early = services.meetups.plan(
        MeetupInput(
            title="Early", person_ids=(ben,), on_day=date(2026, 11, 30), duration_minutes=1440
        )
    )
    idea = services.meetups.plan(MeetupInput(title="Idea", person_ids=(ana,)))
    assert [m.id for m in services.meetups.list()] == [early.id, late.id, idea.id]
    assert [
        m.id for m in services.meetups.list(start=date(2026, 12, 1), end=date(2026, 12, 31))
    ] == [late.id]
    assert [m.id for m in services.meetups.list(person_id=ana)] == [late.id, idea.id]
    assert [m.id for m in services.meetups.upcoming(days=14)] == [early.id]


def test_the_view_the_service_returns_says_what_it_allows(services: Services) -> None:
    ana = services.people.add(PersonInput(name="Ana")).id
    idea = services.meetups.plan(MeetupInput(title="Climbing", person_ids=(ana,)))
    assert idea.allows.complete and not idea.allows.export and not idea.allows.reopen
    cancelled = services.meetups.cancel(idea.id)
    assert cancelled.allows.reopen and not cancelled.allows.complete
    assert services.meetups.get(idea.id).allows == cancelled.allows


def test_undoing_done_reopens_the_meetup_and_removes_only_what_done_logged(
    services: Services,
) -> None:
    ana, ben = people(services, "Ana", "Ben")
    services.interactions.log([ana], Mode.IN_PERSON, date(2026, 11, 10), note="Lunch")
    services.interactions.log([ben], Mode.CALL, date(2026, 11, 21))
    m = services.meetups.plan(
        MeetupInput(title="Board games", person_ids=(ana, ben), starts_at=datetime(2026, 11, 22, 9))
    )
    done = services.meetups.mark_done(m.id)
    assert services.people.summary(ana).last_in_person == date(2026, 11, 22)

    reopened = services.meetups.undo_done(done)

    assert reopened.status == MeetupStatus.PLANNED
    assert reopened.sequence > done.meetup.sequence  # calendars see it planned again
    assert [(i.note, i.mode) for i in services.interactions.recent()] == [
        ("", Mode.CALL),
        ("Lunch", Mode.IN_PERSON),
    ]
    assert services.people.summary(ana).last_in_person == date(2026, 11, 10)
    assert services.people.summary(ben).last_in_person is None
    assert services.people.summary(ben).last_talked == date(2026, 11, 21)
    assert services.people.summary(ana).tending.state == TendingState.PLANNED
    with pytest.raises(ValidationError, match="not marked done"):
        services.meetups.undo_done(done)
    # Done again, on the same day as the first time.
    again = services.meetups.mark_done(m.id, done.on)
    assert again.meetup.status == MeetupStatus.DONE and again.on == done.on


def test_an_idea_marked_done_goes_back_to_being_an_idea(services: Services) -> None:
    (ana,) = people(services, "Ana")
    idea = services.meetups.plan(MeetupInput(title="Hike some day", person_ids=(ana,)))
    done = services.meetups.mark_done(idea.id)
    assert services.meetups.undo_done(done).status == MeetupStatus.IDEA
    assert services.interactions.recent() == []
