"""The due list: who to see in person, closest and latest first, and group suggestions."""

from __future__ import annotations

import threading
from collections.abc import Collection, Mapping, Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from kith.domain.interests import GroupSuggestion
from kith.domain.values import DateKind
from kith.services.changes import Change
from kith.services.context import ServiceContext
from kith.services.due_facts import DueFacts, no_collector_pauses, read_due_facts
from kith.services.due_list import (
    DueList,
    Reasons,
    birthdays_within,
    group_ideas,
    month_days_soon,
    pressing_people,
    ranked_facts,
)
from kith.services.kept_due import KeptDue, moves_anyone
from kith.services.plain_reads import PlainRead
from kith.services.summaries import load_summaries
from kith.services.views import PersonSummary
from kith.storage.schema import ImportantDate


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
            ranked, snoozed = ranked_facts(facts, birthdays, today, include_snoozed=include_snoozed)
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
            Reasons(tuple(ranked), birthdays, today),
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
        with self._ctx.db.reading() as s:
            known = acquaintance(s, (p.person_id for p in pressing_people(due)))
        return group_ideas(due, known, limit)

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


def _birthdays_in_days(
    s: Session, today: date, ids: Collection[int] | None = None
) -> dict[int, int]:
    """Days to the next birthday of each person (of `ids`, if given) who has one within
    the ranking's window.

    Only a birthday that close breaks a tie, so only the fifteen month-days it can fall
    on are looked up in the (month, day) index: tens of rows, not thousands."""
    rows = _plain_birthdays(tuple(month_days_soon(today))).rows(s)
    return birthdays_within(rows, today, ids)


@lru_cache(maxsize=2)
def _plain_birthdays(days: tuple[tuple[int, int], ...]) -> PlainRead:
    """Birthdays on these month-days, compiled once a day with the days written in."""
    query = select(ImportantDate.person_id, ImportantDate.month, ImportantDate.day).where(
        ImportantDate.kind == DateKind.BIRTHDAY.value,
        tuple_(ImportantDate.month, ImportantDate.day).in_(days),
    )
    return PlainRead(query, literal=True)


__all__ = ["DueList", "TendingService", "month_days_soon"]
