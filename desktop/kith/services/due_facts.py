"""What ranking the due list needs of each person possibly due, in a few cheap reads.

A whole `PersonSummary` needs every interest, the nickname and the last call; ranking
needs a few columns and the interests shared with you. At 20,000 people this narrow read
is what keeps the due list close to the cost of one plain query of the same people.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Float,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    func,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from kith.domain.tending import Tending
from kith.domain.values import Circle
from kith.services.summaries import (
    SEP,
    DayTending,
    effective_rhythm,
    julian_day,
    next_planned_days,
    possibly_due,
)
from kith.storage.schema import CircleRow, Interest, Person, me_interest, person_interest

_CIRCLES = {c.value: c for c in Circle}


class DueFacts(NamedTuple):
    """One person possibly due, as ranking sees them."""

    id: int
    name: str
    circle: Circle
    rhythm_days: int
    tending: Tending
    last_in_person: date | None
    snoozed_until: date | None
    lean_on: bool
    archived: bool
    shared_interests: tuple[str, ...]
    """Their interests that you share, alphabetically (as in their summary)."""


def _shared_names() -> ColumnElement[str]:
    # Interests are stored casefolded, one row a name, so sharing one is sharing its row:
    # the same match `shared_interests` makes by name, with no interest read twice.
    return (
        select(func.group_concat(Interest.name, SEP))
        .join(person_interest, person_interest.c.interest_id == Interest.id)
        .join(me_interest, me_interest.c.interest_id == Interest.id)
        .where(person_interest.c.person_id == Person.id)
        .scalar_subquery()
    )


@cache
def _query() -> Select[*tuple[Any, ...]]:
    # Days stay ISO text and flags plain integers: SQLAlchemy's per-value conversions
    # would cost more than the query. Built once: composing it costs more than running
    # it on a small database.
    return (
        select(
            Person.id,
            Person.name,
            Person.circle,
            effective_rhythm(),
            type_coerce(Person.last_in_person_on, String),
            type_coerce(Person.snoozed_until, String),
            type_coerce(Person.lean_on, Integer),
            type_coerce(Person.archived, Integer),
            _shared_names(),
        )
        .join(CircleRow, CircleRow.key == Person.circle)
        .where(and_(Person.archived.is_(False), possibly_due(bindparam("today", type_=Float))))
    )


def read_due_facts(
    session: Session, *, today: date, now: datetime, zone: ZoneInfo
) -> list[DueFacts]:
    """Facts of everyone possibly due on `today`, in no particular order; the exact
    state is decided here, by `domain.tending`, as for a summary."""
    rows = session.connection().execute(_query(), {"today": julian_day(today)}).all()
    day = DayTending(today, next_planned_days(session, None, today, now, zone))
    stand = day.of
    split: dict[str, tuple[str, ...]] = {}
    facts = []
    for pid, name, circle, rhythm, seen, snoozed, lean_on, archived, tags in rows:
        state, last_seen = stand(pid, seen, rhythm, circle)
        shared: tuple[str, ...] = ()
        if tags is not None:
            shared = split.get(tags) or split.setdefault(tags, tuple(sorted(tags.split(SEP))))
        facts.append(
            DueFacts(
                pid,
                name,
                _CIRCLES[circle],
                rhythm,
                state,
                last_seen,
                None if snoozed is None else date.fromisoformat(snoozed),
                bool(lean_on),
                bool(archived),
                shared,
            )
        )
    return facts
