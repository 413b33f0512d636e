"""The due list: who to see in person, closest and latest first, and group suggestions."""

from __future__ import annotations

import calendar
import threading
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from kith.domain.dates import upcoming
from kith.domain.interests import DuePerson, GroupSuggestion
from kith.domain.priority import (
    BIRTHDAY_WITHIN_DAYS,
    Candidate,
    Reason,
    reason,
)
from kith.domain.tending import (
    ATTENTION_STATES,
    PRESSING_STATES,
    is_snoozed,
    needs_attention,
)
from kith.domain.together import suggest_together
from kith.domain.values import DateKind
from kith.services.changes import Change
from kith.services.context import ServiceContext
from kith.services.due_facts import DueFacts, no_collector_pauses, read_due_facts
from kith.services.kept_due import KeptDue, key_of, moves_anyone
from kith.services.plain_reads import PlainRead
from kith.services.summaries import load_summaries
from kith.services.views import PersonSummary
from kith.storage.schema import ImportantDate

SummariesOf = Callable[[Sequence[int] | None], list[PersonSummary]]
"""Reads the summaries of these people (None: of everyone possibly due)."""


class DueList:
    """Everyone worth seeing, ranked, with the facts the ranking used.

    Thousands may be due and Today shows seven, so whole summaries are read only for
    the people asked for (`first`), or for everyone once (`people`). They are read when
    asked: a change saved in between shows in them, and the next refresh re-ranks."""

    def __init__(
        self,
        facts: Sequence[DueFacts],
        snoozed: int,
        reasons: Mapping[int, Reason],
        summaries_of: SummariesOf,
    ) -> None:
        self.facts = tuple(facts)
        """Everyone listed, most worth seeing first."""
        self.snoozed = snoozed
        """How many would be listed but are snoozed."""
        self.reasons = reasons
        """Why each listed person is worth seeing, by id."""
        self._summaries_of = summaries_of
        self._people: tuple[PersonSummary, ...] | None = None

    @property
    def total(self) -> int:
        """How many are listed: the one count Today, the digest and the tray show."""
        return len(self.facts)

    @property
    def ids(self) -> tuple[int, ...]:
        return tuple(f.id for f in self.facts)

    @property
    def people(self) -> tuple[PersonSummary, ...]:
        """Everyone listed as summaries, most worth seeing first."""
        if self._people is None:
            self._people = self._in_order(self._summaries_of(None), self.facts)
        return self._people

    def first(self, count: int) -> tuple[PersonSummary, ...]:
        """The `count` most worth seeing, without reading the rest."""
        if self._people is not None:
            return self._people[: max(0, count)]
        shown = self.facts[: max(0, count)]
        return self._in_order(self._summaries_of([f.id for f in shown]), shown) if shown else ()

    @staticmethod
    def _in_order(
        summaries: list[PersonSummary], facts: Sequence[DueFacts]
    ) -> tuple[PersonSummary, ...]:
        by_id = {p.id: p for p in summaries}
        return tuple(by_id[f.id] for f in facts if f.id in by_id)

    def pressing(self) -> list[DuePerson]:
        """Those with a meeting behind them who share an interest with you, in order:
        what group ideas are made of."""
        return [
            DuePerson(f.id, f.name, f.shared_interests)
            for f in self.facts
            if f.shared_interests and f.tending.state in PRESSING_STATES
        ]


def _file_state(path: Path) -> tuple[object, ...]:
    """Size and time of the database file and its write-ahead log: any commit moves one."""
    found: list[object] = []
    for part in (path, Path(f"{path}-wal")):
        try:
            st = part.stat()
        except OSError:
            found.append(None)
        else:
            found += [st.st_size, st.st_mtime_ns]
    return tuple(found)


