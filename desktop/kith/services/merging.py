"""Merging two people into one, in one transaction, and taking a merge back exactly.

Rows move to the kept person with their ids (interactions, meetups, follow-ups, dates,
ways to reach them); what would be a duplicate stays with the other person and goes with
them. A merge returns a `MergeRecord`: both people's rows as they were and the kept
person's rows as the merge left them, so `unmerge` can put every row back, and refuses
when the kept person has changed since (rather than throw that change away).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from kith.domain import validation as v
from kith.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from kith.domain.merging import FieldValues, MergeField, Side, choose, joined
from kith.domain.ties import TieKind, kind_from, stored_pair
from kith.domain.values import Circle, ContactKind, DateKind
from kith.interchange.contact_keys import email_key, phone_key
from kith.interchange.vcard_write import stable_card_uid
from kith.services.changes import Kind, change
from kith.services.context import ServiceContext
from kith.services.views import PersonRef
from kith.storage.schema import (
    ContactMethod,
    FollowUp,
    ImportantDate,
    KnownCard,
    Person,
    Tie,
    group_member,
    interaction_person,
    meetup_person,
    person_interest,
)

_PERSON = cast(Table, Person.__table__)
# Every table holding a person's own rows, keyed by its person column.
_OWN_ROWS: tuple[Table, ...] = (
    cast(Table, ContactMethod.__table__),
    cast(Table, KnownCard.__table__),
    cast(Table, ImportantDate.__table__),
    cast(Table, FollowUp.__table__),
    person_interest,
    interaction_person,
    meetup_person,
    group_member,
)
# Ties name a person on either side, so they are read and put back apart from the rest.
_TIE = cast(Table, Tie.__table__)

Rows = dict[str, tuple[tuple[Any, ...], ...]]
"""Table name → its rows of the people concerned, sorted, as plain column values."""


@dataclass(frozen=True, slots=True)
class Combined:
    """What the merged person will have, for the dialog and the command to say."""

    interactions: int
    meetups: int
    follow_ups: int
    dates: int
    interests: int
    phones: int
    emails: int
    addresses: int
    ties: int = 0
    """People either is tied to (not each other): one tie each once merged."""
    groups: int = 0


@dataclass(frozen=True, slots=True)
class MergePreview:
    keep: PersonRef
    other: PersonRef
    keep_values: FieldValues
    other_values: FieldValues
    defaults: Mapping[MergeField, Side]
    """Each field that differs, and whose value a merge takes unless told otherwise."""
    combined: Combined


@dataclass(frozen=True, slots=True)
class MergeRecord:
    """Enough to take a merge back: the rows before it and the kept person's after it."""

    keep: PersonRef
    """The merged person, as named after the merge."""
    other: PersonRef
    """The person merged away, as they were named."""
    before: Rows
    after: Rows


_SAME = QT_TRANSLATE_NOOP("Errors", "%1 cannot be merged with themselves.")
_NO_PERSON = QT_TRANSLATE_NOOP("Errors", "There is no person #%1.")


