"""Ties between people and groups of people: added, changed, removed, read from either side.

Every write emits one change of kind TIES naming the people concerned. Archived people's
ties stay stored but are never shown, so restoring someone brings their ties back. Each
write hands back what was there before, so the GUI can undo it exactly.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, exists, insert, or_, select
from sqlalchemy.orm import Session

from kith.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from kith.domain.name_search import name_key
from kith.domain.ties import (
    TieKind,
    clean_group_name,
    clean_tie_note,
    group_key,
    kind_from,
    stored_pair,
)
from kith.domain.together import Acquaintance
from kith.services.changes import Kind, change
from kith.services.context import ServiceContext
from kith.services.due_list import known_among
from kith.services.views import PersonRef
from kith.storage.database import plain_cursor
from kith.storage.schema import Group, Person, Tie, group_member


@dataclass(frozen=True, slots=True)
class TieView:
    """A tie as seen from one person's page: `other` is `kind` of that person
    ("Ana — parent" on Ben's page means Ana is Ben's parent)."""

    other: PersonRef
    kind: TieKind
    note: str


@dataclass(frozen=True, slots=True)
class TieFact:
    """A tie as one fact: `person` is `kind` of `other`. What a write replaced or removed."""

    person_id: int
    other_id: int
    kind: TieKind
    note: str


@dataclass(frozen=True, slots=True)
class TieLine:
    """A tie between two people shown on the map; `kind` read from `low`'s side."""

    low: int
    high: int
    kind: TieKind


@dataclass(frozen=True, slots=True)
class GroupView:
    id: int
    name: str
    members: tuple[PersonRef, ...]
    """Members not archived, in name order."""


@dataclass(frozen=True, slots=True)
class GroupRecord:
    """A group as it was, with every member (archived too), so removing it can be undone."""

    id: int
    name: str
    member_ids: tuple[int, ...]


_NO_PERSON = QT_TRANSLATE_NOOP("Errors", "There is no person #%1.")
_NO_GROUP = QT_TRANSLATE_NOOP("Errors", "There is no group “%1”.")


