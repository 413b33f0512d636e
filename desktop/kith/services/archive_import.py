"""Restoring an archive record by record: each is checked as it is read and written in
batches, all inside one transaction, so a fault anywhere leaves nothing written and an
archive of 100,000 people is never whole in memory."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from sqlalchemy import insert, text, update
from sqlalchemy.orm import Session

from kith.domain import validation as v
from kith.domain.errors import QT_TRANSLATE_NOOP
from kith.domain.ties import TieKind, clean_group_name, clean_tie_note, group_key, stored_pair
from kith.domain.values import Circle, ContactKind, DateKind, MeetupStatus
from kith.interchange.archive import ArchiveReader, check_envelope
from kith.interchange.archive_stream import STREAMED, Field, read_fields
from kith.services.interactions import refresh_last_seen
from kith.services.settings import LOCAL_KEYS
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

# Rows held before they are written; the ids kept for checking references are all else.
BATCH = 2000
# In the order they are written; foreign keys are checked at commit, so an interaction
# may name a meetup further on in the file.
_TABLES: tuple[Any, ...] = (
    Person,
    ContactMethod,
    KnownCard,
    ImportantDate,
    FollowUp,
    person_interest,
    Meetup,
    meetup_person,
    Interaction,
    interaction_person,
    Tie,
    Group,
    group_member,
)
_REQUIRED = ("circles", "me", "people", "meetups", "interactions", "settings")


class IdSet:
    """Whole numbers seen, one bit each for the ids a database hands out (small ones)."""

    _BITS = 1 << 27

    def __init__(self) -> None:
        self._bits = bytearray()
        self._rest: set[int] = set()

    def add(self, n: int) -> None:
        if 0 <= n < self._BITS:
            byte = n >> 3
            if byte >= len(self._bits):
                self._bits.extend(bytes(max(byte + 1 - len(self._bits), len(self._bits))))
            self._bits[byte] |= 1 << (n & 7)
        else:
            self._rest.add(n)

    def __contains__(self, n: object) -> bool:
        if not isinstance(n, int):
            return False
        if 0 <= n < self._BITS:
            byte = n >> 3
            return byte < len(self._bits) and bool(self._bits[byte] >> (n & 7) & 1)
        return n in self._rest


class ArchiveImport:
    """One archive read into the open, empty database of session `s`."""

    def __init__(self, s: Session) -> None:
        self._s = s
        self._r = ArchiveReader()
        self._rows: dict[Any, list[dict[str, Any]]] = {table: [] for table in _TABLES}
        self._held = 0
        self._fields: dict[str, Any] = {}
        self._envelope_checked = False
        self._current = ""
        self._done: set[str] = set()
        self._tag_ids: dict[str, int] = {}
        self._known_where: dict[str, str] = {}
        self._meetup_uids: set[str] = set()
        self.person_ids, self._meetup_ids, self._interaction_ids = IdSet(), IdSet(), IdSet()
        self._people: list[int] = []
        # References to records further on in the file, checked once those are read.
        self._later_meetups: list[tuple[int, int]] = []
        self._later_people: list[tuple[str, int, Any]] = []
        self.counts = dict.fromkeys(STREAMED, 0)

    def run(self, archive: IO[str]) -> None:
        self._s.execute(text("PRAGMA defer_foreign_keys = ON"))
        for field in read_fields(archive):
            self._take(field)
        self._finish()

    def _take(self, field: Field) -> None:
        key = field.key
        if key != self._current:
            if self._current in STREAMED:
                self._done.add(self._current)
            self._current = key
        if field.index is None:
            self._fields[key] = field.value
            if key in STREAMED or key == "":
                self._check_envelope()
                self._r.items(self._fields, key, "archive")
            elif key == "circles":
                self._circles(field.value)
            elif key == "me":
                self._me(field.value)
            elif key == "settings":
                self._settings(field.value)
            elif key in ("ties", "groups"):
                # Few beside the people: read whole, and checked once everyone is known.
                self._r.items(self._fields, key, "archive")
            return
        self.counts[key] += 1
        where = f"{key}[{field.index}]"
        if key == "people":
            self._person(field.value, where)
        elif key == "meetups":
            self._meetup(field.value, where)
        else:
            self._interaction(field.value, where, field.index)
        if self._held >= BATCH:
            self._write()

    def _check_envelope(self) -> None:
        if not self._envelope_checked:
            check_envelope(self._fields)
            self._envelope_checked = True

    def _finish(self) -> None:
        self._check_envelope()
        for key in _REQUIRED:
            self._r.field(self._fields, key, "archive")
        self._done.update(STREAMED)
        for n, mid in self._later_meetups:
            self._meetup_known(f"interactions[{n}]", mid)
        for where, k, pid in self._later_people:
            self._person_known(where, k, pid)
        # Format version 1 has neither.
        self._ties(self._fields.get("ties", []))
        self._groups(self._fields.get("groups", []))
        self._write()
        refresh_last_seen(self._s, self._people)

    def _hold(self, table: Any, rows: Iterable[dict[str, Any]]) -> None:
        held = self._rows[table]
        before = len(held)
        held.extend(rows)
        self._held += len(held) - before

    def _write(self) -> None:
        for table in _TABLES:
            if rows := self._rows[table]:
                self._s.execute(insert(table), rows)
                rows.clear()
        self._held = 0

    def _tag(self, name: str) -> int:
        if name not in self._tag_ids:
            made = self._s.execute(insert(Interest).values(name=name).returning(Interest.id))
            self._tag_ids[name] = int(made.scalar_one())
        return self._tag_ids[name]

    def _circles(self, value: Any) -> None:
        r = self._r
        for n, c in enumerate(r.items({"circles": value}, "circles", "archive")):
            w = f"circles[{n}]"
            key = r.enum(c, "key", w, v.parse_circle).value
            days = r.checked(f"{w}.rhythm_days", v.check_rhythm, r.typed(c, "rhythm_days", w, int))
            self._s.execute(
                update(CircleRow)
                .where(CircleRow.key == key)
                .values(rhythm_days=days if days is not None else Circle(key).default_rhythm)
            )

    def _me(self, value: Any) -> None:
        r = self._r
        me = r.typed({"me": value}, "me", "archive", dict)
        mine = r.checked("me.interests", v.clean_tags, r.strings(me, "interests", "me"))
        if mine:
            self._s.execute(insert(me_interest), [{"interest_id": self._tag(t)} for t in mine])

    def _settings(self, value: Any) -> None:
        r = self._r
        settings = r.typed({"settings": value}, "settings", "archive", dict)
        for key, val in settings.items():
            if r.text(key, f"settings[{key!r}]") not in LOCAL_KEYS:
                self._s.merge(Setting(key=key, value=json.dumps(val)))

    def _new_id(self, record: Any, where: str, seen: IdSet) -> int:
        r = self._r
        rid = r.typed(record, "id", where, int)
        if rid < 1 or rid in seen:
            raise r.refuse(
                f"{where}.id",
                QT_TRANSLATE_NOOP("Errors", "%1 is not a new positive id"),
                str(rid),
                code="archive.id.reused",
            )
        seen.add(rid)
        return rid

    def _person(self, p: Any, w: str) -> None:
        r = self._r
        pid = self._new_id(p, w, self.person_ids)
        self._people.append(pid)
        row = {
            "id": pid,
            "name": r.checked(f"{w}.name", v.clean_name, r.typed(p, "name", w, str)),
            "nickname": r.checked(
                f"{w}.nickname", v.clean_optional_name, r.maybe(p, "nickname", w, str), "nickname"
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
            "notes": r.checked(f"{w}.notes", v.clean_note, r.typed(p, "notes", w, str), "notes"),
            "lean_on": r.typed(p, "lean_on", w, bool),
            "archived": r.typed(p, "archived", w, bool),
            "card_uid": r.maybe(p, "card_uid", w, str),
            "created_at": r.moment(p, "created_at", w),
            "updated_at": r.moment(p, "updated_at", w),
            "snoozed_until": r.maybe_day(p, "snoozed_until", w),
        }
        self._hold(Person, [row])
        tags = r.checked(f"{w}.interests", v.clean_tags, r.strings(p, "interests", w))
        self._hold(person_interest, [{"person_id": pid, "interest_id": self._tag(t)} for t in tags])
        # Older archives have no "known_cards": nobody is known by another card.
        for uid in r.strings(p, "known_cards", w) if "known_cards" in p else []:
            if uid in self._known_where:
                raise r.refuse(
                    f"{w}.known_cards",
                    QT_TRANSLATE_NOOP("Errors", "the card UID %1 is also given to %2"),
                    uid,
                    self._known_where[uid],
                    code="archive.known_card.twice",
                )
            self._known_where[uid] = w
            self._hold(KnownCard, [{"uid": uid, "person_id": pid}])
        for k, c in enumerate(r.items(p, "contacts", w)):
            cw = f"{w}.contacts[{k}]"
            contact = {
                "person_id": pid,
                "kind": r.enum(c, "kind", cw, ContactKind).value,
                "value": r.typed(c, "value", cw, str),
                "label": r.typed(c, "label", cw, str),
            }
            self._hold(ContactMethod, [contact])
        for k, d in enumerate(r.items(p, "dates", w)):
            dw = f"{w}.dates[{k}]"
            month, dd = r.typed(d, "month", dw, int), r.typed(d, "day", dw, int)
            year = r.maybe(d, "year", dw, int)
            r.checked(dw, v.check_month_day, month, dd, year)
            kind = r.enum(d, "kind", dw, DateKind).value
            label = r.typed(d, "label", dw, str)
            self._hold(
                ImportantDate,
                [
                    {
                        "person_id": pid,
                        "kind": kind,
                        "label": label,
                        "month": month,
                        "day": dd,
                        "year": year,
                    }
                ],
            )
        for k, f in enumerate(r.items(p, "follow_ups", w)):
            fw = f"{w}.follow_ups[{k}]"
            follow_up = {
                "person_id": pid,
                "text": r.checked(
                    f"{fw}.text", v.clean_note, r.typed(f, "text", fw, str), "follow-up"
                ),
                "created_at": r.moment(f, "created_at", fw),
                "done_at": r.maybe_moment(f, "done_at", fw),
            }
            self._hold(FollowUp, [follow_up])

    def _meetup(self, m: Any, w: str) -> None:
        r = self._r
        mid = self._new_id(m, w, self._meetup_ids)
        uid = r.typed(m, "uid", w, str)
        if not uid or uid in self._meetup_uids:
            raise r.refuse(
                f"{w}.uid", QT_TRANSLATE_NOOP("Errors", "empty or used twice"), code="archive.uid"
            )
        self._meetup_uids.add(uid)
        starts, on_day = r.maybe_moment(m, "starts_at", w), r.maybe_day(m, "on_day", w)
        if starts is not None and on_day is not None:
            raise r.refuse(
                w,
                QT_TRANSLATE_NOOP("Errors", "a meetup is at a time or all day, not both"),
                code="archive.meetup.time_and_all_day",
            )
        row = {
            "id": mid,
            "uid": uid,
            "sequence": r.typed(m, "sequence", w, int),
            "title": r.checked(f"{w}.title", v.clean_title, r.typed(m, "title", w, str)),
            "status": r.enum(m, "status", w, MeetupStatus).value,
            "starts_at": starts,
            "on_day": on_day,
            "tzid": r.zone(m, "tzid", w),
            "duration_minutes": r.checked(
                f"{w}.duration_minutes", v.check_duration, r.maybe(m, "duration_minutes", w, int)
            ),
            "place": r.checked(f"{w}.place", v.clean_note, r.typed(m, "place", w, str), "place"),
            "notes": r.checked(f"{w}.notes", v.clean_note, r.typed(m, "notes", w, str), "notes"),
            "alarm_minutes": r.checked(
                f"{w}.alarm_minutes", v.check_alarm, r.maybe(m, "alarm_minutes", w, int)
            ),
            "created_at": r.moment(m, "created_at", w),
            "updated_at": r.moment(m, "updated_at", w),
        }
        self._hold(Meetup, [row])
        self._hold(
            meetup_person,
            [{"meetup_id": mid, "person_id": pid} for pid in self._refs(m, w, at_least_one=False)],
        )

    def _interaction(self, i: Any, w: str, n: int) -> None:
        r = self._r
        iid = self._new_id(i, w, self._interaction_ids)
        meetup_id = r.maybe(i, "meetup_id", w, int)
        if meetup_id is not None:
            if "meetups" in self._done:
                self._meetup_known(w, meetup_id)
            else:
                self._later_meetups.append((n, meetup_id))
        row = {
            "id": iid,
            "occurred_on": r.checked(
                f"{w}.occurred_on", v.parse_day, r.typed(i, "occurred_on", w, str)
            ),
            "mode": r.enum(i, "mode", w, v.parse_mode).value,
            "place": r.checked(f"{w}.place", v.clean_note, r.typed(i, "place", w, str), "place"),
            "note": r.checked(f"{w}.note", v.clean_note, r.typed(i, "note", w, str), "note"),
            "meetup_id": meetup_id,
            "created_at": r.moment(i, "created_at", w),
        }
        self._hold(Interaction, [row])
        self._hold(
            interaction_person,
            [
                {"interaction_id": iid, "person_id": pid}
                for pid in self._refs(i, w, at_least_one=True)
            ],
        )

    def _ties(self, ties: list[Any]) -> None:
        r = self._r
        pairs: dict[tuple[int, int], str] = {}
        for n, t in enumerate(ties):
            w = f"ties[{n}]"
            person, other = r.typed(t, "person_id", w, int), r.typed(t, "other_id", w, int)
            for key, pid in (("person_id", person), ("other_id", other)):
                if pid not in self.person_ids:
                    raise r.refuse(
                        f"{w}.{key}",
                        QT_TRANSLATE_NOOP("Errors", "there is no person %1"),
                        repr(pid),
                        code="archive.people.unknown",
                    )
            kind = r.enum(t, "kind", w, TieKind)
            pair = r.checked(w, stored_pair, person, other, kind)
            if (pair.low, pair.high) in pairs:
                raise r.refuse(
                    w,
                    QT_TRANSLATE_NOOP("Errors", "the same two people are tied at %1 already"),
                    pairs[(pair.low, pair.high)],
                    code="archive.tie.twice",
                )
            pairs[(pair.low, pair.high)] = w
            note = r.checked(f"{w}.note", clean_tie_note, r.typed(t, "note", w, str))
            self._hold(
                Tie,
                [
                    {
                        "person_id": pair.low,
                        "other_id": pair.high,
                        "kind": pair.kind.value,
                        "note": note,
                    }
                ],
            )
            if self._held >= BATCH:
                self._write()

    def _groups(self, groups: list[Any]) -> None:
        r = self._r
        seen, names = IdSet(), set()
        for n, g in enumerate(groups):
            w = f"groups[{n}]"
            gid = self._new_id(g, w, seen)
            name = r.checked(f"{w}.name", clean_group_name, r.typed(g, "name", w, str))
            if group_key(name) in names:
                raise r.refuse(
                    f"{w}.name",
                    QT_TRANSLATE_NOOP("Errors", "another group has the name “%1”"),
                    name,
                    code="archive.group.name_twice",
                )
            names.add(group_key(name))
            self._hold(Group, [{"id": gid, "name": name}])
            members = self._refs(g, w, at_least_one=False)
            self._hold(group_member, [{"group_id": gid, "person_id": pid} for pid in members])
            if self._held >= BATCH:
                self._write()

    def _meetup_known(self, w: str, mid: int) -> None:
        if mid not in self._meetup_ids:
            raise self._r.refuse(
                f"{w}.meetup_id",
                QT_TRANSLATE_NOOP("Errors", "there is no meetup %1"),
                str(mid),
                code="archive.meetup.unknown",
            )

    def _person_known(self, w: str, k: int, pid: Any) -> None:
        if isinstance(pid, bool) or not isinstance(pid, int) or pid not in self.person_ids:
            raise self._r.refuse(
                f"{w}.people[{k}]",
                QT_TRANSLATE_NOOP("Errors", "there is no person %1"),
                repr(pid),
                code="archive.people.unknown",
            )

    def _refs(self, record: Any, where: str, *, at_least_one: bool) -> list[int]:
        r = self._r
        ids = r.items(record, "people", where)
        if at_least_one and not ids:
            raise r.refuse(
                f"{where}.people",
                QT_TRANSLATE_NOOP("Errors", "needs at least one person"),
                code="archive.people.none",
            )
        for k, pid in enumerate(ids):
            if "people" in self._done or isinstance(pid, bool) or not isinstance(pid, int):
                self._person_known(where, k, pid)
            else:
                self._later_people.append((where, k, pid))
        if len(set(ids)) != len(ids):
            raise r.refuse(
                f"{where}.people",
                QT_TRANSLATE_NOOP("Errors", "a person is listed twice"),
                code="archive.people.twice",
            )
        return ids
