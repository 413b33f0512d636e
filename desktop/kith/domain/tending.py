"""The tending engine: where a person stands on a day, from their rhythm and meetings.

Only in-person meetings count here; callers pass the last *in-person* day, never
the last call or message (those are "last talked", shown but not counted).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kith.domain.values import TendingState

_STATE_RANK = {state: rank for rank, state in enumerate(TendingState)}

ATTENTION_STATES = frozenset(
    {TendingState.OVERDUE, TendingState.DUE, TendingState.NEVER_MET, TendingState.SOON}
)
"""States worth seeing someone in person for; planned and ok people are left alone."""
PRESSING_STATES = frozenset({TendingState.OVERDUE, TendingState.DUE, TendingState.SOON})
"""Attention states with a meeting behind them: the ones group ideas are built from."""


def is_snoozed(snoozed_until: date | None, today: date) -> bool:
    """A snooze holds up to and including its last day."""
    return snoozed_until is not None and snoozed_until >= today


def needs_attention(
    state: TendingState, snoozed_until: date | None, today: date, *, archived: bool = False
) -> bool:
    """Whether someone belongs on Today's due list, in the People filter it links to,
    and in the reminders: worth seeing, not snoozed, not archived."""
    return state in ATTENTION_STATES and not archived and not is_snoozed(snoozed_until, today)


def soon_window(rhythm_days: int) -> int:
    """Days before the due day in which a person counts as "soon": a fifth of the rhythm."""
    return max(1, min(14, rhythm_days // 5))


def grace_days(rhythm_days: int) -> int:
    """Days past the due day that are still "due" rather than "overdue": a quarter of it."""
    return max(1, min(30, rhythm_days // 4))


@dataclass(frozen=True, slots=True)
class Tending:
    state: TendingState
    due_on: date | None
    days_until_due: int | None
    """Days left before the due day; negative once past it; None if never met."""

    @property
    def days_overdue(self) -> int:
        if self.days_until_due is None or self.days_until_due >= 0:
            return 0
        return -self.days_until_due


def tending(
    *,
    last_in_person: date | None,
    rhythm_days: int,
    today: date,
    next_planned: date | None = None,
    unsorted: bool = False,
) -> Tending:
    """Decide the tending state of one person on `today`.

    Someone not sorted into a circle yet has no rhythm: nothing is expected of them.
    A meetup already planned from today on wins: the user has acted, so Kith stays quiet.
    """
    if unsorted:
        return Tending(TendingState.UNSORTED, None, None)
    due_on = (
        None
        if last_in_person is None
        else date.fromordinal(last_in_person.toordinal() + rhythm_days)
    )
    days_left = None if due_on is None else (due_on - today).days
    if next_planned is not None and next_planned >= today:
        return Tending(TendingState.PLANNED, due_on, days_left)
    if due_on is None or days_left is None:
        return Tending(TendingState.NEVER_MET, None, None)
    if days_left > soon_window(rhythm_days):
        state = TendingState.OK
    elif days_left > 0:
        state = TendingState.SOON
    elif -days_left <= grace_days(rhythm_days):
        state = TendingState.DUE
    else:
        state = TendingState.OVERDUE
    return Tending(state, due_on, days_left)


def urgency_key(t: Tending, name: str = "") -> tuple[int, int, str]:
    """Sort key: overdue first (most overdue first), then due, never met, soon, planned, ok."""
    days = t.days_until_due if t.days_until_due is not None else 0
    return (_STATE_RANK[t.state], days, name.casefold())
