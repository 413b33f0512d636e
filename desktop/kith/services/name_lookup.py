"""Finding a person by what a user types: a name, part of one, a nickname, or #ID.

Written in SQLite's own words over a `Rows` function, so the services (on a session)
and `kith log`'s plain path (`plain_log`, on a bare `sqlite3` connection) find people
by the very same statements and rules, and this module imports no SQLAlchemy.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from kith.domain.errors import QT_TRANSLATE_NOOP, Ambiguous, NotFound
from kith.domain.name_search import fold, name_key
from kith.services.views import PersonRef

Rows = Callable[[str, Mapping[str, object]], list[Any]]
"""Runs one read (SQL, named parameters) in the caller's transaction; its rows."""

_SHOWN = 8

# The letters beyond ASCII that casefold to ASCII alone ("ß" to "ss", the Kelvin sign to
# "k", "ﬁ" to "fi"...): the only ones a name can hold and still equal ASCII text, case
# aside. A test checks the list against every character Python knows.
FOLDS_TO_ASCII = "\u00df\u017f\u1e9e\u212a\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"

_NOT_ARCHIVED = "person.archived IS 0"


def find_in(rows: Rows, query: str, *, include_archived: bool = False) -> PersonRef:
    """The one person `query` names, or NotFound / Ambiguous saying why not."""
    text = " ".join(query.split())
    if text.startswith("#") and text[1:].isdigit():
        found = rows(
            "SELECT person.id, person.name FROM person WHERE person.id = :id", {"id": int(text[1:])}
        )
        if not found:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "There is no person %1."), text, code="person.not_found"
            )
        return PersonRef(found[0][0], found[0][1])
    if not text:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No name given."), code="person.no_name")
    one = _one_named(rows, text, include_archived=include_archived)
    if one is not None:
        return one
    sql = "SELECT person.id, person.name, person.nickname FROM person"
    if not include_archived:
        sql += f" WHERE {_NOT_ARCHIVED}"
    people = [(pid, name, nick or "") for pid, name, nick in rows(sql, {})]
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


def _one_named(rows: Rows, text: str, *, include_archived: bool) -> PersonRef | None:
    """The one person whose whole name is `text` (case aside), found from the names
    alone; None when there is not exactly one (the full search then says why).

    The names come from their index, without reading each person's row: at 100,000
    people that is most of a `kith log NAME`. Whether someone is archived is looked up
    for the few whose name matches.
    """
    exact = text.casefold()
    sql = "SELECT person.id, person.name FROM person"
    params: dict[str, object] = {}
    if text.isascii():
        # An all-ASCII name equals ASCII text, case aside, exactly when NOCASE says so;
        # the others ("Zoë", or a look-alike letter) are compared here. SQLite sifts the
        # index, only where a match could begin, so 100,000 names are neither each read
        # nor each made a row in Python.
        ranges, params = _starting_as(exact[0])
        sql += (
            f" WHERE ({ranges}) AND (person.name COLLATE NOCASE = :text"
            " OR person.name GLOB '*[^ -~]*')"
        )
        params["text"] = text
    hits = [pid for pid, name in rows(sql, params) if name.casefold() == exact]
    if not hits or len(hits) > _SHOWN:
        return None
    marks = ", ".join(f":h{i}" for i in range(len(hits)))
    sql = f"SELECT person.id, person.name FROM person WHERE person.id IN ({marks})"
    if not include_archived:
        sql += f" AND {_NOT_ARCHIVED}"
    kept = rows(sql, {f"h{i}": pid for i, pid in enumerate(hits)})
    return PersonRef(kept[0][0], kept[0][1]) if len(kept) == 1 else None


def _starting_as(first: str) -> tuple[str, dict[str, object]]:
    """Names that can casefold to text starting with the ASCII letter `first`: their own
    first letter is it in either case, or one of FOLDS_TO_ASCII folding to it. Each is a
    range of the name index, so SQLite reads a few of 100,000 names, not all of them."""
    starts = {first, first.upper(), *(c for c in FOLDS_TO_ASCII if c.casefold()[0] == first)}
    terms: list[str] = []
    params: dict[str, object] = {}
    for number, c in enumerate(sorted(starts)):
        terms.append(f"(person.name >= :s{number} AND person.name < :e{number})")
        params[f"s{number}"], params[f"e{number}"] = c, chr(ord(c) + 1)
    return " OR ".join(terms), params


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