class MergingService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def preview(
        self,
        keep_id: int,
        other_id: int,
        choices: Mapping[MergeField, Side] | None = None,
    ) -> MergePreview:
        """Both people's values, the default choices, and what the merge would combine
        (with `choices`, if given)."""
        with self._ctx.db.reading() as s:
            keep, other = _pair(s, keep_id, other_id)
            keep_values, other_values = _values(keep), _values(other)
            defaults = choose(keep_values, other_values)
            combined = _combined(s, keep, other, choose(keep_values, other_values, choices))
            return MergePreview(
                keep=PersonRef(keep.id, keep.name),
                other=PersonRef(other.id, other.name),
                keep_values=keep_values,
                other_values=other_values,
                defaults=defaults,
                combined=combined,
            )

    def merge(
        self,
        keep_id: int,
        other_id: int,
        choices: Mapping[MergeField, Side] | None = None,
    ) -> MergeRecord:
        """Make the two one person with `keep_id`: all of it, or on a refusal nothing."""
        from kith.services.interactions import refresh_last_seen

        with self._ctx.db.writing() as s:
            keep, other = _pair(s, keep_id, other_id)
            other_ref = PersonRef(other.id, other.name)
            before = _dump(s, [keep_id, other_id])
            keep_values, other_values = _values(keep), _values(other)
            sides = choose(keep_values, other_values, choices)
            for field, side in sides.items():
                if side == Side.OTHER and field != MergeField.BIRTHDAY:
                    value = other_values[field]
                    setattr(keep, field.value, value.value if isinstance(value, Circle) else value)
            if sides.get(MergeField.NOTES) == Side.BOTH:
                keep.notes = v.clean_note(joined(keep.notes, other.notes), "notes")
            keep.updated_at = self._ctx.now()
            s.flush()
            _move_cards(s, keep, other)
            _move_ties(s, keep_id, other_id)
            interactions, meetups = _move_rows(s, keep, other, sides)
            s.execute(delete(Person).where(Person.id == other_id))
            s.flush()
            refresh_last_seen(s, [keep_id])
            after = _dump(s, [keep_id])
            kept = s.get(Person, keep_id)
            assert kept is not None
            keep_ref = PersonRef(keep_id, kept.name)
        self._told(keep_id, other_id, interactions, meetups)
        return MergeRecord(keep=keep_ref, other=other_ref, before=before, after=after)

    def _told(self, keep_id: int, other_id: int, interactions: set[int], meetups: set[int]) -> None:
        """One change for both people and everything of theirs that moved."""
        self._ctx.changes.emit(
            change(
                Kind.PEOPLE,
                Kind.INTERACTIONS,
                Kind.MEETUPS,
                Kind.TIES,
                people=[keep_id, other_id],
                interactions=interactions,
                meetups=meetups,
            )
        )

    def unmerge(self, record: MergeRecord) -> None:
        """Both people back exactly as they were before the merge, ids and rows."""
        keep_id, other_id = record.keep.id, record.other.id
        with self._ctx.db.writing() as s:
            if s.get(Person, other_id) is not None or _dump(s, [keep_id]) != record.after:
                raise ValidationError(
                    "merge",
                    QT_TRANSLATE_NOOP(
                        "Errors", "%1 has changed since the merge, so it cannot be undone."
                    ),
                    record.keep.name,
                    code="person.merge.changed",
                )
            for table in _OWN_ROWS:
                s.execute(delete(table).where(table.c.person_id == keep_id))
            s.execute(
                delete(_TIE).where(or_(_TIE.c.person_id == keep_id, _TIE.c.other_id == keep_id))
            )
            s.execute(delete(_PERSON).where(_PERSON.c.id == keep_id))
            for table in (_PERSON, *_OWN_ROWS, _TIE):
                rows = record.before[table.name]
                if rows:
                    names = [column.name for column in table.columns]
                    s.execute(insert(table), [dict(zip(names, row, strict=True)) for row in rows])
            s.expire_all()
        interactions = {row[0] for row in record.before[interaction_person.name]}
        meetups = {row[0] for row in record.before[meetup_person.name]}
        self._told(keep_id, other_id, interactions, meetups)


def _pair(s: Session, keep_id: int, other_id: int) -> tuple[Person, Person]:
    keep, other = s.get(Person, keep_id), s.get(Person, other_id)
    for person_id, person in ((keep_id, keep), (other_id, other)):
        if person is None:
            raise NotFound(_NO_PERSON, str(person_id), code="person.not_found")
    assert keep is not None and other is not None
    if keep_id == other_id:
        raise ValidationError("other", _SAME, keep.name, code="person.merge.same")
    return keep, other


def _values(person: Person) -> dict[MergeField, object]:
    values: dict[MergeField, object] = {}
    for field in MergeField:
        if field == MergeField.BIRTHDAY:
            birthday = next((d for d in person.dates if d.kind == DateKind.BIRTHDAY.value), None)
            values[field] = (
                None if birthday is None else (birthday.year, birthday.month, birthday.day)
            )
        elif field == MergeField.CIRCLE:
            values[field] = Circle(person.circle)
        else:
            values[field] = getattr(person, field.value)
    return values