class TieService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # ---- ties -------------------------------------------------------------------------

    def tie(
        self, person_id: int, other_id: int, kind: TieKind, note: str | None = ""
    ) -> TieFact | None:
        """`person_id` is `kind` of `other_id` from now on, replacing any tie the pair had
        (one tie per pair); a `note` of None keeps the note it had. Returns the tie
        replaced, None if there was none."""
        pair = stored_pair(person_id, other_id, kind)
        clean = None if note is None else clean_tie_note(note)
        with self._ctx.db.writing() as s:
            _person(s, person_id)
            _person(s, other_id)
            row = _tie_row(s, pair.low, pair.high)
            before = None if row is None else _fact(row)
            if row is None:
                tie = Tie(person_id=pair.low, other_id=pair.high, kind=pair.kind.value)
                tie.note = clean or ""
                s.add(tie)
            else:
                row.kind = pair.kind.value
                if clean is not None:
                    row.note = clean
        self._told([person_id, other_id])
        return before

    def untie(self, person_id: int, other_id: int) -> TieFact | None:
        """The pair no longer tied. Returns the tie removed, None if there was none."""
        low, high = sorted((person_id, other_id))
        with self._ctx.db.writing() as s:
            row = _tie_row(s, low, high)
            if row is None:
                return None
            before = _fact(row)
            s.delete(row)
        self._told([person_id, other_id])
        return before

    def put_back(self, fact: TieFact | None, person_id: int, other_id: int) -> None:
        """The pair's tie as `fact` says (None: no tie): what undo needs after either write."""
        if fact is None:
            self.untie(person_id, other_id)
        else:
            self.tie(fact.person_id, fact.other_id, fact.kind, fact.note)

    def ties_of(self, person_id: int) -> tuple[TieView, ...]:
        """Everyone tied to the person and how, archived people left out, in name order."""
        with self._ctx.db.reading() as s:
            return _ties_of(s, person_id)

    def tie_between(self, person_id: int, other_id: int) -> TieFact | None:
        low, high = sorted((person_id, other_id))
        with self._ctx.db.reading() as s:
            row = _tie_row(s, low, high)
            return None if row is None else _fact(row)

    def lines(self, person_ids: Iterable[int] | None = None) -> list[TieLine]:
        """Ties between people not archived; with `person_ids`, only ties touching them."""

        # Ties first, each end checked by its primary key: joined to two copies of the
        # person table, SQLite may pair every person with every other before it looks
        # for a tie (a minute and a half at 20,000 people).
        def archived(end: Any) -> Any:
            return exists().where(Person.id == end, Person.archived.is_(True))

        stmt = select(Tie.person_id, Tie.other_id, Tie.kind).where(
            ~archived(Tie.person_id), ~archived(Tie.other_id)
        )
        wanted = None if person_ids is None else sorted(set(person_ids))
        with self._ctx.db.reading() as s:
            if wanted is None:
                rows = list(s.execute(stmt))
            else:
                rows = []
                for start in range(0, len(wanted), 400):  # SQLite's limit on parameters
                    chunk = wanted[start : start + 400]
                    rows.extend(
                        s.execute(
                            stmt.where(or_(Tie.person_id.in_(chunk), Tie.other_id.in_(chunk)))
                        )
                    )
        seen = {(low, high): TieLine(low, high, TieKind(kind)) for low, high, kind in rows}
        return list(seen.values())

    # ---- groups -----------------------------------------------------------------------

    def groups(self) -> list[GroupView]:
        with self._ctx.db.reading() as s:
            views = [_group_view(s, g) for g in s.scalars(select(Group))]
        return sorted(views, key=lambda g: (name_key(g.name), g.id))

    def groups_of(self, person_id: int) -> list[GroupView]:
        with self._ctx.db.reading() as s:
            ids = select(group_member.c.group_id).where(group_member.c.person_id == person_id)
            views = [_group_view(s, g) for g in s.scalars(select(Group).where(Group.id.in_(ids)))]
        return sorted(views, key=lambda g: (name_key(g.name), g.id))

    def group(self, group_id: int) -> GroupView:
        with self._ctx.db.reading() as s:
            return _group_view(s, _group(s, group_id))

    def find_group(self, name: str) -> GroupView:
        """The group of that name, in any case."""
        key = group_key(" ".join(name.split()))
        with self._ctx.db.reading() as s:
            for g in s.scalars(select(Group)):
                if group_key(g.name) == key:
                    return _group_view(s, g)
        raise NotFound(_NO_GROUP, name, code="group.not_found")

    def add_group(self, name: str, member_ids: Sequence[int] = ()) -> GroupView:
        clean = clean_group_name(name)
        with self._ctx.db.writing() as s:
            _refuse_taken(s, clean, None)
            for person_id in member_ids:
                _person(s, person_id)
            group = Group(name=clean)
            s.add(group)
            s.flush()
            _add_members(s, group.id, member_ids)
            group_id = group.id
        self._told(member_ids)
        return self.group(group_id)

    def rename_group(self, group_id: int, name: str) -> str:
        """Returns the name it had."""
        clean = clean_group_name(name)
        with self._ctx.db.writing() as s:
            group = _group(s, group_id)
            _refuse_taken(s, clean, group_id)
            before, group.name = group.name, clean
            members = _member_ids(s, group_id)
        self._told(members)
        return before

    def set_members(self, group_id: int, member_ids: Sequence[int]) -> tuple[int, ...]:
        """The group has exactly these members now. Returns the members it had."""
        with self._ctx.db.writing() as s:
            _group(s, group_id)
            for person_id in member_ids:
                _person(s, person_id)
            before = _member_ids(s, group_id)
            s.execute(delete(group_member).where(group_member.c.group_id == group_id))
            _add_members(s, group_id, member_ids)
        self._told({*before, *member_ids})
        return before

    def join(self, group_id: int, person_id: int) -> None:
        members = self.group_record(group_id).member_ids
        if person_id not in members:
            self.set_members(group_id, [*members, person_id])

    def leave(self, group_id: int, person_id: int) -> None:
        members = self.group_record(group_id).member_ids
        if person_id in members:
            self.set_members(group_id, [m for m in members if m != person_id])

    def group_record(self, group_id: int) -> GroupRecord:
        with self._ctx.db.reading() as s:
            group = _group(s, group_id)
            return GroupRecord(group.id, group.name, _member_ids(s, group_id))

    def remove_group(self, group_id: int) -> GroupRecord:
        """The group gone (its people stay). Returns it as it was, for `restore_group`."""
        with self._ctx.db.writing() as s:
            group = _group(s, group_id)
            record = GroupRecord(group.id, group.name, _member_ids(s, group_id))
            s.delete(group)
        self._told(record.member_ids)
        return record

    def restore_group(self, record: GroupRecord) -> None:
        """A removed group back with its id, name and the members still there."""
        with self._ctx.db.writing() as s:
            _refuse_taken(s, record.name, None)
            s.add(Group(id=record.id, name=record.name))
            s.flush()
            present = set(s.scalars(select(Person.id).where(Person.id.in_(record.member_ids))))
            _add_members(s, record.id, [m for m in record.member_ids if m in present])
        self._told(record.member_ids)

    def _told(self, people: Iterable[int]) -> None:
        self._ctx.changes.emit(change(Kind.TIES, people=people))


