"""Building person summaries (list rows, due rows) for thousands of people in a few queries.

The due list never scans interactions: it reads `person.last_in_person_on`, which the
interaction service keeps current in the same transaction as every write.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, func, literal, or_, select
from sqlalchemy.orm import Session

from kith.domain.interests import shared_interests
from kith.domain.tending import tending
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

# SQLite's IN list stays fast and well under its variable limit at this size.
_ID_CHUNK = 500


def circle_rhythms(session: Session) -> dict[Circle, int]:
    return {
        Circle(key): days
        for key, days in session.execute(select(CircleRow.key, CircleRow.rhythm_days))
    }


def my_interests(session: Session) -> list[str]:
    return list(
        session.scalars(
            select(Interest.name)
            .join(me_interest, me_interest.c.interest_id == Interest.id)
            .order_by(Interest.name)
        )
    )


def interests_of(session: Session, ids: Collection[int] | None) -> dict[int, list[str]]:
    query = (
        select(person_interest.c.person_id, Interest.name)
        .join(Interest, Interest.id == person_interest.c.interest_id)
        .order_by(Interest.name)
    )
    found: dict[int, list[str]] = defaultdict(list)
    if ids is None or len(ids) > _ID_CHUNK:
        # Reading every link once beats many IN-lists; filter here instead.
        wanted = None if ids is None else set(ids)
        for person_id, name in session.execute(query):
            if wanted is None or person_id in wanted:
                found[person_id].append(name)
        return found
    for person_id, name in session.execute(query.where(person_interest.c.person_id.in_(ids))):
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
    for person_id, starts_at, on_day in session.execute(query):
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


def effective_rhythm() -> ColumnElement[int]:
    return func.coalesce(Person.rhythm_days, CircleRow.rhythm_days)


def possibly_due(today: date) -> ColumnElement[bool]:
    """A superset, in SQL, of the people whose state is soon, due, overdue or never met.

    Mirrors domain.tending.soon_window; the exact state is then decided in Python.
    """
    rhythm = effective_rhythm()
    soon = func.max(1, func.min(14, rhythm // 5))
    days_since = func.julianday(literal(today.isoformat())) - func.julianday(
        Person.last_in_person_on
    )
    return or_(Person.last_in_person_on.is_(None), days_since >= rhythm - soon)


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
    mine = my_interests(session)
    query = select(
        Person.id,
        Person.name,
        Person.nickname,
        Person.circle,
        Person.rhythm_days,
        CircleRow.rhythm_days,
        Person.last_in_person_on,
        Person.last_talked_on,
        Person.snoozed_until,
        Person.lean_on,
        Person.archived,
    ).join(CircleRow, CircleRow.key == Person.circle)
    conditions: list[ColumnElement[bool]] = []
    if not include_archived:
        conditions.append(Person.archived.is_(False))
    if only_possibly_due:
        conditions.append(possibly_due(today))
    if conditions:
        query = query.where(and_(*conditions))
    rows: list[Any] = []
    for chunk in _chunks(ids):
        q = query if chunk is None else query.where(Person.id.in_(chunk))
        rows.extend(session.execute(q).all())
    selected = [row[0] for row in rows] if (ids is not None or only_possibly_due) else None
    interests = interests_of(session, selected)
    planned = next_planned_days(session, selected, today, now, zone)
    summaries = []
    for (
        pid,
        name,
        nickname,
        circle,
        own_rhythm,
        circle_rhythm,
        last_seen,
        last_talked,
        snoozed,
        lean_on,
        archived,
    ) in rows:
        rhythm = own_rhythm or circle_rhythm
        theirs = interests.get(pid, [])
        next_day = planned.get(pid)
        summaries.append(
            PersonSummary(
                id=pid,
                name=name,
                nickname=nickname,
                circle=Circle(circle),
                rhythm_days=rhythm,
                rhythm_is_custom=own_rhythm is not None,
                interests=tuple(theirs),
                shared_interests=tuple(shared_interests(mine, theirs)),
                last_in_person=last_seen,
                last_talked=last_talked,
                next_planned=next_day,
                tending=tending(
                    last_in_person=last_seen,
                    rhythm_days=rhythm,
                    today=today,
                    next_planned=next_day,
                ),
                snoozed_until=snoozed,
                lean_on=bool(lean_on),
                archived=bool(archived),
            )
        )
    return summaries
