"""The ranked due list of one day, kept between reads and mended person by person.

Logging, snoozing, editing or planning with someone changes only their own place in
the ranking, so after such a write only their facts are read again (by id) and moved
in the kept order by bisection on the rule's key. Rhythms, your interests, a restore
or an import may move anyone: those drop the kept list, and the next read ranks
everyone again. Either way the list is the one a full ranking would give.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterable, Mapping
from datetime import date

from kith.domain.priority import RankKey
from kith.domain.tending import ATTENTION_STATES, is_snoozed, needs_attention
from kith.services.changes import Change, Kind
from kith.services.due_list import DueFacts, key_of


def moves_anyone(what: Change) -> bool:
    """Whether a change may move people it does not name: then everyone is ranked again.

    Your interests and circle rhythms (`PROFILE`) reach everyone; settings are not
    read by the ranking but are rare enough to take no chances with."""
    return what.everything or what.touches(Kind.PROFILE, Kind.SETTINGS)


class KeptDue:
    """Everyone listed on `day` in rank order, with who is left out as snoozed."""

    def __init__(
        self,
        day: date,
        facts: Iterable[DueFacts],
        birthdays: Mapping[int, int],
    ) -> None:
        self.day = day
        self.birthdays = dict(birthdays)
        """Days to a birthday within the ranking's window, by person id."""
        self._keys: list[RankKey] = []
        self._ranked: list[DueFacts] = []
        self._listed: dict[int, RankKey] = {}
        self._snoozed: set[int] = set()
        entries = []
        for f in facts:
            if self._admit(f):
                entries.append((key_of(f, self.birthdays), f))
        entries.sort(key=lambda e: e[0])
        self._keys = [k for k, _ in entries]
        self._ranked = [f for _, f in entries]
        self._listed = {f.id: k for k, f in entries}

    @property
    def ranked(self) -> list[DueFacts]:
        """Everyone listed, most worth seeing first (read only)."""
        return self._ranked

    @property
    def snoozed(self) -> int:
        return len(self._snoozed)

    def mend(
        self,
        ids: Collection[int],
        facts: Iterable[DueFacts],
        birthdays: Mapping[int, int],
    ) -> None:
        """Put the people of `ids` where their fresh `facts` rank them; those of `ids`
        without facts (no longer possibly due, deleted) leave the list. `birthdays` are
        theirs within the window."""
        for pid in ids:
            self._drop(pid)
            self.birthdays.pop(pid, None)
            if pid in birthdays:
                self.birthdays[pid] = birthdays[pid]
        for f in facts:
            if f.id in ids and self._admit(f):
                key = key_of(f, self.birthdays)
                at = bisect_left(self._keys, key)
                self._keys.insert(at, key)
                self._ranked.insert(at, f)
                self._listed[f.id] = key

    def _admit(self, f: DueFacts) -> bool:
        """Counts `f` as snoozed if so; whether they are listed (as `_ranked` decides
        for a full ranking)."""
        state = f.tending.state
        if state not in ATTENTION_STATES:
            return False
        if f.snoozed_until is not None and is_snoozed(f.snoozed_until, self.day):
            self._snoozed.add(f.id)
        return needs_attention(state, f.snoozed_until, self.day, archived=f.archived)

    def _drop(self, pid: int) -> None:
        self._snoozed.discard(pid)
        key = self._listed.pop(pid, None)
        if key is None:
            return
        at = bisect_left(self._keys, key)
        del self._keys[at]
        del self._ranked[at]
