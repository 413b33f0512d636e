"""What a meetup's status allows: one answer for the Plans page, the meetup dialog and the
services' checks.

An idea or a planned meetup is still ahead: it can change, be done or be cancelled. A
cancelled one can change or be reopened. A done one is history: it is shown, never
changed, though it may be deleted like any other.
"""

from __future__ import annotations

from dataclasses import dataclass

from kith.domain.values import MeetupStatus

AHEAD = frozenset({MeetupStatus.IDEA, MeetupStatus.PLANNED})
"""Statuses of meetups still to happen: the ones Plans lists unless past ones are asked for."""


@dataclass(frozen=True, slots=True)
class MeetupAllows:
    edit: bool
    complete: bool
    """Mark done: it logs one in-person meeting, so it needs people in it."""
    cancel: bool
    reopen: bool
    delete: bool
    export: bool
    """A calendar file needs a day."""


def allows(status: MeetupStatus, *, has_people: bool, is_dated: bool) -> MeetupAllows:
    ahead = status in AHEAD
    return MeetupAllows(
        edit=ahead or status == MeetupStatus.CANCELLED,
        complete=ahead and has_people,
        cancel=ahead,
        reopen=status == MeetupStatus.CANCELLED,
        delete=True,
        export=is_dated,
    )


NOTHING = MeetupAllows(
    edit=False, complete=False, cancel=False, reopen=False, delete=False, export=False
)
"""What no meetup (nothing selected) allows."""
