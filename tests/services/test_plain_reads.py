"""The due list's plain reads bind values as the columns store them."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from kith.domain.values import Circle
from kith.services.app import Services
from kith.services.plain_reads import stored_moment
from kith.services.views import MeetupInput, PersonInput


def test_a_moment_is_bound_as_it_is_stored(services: Services) -> None:
    # A plan on the hour: its stored text still has microseconds, which an ISO form
    # without them would compare as earlier, and drop a plan starting that very second.
    person = services.people.add(PersonInput(name="Ana", circle=Circle.CLOSE))
    starts = services.ctx.now().replace(minute=0, second=0, microsecond=0) + timedelta(days=2)
    services.meetups.plan(MeetupInput(title="Lunch", person_ids=(person.id,), starts_at=starts))
    with sqlite3.connect(services.ctx.db.path) as conn:
        (stored,) = conn.execute("SELECT starts_at FROM meetup").fetchone()
    conn.close()
    assert stored == stored_moment(starts.astimezone(UTC))
    assert stored_moment(datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)) == "2026-01-02 03:04:05.000000"


def test_a_plan_shows_in_the_due_list_read_plain(services: Services) -> None:
    person = services.people.add(PersonInput(name="Budi", circle=Circle.INNER))
    assert person.id in services.tending.recompute().ids  # never met: listed
    starts = services.ctx.now() + timedelta(days=1)
    services.meetups.plan(MeetupInput(title="Climb", person_ids=(person.id,), starts_at=starts))
    # Planned people are left out: the full ranking (the plain reads) saw the plan.
    assert person.id not in services.tending.recompute().ids
