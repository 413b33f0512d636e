"""Every tending state and its boundaries."""

from datetime import date, timedelta

import pytest

from kith.domain.tending import (
    grace_days,
    is_snoozed,
    needs_attention,
    soon_window,
    tending,
    urgency_key,
)
from kith.domain.values import TendingState

TODAY = date(2026, 11, 22)


def state(days_ago: int | None, rhythm: int, planned_in: int | None = None) -> TendingState:
    last = None if days_ago is None else TODAY - timedelta(days=days_ago)
    planned = None if planned_in is None else TODAY + timedelta(days=planned_in)
    return tending(last_in_person=last, rhythm_days=rhythm, today=TODAY, next_planned=planned).state


@pytest.mark.parametrize(
    ("days_ago", "expected"),
    [
        (0, TendingState.OK),  # seen today
        (11, TendingState.OK),  # 3 days left; soon window for 14 is 2
        (12, TendingState.SOON),  # 2 days left
        (13, TendingState.SOON),  # due tomorrow
        (14, TendingState.DUE),  # the due day itself
        (17, TendingState.DUE),  # last day of grace (14 // 4 = 3)
        (18, TendingState.OVERDUE),
        (400, TendingState.OVERDUE),
    ],
)
def test_states_and_boundaries_for_a_fortnightly_rhythm(
    days_ago: int, expected: TendingState
) -> None:
    assert soon_window(14) == 2 and grace_days(14) == 3
    assert state(days_ago, 14) == expected


def test_never_met_without_an_in_person_meeting() -> None:
    result = tending(last_in_person=None, rhythm_days=30, today=TODAY)
    assert result.state == TendingState.NEVER_MET
    assert result.days_until_due is None and result.days_overdue == 0


def test_a_planned_meetup_wins_over_overdue_and_never_met() -> None:
    assert state(100, 14, planned_in=3) == TendingState.PLANNED
    assert state(None, 14, planned_in=0) == TendingState.PLANNED


def test_a_meetup_in_the_past_does_not_count_as_planned() -> None:
    assert state(100, 14, planned_in=-1) == TendingState.OVERDUE


def test_days_overdue_and_until_due() -> None:
    late = tending(last_in_person=TODAY - timedelta(days=23), rhythm_days=14, today=TODAY)
    assert late.days_overdue == 9 and late.due_on == TODAY - timedelta(days=9)
    early = tending(last_in_person=TODAY - timedelta(days=10), rhythm_days=14, today=TODAY)
    assert early.days_until_due == 4 and early.days_overdue == 0


def test_short_and_long_rhythms_keep_sensible_windows() -> None:
    assert soon_window(1) == 1 and grace_days(1) == 1
    assert state(1, 1) == TendingState.DUE and state(3, 1) == TendingState.OVERDUE
    assert soon_window(730) == 14 and grace_days(730) == 30
    assert state(715, 730) == TendingState.OK and state(716, 730) == TendingState.SOON


def test_urgency_puts_most_overdue_first_then_due_never_met_soon() -> None:
    def t(days_ago: int | None) -> object:
        last = None if days_ago is None else TODAY - timedelta(days=days_ago)
        return tending(last_in_person=last, rhythm_days=14, today=TODAY)

    people = {"a": t(20), "b": t(60), "c": t(15), "d": t(None), "e": t(12), "f": t(1)}
    order = sorted(people, key=lambda n: urgency_key(people[n], n))  # type: ignore[arg-type]
    assert order == ["b", "a", "c", "d", "e", "f"]


@pytest.mark.parametrize(
    ("state", "snoozed_until", "archived", "wanted"),
    [
        (TendingState.OVERDUE, None, False, True),
        (TendingState.DUE, None, False, True),
        (TendingState.SOON, None, False, True),
        (TendingState.NEVER_MET, None, False, True),
        (TendingState.OK, None, False, False),
        (TendingState.PLANNED, None, False, False),
        # A snooze holds through its last day and ends the day after.
        (TendingState.OVERDUE, date(2026, 11, 22), False, False),
        (TendingState.OVERDUE, date(2026, 11, 21), False, True),
        (TendingState.NEVER_MET, None, True, False),
    ],
)
def test_needs_attention_is_worth_seeing_not_snoozed_not_archived(
    state: TendingState, snoozed_until: date | None, archived: bool, wanted: bool
) -> None:
    today = date(2026, 11, 22)
    assert needs_attention(state, snoozed_until, today, archived=archived) is wanted
    assert is_snoozed(snoozed_until, today) is (
        snoozed_until is not None and snoozed_until >= today
    )
