"""Finding a person by what a user types, in a session (the rules: `name_lookup`)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from kith.services.name_lookup import FOLDS_TO_ASCII, find_in
from kith.services.views import PersonRef
from kith.storage.database import plain_rows

__all__ = ["FOLDS_TO_ASCII", "find_person"]


def find_person(session: Session, query: str, *, include_archived: bool = False) -> PersonRef:
    return find_in(
        lambda sql, params: plain_rows(session, sql, params),
        query,
        include_archived=include_archived,
    )
