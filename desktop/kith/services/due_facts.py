"""What ranking the due list needs of each person possibly due, in a few cheap reads.

A whole `PersonSummary` needs every interest, the nickname and the last call; ranking
needs a few columns and the interests shared with you. At 20,000 people this narrow read
is what keeps the due list close to the cost of one plain query of the same people.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date, datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Float,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from kith.domain.values import Circle
from kith.services.due_list import DueFacts, facts_of, no_collector_pauses, shared_by_person
from kith.services.plain_reads import PlainRead
from kith.services.summaries import (
    DayTending,
    effective_rhythm,
    julian_day,
    next_planned_days,
    not_archived_scanned,
    possibly_due,
)
from kith.storage.schema import CircleRow, Interest, Person, me_interest, person_interest

_CIRCLES = {c.value: c for c in Circle}


@cache
def _shared_query(of_some: bool) -> Select[int, str]:
    query = (
        select(person_interest.c.person_id, Interest.name)
        .join(Interest, Interest.id == person_interest.c.interest_id)
        .where(person_interest.c.interest_id.in_(select(me_interest.c.interest_id)))
    )
    if of_some:
        query = query.where(person_interest.c.person_id.in_(bindparam("ids", expanding=True)))
    return query


def shared_with_me(
    session: Session, ids: Collection[int] | None = None
) -> dict[int, tuple[str, ...]]:
    """Everyone's (or these people's) interests that you share, alphabetically, by id.

    Interests are stored casefolded, one row a name, so sharing one is sharing its row:
    the match `shared_interests` makes by name. One indexed read of the few interests
    you have costs a fraction of joining every interest of every person due."""
    if ids is None:
        rows = _plain(False).rows(session)
    else:
        rows = session.connection().execute(_shared_query(True), {"ids": sorted(ids)}).all()
    return shared_by_person(rows)


@cache
def _query(of_some: bool = False) -> Select[*tuple[Any, ...]]:
    # Days stay ISO text and flags plain integers: SQLAlchemy's per-value conversions
    # would cost more than the query. Built once: composing it costs more than running
    # it on a small database.
    query = (
        select(
            Person.id,
            Person.name,
            Person.circle,
            effective_rhythm(),
            type_coerce(Person.last_in_person_on, String),
            type_coerce(Person.snoozed_until, String),
            type_coerce(Person.lean_on, Integer),
            type_coerce(Person.archived, Integer),
        )
        .join(CircleRow, CircleRow.key == Person.circle)
        .where(and_(not_archived_scanned(), possibly_due(bindparam("today", type_=Float))))
    )
    if of_some:
        # A few people by their primary key, as after a write that touched only them.
        query = query.where(Person.id.in_(bindparam("ids", expanding=True)))
    return query


@cache
def _plain(facts: bool) -> PlainRead:
    """Everyone's facts (or shared interests), the full ranking's reads, run plain."""
    return PlainRead(_query(False) if facts else _shared_query(False))


def read_due_facts(
    session: Session,
    *,
    today: date,
    now: datetime,
    zone: ZoneInfo,
    ids: Collection[int] | None = None,
) -> list[DueFacts]:
    """Facts of everyone possibly due on `today` (or of those of `ids` who are), in no
    particular order; the exact state is decided here, by `domain.tending`, as for a
    summary."""
    if ids is None:
        # Read as they become facts: 20,000 rows are not held beside 20,000 facts.
        rows: Iterable[Any] = _plain(True).each(session, today=julian_day(today))
    else:
        params = {"today": julian_day(today), "ids": sorted(ids)}
        rows = session.connection().execute(_query(True), params).all()
    day = DayTending(today, next_planned_days(session, ids, today, now, zone))
    return facts_of(rows, day, shared_with_me(session, ids))


__all__ = ["DueFacts", "no_collector_pauses", "read_due_facts", "shared_with_me"]
