"""Closeness first: who is most worth seeing, and why."""

from datetime import date, timedelta

import pytest

from kith.domain.priority import Candidate, ReasonKind, worth_seeing
from kith.domain.spans import Span, SpanUnit, rough_span
from kith.domain.tending import tending
from kith.domain.values import Circle

TODAY = date(2026, 11, 22)


def person(
    pid: int,
    circle: Circle,
    *,
    rhythm: int,
    late: int | None,
    name: str = "",
    lean_on: bool = False,
    birthday_in: int | None = None,
    shares: bool = False,
    snoozed_until: date | None = None,
    archived: bool = False,
) -> Candidate:
    """Someone `late` days past their rhythm (None: never met)."""
    last = None if late is None else TODAY - timedelta(days=rhythm + late)
    return Candidate(
        id=pid,
        name=name or f"P{pid}",
        circle=circle,
        rhythm_days=rhythm,
        tending=tending(last_in_person=last, rhythm_days=rhythm, today=TODAY),
        last_in_person=last,
        snoozed_until=snoozed_until,
        archived=archived,
        lean_on=lean_on,
        birthday_in_days=birthday_in,
        shares_interest=shares,
    )


def order(*people: Candidate) -> list[int]:
    return [r.id for r in worth_seeing(people, TODAY)]


def test_an_inner_friend_a_few_days_late_comes_before_a_wider_one_months_late() -> None:
    wider = person(1, Circle.WIDER, rhythm=90, late=60)
    inner = person(2, Circle.INNER, rhythm=7, late=3)
    assert order(wider, inner) == [2, 1]


def test_within_a_circle_lateness_relative_to_the_rhythm_orders() -> None:
    weekly = person(1, Circle.FRIENDS, rhythm=7, late=7)  # a whole rhythm late
    monthly = person(2, Circle.FRIENDS, rhythm=30, late=20)  # two thirds of one
    slightly = person(3, Circle.FRIENDS, rhythm=30, late=2)
    assert order(slightly, monthly, weekly) == [1, 2, 3]


def test_someone_far_later_can_pass_the_circle_just_inside_theirs() -> None:
    close = person(1, Circle.CLOSE, rhythm=14, late=0)
    friends = person(2, Circle.FRIENDS, rhythm=30, late=120)  # four rhythms late
    assert order(close, friends) == [2, 1]


def test_however_late_no_one_passes_two_circles_in() -> None:
    # At 5,000 people hundreds of acquaintances are months late; the inner circle still
    # leads Today's short list.
    inner = person(1, Circle.INNER, rhythm=7, late=0)
    friends = person(2, Circle.FRIENDS, rhythm=7, late=700)
    wider = person(3, Circle.WIDER, rhythm=7, late=700)
    close = person(4, Circle.CLOSE, rhythm=14, late=0)
    assert order(wider, friends, inner, close) == [1, 2, 4, 3]


def test_among_the_very_late_of_one_circle_the_longest_unseen_comes_first() -> None:
    months = person(1, Circle.FRIENDS, rhythm=30, late=90, name="A")
    a_year = person(2, Circle.FRIENDS, rhythm=30, late=365, name="B")
    assert order(months, a_year) == [2, 1]


def test_ties_go_to_someone_to_lean_on_then_a_coming_birthday_then_a_shared_interest() -> None:
    plain = person(1, Circle.CLOSE, rhythm=14, late=7, name="A")
    shares = person(2, Circle.CLOSE, rhythm=14, late=7, name="B", shares=True)
    birthday = person(3, Circle.CLOSE, rhythm=14, late=7, name="C", birthday_in=5)
    far_birthday = person(4, Circle.CLOSE, rhythm=14, late=7, name="D", birthday_in=200)
    lean = person(5, Circle.CLOSE, rhythm=14, late=7, name="E", lean_on=True)
    assert order(plain, shares, birthday, far_birthday, lean) == [5, 3, 2, 1, 4]


def test_snoozed_archived_and_not_yet_due_people_are_never_listed() -> None:
    snoozed = person(1, Circle.INNER, rhythm=7, late=5, snoozed_until=TODAY)
    archived = person(2, Circle.INNER, rhythm=7, late=5, archived=True)
    fine = person(3, Circle.INNER, rhythm=7, late=-6)  # met yesterday
    due = person(4, Circle.WIDER, rhythm=90, late=1)
    assert order(snoozed, archived, fine, due) == [4]


def test_each_entry_says_why_in_data() -> None:
    late, soon, never = worth_seeing(
        [
            person(1, Circle.INNER, rhythm=7, late=4, birthday_in=3, lean_on=True),
            person(2, Circle.WIDER, rhythm=90, late=None),
            person(3, Circle.CLOSE, rhythm=14, late=-1),
        ],
        TODAY,
    )
    assert late.reason.kind == ReasonKind.LATE
    assert late.reason.circle == Circle.INNER
    assert late.reason.days_since_met == 11
    assert late.reason.birthday_in_days == 3 and late.reason.lean_on
    assert soon.reason.kind == ReasonKind.SOON and soon.reason.days_until_due == 1
    assert never.reason.kind == ReasonKind.NEVER_MET and never.reason.days_since_met is None


@pytest.mark.parametrize(
    ("days", "span"),
    [
        (1, Span(SpanUnit.DAY, 1)),
        (9, Span(SpanUnit.DAY, 9)),
        (10, Span(SpanUnit.WEEK, 1, half=True)),
        (14, Span(SpanUnit.WEEK, 2)),
        (31, Span(SpanUnit.WEEK, 4, half=True)),
        (40, Span(SpanUnit.MONTH, 1, half=True)),
        (60, Span(SpanUnit.MONTH, 2)),
        (105, Span(SpanUnit.MONTH, 3, half=True)),
        (800, Span(SpanUnit.YEAR, 2)),
    ],
)
def test_a_time_since_you_met_is_rounded_the_way_people_say_it(days: int, span: Span) -> None:
    assert rough_span(days) == span
