"""What a committed write changed: its kinds, the ids it touched, and who made it.

Every service write emits exactly one `Change`. Views read its kinds to decide whether
they are concerned, and its ids (people, meetups, interactions, setting keys) will let
them refresh only the rows that changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from enum import Enum


class Kind(Enum):
    """What a write touched."""

    PEOPLE = "people"
    """A person's own facts, tending, snooze, dates or follow-ups."""
    INTERACTIONS = "interactions"
    MEETUPS = "meetups"
    PROFILE = "profile"
    """Your interests or circle rhythms: every person's shared interests and rhythm."""
    SETTINGS = "settings"
    TIES = "ties"
    """Ties between people, or groups and who is in them; the ids are the people concerned."""


@dataclass(frozen=True, slots=True)
class Change:
    kinds: frozenset[Kind]
    people: frozenset[int] = frozenset()
    meetups: frozenset[int] = frozenset()
    interactions: frozenset[int] = frozenset()
    settings: frozenset[str] = frozenset()
    """Keys of the settings written."""
    everything: bool = False
    """The ids are not listed because any item of these kinds may have changed (a
    restore, an import, a new profile): refresh all of it."""
    origin: object | None = None
    """Who asked for the write (the token passed to `ChangeBus.origin`), None if unsaid."""

    def touches(self, *kinds: Kind) -> bool:
        return not self.kinds.isdisjoint(kinds)


def change(
    *kinds: Kind,
    people: Iterable[int] = (),
    meetups: Iterable[int] = (),
    interactions: Iterable[int] = (),
    settings: Iterable[str] = (),
    everything: bool = False,
) -> Change:
    return Change(
        kinds=frozenset(kinds),
        people=frozenset(people),
        meetups=frozenset(meetups),
        interactions=frozenset(interactions),
        settings=frozenset(settings),
        everything=everything,
    )


EVERYTHING = change(*Kind, everything=True)
"""The whole database was replaced (a restore, an archive import, sample data)."""

Listener = Callable[[Change], None]

# Per thread of control, so a write on a worker thread never takes the GUI's origin.
_origin: ContextVar[object | None] = ContextVar("kith_change_origin", default=None)


@dataclass
class ChangeBus:
    """Tells listeners (the GUI, the live calendar file) what a committed write touched."""

    _listeners: list[Listener] = field(default_factory=list)

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    @property
    def listeners(self) -> int:
        return len(self._listeners)

    @contextmanager
    def origin(self, token: object) -> Iterator[None]:
        """Changes emitted inside this block say `token` made them, so a view can tell
        its own echo from someone else's write."""
        reset = _origin.set(token)
        try:
            yield
        finally:
            _origin.reset(reset)

    def emit(self, what: Change) -> None:
        if what.origin is None:
            what = replace(what, origin=_origin.get())
        for listener in list(self._listeners):
            listener(what)
