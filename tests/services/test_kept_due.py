"""The kept due list, mended person by person after each write, is the full ranking.

Each run fills a database with demo people, then makes a seeded random sequence of the
writes people make all day (log, snooze, unsnooze, move circle, archive, restore, plan,
cancel, birthdays, interests, edit, add, delete, a rhythm, a new day) and after each one
compares the kept list with one ranked afresh from everyone: who, in what order, why,
and how many.
"""

from __future__ import annotations

import random
from contextlib import suppress
from datetime import date, timedelta

import pytest

from kith.clock import FixedClock
from kith.domain.errors import Refusal
from kith.domain.values import Circle, DateKind, Mode
from kith.services.app import Services
from kith.services.tending import DueList
from kith.services.views import MeetupInput, PersonInput

RINGS = (Circle.INNER, Circle.CLOSE, Circle.FRIENDS, Circle.WIDER)
STEPS = 80


def _same(kept: DueList, fresh: DueList) -> None:
    assert kept.ids == fresh.ids
    assert kept.facts == fresh.facts
    assert dict(kept.reasons) == dict(fresh.reasons)
    assert (kept.total, kept.snoozed) == (fresh.total, fresh.snoozed)
    assert kept.first(7) == fresh.first(7)


class _Writes:
    """One random write at a time, as the app makes them; says whether it may move
    everyone (then the whole list is ranked again)."""

    def __init__(self, svc: Services, clock: FixedClock, rnd: random.Random) -> None:
        self.svc = svc
        self.clock = clock
        self.rnd = rnd
        self.meetups: list[int] = []

    def today(self) -> date:
        return self.svc.ctx.today()

    def someone(self) -> int:
        people = self.svc.people.list(include_archived=True)
        return self.rnd.choice(people).id

    def due_someone(self) -> int:
        due = self.svc.tending.recompute().ids
        return self.rnd.choice(due) if due else self.someone()

    def log(self) -> bool:
        ids = sorted({self.due_someone() for _ in range(self.rnd.randint(1, 3))})
        ago = self.rnd.randint(0, 60)
        self.svc.interactions.log(ids, Mode.IN_PERSON, self.today() - timedelta(days=ago))
        return False

    def snooze(self) -> bool:
        days = self.rnd.randint(0, 10)
        self.svc.people.snooze(self.due_someone(), self.today() + timedelta(days=days))
        return False

    def unsnooze(self) -> bool:
        self.svc.people.snooze(self.someone(), None)
        return False

    def move(self) -> bool:
        self.svc.people.move_to_circle([self.due_someone()], self.rnd.choice(RINGS))
        return False

    def archive(self) -> bool:
        self.svc.people.archive(self.due_someone())
        return False

    def restore(self) -> bool:
        archived = self.svc.people.archived()
        if archived:
            self.svc.people.restore(self.rnd.choice(archived).id)
        return False

    def plan(self) -> bool:
        on = self.today() + timedelta(days=self.rnd.randint(0, 20))
        plan = MeetupInput(
            title="Walk", person_ids=(self.due_someone(),), on_day=on, duration_minutes=24 * 60
        )
        self.meetups.append(self.svc.meetups.plan(plan).id)
        return False

    def cancel(self) -> bool:
        if self.meetups:
            self.svc.meetups.cancel(self.meetups.pop(self.rnd.randrange(len(self.meetups))))
        return False

    def birthday(self) -> bool:
        day = self.today() + timedelta(days=self.rnd.randint(0, 20))
        with suppress(Refusal):  # they have one already: the sequence goes on
            self.svc.people.add_date(self.due_someone(), DateKind.BIRTHDAY, day.month, day.day)
        return False

    def interests(self) -> bool:
        tags = self.rnd.sample(["chess", "cycling", "jazz", "pottery"], self.rnd.randint(0, 2))
        self.svc.people.set_interests(self.due_someone(), tags)
        return False

    def edit(self) -> bool:
        # A new name, leaning on them or not, a rhythm of their own: each moves them.
        p = self.svc.people.summary(self.due_someone())
        edited = PersonInput(
            name=self.rnd.choice(("Ana Lima", "ana lima", "Zé", p.name)),
            circle=p.circle,
            rhythm_days=self.rnd.choice((None, 10, 45)),
            interests=p.interests,
            lean_on=self.rnd.random() < 0.5,
        )
        self.svc.people.update(p.id, edited)
        return False

    def add(self) -> bool:
        self.svc.people.add(PersonInput(name="Newcomer", circle=self.rnd.choice(RINGS)))
        return False

    def delete(self) -> bool:
        self.svc.people.delete(self.due_someone())
        return False

    def rhythm(self) -> bool:
        self.svc.profile.set_circle_rhythm(self.rnd.choice(RINGS), self.rnd.randint(7, 120))
        return True

    def new_day(self) -> bool:
        self.clock.advance(timedelta(days=self.rnd.randint(1, 3)))
        return True

    def any(self) -> bool:
        # Writes to a few people are most of a day; the rest are rare.
        person = (
            self.log,
            self.snooze,
            self.unsnooze,
            self.move,
            self.archive,
            self.restore,
            self.plan,
            self.cancel,
            self.birthday,
            self.interests,
            self.edit,
            self.add,
            self.delete,
        )
        if self.rnd.random() < 0.08:
            return self.rnd.choice((self.rhythm, self.new_day))()
        return self.rnd.choice(person)()


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_the_kept_due_list_equals_a_full_ranking_after_every_write(
    services: Services, clock: FixedClock, seed: int
) -> None:
    services.demo.fill(160, years=2, seed=seed)
    services.profile.add_interests(["chess", "jazz"])
    rnd = random.Random(seed)
    writes = _Writes(services, clock, rnd)
    tending = services.tending
    _same(tending.due(), tending.recompute())
    everyone = tending.full_rankings
    moved_anyone = False
    for _ in range(STEPS):
        moved_anyone |= writes.any()
        if rnd.random() < 0.25:
            continue  # some writes pile up before the next read
        _same(tending.due(), tending.recompute())
        everyone += moved_anyone
        moved_anyone = False
    _same(tending.due(), tending.recompute())
    everyone += moved_anyone
    # Only rhythms and new days ranked everyone again: the rest was mended in place.
    assert tending.full_rankings == everyone


def test_a_write_to_someone_else_leaves_the_kept_order_of_the_rest(services: Services) -> None:
    services.demo.fill(60, years=2, seed=5)
    before = services.tending.due()
    first = before.ids[0]
    services.interactions.log([first], Mode.IN_PERSON, services.ctx.today())
    after = services.tending.due()
    assert first not in after.ids
    assert after.ids == tuple(pid for pid in before.ids if pid != first)
    assert after.total == before.total - 1


def test_a_write_by_another_program_is_seen_at_the_next_read(
    services: Services, clock: FixedClock
) -> None:
    """`kith log` in a terminal while the window is open: the kept list is not trusted."""
    from kith.bootstrap import open_services

    services.demo.fill(60, years=2, seed=5)
    before = services.tending.due()
    first = before.ids[0]
    elsewhere = open_services(services.ctx.db.path, clock)
    try:
        elsewhere.interactions.log([first], Mode.IN_PERSON, elsewhere.ctx.today())
    finally:
        elsewhere.close()

    after = services.tending.due()

    assert first not in after.ids
    _same(after, services.tending.recompute())
    # Reading again with nothing written anywhere ranks no one afresh.
    rankings = services.tending.full_rankings
    services.tending.due()
    assert services.tending.full_rankings == rankings
