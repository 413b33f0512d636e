"""Each service write emits exactly one typed change naming what it touched, and who asked."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

from kith.domain.values import Circle, DateKind, Mode
from kith.services.app import Services
from kith.services.changes import Change, Kind, change
from kith.services.views import MeetupInput, PersonInput


def add(services: Services, name: str) -> int:
    return services.people.add(PersonInput(name=name, circle=Circle.FRIENDS)).id


def test_meetup_writes_name_the_meetup_and_everyone_in_it_before_and_after(
    services: Services,
) -> None:
    ana, ben, chloe = add(services, "Ana"), add(services, "Ben"), add(services, "Chloé")
    seen: list[Change] = []
    services.changes.subscribe(seen.append)
    at = datetime(2026, 11, 22, 10, 0)
    dinner = services.meetups.plan(MeetupInput(title="Dinner", person_ids=(ana, ben), starts_at=at))
    services.meetups.update(
        dinner.id, MeetupInput(title="Dinner", person_ids=(chloe,), starts_at=at)
    )
    done = services.meetups.complete(dinner.id)
    logged = services.interactions.recent(1)[0]
    services.meetups.delete(done.id)
    assert seen == [
        change(Kind.MEETUPS, Kind.PEOPLE, people=[ana, ben], meetups=[dinner.id]),
        # Ana and Ben left it: their "planned" state changes too.
        change(Kind.MEETUPS, Kind.PEOPLE, people=[ana, ben, chloe], meetups=[dinner.id]),
        change(
            Kind.MEETUPS,
            Kind.PEOPLE,
            Kind.INTERACTIONS,
            people=[chloe],
            meetups=[dinner.id],
            interactions=[logged.id],
        ),
        change(Kind.MEETUPS, Kind.PEOPLE, people=[chloe], meetups=[dinner.id]),
    ]


def test_person_details_follow_ups_and_interactions_name_their_person(
    services: Services,
) -> None:
    ana, ben = add(services, "Ana"), add(services, "Ben")
    today = services.ctx.today()
    seen: list[Change] = []
    services.changes.subscribe(seen.append)
    services.people.add_date(ana, DateKind.BIRTHDAY, 4, 15)
    services.people.remove_date(services.people.detail(ana).dates[0].id)
    note = services.follow_ups.add(ben, "Ask about the move")
    services.follow_ups.set_done(note.id)
    services.follow_ups.delete(note.id)
    walk = services.interactions.log([ana], Mode.IN_PERSON, today - timedelta(days=1))
    services.interactions.update(walk.id, [ben], Mode.IN_PERSON, today)
    services.interactions.delete(walk.id)
    services.people.snooze_for(ana, 3)
    services.profile.set_interests(["jazz"])
    both = (Kind.INTERACTIONS, Kind.PEOPLE)
    assert seen == [
        change(Kind.PEOPLE, people=[ana]),
        change(Kind.PEOPLE, people=[ana]),
        change(Kind.PEOPLE, people=[ben]),
        change(Kind.PEOPLE, people=[ben]),
        change(Kind.PEOPLE, people=[ben]),
        change(*both, people=[ana], interactions=[walk.id]),
        change(*both, people=[ana, ben], interactions=[walk.id]),
        change(*both, people=[ben], interactions=[walk.id]),
        change(Kind.PEOPLE, people=[ana]),
        # Your interests change everyone's shared ones: no list, everyone.
        change(Kind.PROFILE, Kind.PEOPLE, everything=True),
    ]


def test_the_origin_passed_with_a_call_is_on_its_change_and_only_there(
    services: Services,
) -> None:
    seen: list[Change] = []
    services.changes.subscribe(seen.append)
    token = object()
    with services.changes.origin(token):
        ana = add(services, "Ana")
        # A write on another thread meanwhile is not this caller's.
        worker = threading.Thread(target=lambda: add(services, "Ben"))
        worker.start()
        worker.join()
    services.people.snooze_for(ana, 1)
    assert [c.origin for c in seen] == [token, None, None]
