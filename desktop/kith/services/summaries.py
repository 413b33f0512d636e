"""Building person summaries (list rows, due rows) for thousands of people in a few queries.

The due list never scans interactions: it reads `person.last_in_person_on`, which the
interaction service keeps current in the same transaction as every write.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Float,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from kith.domain.values import Circle, MeetupStatus
from kith.services.plain_reads import PlainRead
from kith.services.standing import (
    SEP,
    DayTending,
    Summarizer,
    SummaryRow,
    julian_day,
    planned_days,
    stored_moment,
)
from kith.services.views import PersonSummary
from kith.storage.schema import (
    CircleRow,
    Interest,
    Meetup,
    Person,
    me_interest,
    meetup_person,
    person_interest,
)

# SQLite's IN list stays fast and well under its variable limit at this size.
_ID_CHUNK = 500
_FEW = 50
_BATCH = 1000
"""Rows fetched at a time when everyone is read."""


def circle_rhythms(session: Session) -> dict[Circle, int]:
    """The rhythm of each ring; people not sorted yet have none."""
    return {
        Circle(key): days
        for key, days in session.execute(select(CircleRow.key, CircleRow.rhythm_days))
        if Circle(key).is_sorted
    }


def my_interests(session: Session) -> list[str]:
    return list(
        session.scalars(
            select(Interest.name)
            .join(me_interest, me_interest.c.interest_id == Interest.id)
            .order_by(Interest.name)
        )
    )


def my_interests_folded(session: Session) -> frozenset[str]:
    """Your interests as `shared_interests` compares them."""
    return frozenset(name.casefold() for name in my_interests(session))


def interests_of(session: Session, ids: Collection[int]) -> dict[int, list[str]]:
    """Interests of a few people (a meetup's, say), alphabetically."""
    query = (
        select(person_interest.c.person_id, Interest.name)
        .join(Interest, Interest.id == person_interest.c.interest_id)
        .order_by(Interest.name)
    )
    found: dict[int, list[str]] = defaultdict(list)
    for chunk in _chunks(ids):
        q = query if chunk is None else query.where(person_interest.c.person_id.in_(chunk))
        for person_id, name in session.connection().execute(q):
            found[person_id].append(name)
    return found


def next_planned_days(
    session: Session, ids: Collection[int] | None, today: date, now: datetime, zone: ZoneInfo
) -> dict[int, date]:
    """The day of each person's next planned meetup from today on, in the user's zone."""
    # Planned meetups are few; read them all and filter here (an IN-list is slower),
    # unless only a handful of people are asked for, as for the rows Today shows.
    wanted = None if ids is None else set(ids)
    few = wanted is not None and len(wanted) <= _FEW
    since = now - timedelta(days=1)
    if few and wanted is not None:
        params = {"since": since, "today": today, "ids": sorted(wanted)}
        rows = session.connection().execute(_planned_query(True), params).all()
    else:
        rows = _plain_planned().rows(session, since=stored_moment(since), today=today.isoformat())
    return planned_days(rows, wanted, today, zone)


@cache
def _planned_query(for_few: bool) -> Select[*tuple[Any, ...]]:
    """Built once per kind: composing it took longer than running it. For a few people
    their meetups are found by the person index (bound as `ids`); the status one would
    find every plan."""
    status = Meetup.status.concat("") if for_few else Meetup.status
    # Times and days come back as text, parsed in Python (see `standing`).
    query: Select[*tuple[Any, ...]] = (
        select(
            meetup_person.c.person_id,
            type_coerce(Meetup.starts_at, String),
            type_coerce(Meetup.on_day, String),
        )
        .join(Meetup, Meetup.id == meetup_person.c.meetup_id)
        .where(
            status == MeetupStatus.PLANNED.value,
            or_(
                Meetup.starts_at >= bindparam("since", type_=Meetup.starts_at.type),
                Meetup.on_day >= bindparam("today", type_=Meetup.on_day.type),
            ),
        )
    )
    if for_few:
        query = query.where(meetup_person.c.person_id.in_(bindparam("ids", expanding=True)))
    return query


@cache
def _plain_planned() -> PlainRead:
    """Every planned meetup's people, run plain: the due list reads it on every ranking."""
    return PlainRead(_planned_query(False))


def _chunks(ids: Collection[int] | None) -> Iterable[list[int] | None]:
    if ids is None:
        yield None
        return
    as_list = list(ids)
    for start in range(0, len(as_list), _ID_CHUNK):
        yield as_list[start : start + _ID_CHUNK]


def interest_list() -> ColumnElement[str]:
    """One person's interests joined into a string, as a correlated subquery.

    One query for people and their interests is several times faster than two.
    """
    return (
        select(func.group_concat(Interest.name, SEP))
        .join(person_interest, person_interest.c.interest_id == Interest.id)
        .where(person_interest.c.person_id == Person.id)
        .scalar_subquery()
    )


def effective_rhythm() -> ColumnElement[int]:
    return func.coalesce(Person.rhythm_days, CircleRow.rhythm_days)


def possibly_due(today: BindParameter[float]) -> ColumnElement[bool]:
    """A superset, in SQL, of the people whose state is soon, due, overdue or never met;
    `today` binds `julian_day` of the day.

    Mirrors domain.tending.soon_window; the exact state is then decided in Python.
    People not sorted yet are never due.
    """
    rhythm = effective_rhythm()
    soon = func.max(1, func.min(14, rhythm // 5))
    days_since = today - func.julianday(Person.last_in_person_on)
    return and_(
        Person.circle != Circle.UNSORTED.value,
        or_(Person.last_in_person_on.is_(None), days_since >= rhythm - soon),
    )


def not_archived_scanned() -> ColumnElement[bool]:
    """Not archived, tested on each row read rather than through the (archived, last
    seen) index: nearly everyone is not archived, so walking that index means looking
    up nearly every person from it one by one, twice as slow as a scan at 20,000 people,
    and it kept a query for a few ids from using their primary key."""
    return type_coerce(Person.archived, Integer) + 0 == 0


@cache
def _summary_query(include_archived: bool, only_possibly_due: bool) -> Select[*tuple[Any, ...]]:
    """Built once per kind: composing it took longer than running it at 500 people.
    The day is the bound parameter `today`, as a `julian_day`."""
    # Days come back as their ISO text and are parsed in Python: SQLAlchemy's per-value
    # date processing was a third of the due list's time at 5,000 people.
    query: Select[*tuple[Any, ...]] = select(
        Person.id,
        Person.name,
        Person.nickname,
        Person.circle,
        Person.rhythm_days,
        CircleRow.rhythm_days,
        type_coerce(Person.last_in_person_on, String),
        type_coerce(Person.last_talked_on, String),
        type_coerce(Person.snoozed_until, String),
        Person.lean_on,
        Person.archived,
        interest_list(),
    ).join(CircleRow, CircleRow.key == Person.circle)
    conditions: list[ColumnElement[bool]] = []
    if not include_archived:
        conditions.append(not_archived_scanned())
    if only_possibly_due:
        conditions.append(possibly_due(bindparam("today", type_=Float)))
    if conditions:
        query = query.where(and_(*conditions))
    return query


def summary_rows(
    session: Session,
    *,
    today: date,
    now: datetime,
    zone: ZoneInfo,
    ids: Collection[int] | None = None,
    include_archived: bool = False,
    only_possibly_due: bool = False,
) -> tuple[list[SummaryRow], Summarizer]:
    """The rows of the summary query, and what turns them into summaries."""
    mine = my_interests_folded(session)
    query = _summary_query(include_archived, only_possibly_due)
    params = {"today": julian_day(today)} if only_possibly_due else {}
    conn = session.connection()
    rows: list[SummaryRow] = []
    for chunk in _chunks(ids):
        q = query if chunk is None else query.where(Person.id.in_(chunk))
        rows.extend(conn.execute(q, params).all())
    selected = [row[0] for row in rows] if ids is not None else None
    planned = next_planned_days(session, selected, today, now, zone)
    return rows, Summarizer(mine, DayTending(today, planned))


def load_summaries(
    session: Session,
    *,
    today: date,
    now: datetime,
    zone: ZoneInfo,
    ids: Collection[int] | None = None,
    include_archived: bool = False,
    only_possibly_due: bool = False,
) -> list[PersonSummary]:
    if ids is None:
        # Everyone: each batch of rows becomes summaries before the next is fetched. All
        # the rows at once weighed twice the summaries made of them (10 MB at 20,000).
        mine = my_interests_folded(session)
        planned = next_planned_days(session, None, today, now, zone)
        summarizer = Summarizer(mine, DayTending(today, planned))
        query = _summary_query(include_archived, only_possibly_due)
        params = {"today": julian_day(today)} if only_possibly_due else {}
        result = session.connection().execute(query, params)
        return [summarizer.summary(row) for batch in result.partitions(_BATCH) for row in batch]
    rows, summarizer = summary_rows(
        session,
        today=today,
        now=now,
        zone=zone,
        ids=ids,
        include_archived=include_archived,
        only_possibly_due=only_possibly_due,
    )
    return [summarizer.summary(row) for row in rows]


__all__ = ["SEP", "DayTending", "Summarizer", "SummaryRow", "julian_day"]
