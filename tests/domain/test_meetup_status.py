"""What each meetup status allows, as the Plans page and the meetup dialog ask it."""

from __future__ import annotations

import pytest

from kith.domain.meetup_status import AHEAD, allows
from kith.domain.values import MeetupStatus


@pytest.mark.parametrize(
    ("status", "edit", "complete", "cancel", "reopen"),
    [
        (MeetupStatus.IDEA, True, True, True, False),
        (MeetupStatus.PLANNED, True, True, True, False),
        (MeetupStatus.CANCELLED, True, False, False, True),
        (MeetupStatus.DONE, False, False, False, False),
    ],
)
def test_each_status_allows_its_own_actions(
    status: MeetupStatus, edit: bool, complete: bool, cancel: bool, reopen: bool
) -> None:
    can = allows(status, has_people=True, is_dated=True)
    assert (can.edit, can.complete, can.cancel, can.reopen) == (edit, complete, cancel, reopen)
    assert can.delete  # any meetup may be deleted, history included
    assert (status in AHEAD) == cancel


def test_done_needs_people_and_export_needs_a_day() -> None:
    nobody = allows(MeetupStatus.PLANNED, has_people=False, is_dated=False)
    assert not nobody.complete and not nobody.export
    assert nobody.edit and nobody.cancel