def _contact_key(contact: ContactMethod) -> tuple[str, str]:
    """The same normalisation an import uses to recognise a phone or an e-mail."""
    if contact.kind == ContactKind.PHONE.value:
        key = phone_key(contact.value)
    elif contact.kind == ContactKind.EMAIL.value:
        key = email_key(contact.value)
    else:
        key = None
    return contact.kind, key or " ".join(contact.value.split()).casefold()


def _date_key(day: ImportantDate) -> tuple[str, str, int, int, int | None]:
    return day.kind, day.label, day.month, day.day, day.year


def _moving_contacts(keep: Person, other: Person) -> list[ContactMethod]:
    seen = {_contact_key(c) for c in keep.contacts}
    moving = []
    for contact in other.contacts:
        key = _contact_key(contact)
        if key not in seen:
            seen.add(key)
            moving.append(contact)
    return moving


def _moving_dates(keep: Person, other: Person, sides: Mapping[MergeField, Side]) -> list[int]:
    """The other's dates that the kept person does not have; their birthday only if chosen."""
    birthday_from_other = sides.get(MergeField.BIRTHDAY) == Side.OTHER
    seen = {
        _date_key(d)
        for d in keep.dates
        if d.kind != DateKind.BIRTHDAY.value or not birthday_from_other
    }
    moving = []
    for day in other.dates:
        if day.kind == DateKind.BIRTHDAY.value and not birthday_from_other:
            continue
        if _date_key(day) not in seen:
            seen.add(_date_key(day))
            moving.append(day.id)
    return moving


def _ids(s: Session, table: Table, column: str, person_id: int) -> set[int]:
    return set(s.scalars(select(table.c[column]).where(table.c.person_id == person_id)))


def _move_cards(s: Session, keep: Person, other: Person) -> None:
    """The kept person keeps their own UID (the one their export writes); the other's
    card, and every card known to mean them, now mean the kept person, so reading any of
    those cards again finds them."""
    keep_own = keep.card_uid or stable_card_uid(keep.sync_id, keep.id, keep.created_at.isoformat())
    other_own = other.card_uid or stable_card_uid(
        other.sync_id, other.id, other.created_at.isoformat()
    )
    s.execute(update(KnownCard).where(KnownCard.person_id == other.id).values(person_id=keep.id))
    s.execute(delete(KnownCard).where(KnownCard.uid == keep_own))
    if other_own != keep_own and s.get(KnownCard, other_own) is None:
        s.add(KnownCard(uid=other_own, person_id=keep.id))
    s.flush()


def _move_rows(
    s: Session, keep: Person, other: Person, sides: Mapping[MergeField, Side]
) -> tuple[set[int], set[int]]:
    """Everything of the other person that the kept one lacks, moved over with its id.
    Returns the interactions and meetups concerned."""
    keep_id, other_id = keep.id, other.id
    contacts = [c.id for c in _moving_contacts(keep, other)]
    dates = _moving_dates(keep, other, sides)
    if sides.get(MergeField.BIRTHDAY) == Side.OTHER:
        s.execute(
            delete(ImportantDate).where(
                ImportantDate.person_id == keep_id, ImportantDate.kind == DateKind.BIRTHDAY.value
            )
        )
    interests = _ids(s, person_interest, "interest_id", other_id) - _ids(
        s, person_interest, "interest_id", keep_id
    )
    s.expire_all()
    for model, ids in ((ContactMethod, contacts), (ImportantDate, dates)):
        if ids:
            s.execute(update(model).where(model.id.in_(ids)).values(person_id=keep_id))
    s.execute(update(FollowUp).where(FollowUp.person_id == other_id).values(person_id=keep_id))
    if interests:
        s.execute(
            insert(person_interest),
            [{"person_id": keep_id, "interest_id": i} for i in sorted(interests)],
        )
    touched: list[set[int]] = []
    for table, column in (
        (interaction_person, "interaction_id"),
        (meetup_person, "meetup_id"),
        (group_member, "group_id"),
    ):
        theirs = _ids(s, table, column, other_id)
        both = theirs & _ids(s, table, column, keep_id)
        # Where both were there, the kept person's row is the one attendance left.
        s.execute(
            update(table)
            .where(table.c.person_id == other_id, table.c[column].in_(theirs - both))
            .values(person_id=keep_id)
        )
        touched.append(theirs)
    for table in _OWN_ROWS:
        s.execute(delete(table).where(table.c.person_id == other_id))
    return touched[0], touched[1]


