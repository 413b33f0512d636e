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
from kith.services.short_list import DUE_ROWS, ShortList, short_list_of
from kith.services.tending import TendingService
from kith.services.views import FollowUpView, ImportantDateView, MeetupView, PersonSummary

GROUPS = 4
MEETUP_DAYS = 14
DATES_WITHIN_DAYS = 21
DATES_SHOWN = 8
"""Today lists the soonest few dates; the rest of the window is not read into views."""


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
    unsorted: int = 0
    """People not sorted into a circle yet (Today offers to sort them)."""


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

    def short_list(self, on: date | None = None, *, due_rows: int = DUE_ROWS) -> ShortList:
        """The people Today lists on `on` (default today); the CLI prints the same."""
        return short_list_of(self._tending.due(on or self._ctx.today()), due_rows)

    def view(self, *, due_rows: int = DUE_ROWS) -> TodayView:
        today = self._ctx.today()
        due = self._tending.due(today)
        short = short_list_of(due, due_rows)
        meetups = self._meetups.upcoming(MEETUP_DAYS)
        meeting = sorted({p.id for m in meetups for p in m.people})
        return TodayView(
            today=today,
            due=short.people,
            due_total=short.total,
            snoozed=short.snoozed,
            groups=tuple(self._tending.suggestions(due, limit=GROUPS)),
            meetups=tuple(meetups),
            dates=tuple(self._people.upcoming_dates(DATES_WITHIN_DAYS, limit=DATES_SHOWN)),
            follow_ups=tuple(self._follow_ups.open_for(meeting)) if meeting else (),
            reasons=short.reasons,
            unsorted=self._people.unsorted_count(),
        )


__all__ = ["DUE_ROWS", "ShortList", "TodayService", "TodayView"]
