"""The one place where Kith is wired together: database, clock, services."""

from __future__ import annotations

from pathlib import Path

from kith.clock import Clock, SystemClock
from kith.services.app import Services
from kith.services.context import ServiceContext
from kith.storage.database import open_database
from kith.storage.paths import default_db_path


def open_services(
    db_path: Path | None = None,
    clock: Clock | None = None,
    *,
    verify: bool = False,
    repair: bool = True,
) -> Services:
    """Open (creating or upgrading) the database and build the services on it.

    `verify` reads every page first, so a damaged file is refused before any write;
    `repair=False` leaves a schema that is not Kith's as found, for `kith check` to report.
    """
    clock = clock or SystemClock()
    db = open_database(db_path or default_db_path(), now=clock.now(), verify=verify, repair=repair)
    return Services(ServiceContext(db=db, clock=clock))
