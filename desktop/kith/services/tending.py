"""The due list: who to see in person, most overdue first, and group suggestions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kith.domain.interests import DuePerson, GroupSuggestion, suggest_groups
from kith.domain.tending import urgency_key
from kith.domain.values import TendingState
from kith.services.context import ServiceContext
from kith.services.summaries import load_summaries
from kith.services.views import PersonSummary

_ATTENTION = {TendingState.OVERDUE, TendingState.DUE, TendingState.NEVER_MET, TendingState.SOON}


@dataclass(frozen=True, slots=True)
class DueList:
    people: tuple[PersonSummary, ...]
    snoozed: int
    """How many would be listed but are snoozed."""


class TendingService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def due(self, on: date | None = None, *, include_snoozed: bool = False) -> DueList:
        """People overdue, due, never met or soon on `on` (default today), most pressing first.

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
        listed = [p for p in people if p.tending.state in _ATTENTION]
        snoozed = [p for p in listed if p.snoozed_until is not None and p.snoozed_until >= today]
        if not include_snoozed:
            listed = [p for p in listed if not (p.snoozed_until and p.snoozed_until >= today)]
        listed.sort(key=lambda p: urgency_key(p.tending, p.name))
        return DueList(people=tuple(listed), snoozed=len(snoozed))

    def suggestions(self, due: DueList | None = None, limit: int = 5) -> list[GroupSuggestion]:
        """Due people who share one of your interests, grouped around it."""
        listed = (due or self.due()).people
        pressing = [
            DuePerson(p.id, p.name, p.shared_interests)
            for p in listed
            if p.tending.state in (TendingState.OVERDUE, TendingState.DUE, TendingState.SOON)
        ]
        return suggest_groups(pressing, limit=limit)
