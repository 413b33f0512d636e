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
    Select,
    String,
    and_,
    bindparam,
    func,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from kith.domain.interests import shared_interests
from kith.domain.tending import Tending, tending
from kith.domain.values import Circle, MeetupStatus
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

_CIRCLES = {c.value: c for c in Circle}


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


# SQLite's IN list stays fast and well under its variable limit at this size.
_ID_CHUNK = 500


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
    query = (
        select(meetup_person.c.person_id, Meetup.starts_at, Meetup.on_day)
        .join(Meetup, Meetup.id == meetup_person.c.meetup_id)
        .where(
            Meetup.status == MeetupStatus.PLANNED.value,
            or_(Meetup.starts_at >= now - timedelta(days=1), Meetup.on_day >= today),
        )
    )
    # Planned meetups are few; read them all and filter here (an IN-list is slower).
    wanted = None if ids is None else set(ids)
    found: dict[int, date] = {}
    for person_id, starts_at, on_day in session.connection().execute(query):
        if wanted is None or person_id in wanted:
            day = on_day if on_day is not None else starts_at.astimezone(zone).date()
            if day >= today and (person_id not in found or day < found[person_id]):
                found[person_id] = day
    return found


def _chunks(ids: Collection[int] | None) -> Iterable[list[int] | None]:
    if ids is None:
        yield None
        return
    as_list = list(ids)
    for start in range(0, len(as_list), _ID_CHUNK):
        yield as_list[start : start + _ID_CHUNK]


_SEP = "\x1f"  # a control character: validation strips these from interests


def interest_list() -> ColumnElement[str]:
    """One person's interests joined into a string, as a correlated subquery.

    One query for people and their interests is several times faster than two.
    """
    return (
        select(func.group_concat(Interest.name, _SEP))
        .join(person_interest, person_interest.c.interest_id == Interest.id)
        .where(person_interest.c.person_id == Person.id)
        .scalar_subquery()
    )


def effective_rhythm() -> ColumnElement[int]:
    return func.coalesce(Person.rhythm_days, CircleRow.rhythm_days)


def possibly_due(today: date | BindParameter[str]) -> ColumnElement[bool]:
    """A superset, in SQL, of the people whose state is soon, due, overdue or never met.

    Mirrors domain.tending.soon_window; the exact state is then decided in Python.
    People not sorted yet are never due.
    """
    rhythm = effective_rhythm()
    soon = func.max(1, func.min(14, rhythm // 5))
    day = today if isinstance(today, BindParameter) else literal(today.isoformat())
    days_since = func.julianday(day) - func.julianday(Person.last_in_person_on)
    return and_(
        Person.circle != Circle.UNSORTED.value,
        or_(Person.last_in_person_on.is_(None), days_since >= rhythm - soon),
    )


@cache
def _summary_query(include_archived: bool, only_possibly_due: bool) -> Select[*tuple[Any, ...]]:
    """Built once per kind: composing it took longer than running it at 500 people.
    The day is the bound parameter `today`."""
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
        conditions.append(Person.archived.is_(False))
    if only_possibly_due:
        conditions.append(possibly_due(bindparam("today", type_=String)))
    if conditions:
        query = query.where(and_(*conditions))
    return query


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
    mine = frozenset(my_interests(session))
    query = _summary_query(include_archived, only_possibly_due)
    params = {"today": today.isoformat()} if only_possibly_due else {}
    conn = session.connection()
    rows: list[Any] = []
    for chunk in _chunks(ids):
        q = query if chunk is None else query.where(Person.id.in_(chunk))
        rows.extend(conn.execute(q, params).all())
    selected = [row[0] for row in rows] if ids is not None else None
    planned = next_planned_days(session, selected, today, now, zone)
    summaries = []
    # Many people share a last day and a rhythm; their tending is decided once.
    decided: dict[tuple[date | None, int, date | None, bool], Tending] = {}
    for (
        pid,
        name,
        nickname,
        circle,
        own_rhythm,
        circle_rhythm,
        seen_text,
        talked_text,
        snoozed_text,
        lean_on,
        archived,
        tags,
    ) in rows:
        rhythm = own_rhythm or circle_rhythm
        last_seen = _day(seen_text)
        theirs = sorted(tags.split(_SEP)) if tags else []
        next_day = planned.get(pid)
        unsorted = circle == Circle.UNSORTED.value
        key = (last_seen, rhythm, next_day, unsorted)
        state = decided.get(key)
        if state is None:
            state = decided[key] = tending(
                last_in_person=last_seen,
                rhythm_days=rhythm,
                today=today,
                next_planned=next_day,
                unsorted=unsorted,
            )
        summaries.append(
            PersonSummary(
                id=pid,
                name=name,
                nickname=nickname,
                circle=_CIRCLES[circle],
                rhythm_days=rhythm,
                rhythm_is_custom=own_rhythm is not None,
                interests=tuple(theirs),
                shared_interests=tuple(shared_interests(mine, theirs)) if theirs else (),
                last_in_person=last_seen,
                last_talked=_day(talked_text),
                next_planned=next_day,
                tending=state,
                snoozed_until=_day(snoozed_text),
                lean_on=bool(lean_on),
                archived=bool(archived),
            )
        )
    return summaries
