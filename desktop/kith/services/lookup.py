"""Finding a person by what a user types: a name, part of one, a nickname, or #ID."""

from __future__ import annotations

import difflib

from sqlalchemy import select
from sqlalchemy.orm import Session

from kith.domain.errors import Ambiguous, NotFound
from kith.services.views import PersonRef
from kith.storage.schema import Person

_SHOWN = 8


def find_person(session: Session, query: str, *, include_archived: bool = False) -> PersonRef:
    text = " ".join(query.split())
    if text.startswith("#") and text[1:].isdigit():
        row = session.get(Person, int(text[1:]))
        if row is None:
            raise NotFound(f"There is no person {text}.")
        return PersonRef(row.id, row.name)
    if not text:
        raise NotFound("No name given.")
    stmt = select(Person.id, Person.name, Person.nickname)
    if not include_archived:
        stmt = stmt.where(Person.archived.is_(False))
    people = [(pid, name, nick or "") for pid, name, nick in session.execute(stmt)]
    wanted = text.casefold()
    for matches in (
        [p for p in people if p[1].casefold() == wanted],
        [p for p in people if p[2].casefold() == wanted],
        [p for p in people if wanted in p[1].casefold() or wanted in p[2].casefold()],
    ):
        if len(matches) == 1:
            return PersonRef(matches[0][0], matches[0][1])
        if matches:
            names = [f"{name} (#{pid})" for pid, name, _ in sorted(matches, key=lambda p: p[1])]
            shown = ", ".join(names[:_SHOWN])
            more = f" and {len(names) - _SHOWN} more" if len(names) > _SHOWN else ""
            raise Ambiguous(
                f"“{text}” matches {len(names)} people: {shown}{more}. Use the full name or #ID.",
                candidates=names,
            )
    close = difflib.get_close_matches(text, [p[1] for p in people], n=3, cutoff=0.6)
    hint = f" Did you mean {' or '.join(close)}?" if close else ""
    raise NotFound(f"No one called “{text}”.{hint}")
