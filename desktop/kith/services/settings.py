"""The user's settings, kept in the database so they travel with it."""

from __future__ import annotations

import json
from typing import Any

from kith.services.changes import Kind, change
from kith.services.context import ServiceContext
from kith.storage.schema import Setting


class SettingsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def get(self, key: str, default: Any = None) -> Any:
        with self._ctx.db.reading() as s:
            row = s.get(Setting, key)
            return default if row is None else json.loads(row.value)

    def set(self, key: str, value: Any) -> None:
        encoded = json.dumps(value)
        with self._ctx.db.writing() as s:
            row = s.get(Setting, key)
            if row is None:
                s.add(Setting(key=key, value=encoded))
            else:
                row.value = encoded
        self._ctx.changes.emit(change(Kind.SETTINGS, settings=[key]))

    def all(self) -> dict[str, Any]:
        from sqlalchemy import select

        with self._ctx.db.reading() as s:
            return {row.key: json.loads(row.value) for row in s.scalars(select(Setting))}