class TendingService:
    """Keeps the day's due list between reads (`kept_due`): Today, the tray and People
    read it after every write, and most writes move only the people they name."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._kept: KeptDue | None = None
        self._moved: set[int] = set()
        """People written since the kept list was last mended."""
        self._seen: tuple[object, ...] | None = None
        """The database file as it was when the kept list was last brought up to date."""
        self.full_rankings = 0
        """How many times everyone was ranked for the kept list (for tests)."""
        # A write on a worker thread tells the bus on that thread.
        self._lock = threading.Lock()
        ctx.changes.subscribe(self._on_change)

    def _on_change(self, what: Change) -> None:
        with self._lock:
            if moves_anyone(what):
                self._kept = None
                self._moved.clear()
            elif self._kept is not None:
                self._moved.update(what.people)

    def due(self, on: date | None = None, *, include_snoozed: bool = False) -> DueList:
        """People overdue, due, never met or soon on `on` (default today), most worth
        seeing first (`domain.priority`): Today, the digest, the tray and `kith due` all
        read this one list, so they agree on who and how many.

        Planned people are left out: a meetup with them is already on its way.
        """
        today = on or self._ctx.today()
        if include_snoozed:
            return self.recompute(today, include_snoozed=True)
        with self._lock:
            kept = self._kept
            seen = _file_state(self._ctx.db.path)
            # The file changed with no write of ours told: another program (`kith log`
            # in a terminal, another device's sync) wrote, so anyone may have moved.
            written_elsewhere = kept is not None and not self._moved and seen != self._seen
            if kept is None or kept.day != today or written_elsewhere:
                kept = self._kept = self._rank_everyone(today)
                self._moved.clear()
            elif self._moved:
                self._mend(kept, self._moved)
                self._moved.clear()
            self._seen = seen
            return self._listed(today, kept.ranked, kept.snoozed, kept.birthdays)

    def close(self) -> None:
        """Stop following writes (the database is being closed)."""
        self._ctx.changes.unsubscribe(self._on_change)
        self.forget()

    def forget(self) -> None:
        """Drop the kept list: the next read ranks everyone again."""
        with self._lock:
            self._kept = None
            self._moved.clear()

    def recompute(self, on: date | None = None, *, include_snoozed: bool = False) -> DueList:
        """The due list ranked afresh from everyone's facts, whatever is kept: what the
        kept list must always equal."""
        today = on or self._ctx.today()
        with self._ctx.db.reading() as s, no_collector_pauses():
            facts = read_due_facts(s, today=today, now=self._ctx.now(), zone=self._ctx.clock.zone())
            birthdays = _birthdays_in_days(s, today)
            ranked, snoozed = _ranked(facts, birthdays, today, include_snoozed=include_snoozed)
        return self._listed(today, ranked, snoozed, birthdays)

    def _listed(
        self,
        today: date,
        ranked: Sequence[DueFacts],
        snoozed: int,
        birthdays: Mapping[int, int],
    ) -> DueList:
        # Copies: the kept list goes on changing after this one is handed out.
        birthdays = dict(birthdays)
        return DueList(
            ranked,
            snoozed,
            _Reasons(tuple(ranked), birthdays, today),
            lambda ids: self._summaries(today, ids),
        )

    def _rank_everyone(self, today: date) -> KeptDue:
        self.full_rankings += 1
        with self._ctx.db.reading() as s, no_collector_pauses():
            facts = read_due_facts(s, today=today, now=self._ctx.now(), zone=self._ctx.clock.zone())
            return KeptDue(today, facts, _birthdays_in_days(s, today))

    def _mend(self, kept: KeptDue, ids: set[int]) -> None:
        """Only these people's facts are read again, by id."""
        with self._ctx.db.reading() as s:
            facts = read_due_facts(
                s, today=kept.day, now=self._ctx.now(), zone=self._ctx.clock.zone(), ids=ids
            )
            birthdays = _birthdays_in_days(s, kept.day, ids)
        kept.mend(ids, facts, birthdays)

    def suggestions(self, due: DueList | None = None, limit: int = 5) -> list[GroupSuggestion]:
        """Due people who share one of your interests, grouped around it; people who know
        each other first, and partners who are both due (`domain.together`)."""
        from kith.services.ties import acquaintance

        due = due or self.due()
        pressing = due.pressing()
        everyone = [
            DuePerson(f.id, f.name, f.shared_interests)
            for f in due.facts
            if f.tending.state in PRESSING_STATES
        ]
        with self._ctx.db.reading() as s:
            known = acquaintance(s, (p.person_id for p in everyone))
        return suggest_together(pressing, known, due=everyone, limit=limit)

    def _summaries(self, today: date, ids: Sequence[int] | None) -> list[PersonSummary]:
        with self._ctx.db.reading() as s, no_collector_pauses():
            return load_summaries(
                s,
                today=today,
                now=self._ctx.now(),
                zone=self._ctx.clock.zone(),
                ids=ids,
                only_possibly_due=ids is None,
            )


