"""Everything in the database to a JSON archive and back (into an empty database only)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from kith.domain import validation as v
from kith.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kith.domain.values import Circle, ContactKind, DateKind, MeetupStatus
from kith.interchange.archive import (
    FORMAT,
    FORMAT_VERSION,
    ArchiveReader,
    day,
    dump_chunks,
    moment,
)
from kith.interchange.archive import read_archive as parse_archive
from kith.interchange.errors import unreadable
from kith.interchange.text_file import check_length
from kith.services.changes import EVERYTHING
from kith.services.context import ServiceContext
from kith.services.interactions import refresh_last_seen
from kith.services.settings import LOCAL_KEYS
from kith.storage.database import stream
from kith.storage.files import atomic_text_output
from kith.storage.revision import SCHEMA_REVISION
from kith.storage.schema import (
    CircleRow,
    ContactMethod,
    FollowUp,
    ImportantDate,
    Interaction,
    Interest,
    KnownCard,
    Meetup,
    Person,
    Setting,
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
        ("settings", settings),
    ]
    return fields, counted


@dataclass
class _Rows:
    circles: dict[str, int]
    mine: list[str]
    people: list[dict[str, Any]]
    person_tags: list[tuple[int, str]]
    contacts: list[dict[str, Any]]
    known_cards: list[dict[str, Any]]
    dates: list[dict[str, Any]]
    follow_ups: list[dict[str, Any]]
    interactions: list[dict[str, Any]]
    interaction_people: list[dict[str, int]]
    meetups: list[dict[str, Any]]
    meetup_people: list[dict[str, int]]
    settings: dict[str, Any]


def _ids(r: ArchiveReader, records: list[Any], where: str) -> set[int]:
    seen: set[int] = set()
    for n, record in enumerate(records):
        rid = r.typed(record, "id", f"{where}[{n}]", int)
        if rid < 1 or rid in seen:
            raise r.refuse(
                f"{where}[{n}].id",
                QT_TRANSLATE_NOOP("Errors", "%1 is not a new positive id"),
                str(rid),
                code="archive.id.reused",
            )
        seen.add(rid)
    return seen


def _refs(
    r: ArchiveReader, record: Any, where: str, known: set[int], *, at_least_one: bool
) -> list[int]:
    ids = r.items(record, "people", where)
    if at_least_one and not ids:
        raise r.refuse(
            f"{where}.people",
            QT_TRANSLATE_NOOP("Errors", "needs at least one person"),
            code="archive.people.none",
        )
    for n, pid in enumerate(ids):
        if isinstance(pid, bool) or not isinstance(pid, int) or pid not in known:
            raise r.refuse(
                f"{where}.people[{n}]",
                QT_TRANSLATE_NOOP("Errors", "there is no person %1"),
                repr(pid),
                code="archive.people.unknown",
            )
    if len(set(ids)) != len(ids):
        raise r.refuse(
            f"{where}.people",
            QT_TRANSLATE_NOOP("Errors", "a person is listed twice"),
            code="archive.people.twice",
        )
    return ids


def check_archive(archive: dict[str, Any]) -> _Rows:
    """Every record checked and turned into rows; raises FileRefused naming the first fault."""
    r = ArchiveReader()
    circles: dict[str, int] = {}
    for n, c in enumerate(r.items(archive, "circles", "archive")):
        w = f"circles[{n}]"
        key = r.enum(c, "key", w, v.parse_circle).value
        days = r.checked(f"{w}.rhythm_days", v.check_rhythm, r.typed(c, "rhythm_days", w, int))
        circles[key] = days if days is not None else Circle(key).default_rhythm
    me = r.typed(archive, "me", "archive", dict)
    mine = r.checked("me.interests", v.clean_tags, r.strings(me, "interests", "me"))
    people_in = r.items(archive, "people", "archive")
    person_ids = _ids(r, people_in, "people")
    rows = _Rows(circles, mine, [], [], [], [], [], [], [], [], [], [], {})
    known_where: dict[str, str] = {}
    for n, p in enumerate(people_in):
        w = f"people[{n}]"
        pid = p["id"]
        rows.people.append(
            {
                "id": pid,
                "name": r.checked(f"{w}.name", v.clean_name, r.typed(p, "name", w, str)),
                "nickname": r.checked(
                    f"{w}.nickname",
                    v.clean_optional_name,
                    r.maybe(p, "nickname", w, str),
                    "nickname",
                ),
                # Added within format version 1: archives written before it have none.
                "organisation": r.checked(
                    f"{w}.organisation",
                    v.clean_organisation,
                    r.typed(p, "organisation", w, str) if "organisation" in p else "",
                ),
                "circle": r.enum(p, "circle", w, v.parse_circle).value,
                "rhythm_days": r.checked(
                    f"{w}.rhythm_days", v.check_rhythm, r.maybe(p, "rhythm_days", w, int)
                ),
                "notes": r.checked(
                    f"{w}.notes", v.clean_note, r.typed(p, "notes", w, str), "notes"
                ),
                "lean_on": r.typed(p, "lean_on", w, bool),
                "archived": r.typed(p, "archived", w, bool),
                "card_uid": r.maybe(p, "card_uid", w, str),
                "created_at": r.moment(p, "created_at", w),
                "updated_at": r.moment(p, "updated_at", w),
                "snoozed_until": r.maybe_day(p, "snoozed_until", w),
            }
        )
        tags = r.checked(f"{w}.interests", v.clean_tags, r.strings(p, "interests", w))
        rows.person_tags.extend((pid, tag) for tag in tags)
        # Older archives have no "known_cards": nobody is known by another card.
        for uid in r.strings(p, "known_cards", w) if "known_cards" in p else []:
            if uid in known_where:
                raise r.refuse(
                    f"{w}.known_cards",
                    QT_TRANSLATE_NOOP("Errors", "the card UID %1 is also given to %2"),
                    uid,
                    known_where[uid],
                    code="archive.known_card.twice",
                )
            known_where[uid] = w
            rows.known_cards.append({"uid": uid, "person_id": pid})
        for k, c in enumerate(r.items(p, "contacts", w)):
            cw = f"{w}.contacts[{k}]"
            rows.contacts.append(
                {
                    "person_id": pid,
                    "kind": r.enum(c, "kind", cw, ContactKind).value,
                    "value": r.typed(c, "value", cw, str),
                    "label": r.typed(c, "label", cw, str),
                }
            )
        for k, d in enumerate(r.items(p, "dates", w)):
            dw = f"{w}.dates[{k}]"
            month, dd = r.typed(d, "month", dw, int), r.typed(d, "day", dw, int)
            year = r.maybe(d, "year", dw, int)
            r.checked(dw, v.check_month_day, month, dd, year)
            rows.dates.append(
                {
                    "person_id": pid,
                    "kind": r.enum(d, "kind", dw, DateKind).value,
                    "label": r.typed(d, "label", dw, str),
                    "month": month,
                    "day": dd,
                    "year": year,
                }
            )
        for k, f in enumerate(r.items(p, "follow_ups", w)):
            fw = f"{w}.follow_ups[{k}]"
            rows.follow_ups.append(
                {
                    "person_id": pid,
                    "text": r.checked(
                        f"{fw}.text", v.clean_note, r.typed(f, "text", fw, str), "follow-up"
                    ),
                    "created_at": r.moment(f, "created_at", fw),
                    "done_at": r.maybe_moment(f, "done_at", fw),
                }
            )
    meetups_in = r.items(archive, "meetups", "archive")
    meetup_ids = _ids(r, meetups_in, "meetups")
    uids: set[str] = set()
    for n, m in enumerate(meetups_in):
        w = f"meetups[{n}]"
        uid = r.typed(m, "uid", w, str)
        if not uid or uid in uids:
            raise r.refuse(
                f"{w}.uid", QT_TRANSLATE_NOOP("Errors", "empty or used twice"), code="archive.uid"
            )
        uids.add(uid)
        starts, on_day = r.maybe_moment(m, "starts_at", w), r.maybe_day(m, "on_day", w)
        if starts is not None and on_day is not None:
            raise r.refuse(
                w,
                QT_TRANSLATE_NOOP("Errors", "a meetup is at a time or all day, not both"),
                code="archive.meetup.time_and_all_day",
            )
        rows.meetups.append(
            {
                "id": m["id"],
                "uid": uid,
                "sequence": r.typed(m, "sequence", w, int),
                "title": r.checked(f"{w}.title", v.clean_title, r.typed(m, "title", w, str)),
                "status": r.enum(m, "status", w, MeetupStatus).value,
                "starts_at": starts,
                "on_day": on_day,
                "tzid": r.zone(m, "tzid", w),
                "duration_minutes": r.checked(
                    f"{w}.duration_minutes",
                    v.check_duration,
                    r.maybe(m, "duration_minutes", w, int),
                ),
                "place": r.checked(
                    f"{w}.place", v.clean_note, r.typed(m, "place", w, str), "place"
                ),
                "notes": r.checked(
                    f"{w}.notes", v.clean_note, r.typed(m, "notes", w, str), "notes"
                ),
                "alarm_minutes": r.checked(
                    f"{w}.alarm_minutes", v.check_alarm, r.maybe(m, "alarm_minutes", w, int)
                ),
                "created_at": r.moment(m, "created_at", w),
                "updated_at": r.moment(m, "updated_at", w),
            }
        )
        rows.meetup_people.extend(
            {"meetup_id": m["id"], "person_id": pid}
            for pid in _refs(r, m, w, person_ids, at_least_one=False)
        )
    interactions_in = r.items(archive, "interactions", "archive")
    _ids(r, interactions_in, "interactions")
    for n, i in enumerate(interactions_in):
        w = f"interactions[{n}]"
        meetup_id = r.maybe(i, "meetup_id", w, int)
        if meetup_id is not None and meetup_id not in meetup_ids:
            raise r.refuse(
                f"{w}.meetup_id",
                QT_TRANSLATE_NOOP("Errors", "there is no meetup %1"),
                str(meetup_id),
                code="archive.meetup.unknown",
            )
        rows.interactions.append(
            {
                "id": i["id"],
                "occurred_on": r.checked(
                    f"{w}.occurred_on", v.parse_day, r.typed(i, "occurred_on", w, str)
                ),
                "mode": r.enum(i, "mode", w, v.parse_mode).value,
                "place": r.checked(
                    f"{w}.place", v.clean_note, r.typed(i, "place", w, str), "place"
                ),
                "note": r.checked(f"{w}.note", v.clean_note, r.typed(i, "note", w, str), "note"),
                "meetup_id": meetup_id,
                "created_at": r.moment(i, "created_at", w),
            }
        )
        rows.interaction_people.extend(
            {"interaction_id": i["id"], "person_id": pid}
            for pid in _refs(r, i, w, person_ids, at_least_one=True)
        )
    settings = r.typed(archive, "settings", "archive", dict)
    rows.settings = {
        r.text(k, f"settings[{k!r}]"): val for k, val in settings.items() if k not in LOCAL_SETTINGS
    }
    return rows


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
        """Restore an archive into this (empty) database, all of it or nothing."""
        try:
            # Refused by its size before it is read: a file too big is not held at all.
            check_length(path.stat().st_size, "Kith data")
            archive = parse_archive(path.read_bytes)
        except OSError as exc:
            raise unreadable(path, exc) from None
        rows = check_archive(archive)
        del archive  # the checked rows are all the import needs from here
        with self._ctx.db.writing() as s:
            self._refuse_unless_empty(s)
            for key, days in rows.circles.items():
                s.execute(update(CircleRow).where(CircleRow.key == key).values(rhythm_days=days))
            tags = sorted({t for _, t in rows.person_tags} | set(rows.mine))
            if tags:
                s.execute(insert(Interest), [{"name": t} for t in tags])
            tag_ids = {row[0]: row[1] for row in s.execute(select(Interest.name, Interest.id))}
            if rows.mine:
                s.execute(insert(me_interest), [{"interest_id": tag_ids[t]} for t in rows.mine])
            for table, values in (
                (Person, rows.people),
                (ContactMethod, rows.contacts),
                (KnownCard, rows.known_cards),
                (ImportantDate, rows.dates),
                (FollowUp, rows.follow_ups),
                (Meetup, rows.meetups),
                (meetup_person, rows.meetup_people),
                (Interaction, rows.interactions),
                (interaction_person, rows.interaction_people),
            ):
                if values:
                    s.execute(insert(table), values)
            if rows.person_tags:
                s.execute(
                    insert(person_interest),
                    [{"person_id": pid, "interest_id": tag_ids[t]} for pid, t in rows.person_tags],
                )
            import json

            for key, value in rows.settings.items():
                s.merge(Setting(key=key, value=json.dumps(value)))
            refresh_last_seen(s, [p["id"] for p in rows.people])
        self._ctx.changes.emit(EVERYTHING)
        return ArchiveCounts(len(rows.people), len(rows.interactions), len(rows.meetups))

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
