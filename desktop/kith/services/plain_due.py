"""The due list and Today's short list read with `sqlite3` alone, for the reads that
must be quick from a cold start: `kith due`, `kith today`.

The same rows as the services' reads (`due_facts`, `summaries`, `tending`), in SQLite's
own words, turned into the same values by the same functions (`due_list`, `standing`),
so nothing here imports SQLAlchemy or the ORM. It only ever reads: every write stays on
the services. A test compares its answers with the services' on random databases.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from kith.clock import Clock, local_today
from kith.domain.interests import GroupSuggestion
from kith.services.due_list import (
    DueList,
    Reasons,
    birthdays_within,
    facts_of,
    group_ideas,
    known_among,
    month_days_soon,
    no_collector_pauses,
    pressing_people,
    ranked_facts,
    shared_by_person,
)
from kith.services.short_list import DUE_ROWS, ShortList, short_list_of
from kith.services.standing import (
    SEP,
    DayTending,
    Summarizer,
    julian_day,
    planned_days,
    stored_moment,
)
from kith.services.views import PersonSummary
from kith.storage.reading import ReadOnlyDatabase, open_read_only

# Whom ranking may list: not archived (tested on each row, as `not_archived_scanned`
# explains), sorted into a circle, and seen long enough ago to be soon, due or late
# (`summaries.possibly_due`); `:today` is the day's `julian_day`.
_RHYTHM = "coalesce(person.rhythm_days, circle.rhythm_days)"
_NOT_ARCHIVED = "person.archived + 0 = 0"
_POSSIBLY_DUE = (
    "person.circle != 'unsorted' AND (person.last_in_person_on IS NULL"
    f" OR :today - julianday(person.last_in_person_on) >= {_RHYTHM}"
    f" - max(1, min(14, {_RHYTHM} / 5)))"
)
_FACTS = (
    f"SELECT person.id, person.name, person.circle, {_RHYTHM}, person.last_in_person_on,"
    " person.snoozed_until, person.lean_on, person.archived"
    ' FROM person JOIN circle ON circle."key" = person.circle'
    f" WHERE {_NOT_ARCHIVED} AND {_POSSIBLY_DUE}"
)
_SHARED = (
    "SELECT person_interest.person_id, interest.name"
    " FROM person_interest JOIN interest ON interest.id = person_interest.interest_id"
    " WHERE person_interest.interest_id IN (SELECT me_interest.interest_id FROM me_interest)"
)
_PLANNED = (
    "SELECT meetup_person.person_id, meetup.starts_at, meetup.on_day"
    " FROM meetup_person JOIN meetup ON meetup.id = meetup_person.meetup_id"
    " WHERE meetup.status = 'planned' AND (meetup.starts_at >= :since OR meetup.on_day >= :today)"
)
_SUMMARIES = (
    "SELECT person.id, person.name, person.nickname, person.circle, person.rhythm_days,"
    " circle.rhythm_days, person.last_in_person_on, person.last_talked_on,"
    " person.snoozed_until, person.lean_on, person.archived,"
    " (SELECT group_concat(interest.name, :sep) FROM interest"
    " JOIN person_interest ON person_interest.interest_id = interest.id"
    " WHERE person_interest.person_id = person.id)"
    ' FROM person JOIN circle ON circle."key" = person.circle'
    f" WHERE {_NOT_ARCHIVED}"
)
_MY_INTERESTS = (
    "SELECT interest.name FROM interest"
    " JOIN me_interest ON me_interest.interest_id = interest.id ORDER BY interest.name"
)
_TIES = "SELECT person_id, other_id, kind FROM tie"
_MEMBERS = "SELECT group_id, person_id FROM group_member"
_ID_CHUNK = 500
"""Ids bound at a time: well under SQLite's variable limit."""


def _birthdays_sql(today: date) -> str:
    # The month-days are integers the code made, written in so the (month, day) index
    # is used, as the services' read does.
    days = ", ".join(f"({month}, {day})" for month, day in month_days_soon(today))
    return (
        "SELECT person_id, month, day FROM important_date"
        f" WHERE kind = 'birthday' AND (month, day) IN (VALUES {days})"
    )


class PlainDue:
    """The due list, Today's short list and group ideas of one database, read-only."""

    def __init__(self, db: ReadOnlyDatabase, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    @classmethod
    def open(cls, path: Path, clock: Clock) -> PlainDue | None:
        """None when the database must be opened the full way (`storage.reading`)."""
        db = open_read_only(path)
        return None if db is None else cls(db, clock)

    @property
    def path(self) -> Path:
        return self._db.path

    def today(self) -> date:
        return local_today(self._clock)

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _reading(self) -> Iterator[ReadOnlyDatabase]:
        with self._db.reading() as db, no_collector_pauses():
            yield db

    def due(self, on: date | None = None) -> DueList:
        """What `TendingService.due` gives on `on` (default today)."""
        today = on or self.today()
        with self._reading() as db:
            day = DayTending(today, self._planned(db, None, today))
            shared = shared_by_person(db.rows(_SHARED))
            facts = facts_of(db.rows(_FACTS, {"today": julian_day(today)}), day, shared)
            birthdays = birthdays_within(db.rows(_birthdays_sql(today)), today)
        ranked, snoozed = ranked_facts(facts, birthdays, today, include_snoozed=False)
        return DueList(
            ranked,
            snoozed,
            Reasons(tuple(ranked), birthdays, today),
            lambda ids: self._summaries(today, ids),
        )

    def short_list(self, on: date | None = None, *, due_rows: int = DUE_ROWS) -> ShortList:
        """What `TodayService.short_list` gives."""
        return short_list_of(self.due(on), due_rows)

    def suggestions(self, due: DueList, limit: int = 5) -> list[GroupSuggestion]:
        """What `TendingService.suggestions` gives for `due`."""
        with self._reading() as db:
            known = known_among(
                db.rows(_TIES), db.rows(_MEMBERS), (p.person_id for p in pressing_people(due))
            )
        return group_ideas(due, known, limit)

    def _planned(
        self, db: ReadOnlyDatabase, ids: Collection[int] | None, today: date
    ) -> dict[int, date]:
        since = stored_moment(self._clock.now() - timedelta(days=1))
        rows = db.rows(_PLANNED, {"since": since, "today": today.isoformat()})
        return planned_days(rows, None if ids is None else set(ids), today, self._clock.zone())

    def _summaries(self, today: date, ids: Sequence[int] | None) -> list[PersonSummary]:
        """Summaries of these people (None: of everyone possibly due), as `load_summaries`."""
        with self._reading() as db:
            mine = frozenset(name.casefold() for (name,) in db.rows(_MY_INTERESTS))
            rows: list[Any] = []
            if ids is None:
                rows = db.rows(
                    f"{_SUMMARIES} AND {_POSSIBLY_DUE}", {"sep": SEP, "today": julian_day(today)}
                )
            else:
                for start in range(0, len(ids), _ID_CHUNK):
                    chunk = list(ids[start : start + _ID_CHUNK])
                    marks = ", ".join("?" * len(chunk))
                    sql = f"{_SUMMARIES.replace(':sep', '?')} AND person.id IN ({marks})"
                    rows.extend(db.rows(sql, [SEP, *chunk]))
            selected = None if ids is None else [row[0] for row in rows]
            summarizer = Summarizer(mine, DayTending(today, self._planned(db, selected, today)))
            return [summarizer.summary(row) for row in rows]
