"""One call returns everything Today shows."""

from __future__ import annotations

from datetime import datetime, timedelta

from kith.domain.values import Circle, DateKind, Mode
from kith.services.app import Services
from kith.services.views import MeetupInput, PersonInput


def test_today_view_holds_due_counts_groups_meetups_dates_and_follow_ups(
    services: Services,
) -> None:
    today = services.ctx.today()
    services.profile.set_interests(["climbing"])
    ids = [
        services.people.add(PersonInput(name=f"Climber {n}", interests=("climbing",))).id
        for n in range(4)
    ]
    for pid in ids:
        services.interactions.log([pid], Mode.IN_PERSON, today - timedelta(days=60))
    snoozed = services.people.add(PersonInput(name="Snoozed")).id
    services.people.snooze_for(snoozed, 3)
    friend = services.people.add(PersonInput(name="Friend")).id
    services.interactions.log([friend], Mode.IN_PERSON, today)
    services.people.add_date(friend, DateKind.BIRTHDAY, today.month, today.day + 1, 1990)
    services.follow_ups.add(friend, "Bring the book")
    dinner = services.meetups.plan(
        MeetupInput(
            title="Dinner",
            person_ids=(friend,),
            starts_at=datetime(today.year, today.month, today.day, 19, 0) + timedelta(days=3),
        )
    )

    view = services.today.view(due_rows=2)

    assert view.today == today
    assert len(view.due) == 2 and view.due_total == 4 and view.snoozed == 1
    assert {p.id for p in view.due} <= set(ids)
    assert [g.interest for g in view.groups] == ["climbing"]
    assert [m.id for m in view.meetups] == [dinner.id]
    assert [(d.person.id, d.turning) for d in view.dates] == [(friend, today.year - 1990)]
    assert [f.text for f in view.follow_ups] == ["Bring the book"]


def test_today_lists_the_closest_first_and_a_coming_birthday_breaks_a_tie(
    services: Services,
) -> None:
    today = services.ctx.today()

    def seen(name: str, circle: Circle, days_ago: int) -> int:
        pid = services.people.add(PersonInput(name=name, circle=circle)).id
        services.interactions.log([pid], Mode.IN_PERSON, today - timedelta(days=days_ago))
        return pid

    wider = seen("Wanda", Circle.WIDER, 90 + 60)
    inner = seen("Ines", Circle.INNER, 7 + 3)
    plain = seen("Abel", Circle.FRIENDS, 40)
    birthday = seen("Zora", Circle.FRIENDS, 40)
    soon = today + timedelta(days=4)
    services.people.add_date(birthday, DateKind.BIRTHDAY, soon.month, soon.day, 1990)
    services.people.add(PersonInput(name="Uma", circle=Circle.UNSORTED))

    view = services.today.view()
    assert [p.id for p in view.due] == [inner, birthday, plain, wider]
    assert view.reasons[birthday].birthday_in_days == 4
    assert view.reasons[inner].days_since_met == 10
    assert services.today.short_list().total == view.due_total == 4
