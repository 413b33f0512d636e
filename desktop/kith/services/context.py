"""What every service shares: the open database, the clock, and the change bus."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from kith.clock import Clock, local_today
from kith.services.changes import ChangeBus
from kith.storage.database import Database

__all__ = ["ChangeBus", "ServiceContext"]


@dataclass
class ServiceContext:
    db: Database
    clock: Clock
    changes: ChangeBus = field(default_factory=ChangeBus)

    def today(self) -> date:
        return local_today(self.clock)

    def now(self) -> datetime:
        return self.clock.now()
