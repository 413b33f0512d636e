"""Opening a database for `kith due` and `kith today`, which only read.

A sound database at this build's revision is read with `sqlite3` alone
(`services.plain_due`): no SQLAlchemy, no Alembic, a fraction of the command's time.
Any other file is opened as every command opens it (`common.services`), which
upgrades, repairs or refuses it with the usual words.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING, Protocol

from kith.cli.common import daily_backup_plain, services
from kith.domain.interests import GroupSuggestion
from kith.services.due_list import DueList
from kith.services.short_list import ShortList
from kith.storage.paths import default_db_path

if TYPE_CHECKING:
    from kith.services.app import Services


class DueReads(Protocol):
    def today(self) -> date: ...

    def due(self, on: date | None = None) -> DueList: ...

    def short_list(self, on: date | None = None) -> ShortList: ...

    def suggestions(self, due: DueList, limit: int = 5) -> list[GroupSuggestion]: ...


class _ServiceReads:
    """The same reads on the full services."""

    def __init__(self, svc: Services) -> None:
        self._svc = svc

    def today(self) -> date:
        return self._svc.ctx.today()

    def due(self, on: date | None = None) -> DueList:
        return self._svc.tending.due(on)

    def short_list(self, on: date | None = None) -> ShortList:
        return self._svc.today.short_list(on)

    def suggestions(self, due: DueList, limit: int = 5) -> list[GroupSuggestion]:
        return self._svc.tending.suggestions(due, limit)


@contextlib.contextmanager
def due_reads(args: argparse.Namespace) -> Iterator[DueReads]:
    from kith.services.plain_due import PlainDue

    plain = PlainDue.open(args.db or default_db_path(), args.clock)
    if plain is None:
        with services(args) as svc:
            yield _ServiceReads(svc)
        return
    try:
        daily_backup_plain(plain.path, args)
        yield plain
    finally:
        plain.close()
