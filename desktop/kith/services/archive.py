"""Everything in the database to a JSON archive and back (into an empty database only)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kith.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kith.interchange.archive import (
    FORMAT,
    FORMAT_VERSION,
    day,
    dump_chunks,
    moment,
)
from kith.interchange.archive_stream import archive_text
from kith.interchange.errors import unreadable
from kith.services.archive_import import ArchiveImport
from kith.services.changes import EVERYTHING
from kith.services.context import ServiceContext
from kith.services.settings import LOCAL_KEYS
from kith.storage.database import stream
from kith.storage.files import atomic_text_output
from kith.storage.revision import SCHEMA_REVISION
from kith.storage.schema import (
    CircleRow,
    ContactMethod,
    FollowUp,
    Group,
    ImportantDate,
    Interaction,
    Interest,
    KnownCard,
    Meetup,
    Person,
    Setting,
    Tie,
    group_member,
    interaction_person,
    me_interest,
    meetup_person,
    person_interest,
)

# Settings that describe this computer, not the user's data: never exported or imported.
LOCAL_SETTINGS = LOCAL_KEYS
"""Settings that belong to this computer (a folder path) stay out of archives."""


@dataclass(frozen=True, slots=True)
class ArchiveCounts:
    people: int
    interactions: int
    meetups: int


# Rows are read in batches of this many and written as they come: at 100,000 people
# (two million interactions) the export holds a few thousand rows, never everyone.
_BATCH = 2000


class _Grouped:
    """Rows sorted by their first column, handed out one key at a time as a merge join:
    the records of person (or interaction, meetup) n, while the main rows go by in the
    same order."""

    def __init__(self, rows: Iterable[Any]) -> None:
        self._rows = iter(rows)
        self._next: Any = next(self._rows, None)

    def take(self, key: int) -> list[Any]:
        found = []
        while self._next is not None and self._next[0] <= key:
            if self._next[0] == key:
                found.append(self._next)
            self._next = next(self._rows, None)
        return found


def _stream(s: Session, query: Any) -> Iterable[Any]:
    return stream(s, query, _BATCH)


def _people(s: Session) -> Iterator[dict[str, Any]]:
    tags = _Grouped(
        _stream(
            s,
            select(person_interest.c.person_id, Interest.name)
            .join(Interest, Interest.id == person_interest.c.interest_id)
            .order_by(person_interest.c.person_id),
        )
    )
    contacts = _Grouped(
        _stream(
            s,
            select(
                ContactMethod.person_id,
                ContactMethod.kind,
                ContactMethod.value,
                ContactMethod.label,
            ).order_by(ContactMethod.person_id, ContactMethod.id),
        )
    )
    known = _Grouped(
        _stream(
            s,
            select(KnownCard.person_id, KnownCard.uid).order_by(KnownCard.person_id, KnownCard.uid),
        )
    )
    dates = _Grouped(
        _stream(
            s,
            select(
                ImportantDate.person_id,
                ImportantDate.kind,
                ImportantDate.label,
                ImportantDate.month,
                ImportantDate.day,
                ImportantDate.year,
            ).order_by(ImportantDate.person_id, ImportantDate.id),
        )
    )
    follow_ups = _Grouped(
        _stream(
            s,
            select(
                FollowUp.person_id, FollowUp.text, FollowUp.created_at, FollowUp.done_at
            ).order_by(FollowUp.person_id, FollowUp.id),
        )
    )
    for p in _stream(s, select(*Person.__table__.c).order_by(Person.id)):
        yield {
            "id": p.id,
            "name": p.name,
            "nickname": p.nickname,
            "organisation": p.organisation,
            "circle": p.circle,
            "rhythm_days": p.rhythm_days,
            "notes": p.notes,
            "lean_on": bool(p.lean_on),
            "archived": bool(p.archived),
            "card_uid": p.card_uid,
            "known_cards": [uid for _, uid in known.take(p.id)],
            "created_at": moment(p.created_at),
            "updated_at": moment(p.updated_at),
            "snoozed_until": day(p.snoozed_until),
            "interests": sorted(name for _, name in tags.take(p.id)),
            "contacts": [
                {"kind": kind, "value": value, "label": label}
                for _, kind, value, label in contacts.take(p.id)
            ],
            "dates": [
                {"kind": kind, "label": label, "month": month, "day": dd, "year": year}
                for _, kind, label, month, dd, year in dates.take(p.id)
            ],
            "follow_ups": [
                {"text": text, "created_at": moment(created), "done_at": moment(done)}
                for _, text, created, done in follow_ups.take(p.id)
            ],
        }


def _who(s: Session, table: Any, key: str) -> _Grouped:
    return _Grouped(
        _stream(
            s, select(table.c[key], table.c.person_id).order_by(table.c[key], table.c.person_id)
        )
    )


def _interactions(s: Session) -> Iterator[dict[str, Any]]:
    who_met = _who(s, interaction_person, "interaction_id")
    for i in _stream(s, select(*Interaction.__table__.c).order_by(Interaction.id)):
        yield {
            "id": i.id,
            "occurred_on": day(i.occurred_on),
            "mode": i.mode,
            "people": [pid for _, pid in who_met.take(i.id)],
            "place": i.place,
            "note": i.note,
            "meetup_id": i.meetup_id,
            "created_at": moment(i.created_at),
        }


def _meetups(s: Session) -> Iterator[dict[str, Any]]:
    who_meets = _who(s, meetup_person, "meetup_id")
    for m in _stream(s, select(*Meetup.__table__.c).order_by(Meetup.id)):
        yield {
            "id": m.id,
            "uid": m.uid,
            "sequence": m.sequence,
            "title": m.title,
            "status": m.status,
            "starts_at": moment(m.starts_at),
            "on_day": day(m.on_day),
            "tzid": m.tzid,
            "duration_minutes": m.duration_minutes,
            "place": m.place,
            "notes": m.notes,
            "alarm_minutes": m.alarm_minutes,
            "created_at": moment(m.created_at),
            "updated_at": moment(m.updated_at),
            "people": [pid for _, pid in who_meets.take(m.id)],
        }


def _ties(s: Session) -> list[dict[str, Any]]:
    """Each tie once, as stored: the lower person id first, the kind read from them."""
    rows = s.execute(
        select(Tie.person_id, Tie.other_id, Tie.kind, Tie.note).order_by(
            Tie.person_id, Tie.other_id
        )
    )
    return [
        {"person_id": low, "other_id": high, "kind": kind, "note": note}
        for low, high, kind, note in rows
    ]


def _groups(s: Session) -> list[dict[str, Any]]:
    members = _who(s, group_member, "group_id")
    return [
        {"id": gid, "name": name, "people": [pid for _, pid in members.take(gid)]}
        for gid, name in s.execute(select(Group.id, Group.name).order_by(Group.id))
    ]


class _Counted:
    """Counts the records of an iterator as they are written."""

    def __init__(self, records: Iterator[dict[str, Any]]) -> None:
        self._records = records
        self.count = 0

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return self

    def __next__(self) -> dict[str, Any]:
        record = next(self._records)
        self.count += 1
        return record


def archive_fields(
    s: Session, exported_at: Any
) -> tuple[list[tuple[str, Any]], tuple[_Counted, _Counted, _Counted]]:
    """The archive's fields in order; people, interactions and meetups as iterators over
    the open session `s` (read them before it closes), with their counts."""
    import json

    interest_names = {row[0]: row[1] for row in s.execute(select(Interest.id, Interest.name))}
    settings = {
        row.key: json.loads(row.value)
        for row in s.scalars(select(Setting).order_by(Setting.key))
        if row.key not in LOCAL_SETTINGS
    }
    mine = sorted(interest_names[iid] for iid in s.scalars(select(me_interest.c.interest_id)))
    circles = [
        {"key": c.key, "rhythm_days": c.rhythm_days}
        for c in s.scalars(select(CircleRow).order_by(CircleRow.position))
    ]
    counted = (_Counted(_people(s)), _Counted(_interactions(s)), _Counted(_meetups(s)))
    fields = [
        ("format", FORMAT),
        ("format_version", FORMAT_VERSION),
        ("exported_at", moment(exported_at)),
        ("schema_revision", SCHEMA_REVISION),
        ("circles", circles),
        ("me", {"interests": mine}),
        ("people", counted[0]),
        ("interactions", counted[1]),
        ("meetups", counted[2]),
        ("ties", _ties(s)),
        ("groups", _groups(s)),
        ("settings", settings),
    ]
    return fields, counted


class ArchiveService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def archive_text(self) -> str:
        with self._ctx.db.reading() as s:
            fields, _ = archive_fields(s, self._ctx.now())
            return "".join(dump_chunks(fields))

    def export_file(self, path: Path) -> ArchiveCounts:
        """Write the archive to `path` as it is read (whole or not at all)."""
        with self._ctx.db.reading() as s, atomic_text_output(path) as out:
            fields, (people, interactions, meetups) = archive_fields(s, self._ctx.now())
            for chunk in dump_chunks(fields):
                out.write(chunk)
        return ArchiveCounts(people.count, interactions.count, meetups.count)

    def import_file(self, path: Path) -> ArchiveCounts:
        """Restore an archive into this (empty) database, all of it or nothing.

        Read and checked a record at a time and written in batches in one transaction:
        a fault anywhere in the file leaves the database as it was."""
        try:
            with archive_text(path) as text, self._ctx.db.writing() as s:
                self._refuse_unless_empty(s)
                loading = ArchiveImport(s)
                loading.run(text)
        except OSError as exc:
            raise unreadable(path, exc) from None
        self._ctx.changes.emit(EVERYTHING)
        counts = loading.counts
        return ArchiveCounts(counts["people"], counts["interactions"], counts["meetups"])

    @staticmethod
    def _refuse_unless_empty(s: Session) -> None:
        people = int(s.scalar(select(func.count(Person.id))) or 0)
        others = sum(
            int(s.scalar(select(func.count()).select_from(t)) or 0)
            for t in (Interaction.__table__, Meetup.__table__, Interest.__table__)
        )
        if people or others:
            if people:
                raise ValidationError(
                    "database",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This database already has %1 people; an archive is imported only "
                        "into an empty database, so nothing is mixed up or lost. Choose a "
                        "new database file (kith --db NEW.sqlite3 import-json FILE).",
                    ),
                    people,
                    code="archive.database.not_empty",
                )
            raise ValidationError(
                "database",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This database already has data; an archive is imported only "
                    "into an empty database, so nothing is mixed up or lost. Choose a "
                    "new database file (kith --db NEW.sqlite3 import-json FILE).",
                ),
                code="archive.database.not_empty",
            )
