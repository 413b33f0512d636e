"""The due list: who to see in person, most overdue first, and group suggestions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kith.domain.interests import DuePerson, GroupSuggestion, suggest_groups
from kith.domain.tending import (
    ATTENTION_STATES,
    PRESSING_STATES,
    is_snoozed,
    needs_attention,
    urgency_key,
)
from kith.services.context import ServiceContext
from kith.services.summaries import load_summaries
from kith.services.views import PersonSummary


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
        worth_seeing = [p for p in people if p.tending.state in ATTENTION_STATES]
        snoozed = [p for p in worth_seeing if is_snoozed(p.snoozed_until, today)]
        listed = [
            p
            for p in worth_seeing
            if include_snoozed
            or needs_attention(p.tending.state, p.snoozed_until, today, archived=p.archived)
        ]
        listed.sort(key=lambda p: urgency_key(p.tending, p.name))
        return DueList(people=tuple(listed), snoozed=len(snoozed))

    def suggestions(self, due: DueList | None = None, limit: int = 5) -> list[GroupSuggestion]:
        """Due people who share one of your interests, grouped around it."""
        listed = (due or self.due()).people
        pressing = [
            DuePerson(p.id, p.name, p.shared_interests)
            for p in listed
            if p.tending.state in PRESSING_STATES
        ]
        return suggest_groups(pressing, limit=limit)
