"""The due list: who to see in person, closest and latest first, and group suggestions."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from kith.domain.dates import upcoming
from kith.domain.interests import DuePerson, GroupSuggestion, suggest_groups
from kith.domain.priority import BIRTHDAY_WITHIN_DAYS, Candidate, Reason, ordered, reason
from kith.domain.tending import (
    ATTENTION_STATES,
    PRESSING_STATES,
    is_snoozed,
    needs_attention,
)
from kith.domain.values import DateKind
from kith.services.context import ServiceContext
from kith.services.summaries import load_summaries
from kith.services.views import PersonSummary
from kith.storage.schema import ImportantDate


@dataclass(frozen=True, slots=True)
class DueList:
    people: tuple[PersonSummary, ...]
    snoozed: int
    """How many would be listed but are snoozed."""
    reasons: Mapping[int, Reason] = field(default_factory=dict)
    """Why each listed person is worth seeing, by id."""


class TendingService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def due(self, on: date | None = None, *, include_snoozed: bool = False) -> DueList:
        """People overdue, due, never met or soon on `on` (default today), most worth
        seeing first (`domain.priority`): Today, the digest, the tray and `kith due` all
        read this one list, so they agree on who and how many.

        Planned people are left out: a meetup with them is already on its way.
        """
        today = on or self._ctx.today()
        with self._ctx.db.reading() as s:
            people = load_summaries(
                s,
                today=today,
                now=self._ctx.now(),
                zone=self._ctx.clock.zone(),
                only_possibly_due=True,
            )
            birthdays = _birthdays_in_days(s, today)
        worth_seeing = [p for p in people if p.tending.state in ATTENTION_STATES]
        snoozed = [p for p in worth_seeing if is_snoozed(p.snoozed_until, today)]
        listed = [
            p
            for p in worth_seeing
            if include_snoozed
            or needs_attention(p.tending.state, p.snoozed_until, today, archived=p.archived)
        ]
        by_id = {p.id: p for p in listed}
        candidates = ordered(_candidate(p, birthdays.get(p.id)) for p in listed)
        return DueList(
            people=tuple(by_id[c.id] for c in candidates),
            snoozed=len(snoozed),
            reasons=_Reasons({c.id: c for c in candidates}, today),
        )

    def suggestions(self, due: DueList | None = None, limit: int = 5) -> list[GroupSuggestion]:
        """Due people who share one of your interests, grouped around it."""
        listed = (due or self.due()).people
        pressing = [
            DuePerson(p.id, p.name, p.shared_interests)
            for p in listed
            if p.tending.state in PRESSING_STATES
        ]
        return suggest_groups(pressing, limit=limit)


class _Reasons(Mapping[int, Reason]):
    """Why each listed person is worth seeing, worded on demand: thousands may be due,
    and only the few on screen are ever asked for."""

    def __init__(self, candidates: dict[int, Candidate], today: date) -> None:
        self._candidates = candidates
        self._today = today

    def __getitem__(self, person_id: int) -> Reason:
        return reason(self._candidates[person_id], self._today)

    def __iter__(self) -> Iterator[int]:
        return iter(self._candidates)

    def __len__(self) -> int:
        return len(self._candidates)


def _candidate(p: PersonSummary, birthday_in_days: int | None) -> Candidate:
    return Candidate(
        id=p.id,
        name=p.name,
        circle=p.circle,
        rhythm_days=p.rhythm_days,
        tending=p.tending,
        last_in_person=p.last_in_person,
        snoozed_until=p.snoozed_until,
        archived=p.archived,
        lean_on=p.lean_on,
        birthday_in_days=birthday_in_days,
        shares_interest=bool(p.shared_interests),
    )


def _birthdays_in_days(s: Session, today: date) -> dict[int, int]:
    """Days to the next birthday of each person who has one within the ranking's window.

    Only a birthday that close breaks a tie, so only this month's and the next month's
    are read (the window is shorter than a month): a few hundred rows, not thousands."""
    soon = today + timedelta(days=BIRTHDAY_WITHIN_DAYS)
    months = {today.month, soon.month}
    rows = s.execute(
        select(ImportantDate.person_id, ImportantDate.month, ImportantDate.day).where(
            ImportantDate.kind == DateKind.BIRTHDAY.value, ImportantDate.month.in_(months)
        )
    ).all()
    found = {pid: upcoming(month, day, None, today).days_away for pid, month, day in rows}
    return {pid: days for pid, days in found.items() if days <= BIRTHDAY_WITHIN_DAYS}
