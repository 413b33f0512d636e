"""How changes to one field of a shared record merge, whatever order they arrive in.

Every change has an id, (time, device), and names the changes it replaced (its base: the
value its device showed when the user changed it). The changes still standing are those
no other change replaced; the latest of them wins, and any other standing change with a
different value is a conflict: a value overwritten by a change made without seeing it.
Which changes stand depends only on the set of changes known, so every device that knows
the same changes shows the same value and the same conflicts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import Enum
from typing import NamedTuple

ChangeId = tuple[str, str]
"""(hybrid logical clock time as text, device id): text order is the order of winning."""


class State(Enum):
    WIN = "win"
    LOST = "lost"
    """Standing beside the winner after a concurrent change: shown as a conflict."""
    GONE = "gone"
    """Replaced by a change made after seeing it."""


class Known(NamedTuple):
    """A tuple rather than a dataclass: a first round holds a million of them."""

    state: State
    value: object
    has_value: bool = True
    """False for a change known only because a later one named it replaced."""


def merge(
    known: Mapping[ChangeId, Known],
    incoming: Iterable[tuple[ChangeId, object, Iterable[ChangeId]]],
    gone: Iterable[tuple[ChangeId, Iterable[ChangeId]]] = (),
) -> dict[ChangeId, Known]:
    """The field's changes after `incoming` (id, value, base) are added to `known`.

    `gone` are changes known only to have been replaced (id, base), as a compacted log
    names them: their base is replaced as theirs would be, and they stand no more."""
    merged: dict[ChangeId, Known] = dict(known)
    for change_id, base in gone:
        for replaced in (*base, change_id):
            before = merged.get(replaced)
            if before is None:
                merged[replaced] = Known(State.GONE, None, has_value=False)
            elif before.state is not State.GONE:
                merged[replaced] = Known(State.GONE, before.value, before.has_value)
    for change_id, value, base in incoming:
        for replaced in base:
            before = merged.get(replaced)
            if before is None:
                merged[replaced] = Known(State.GONE, None, has_value=False)
            elif before.state is not State.GONE:
                merged[replaced] = Known(State.GONE, before.value, before.has_value)
        if change_id not in merged:
            merged[change_id] = Known(State.LOST, value)
        elif not merged[change_id].has_value:  # named replaced before it arrived
            merged[change_id] = Known(State.GONE, value)
    return _settled(merged)


def _settled(merged: dict[ChangeId, Known]) -> dict[ChangeId, Known]:
    standing = [cid for cid, k in merged.items() if k.state is not State.GONE]
    if not standing:
        return merged
    winner = max(standing)
    for cid in standing:
        state = State.WIN if cid == winner else State.LOST
        if merged[cid].state is not state:
            merged[cid] = Known(state, merged[cid].value, merged[cid].has_value)
    return merged


def winner(known: Mapping[ChangeId, Known]) -> tuple[ChangeId, Known] | None:
    for cid, k in known.items():
        if k.state is State.WIN:
            return cid, k
    return None
