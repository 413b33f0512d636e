"""Today's "worth seeing in person": the first few of the due list, and why."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kith.domain.priority import Reason
from kith.services.due_list import DueList
from kith.services.views import PersonSummary

DUE_ROWS = 7
"""A short list to act on in one sitting; the rest is one click away in People."""


@dataclass(frozen=True, slots=True)
class ShortList:
    """Today's "worth seeing in person": the first few, why, and how many are due in all."""

    people: tuple[PersonSummary, ...]
    reasons: Mapping[int, Reason]
    total: int
    snoozed: int

    @property
    def others(self) -> int:
        return self.total - len(self.people)


def short_list_of(due: DueList, due_rows: int = DUE_ROWS) -> ShortList:
    """The first `due_rows` of `due`, read as summaries, with why each is listed."""
    shown = due.first(due_rows)
    return ShortList(
        people=shown,
        reasons={p.id: due.reasons[p.id] for p in shown},
        total=due.total,
        snoozed=due.snoozed,
    )
