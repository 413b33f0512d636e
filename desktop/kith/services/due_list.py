"""The due list as ranking builds it from everyone's facts, whatever read them.

The services' reads and the plain `sqlite3` read path (`plain_due`) both hand their
rows to these functions, so the two lists are one rule's; nothing here imports
SQLAlchemy.
"""

from __future__ import annotations

import calendar
import gc
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any, NamedTuple

from kith.domain.dates import upcoming
from kith.domain.interests import DuePerson, GroupSuggestion
from kith.domain.priority import BIRTHDAY_WITHIN_DAYS, Candidate, RankKey, Reason, rank_key, reason
from kith.domain.tending import (
    ATTENTION_STATES,
    PRESSING_STATES,
    Tending,
    is_snoozed,
    needs_attention,
)
from kith.domain.ties import TieKind
from kith.domain.together import Acquaintance, suggest_together
from kith.domain.values import Circle
from kith.services.standing import DayTending
from kith.services.views import PersonSummary

_CIRCLES = {c.value: c for c in Circle}


@contextmanager
def no_collector_pauses() -> Iterator[None]:
    """Holds the cycle collector back while thousands of people are read and ranked.

    That work makes tens of thousands of small tuples and no reference cycles; the
    collector's passes over them, started by their count alone, took over a quarter of
    the due list's time at 20,000 people. Reference counting frees them all the same."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class DueFacts(NamedTuple):
    """One person possibly due, as ranking sees them."""

    id: int
    name: str
    circle: Circle
    rhythm_days: int
    tending: Tending
    last_in_person: date | None
    snoozed_until: date | None
    lean_on: bool
    archived: bool
    shared_interests: tuple[str, ...]
    """Their interests that you share, alphabetically (as in their summary)."""


FactsRow = Sequence[Any]
"""One row of the facts query: id, name, circle, rhythm, last seen and snoozed until (ISO
text), lean on and archived (0 or 1)."""


def facts_of(
    rows: Iterable[FactsRow], day: DayTending, shared: Mapping[int, tuple[str, ...]]
) -> list[DueFacts]:
    """The rows of the facts query as facts, each person's exact state decided here, by
    `domain.tending`, as for a summary."""
    stand = day.of
    no_one: tuple[str, ...] = ()
    facts = []
    for pid, name, circle, rhythm, seen, snoozed, lean_on, archived in rows:
        state, last_seen = stand(pid, seen, rhythm, circle)
        facts.append(
            DueFacts(
                pid,
                name,
                _CIRCLES[circle],
                rhythm,
                state,
                last_seen,
                None if snoozed is None else date.fromisoformat(snoozed),
                bool(lean_on),
                bool(archived),
                shared.get(pid, no_one),
            )
        )
    return facts


def shared_by_person(rows: Iterable[Sequence[Any]]) -> dict[int, tuple[str, ...]]:
    """Rows of (person id, an interest you share) as each one's shared, alphabetically."""
    found: dict[int, list[str]] = {}
    for pid, name in rows:
        found.setdefault(pid, []).append(name)
    return {pid: tuple(sorted(names)) for pid, names in found.items()}


def key_of(f: DueFacts, birthdays: Mapping[int, int]) -> RankKey:
    return rank_key(
        f.circle,
        f.rhythm_days,
        f.tending.days_until_due,
        f.lean_on,
        birthdays.get(f.id),
        bool(f.shared_interests),
        f.name,
        f.id,
    )


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


def ranked_facts(
    facts: Sequence[DueFacts],
    birthdays: Mapping[int, int],
    today: date,
    *,
    include_snoozed: bool,
) -> tuple[list[DueFacts], int]:
    """Those to list, most worth seeing first, and how many are left out as snoozed."""
    keyed: list[tuple[RankKey, DueFacts]] = []
    snoozed = 0
    birthday = birthdays.get
    for f in facts:
        state = f.tending.state
        if state not in ATTENTION_STATES:
            continue
        if f.snoozed_until is not None and is_snoozed(f.snoozed_until, today):
            snoozed += 1
        if include_snoozed or needs_attention(state, f.snoozed_until, today, archived=f.archived):
            # `key_of` written out: at a few hundred people the calls cost as much as the
            # reads. Keys are unique (they end in the id), so the facts are never compared.
            key = rank_key(
                f.circle,
                f.rhythm_days,
                f.tending.days_until_due,
                f.lean_on,
                birthday(f.id),
                bool(f.shared_interests),
                f.name,
                f.id,
            )
            keyed.append((key, f))
    keyed.sort()
    return [f for _, f in keyed], snoozed


class Reasons(Mapping[int, Reason]):
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
        return reason(candidate(f, self._birthdays.get(f.id)), self._today)

    def __iter__(self) -> Iterator[int]:
        return (f.id for f in self._ranked)

    def __len__(self) -> int:
        return len(self._ranked)


def candidate(f: DueFacts, birthday_in_days: int | None) -> Candidate:
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


def birthdays_within(
    rows: Iterable[Sequence[Any]], today: date, ids: Collection[int] | None = None
) -> dict[int, int]:
    """Days to the next birthday of each person (of `ids`, if given) whose birthday is
    within the ranking's window, from rows of (person id, month, day) read for the
    month-days `month_days_soon` gives."""
    found = {
        pid: upcoming(month, day, None, today).days_away
        for pid, month, day in rows
        if ids is None or pid in ids
    }
    return {pid: days for pid, days in found.items() if days <= BIRTHDAY_WITHIN_DAYS}


def group_ideas(due: DueList, known: Acquaintance, limit: int) -> list[GroupSuggestion]:
    """Due people who share one of your interests, grouped around it; people who know
    each other first, and partners who are both due (`domain.together`)."""
    everyone = pressing_people(due)
    return suggest_together(due.pressing(), known, due=everyone, limit=limit)


def pressing_people(due: DueList) -> list[DuePerson]:
    """Everyone listed with a meeting behind them: whose ties group ideas weigh."""
    return [
        DuePerson(f.id, f.name, f.shared_interests)
        for f in due.facts
        if f.tending.state in PRESSING_STATES
    ]


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


def known_among(
    ties: Iterable[Sequence[Any]],
    members: Iterable[Sequence[Any]],
    person_ids: Iterable[int],
) -> Acquaintance:
    """Who of `person_ids` knows whom, from every tie (lower id, higher id, kind) and
    every group membership (group id, person id): their ties to one another, and their
    groups."""
    wanted = set(person_ids)
    pairs, partners = set(), set()
    for low, high, kind in ties:
        if low in wanted and high in wanted:
            pairs.add((low, high))
            if kind == TieKind.PARTNER.value:
                partners.add((low, high))
    groups: dict[int, set[int]] = {}
    for gid, pid in members:
        if pid in wanted:
            groups.setdefault(pid, set()).add(gid)
    return Acquaintance(
        frozenset(pairs),
        frozenset(partners),
        {pid: frozenset(found) for pid, found in groups.items()},
    )
