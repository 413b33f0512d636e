"""Everything Today shows, in one read: who to see, group ideas, meetups, dates, follow-ups."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from kith.domain.interests import GroupSuggestion
from kith.domain.priority import Reason
from kith.services.context import ServiceContext
from kith.services.followups import FollowUpService
from kith.services.meetups import MeetupService
from kith.services.people import PeopleService
from kith.services.tending import TendingService
from kith.services.views import FollowUpView, ImportantDateView, MeetupView, PersonSummary

DUE_ROWS = 7
"""A short list to act on in one sitting; the rest is one click away in People."""
GROUPS = 4
MEETUP_DAYS = 14
DATES_WITHIN_DAYS = 21


@dataclass(frozen=True, slots=True)
class TodayView:
    today: date
    due: tuple[PersonSummary, ...]
    """The people most worth seeing (`domain.priority`), at most `DUE_ROWS`."""
    due_total: int
    """Everyone who needs attention today (the People filter Today links to lists them)."""
    snoozed: int
    """People who would be listed but are snoozed."""
    groups: tuple[GroupSuggestion, ...]
    meetups: tuple[MeetupView, ...]
    """Meetups in the next two weeks."""
    dates: tuple[ImportantDateView, ...]
    follow_ups: tuple[FollowUpView, ...]
    """Open follow-ups of the people in those meetups: what to remember when you meet."""
    reasons: Mapping[int, Reason] = field(default_factory=dict)
    """Why each person in `due` is worth seeing, by id."""

    @property
    def others_due(self) -> int:
        """Everyone else worth seeing, one click away."""
        return self.due_total - len(self.due)


class TodayService:
    def __init__(
        self,
        ctx: ServiceContext,
        tending: TendingService,
        meetups: MeetupService,
        people: PeopleService,
        follow_ups: FollowUpService,
    ) -> None:
        self._ctx = ctx
        self._tending = tending
        self._meetups = meetups
        self._people = people
        self._follow_ups = follow_ups

    def view(self, *, due_rows: int = DUE_ROWS) -> TodayView:
        today = self._ctx.today()
        due = self._tending.due(today)
        meetups = self._meetups.upcoming(MEETUP_DAYS)
        meeting = sorted({p.id for m in meetups for p in m.people})
        shown = due.people[:due_rows]
        return TodayView(
            today=today,
            due=shown,
            due_total=len(due.people),
            snoozed=due.snoozed,
            groups=tuple(self._tending.suggestions(due, limit=GROUPS)),
            meetups=tuple(meetups),
            dates=tuple(self._people.upcoming_dates(DATES_WITHIN_DAYS)),
            follow_ups=tuple(self._follow_ups.open_for(meeting)) if meeting else (),
            reasons={p.id: due.reasons[p.id] for p in shown},
        )