def _move_ties(s: Session, keep_id: int, other_id: int) -> None:
    """The other's ties become the kept person's, except a tie between the two (nobody is
    tied to themselves) and a tie to someone the kept person is already tied to (theirs
    stays: one tie per pair)."""

    def third(tie: Tie, person_id: int) -> int:
        return tie.other_id if tie.person_id == person_id else tie.person_id

    def of(person_id: int) -> list[Tie]:
        return list(
            s.scalars(select(Tie).where(or_(Tie.person_id == person_id, Tie.other_id == person_id)))
        )

    already = {third(t, keep_id) for t in of(keep_id)}
    moving = []
    for tie in of(other_id):
        someone = third(tie, other_id)
        if someone == keep_id or someone in already:
            continue
        # What the other was to that someone, the kept person now is.
        pair = stored_pair(keep_id, someone, kind_from(tie.person_id, TieKind(tie.kind), other_id))
        moving.append(
            {
                "person_id": pair.low,
                "other_id": pair.high,
                "kind": pair.kind.value,
                "note": tie.note,
            }
        )
    s.execute(delete(Tie).where(or_(Tie.person_id == other_id, Tie.other_id == other_id)))
    if moving:
        s.execute(insert(Tie), moving)
    s.flush()


def _dump(s: Session, person_ids: Sequence[int]) -> Rows:
    s.flush()
    rows: Rows = {}
    for table in (_PERSON, *_OWN_ROWS):
        column = table.c.id if table is _PERSON else table.c.person_id
        found = [tuple(row) for row in s.execute(select(table).where(column.in_(person_ids)))]
        rows[table.name] = tuple(sorted(found, key=repr))
    either = or_(_TIE.c.person_id.in_(person_ids), _TIE.c.other_id.in_(person_ids))
    found = [tuple(row) for row in s.execute(select(_TIE).where(either))]
    rows[_TIE.name] = tuple(sorted(found, key=repr))
    return rows


def _combined(
    s: Session, keep: Person, other: Person, sides: Mapping[MergeField, Side]
) -> Combined:
    contacts = [*keep.contacts, *_moving_contacts(keep, other)]
    birthday_from_other = sides.get(MergeField.BIRTHDAY) == Side.OTHER
    dates = [d for d in keep.dates if d.kind != DateKind.BIRTHDAY.value or not birthday_from_other]

    def count(kind: ContactKind) -> int:
        return sum(1 for c in contacts if c.kind == kind.value)

    def both(table: Table, column: str) -> int:
        return len(_ids(s, table, column, keep.id) | _ids(s, table, column, other.id))

    return Combined(
        interactions=both(interaction_person, "interaction_id"),
        meetups=both(meetup_person, "meetup_id"),
        follow_ups=len(keep.follow_ups) + len(other.follow_ups),
        dates=len(dates) + len(_moving_dates(keep, other, sides)),
        interests=both(person_interest, "interest_id"),
        phones=count(ContactKind.PHONE),
        emails=count(ContactKind.EMAIL),
        addresses=count(ContactKind.ADDRESS),
        ties=len(_tied_to(s, keep.id, other.id) | _tied_to(s, other.id, keep.id)),
        groups=both(group_member, "group_id"),
    )


def _tied_to(s: Session, person_id: int, besides: int) -> set[int]:
    rows = s.execute(
        select(Tie.person_id, Tie.other_id).where(
            or_(Tie.person_id == person_id, Tie.other_id == person_id)
        )
    )
    return {high if low == person_id else low for low, high in rows} - {besides}


__all__ = ["Combined", "MergePreview", "MergeRecord", "MergingService"]
