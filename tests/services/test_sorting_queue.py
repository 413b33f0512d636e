"""The sorting view's queue and its one write per choice."""

from __future__ import annotations

from kith.domain.values import Circle
from kith.services.app import Services
from kith.services.changes import Change
from kith.services.views import PersonInput


def test_the_queue_is_everyone_not_sorted_yet_alphabetically_without_the_archived(
    services: Services,
) -> None:
    add = services.people.add
    zoe = add(PersonInput("Zoë Okafor", circle=Circle.UNSORTED)).id
    add(PersonInput("Ana Silva", circle=Circle.INNER))
    bank = add(PersonInput("bank hotline", circle=Circle.UNSORTED)).id
    taxi = add(PersonInput("Taxi", circle=Circle.UNSORTED)).id
    services.people.archive(taxi)
    assert services.people.unsorted_ids() == [bank, zoe]
    assert services.people.unsorted_count() == 2


def test_sorting_someone_writes_their_circle_and_archive_in_one_change(
    services: Services,
) -> None:
    taxi = services.people.add(PersonInput("Taxi", circle=Circle.UNSORTED)).id
    heard: list[Change] = []
    services.changes.subscribe(heard.append)
    services.people.sort(taxi, Circle.UNSORTED, archived=True)
    assert services.people.summary(taxi).archived
    services.people.sort(taxi, Circle.WIDER)
    after = services.people.summary(taxi)
    assert (after.circle, after.archived) == (Circle.WIDER, False)
    assert len(heard) == 2 and all(taxi in c.people for c in heard)