def _person(s: Session, person_id: int) -> Person:
    person = s.get(Person, person_id)
    if person is None:
        raise NotFound(_NO_PERSON, str(person_id), code="person.not_found")
    return person


def _group(s: Session, group_id: int) -> Group:
    group = s.get(Group, group_id)
    if group is None:
        raise NotFound(_NO_GROUP, f"#{group_id}", code="group.not_found")
    return group


def _refuse_taken(s: Session, name: str, group_id: int | None) -> None:
    key = group_key(name)
    for other in s.scalars(select(Group)):
        if other.id != group_id and group_key(other.name) == key:
            raise ValidationError(
                "name",
                QT_TRANSLATE_NOOP("Errors", "There is already a group called “%1”."),
                other.name,
                code="group.name.taken",
            )


def _tie_row(s: Session, low: int, high: int) -> Tie | None:
    return s.scalars(select(Tie).where(Tie.person_id == low, Tie.other_id == high)).first()


def _fact(row: Tie) -> TieFact:
    return TieFact(row.person_id, row.other_id, TieKind(row.kind), row.note)


def _ties_of(s: Session, person_id: int) -> tuple[TieView, ...]:
    rows = s.execute(
        select(Tie, Person)
        .join(
            Person,
            or_(
                (Tie.person_id == person_id) & (Person.id == Tie.other_id),
                (Tie.other_id == person_id) & (Person.id == Tie.person_id),
            ),
        )
        .where(Person.archived.is_(False))
    ).all()
    views = [
        # What the other person is to this one: the stored kind read from their side.
        TieView(
            PersonRef(other.id, other.name),
            kind_from(tie.person_id, TieKind(tie.kind), other.id),
            tie.note,
        )
        for tie, other in rows
    ]
    return tuple(sorted(views, key=lambda t: (name_key(t.other.name), t.other.id)))


def _member_ids(s: Session, group_id: int) -> tuple[int, ...]:
    return tuple(
        sorted(
            s.scalars(select(group_member.c.person_id).where(group_member.c.group_id == group_id))
        )
    )


def _add_members(s: Session, group_id: int, member_ids: Iterable[int]) -> None:
    unique = sorted(set(member_ids))
    if unique:
        s.execute(insert(group_member), [{"group_id": group_id, "person_id": p} for p in unique])


def _group_view(s: Session, group: Group) -> GroupView:
    people = s.execute(
        select(Person.id, Person.name)
        .join(group_member, group_member.c.person_id == Person.id)
        .where(group_member.c.group_id == group.id, Person.archived.is_(False))
    ).all()
    members = sorted((PersonRef(pid, name) for pid, name in people), key=lambda p: name_key(p.name))
    return GroupView(group.id, group.name, tuple(members))


def acquaintance(s: Session, person_ids: Iterable[int]) -> Acquaintance:
    """Who of `person_ids` knows whom: their ties to one another, and their groups.
    Every tie is read (tens of thousands of rows, one query), then kept only between
    them: read plain and one row at a time, as `kith today` does, for SQLAlchemy's rows of
    them all would briefly take more memory than the rest of Today's read."""
    return known_among(
        plain_cursor(s, "SELECT person_id, other_id, kind FROM tie", {}),
        plain_cursor(s, "SELECT group_id, person_id FROM group_member", {}),
        person_ids,
    )


def ties_of(s: Session, person_id: int) -> tuple[TieView, ...]:
    """For other services reading inside their own session (a person's detail)."""
    return _ties_of(s, person_id)


__all__ = [
    "GroupRecord",
    "GroupView",
    "TieFact",
    "TieLine",
    "TieService",
    "TieView",
    "acquaintance",
    "ties_of",
]
