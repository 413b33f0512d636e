"""People, interactions and the due list through the service layer."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from kith.clock import FixedClock
from kith.domain.errors import Ambiguous, NotFound, ValidationError
from kith.domain.values import Circle, ContactKind, Mode, TendingState
from kith.services.app import Services
from kith.services.changes import Change, Kind, change
from kith.services.views import ContactView, MeetupInput, PersonInput

TODAY = date(2026, 11, 22)


def add(svc: Services, name: str, circle: Circle = Circle.CLOSE, **kw: object) -> int:
    return svc.people.add(PersonInput(name=name, circle=circle, **kw)).id  # type: ignore[arg-type]


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def test_adding_a_person_with_everything(services: Services) -> None:
    pid = add(
        services,
        "  Ana   Silva ",
        nickname="Nana",
        rhythm_days=10,
        interests=("Climbing", "jazz"),
        contacts=(ContactView(ContactKind.EMAIL, "ana@example.org", "home"),),
        birthday=(None, 4, 15),
        lean_on=True,
        notes="Met at university.",
    )
    detail = services.people.detail(pid)
    assert detail.summary.name == "Ana Silva" and detail.summary.rhythm_days == 10
    assert detail.summary.rhythm_is_custom and detail.summary.lean_on
    assert detail.summary.interests == ("climbing", "jazz")
    assert detail.contacts == (ContactView(ContactKind.EMAIL, "ana@example.org", "home"),)
    assert [(d.month, d.day, d.year) for d in detail.dates] == [(4, 15, None)]
    assert detail.summary.tending.state == TendingState.NEVER_MET


def test_a_refused_edit_leaves_the_person_as_they_were(services: Services) -> None:
    pid = add(services, "Ana", interests=("jazz",))
    with pytest.raises(ValidationError) as info:
        services.people.update(pid, PersonInput(name="Ana B", rhythm_days=9000, interests=("x",)))
    assert info.value.field == "rhythm"
    after = services.people.summary(pid)
    assert (after.name, after.interests) == ("Ana", ("jazz",))


def test_the_circle_rhythm_applies_unless_overridden(services: Services) -> None:
    pid = add(services, "Ben", Circle.WIDER)
    assert services.people.summary(pid).rhythm_days == 90
    services.profile.set_circle_rhythm(Circle.WIDER, 60)
    assert services.people.summary(pid).rhythm_days == 60
    assert not services.people.summary(pid).rhythm_is_custom


def test_only_in_person_meetings_reset_the_rhythm(services: Services) -> None:
    pid = add(services, "Ana")  # close: every 14 days
    services.interactions.log([pid], Mode.IN_PERSON, days_ago(40))
    services.interactions.log([pid], Mode.CALL, days_ago(1))
    services.interactions.log([pid], Mode.VIDEO, TODAY)
    person = services.people.summary(pid)
    assert person.last_in_person == days_ago(40) and person.last_talked == TODAY
    assert person.tending.state == TendingState.OVERDUE
    assert [p.id for p in services.tending.due().people] == [pid]
    services.interactions.log([pid], Mode.IN_PERSON, TODAY)
    assert services.people.summary(pid).tending.state == TendingState.OK
    assert services.tending.due().people == ()


def test_deleting_or_editing_an_interaction_recomputes_last_seen(services: Services) -> None:
    pid = add(services, "Ana")
    services.interactions.log([pid], Mode.IN_PERSON, days_ago(30))
    recent = services.interactions.log([pid], Mode.IN_PERSON, days_ago(2))
    services.interactions.update(recent.id, [pid], Mode.MESSAGE, days_ago(2))
    assert services.people.summary(pid).last_in_person == days_ago(30)
    services.interactions.delete(recent.id)
    person = services.people.summary(pid)
    assert person.last_in_person == days_ago(30) and person.last_talked == days_ago(30)
    assert services.health.check().healthy


def test_interactions_are_refused_in_the_future_or_without_people(services: Services) -> None:
    pid = add(services, "Ana")
    with pytest.raises(ValidationError, match="future"):
        services.interactions.log([pid], Mode.IN_PERSON, TODAY + timedelta(days=1))
    with pytest.raises(ValidationError, match="at least one person"):
        services.interactions.log([], Mode.CALL)
    with pytest.raises(NotFound):
        services.interactions.log([pid, 999], Mode.CALL)
    assert services.interactions.recent() == []


def test_due_list_is_sorted_most_overdue_first_and_leaves_out_ok_and_planned(
    services: Services,
) -> None:
    ok = add(services, "Ok")
    late = add(services, "Late")
    later = add(services, "Later")
    planned = add(services, "Planned")
    soon = add(services, "Soon")
    never = add(services, "Never")
    for pid, ago in ((ok, 1), (late, 20), (later, 50), (planned, 60), (soon, 13)):
        services.interactions.log([pid], Mode.IN_PERSON, days_ago(ago))
    services.meetups.plan(
        MeetupInput(title="Coffee", person_ids=(planned,), starts_at=datetime(2026, 11, 25, 10))
    )
    due = services.tending.due()
    assert [p.name for p in due.people] == ["Later", "Late", "Never", "Soon"]
    assert [p.tending.state for p in due.people] == [
        TendingState.OVERDUE,
        TendingState.OVERDUE,
        TendingState.NEVER_MET,
        TendingState.SOON,
    ]
    assert services.people.summary(planned).tending.state == TendingState.PLANNED
    assert never in {p.id for p in due.people}


def test_snoozed_people_leave_the_due_list_until_the_snooze_ends(services: Services) -> None:
    pid = add(services, "Ana")
    services.interactions.log([pid], Mode.IN_PERSON, days_ago(40))
    services.people.snooze_for(pid, 7)
    due = services.tending.due()
    assert due.people == () and due.snoozed == 1
    assert [p.id for p in services.tending.due(TODAY + timedelta(days=8)).people] == [pid]
    with pytest.raises(ValidationError):
        services.people.snooze(pid, TODAY - timedelta(days=1))


def test_group_suggestions_come_from_shared_interests_of_due_people(services: Services) -> None:
    services.profile.set_interests(["climbing"])
    for name in ("Ana", "Ben", "Chloé"):
        pid = add(services, name, interests=("climbing",))
        services.interactions.log([pid], Mode.IN_PERSON, days_ago(30))
    fresh = add(services, "Dmitri", interests=("climbing",))
    services.interactions.log([fresh], Mode.IN_PERSON, TODAY)
    (group,) = services.tending.suggestions()
    assert group.interest == "climbing" and set(group.names) == {"Ana", "Ben", "Chloé"}


def test_archived_people_are_hidden_and_can_be_restored(services: Services) -> None:
    pid = add(services, "Ana")
    services.people.archive(pid)
    assert services.people.list() == [] and [p.id for p in services.people.archived()] == [pid]
    assert services.tending.due().people == ()
    services.people.restore(pid)
    assert [p.id for p in services.people.list()] == [pid]


def test_deleting_a_person_keeps_shared_interactions_for_the_others(services: Services) -> None:
    ana, ben = add(services, "Ana"), add(services, "Ben")
    services.interactions.log([ana, ben], Mode.IN_PERSON, days_ago(3))
    services.interactions.log([ana], Mode.CALL, days_ago(1))
    services.people.delete(ana)
    (left,) = services.interactions.recent()
    assert [p.name for p in left.people] == ["Ben"]
    assert services.health.check().healthy


def test_finding_people_by_name_nickname_part_or_id(services: Services) -> None:
    ana = add(services, "Ana Silva", nickname="Nana")
    add(services, "Ana Costa")
    add(services, "Ben Okafor")
    assert services.people.find("ana silva").id == ana
    assert services.people.find("nana").id == ana
    assert services.people.find(f"#{ana}").id == ana
    assert services.people.find("okaf").name == "Ben Okafor"
    with pytest.raises(Ambiguous) as info:
        services.people.find("Ana")
    assert len(info.value.candidates) == 2 and "Ana Costa" in str(info.value)
    with pytest.raises(NotFound, match="Did you mean Ben Okafor"):
        services.people.find("Ben Okafur")


def test_me_interests_define_shared_interests(services: Services) -> None:
    pid = add(services, "Ana", interests=("jazz", "climbing", "tea"))
    services.profile.set_interests(["Climbing", "tea"])
    assert services.people.summary(pid).shared_interests == ("climbing", "tea")
    services.profile.remove_interests(["tea"])
    assert services.people.summary(pid).shared_interests == ("climbing",)


def test_follow_ups_open_and_done(services: Services) -> None:
    pid = add(services, "Ana")
    item = services.follow_ups.add(pid, "Ask how the interview went")
    assert [f.text for f in services.follow_ups.open_for([pid])] == ["Ask how the interview went"]
    services.follow_ups.set_done(item.id)
    assert services.follow_ups.open_for() == []
    with pytest.raises(ValidationError):
        services.follow_ups.add(pid, "   ")


def test_upcoming_important_dates_soonest_first(services: Services) -> None:
    add(services, "Ana", birthday=(1990, 11, 30))
    add(services, "Ben", birthday=(None, 11, 23))
    add(services, "Chloé", birthday=(None, 6, 1))
    soon = services.people.upcoming_dates(within_days=30)
    assert [(d.person.name, d.days_away, d.turning) for d in soon] == [
        ("Ben", 1, None),
        ("Ana", 8, 36),
    ]


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        # Across the turn of the year, soonest first, names breaking ties.
        (datetime(2026, 12, 20, 12, 0), [("Ana", 11), ("Ben", 13), ("Dana", 13)]),
        # Feb 29 falls on Feb 28 in a common year, and is found by that day.
        (datetime(2027, 2, 20, 12, 0), [("Chloé", 8)]),
        (datetime(2028, 2, 20, 12, 0), [("Chloé", 9)]),
    ],
)
def test_upcoming_dates_are_found_by_their_day_in_the_window(
    services: Services, clock: FixedClock, now: datetime, expected: list[tuple[str, int]]
) -> None:
    add(services, "Ana", birthday=(1990, 12, 31))
    add(services, "Dana", birthday=(None, 1, 2))
    add(services, "Ben", birthday=(None, 1, 2))
    add(services, "Chloé", birthday=(1992, 2, 29))
    add(services, "Eli", birthday=(None, 3, 15))
    clock.set(now.replace(tzinfo=clock.zone()))
    soon = services.people.upcoming_dates(within_days=21)
    assert [(d.person.name, d.days_away) for d in soon] == expected
    # A wider window reads the same rule: the sooner ones, then the rest.
    wide = services.people.upcoming_dates(within_days=400)
    assert [(d.person.name, d.days_away) for d in wide][: len(expected)] == expected
    assert len(wide) == 5
    assert services.people.upcoming_dates(within_days=21, limit=1) == soon[:1]


def test_every_write_tells_listeners_what_changed(services: Services) -> None:
    seen: list[Change] = []
    services.changes.subscribe(seen.append)
    pid = add(services, "Ana")
    logged = services.interactions.log([pid], Mode.CALL)
    assert seen == [
        change(Kind.PEOPLE, people=[pid]),
        change(Kind.INTERACTIONS, Kind.PEOPLE, people=[pid], interactions=[logged.id]),
    ]
