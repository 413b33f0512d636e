"""Who is most worth seeing: closeness weighed against lateness relative to the rhythm.

A weekly friend three days late matters more than an acquaintance two months past a
quarterly rhythm, so lateness is measured in rhythms, not days, and a closer circle
multiplies it. Ties go to someone you can lean on, then to a coming birthday, then to
someone who shares one of your interests.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

from kith.domain.tending import Tending, needs_attention
from kith.domain.values import Circle

CLOSENESS: dict[Circle, float] = {
    Circle.INNER: 4.0,
    Circle.CLOSE: 3.0,
    Circle.FRIENDS: 2.0,
    Circle.WIDER: 1.0,
}
"""How much a circle multiplies lateness: inner before close before friends before wider."""

BIRTHDAY_WITHIN_DAYS = 14
"""A birthday this close is a reason to meet, so it breaks ties."""

_SCORE_STEP = 100
"""Scores are compared in hundredths, so near-equal lateness counts as a tie."""


class ReasonKind(StrEnum):
    """Why someone is on the list, in the order a reader weighs it."""

    LATE = "late"
    """Past the due day: `days_since_met` says how long since you met."""
    DUE_TODAY = "due-today"
    SOON = "soon"
    """Due in `days_until_due` days."""
    NEVER_MET = "never-met"


@dataclass(frozen=True, slots=True)
class Candidate:
    """What the rule needs to know of one person."""

    id: int
    name: str
    circle: Circle
    rhythm_days: int
    tending: Tending
    last_in_person: date | None
    snoozed_until: date | None = None
    archived: bool = False
    lean_on: bool = False
    birthday_in_days: int | None = None
    """Days to the next birthday, when one is known."""
    shares_interest: bool = False


@dataclass(frozen=True, slots=True)
class Reason:
    """Why someone is worth seeing, as data: the interface puts it in words."""

    kind: ReasonKind
    circle: Circle
    days_since_met: int | None
    days_until_due: int | None
    lean_on: bool
    birthday_in_days: int | None
    """Set only when the birthday is within `BIRTHDAY_WITHIN_DAYS`."""

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind.value,
            "circle": self.circle.value,
            "days_since_met": self.days_since_met,
            "days_until_due": self.days_until_due,
            "lean_on": self.lean_on,
            "birthday_in_days": self.birthday_in_days,
        }


@dataclass(frozen=True, slots=True)
class Ranked:
    id: int
    reason: Reason


def lateness(t: Tending, rhythm_days: int) -> float:
    """Days late as a share of the rhythm: 0 on the due day, negative before it.

    Someone never met counts as due today: there is no rhythm to be late on yet."""
    return _lateness(t.days_until_due, rhythm_days)


def _lateness(days_until_due: int | None, rhythm_days: int) -> float:
    if days_until_due is None:
        return 0.0
    return -days_until_due / max(1, rhythm_days)


LATENESS_CAP = 0.9
"""How far lateness can lift a score, in rhythms. Capped so that closeness comes first:
someone very late can pass the circle just inside theirs (a friend long unseen before a
close friend just due), never two circles in (an acquaintance months late never pushes
the inner circle off the list)."""


def score(c: Candidate) -> float:
    """Higher is more worth seeing; the circle weighs how late someone is."""
    return _score(c.circle, _lateness(c.tending.days_until_due, c.rhythm_days))


def _score(circle: Circle, late: float) -> float:
    return CLOSENESS[circle] * (1.0 + min(late, LATENESS_CAP))


def birthday_soon(birthday_in_days: int | None) -> int | None:
    """The days to a birthday close enough to break a tie, else None."""
    days = birthday_in_days
    return days if days is not None and 0 <= days <= BIRTHDAY_WITHIN_DAYS else None


RankKey = tuple[int, bool, bool, bool, float, str, int]
"""Sorts most worth seeing first; equal only for the same person."""


@lru_cache(maxsize=16384)
def _standing(circle: Circle, rhythm_days: int, days_until_due: int | None) -> tuple[int, float]:
    # The part of the key set by closeness and lateness alone: thousands due share a
    # few hundred of these, so each is worked out once.
    late = _lateness(days_until_due, rhythm_days)
    return -round(_score(circle, late) * _SCORE_STEP), -late


def rank_key(
    circle: Circle,
    rhythm_days: int,
    days_until_due: int | None,
    lean_on: bool,
    birthday_in_days: int | None,
    shares_interest: bool,
    name: str,
    person_id: int,
    /,
) -> RankKey:
    """The rule's sort key from plain values, for callers ranking thousands of rows
    without building a `Candidate` for each; `ordered` sorts by exactly this."""
    points, unseen = _standing(circle, rhythm_days, days_until_due)
    return (
        points,
        not lean_on,
        birthday_soon(birthday_in_days) is None,
        not shares_interest,
        unseen,  # among equals, the longer unseen first
        name.casefold(),
        person_id,
    )


def _key(c: Candidate) -> RankKey:
    return rank_key(
        c.circle,
        c.rhythm_days,
        c.tending.days_until_due,
        c.lean_on,
        c.birthday_in_days,
        c.shares_interest,
        c.name,
        c.id,
    )


def reason(c: Candidate, today: date) -> Reason:
    t = c.tending
    if t.days_until_due is None:
        kind = ReasonKind.NEVER_MET
    elif t.days_until_due < 0:
        kind = ReasonKind.LATE
    elif t.days_until_due == 0:
        kind = ReasonKind.DUE_TODAY
    else:
        kind = ReasonKind.SOON
    since = None if c.last_in_person is None else (today - c.last_in_person).days
    return Reason(
        kind=kind,
        circle=c.circle,
        days_since_met=since,
        days_until_due=t.days_until_due,
        lean_on=c.lean_on,
        birthday_in_days=birthday_soon(c.birthday_in_days),
    )


def ordered(candidates: Iterable[Candidate]) -> list[Candidate]:
    """The candidates as given, most worth seeing first."""
    return sorted(candidates, key=_key)


def rank(candidates: Iterable[Candidate], today: date) -> list[Ranked]:
    """The candidates as given, most worth seeing first, each with its reason."""
    return [Ranked(c.id, reason(c, today)) for c in ordered(candidates)]


def worth_seeing(candidates: Iterable[Candidate], today: date) -> list[Ranked]:
    """Everyone worth seeing on `today`, most worth it first; snoozed, archived and
    planned people never."""
    return rank(
        (
            c
            for c in candidates
            if needs_attention(c.tending.state, c.snoozed_until, today, archived=c.archived)
        ),
        today,
    )
