"""Archive, restore, delete, move and edit many people at once: one call, one transaction,
one change."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from kith.domain.errors import NotFound
from kith.domain.values import Circle, Mode
from kith.services.app import Services
from kith.services.changes import Change, Kind
from kith.services.views import PersonInput, PersonSummary

MISSING = 999_999


def five(services: Services) -> list[int]:
    return [
        services.people.add(PersonInput(name=f"Person {n}", circle=Circle.FRIENDS)).id
        for n in range(5)
    ]


def everyone(services: Services) -> list[PersonSummary]:
    return services.people.list(include_archived=True)


def listen(services: Services) -> list[Change]:
    seen: list[Change] = []
    services.changes.subscribe(seen.append)
    return seen


BULK: dict[str, Callable[[Services, list[int]], None]] = {
    "archive": lambda s, ids: s.people.archive_people(ids),
    "restore": lambda s, ids: s.people.restore_people(ids),
    "delete": lambda s, ids: s.people.delete_people(ids),
    "move": lambda s, ids: s.people.move_to_circle(ids, Circle.INNER),
    "rhythm": lambda s, ids: s.people.set_rhythm_for(ids, 10),
    "circles": lambda s, ids: s.people.set_circles(dict.fromkeys(ids, Circle.CLOSE)),
    "edit": lambda s, ids: s.people.edit_people(
        ids, circle=Circle.WIDER, rhythm="circle", lean_on=True
    ),
}


@pytest.mark.parametrize("operation", sorted(BULK))
def test_a_failure_at_the_third_of_five_changes_nobody(services: Services, operation: str) -> None:
    ids = five(services)
    if operation == "restore":
        services.people.archive_people(ids)
    before = everyone(services)
    seen = listen(services)
    # The third id is gone (deleted elsewhere meanwhile): the first two must not change.
    with pytest.raises(NotFound):
        BULK[operation](services, [ids[0], ids[1], MISSING, ids[3], ids[4]])
    assert everyone(services) == before
    assert seen == []


def test_archive_restore_and_move_change_everyone_listed_with_one_change(
    services: Services,
) -> None:
    ids = five(services)
    seen = listen(services)
    services.people.archive_people(ids[:3])
    assert [p.archived for p in everyone(services)] == [True, True, True, False, False]
    services.people.restore_people(ids[1:3])
    assert [p.archived for p in everyone(services)] == [True, False, False, False, False]
    services.people.move_to_circle([ids[0], ids[4]], Circle.INNER)
    assert [p.circle for p in everyone(services)] == [
        Circle.INNER,
        Circle.FRIENDS,
        Circle.FRIENDS,
        Circle.FRIENDS,
        Circle.INNER,
    ]
    assert [(c.kinds, c.people) for c in seen] == [
        ({Kind.PEOPLE}, set(ids[:3])),
        ({Kind.PEOPLE}, set(ids[1:3])),
        ({Kind.PEOPLE}, {ids[0], ids[4]}),
    ]


def test_deleting_many_is_one_change_naming_everyone_it_touched(services: Services) -> None:
    a, b, c, d, e = five(services)
    today = services.ctx.today()
    shared = services.interactions.log([a, b, e], Mode.IN_PERSON, today - timedelta(days=2))
    alone = services.interactions.log([a], Mode.CALL, today - timedelta(days=1))
    seen = listen(services)

    services.people.delete_people([a, b])

    assert [p.id for p in everyone(services)] == [c, d, e]
    # Eli keeps the meeting they shared; the call only Ana was in is gone.
    assert [i.id for i in services.interactions.recent()] == [shared.id]
    assert services.people.summary(e).last_in_person == today - timedelta(days=2)
    assert len(seen) == 1
    assert seen[0].kinds == {Kind.PEOPLE, Kind.INTERACTIONS, Kind.MEETUPS}
    assert seen[0].people == {a, b, e}
    assert seen[0].interactions == {shared.id, alone.id}


def test_a_rhythm_for_many_and_back_to_each_circles_own(services: Services) -> None:
    ids = five(services)
    services.people.move_to_circle(ids[:2], Circle.INNER)
    seen = listen(services)
    services.people.set_rhythm_for(ids[:4], 21)
    assert [(p.rhythm_days, p.rhythm_is_custom) for p in everyone(services)] == [
        (21, True),
        (21, True),
        (21, True),
        (21, True),
        (30, False),
    ]
    services.people.set_rhythm_for(ids, None)
    assert [p.rhythm_days for p in everyone(services)] == [7, 7, 30, 30, 30]
    assert len(seen) == 2


def test_an_out_of_range_rhythm_changes_nobody(services: Services) -> None:
    from kith.domain.errors import ValidationError

    ids = five(services)
    before = everyone(services)
    with pytest.raises(ValidationError):
        services.people.set_rhythms({ids[0]: 14, ids[1]: 5000})
    with pytest.raises(ValidationError):
        services.people.edit_people(ids, circle=Circle.INNER, rhythm=0)
    assert everyone(services) == before
