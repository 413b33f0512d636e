"""What every service shares: the open database, the clock, and the change bus."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from kith.clock import Clock, local_today
from kith.storage.database import Database

Listener = Callable[[frozenset[str]], None]

# What changed, so each view refreshes only itself.
PEOPLE = "people"
INTERACTIONS = "interactions"
MEETUPS = "meetups"
PROFILE = "profile"
SETTINGS = "settings"


@dataclass
class ChangeBus:
    """Tells listeners (the GUI, the live calendar file) what a committed write touched."""

    _listeners: list[Listener] = field(default_factory=list)

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def emit(self, *kinds: str) -> None:
        what = frozenset(kinds)
        for listener in list(self._listeners):
            listener(what)


@dataclass
class ServiceContext:
    db: Database
    clock: Clock
    changes: ChangeBus = field(default_factory=ChangeBus)

    def today(self) -> date:
        return local_today(self.clock)

    def now(self) -> datetime:
        return self.clock.now()
