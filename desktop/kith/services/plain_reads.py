"""The due list's reads run as SQLite's own text, compiled once from their statements.

At 500 people SQLAlchemy's work per call (its cache lookup, parameter processing and
cursor wrapper, a session's connection) cost as much as the four small reads ranking
needs. Each statement stays the one source of its SQL; only its running is plain.
Values are passed as the columns store them (days as ISO text, moments as naive UTC
text), and results come back as SQLite gives them, which is what the statements'
`type_coerce` columns ask of SQLAlchemy anyway.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import ClauseElement
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import Compiled

from kith.services.standing import stored_moment
from kith.storage.database import plain_cursor, plain_rows

_NAMED = sqlite.dialect(paramstyle="named")


class PlainRead:
    """One statement compiled once; `rows` binds the values its parameters name."""

    def __init__(self, statement: ClauseElement, *, literal: bool = False) -> None:
        kwargs = {"literal_binds": True} if literal else {}
        compiled: Compiled = statement.compile(dialect=_NAMED, compile_kwargs=kwargs)
        self.sql = compiled.string
        # The constants SQLAlchemy made parameters of (0, 14, 'planned'...), as it binds them.
        self._constants = {k: v for k, v in compiled.params.items() if v is not None}

    def rows(self, session: Session, **values: object) -> Sequence[Any]:
        return plain_rows(session, self.sql, {**self._constants, **values})

    def each(self, session: Session, **values: object) -> Iterator[Any]:
        """The rows one at a time, read as they are used (within the session)."""
        return plain_cursor(session, self.sql, {**self._constants, **values})


__all__ = ["PlainRead", "stored_moment"]
