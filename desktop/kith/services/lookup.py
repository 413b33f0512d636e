"""Finding a person by what a user types: a name, part of one, a nickname, or #ID."""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from kith.domain.errors import QT_TRANSLATE_NOOP, Ambiguous, NotFound
from kith.domain.name_search import fold, name_key
from kith.services.views import PersonRef
from kith.storage.schema import Person

_SHOWN = 8

# The letters beyond ASCII that casefold to ASCII alone ("ß" to "ss", the Kelvin sign to
# "k", "ﬁ" to "fi"...): the only ones a name can hold and still equal ASCII text, case
# aside. A test checks the list against every character Python knows.
FOLDS_TO_ASCII = "\u00df\u017f\u1e9e\u212a\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"


def find_person(session: Session, query: str, *, include_archived: bool = False) -> PersonRef:
    text = " ".join(query.split())
    if text.startswith("#") and text[1:].isdigit():
        row = session.get(Person, int(text[1:]))
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "There is no person %1."), text, code="person.not_found"
            )
        return PersonRef(row.id, row.name)
    if not text:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No name given."), code="person.no_name")
    found = _one_named(session, text, include_archived=include_archived)
    if found is not None:
        return found
    stmt = select(Person.id, Person.name, Person.nickname)
    if not include_archived:
        stmt = stmt.where(Person.archived.is_(False))
    people = [(pid, name, nick or "") for pid, name, nick in session.execute(stmt)]
    # The name exactly as typed wins over one that differs only in accents ("Jose", "José").
    for matches in _matches(people, text):
        if len(matches) == 1:
            return PersonRef(matches[0][0], matches[0][1])
        if matches:
            ordered = sorted(matches, key=lambda p: name_key(p[1]))
            names = [f"{name} (#{pid})" for pid, name, _ in ordered]
            shown = ", ".join(names[:_SHOWN])
            if len(names) > _SHOWN:
                raise Ambiguous(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "“%1” matches %2 people: %3 and %4 more. Use the full name or #ID.",
                    ),
                    text,
                    len(names),
                    shown,
                    len(names) - _SHOWN,
                    candidates=names,
                    code="person.ambiguous",
                )
            raise Ambiguous(
                QT_TRANSLATE_NOOP(
                    "Errors", "“%1” matches %2 people: %3. Use the full name or #ID."
                ),
                text,
                len(names),
                shown,
                candidates=names,
                code="person.ambiguous",
            )
    close = difflib.get_close_matches(text, [p[1] for p in people], n=3, cutoff=0.6)
    raise NotFound(_NO_ONE_CALLED[len(close)], text, *close, code="person.no_match")


def _one_named(session: Session, text: str, *, include_archived: bool) -> PersonRef | None:
    """The one person whose whole name is `text` (case aside), found from the names
    alone; None when there is not exactly one (the full search then says why).

    The names come from their index, without reading each person's row: at 100,000
    people that is most of a `kith log NAME`. Whether someone is archived is looked up
    for the few whose name matches.
    """
    exact = text.casefold()
    names = select(Person.id, Person.name)
    if text.isascii():
        # An all-ASCII name equals ASCII text, case aside, exactly when NOCASE says so;
        # the others ("Zoë", or a look-alike letter) are compared here. SQLite sifts the
        # index, only where a match could begin, so 100,000 names are neither each read
        # nor each made a row in Python.
        names = names.where(
            _starting_as(exact[0]),
            or_(Person.name.collate("NOCASE") == text, Person.name.op("GLOB")("*[^ -~]*")),
        )
    hits = [pid for pid, name in session.execute(names) if name.casefold() == exact]
    if not hits or len(hits) > _SHOWN:
        return None
    stmt = select(Person.id, Person.name).where(Person.id.in_(hits))
    if not include_archived:
        stmt = stmt.where(Person.archived.is_(False))
    kept = session.execute(stmt).all()
    return PersonRef(kept[0][0], kept[0][1]) if len(kept) == 1 else None


def _starting_as(first: str) -> ColumnElement[bool]:
    """Names that can casefold to text starting with the ASCII letter `first`: their own
    first letter is it in either case, or one of FOLDS_TO_ASCII folding to it. Each is a
    range of the name index, so SQLite reads a few of 100,000 names, not all of them."""
    starts = {first, first.upper(), *(c for c in FOLDS_TO_ASCII if c.casefold()[0] == first)}
    return or_(*(and_(Person.name >= c, Person.name < chr(ord(c) + 1)) for c in sorted(starts)))


def _matches(people: list[tuple[int, str, str]], text: str) -> Iterator[list[tuple[int, str, str]]]:
    exact = text.casefold()
    yield [p for p in people if p[1].casefold() == exact]
    wanted = fold(text)
    folded = [(fold(name), fold(nick)) for _, name, nick in people]
    yield [p for p, (name, _) in zip(people, folded, strict=True) if name == wanted]
    yield [p for p, (_, nick) in zip(people, folded, strict=True) if nick == wanted]
    yield [
        p
        for p, (name, nick) in zip(people, folded, strict=True)
        if wanted in name or wanted in nick
    ]


# Whole sentences for each number of close names, so "or" is translated with them.
_NO_ONE_CALLED = (
    QT_TRANSLATE_NOOP("Errors", "No one called “%1”."),
    QT_TRANSLATE_NOOP("Errors", "No one called “%1”. Did you mean %2?"),
    QT_TRANSLATE_NOOP("Errors", "No one called “%1”. Did you mean %2 or %3?"),
    QT_TRANSLATE_NOOP("Errors", "No one called “%1”. Did you mean %2 or %3 or %4?"),
)