def _ranked(
    facts: Sequence[DueFacts],
    birthdays: Mapping[int, int],
    today: date,
    *,
    include_snoozed: bool,
) -> tuple[list[DueFacts], int]:
    """Those to list, most worth seeing first, and how many are left out as snoozed."""
    listed: list[DueFacts] = []
    snoozed = 0
    for f in facts:
        state = f.tending.state
        if state not in ATTENTION_STATES:
            continue
        if f.snoozed_until is not None and is_snoozed(f.snoozed_until, today):
            snoozed += 1
        if include_snoozed or needs_attention(state, f.snoozed_until, today, archived=f.archived):
            listed.append(f)

    listed.sort(key=lambda f: key_of(f, birthdays))
    return listed, snoozed


class _Reasons(Mapping[int, Reason]):
    """Why each listed person is worth seeing, worded on demand: thousands may be due,
    and only the few on screen are ever asked for."""

    def __init__(
        self, ranked: Sequence[DueFacts], birthdays: Mapping[int, int], today: date
    ) -> None:
        self._ranked = ranked
        self._birthdays = birthdays
        self._today = today
        self._by_id: dict[int, DueFacts] | None = None

    def _facts(self) -> dict[int, DueFacts]:
        if self._by_id is None:
            self._by_id = {f.id: f for f in self._ranked}
        return self._by_id

    def __getitem__(self, person_id: int) -> Reason:
        f = self._facts()[person_id]
        return reason(_candidate(f, self._birthdays.get(f.id)), self._today)

    def __iter__(self) -> Iterator[int]:
        return (f.id for f in self._ranked)

    def __len__(self) -> int:
        return len(self._ranked)


def _candidate(f: DueFacts, birthday_in_days: int | None) -> Candidate:
    return Candidate(
        id=f.id,
        name=f.name,
        circle=f.circle,
        rhythm_days=f.rhythm_days,
        tending=f.tending,
        last_in_person=f.last_in_person,
        snoozed_until=f.snoozed_until,
        archived=f.archived,
        lean_on=f.lean_on,
        birthday_in_days=birthday_in_days,
        shares_interest=bool(f.shared_interests),
    )


def _birthdays_in_days(
    s: Session, today: date, ids: Collection[int] | None = None
) -> dict[int, int]:
    """Days to the next birthday of each person (of `ids`, if given) who has one within
    the ranking's window.

    Only a birthday that close breaks a tie, so only the fifteen month-days it can fall
    on are looked up in the (month, day) index: tens of rows, not thousands."""
    rows = _plain_birthdays(tuple(month_days_soon(today))).rows(s)
    if ids is not None:
        rows = [row for row in rows if row[0] in ids]
    found = {pid: upcoming(month, day, None, today).days_away for pid, month, day in rows}
    return {pid: days for pid, days in found.items() if days <= BIRTHDAY_WITHIN_DAYS}


@lru_cache(maxsize=2)
def _plain_birthdays(days: tuple[tuple[int, int], ...]) -> PlainRead:
    """Birthdays on these month-days, compiled once a day with the days written in."""
    query = select(ImportantDate.person_id, ImportantDate.month, ImportantDate.day).where(
        ImportantDate.kind == DateKind.BIRTHDAY.value,
        tuple_(ImportantDate.month, ImportantDate.day).in_(days),
    )
    return PlainRead(query, literal=True)


def month_days_soon(today: date) -> list[tuple[int, int]]:
    """The (month, day) of every birthday whose next one is at most the window away;
    in a common year a 29 February birthday falls on the 28th (`domain.dates`)."""
    found = []
    for ahead in range(BIRTHDAY_WITHIN_DAYS + 1):
        day = today + timedelta(days=ahead)
        found.append((day.month, day.day))
        if (day.month, day.day) == (2, 28) and not calendar.isleap(day.year):
            found.append((2, 29))
    return found
