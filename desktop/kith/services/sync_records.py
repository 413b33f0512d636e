"""The shared records as sync sees them: each a dict of field -> JSON value, read from the
live tables, and written back from the winning values of a sync round."""

from __future__ import annotations

from collections.abc import Container, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Column, Date, delete, insert, select, update
from sqlalchemy.orm import Session

from kith.domain.sync_merge import ChangeId
from kith.services import settings as keys
from kith.services.settings import read_in, write_in
from kith.storage.schema import (
    CircleRow,
    Interest,
    KnownCard,
    SyncJournal,
    UTCDateTime,
    me_interest,
    new_sync_id,
)
from kith.storage.sync_tables import (
    ALIVE,
    BY_KIND,
    CARD,
    CIRCLE,
    INTEREST,
    ME,
    ME_RECORD,
    SHARED,
    Shared,
)

Values = dict[str, object]


def circle_record(key: str) -> str:
    return f"circle:{key}"


def encode(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def decode(column: Column[Any], value: object) -> object:
    if value is None:
        return None
    if isinstance(column.type, UTCDateTime):
        return datetime.fromisoformat(str(value))
    if isinstance(column.type, Date):
        return date.fromisoformat(str(value))
    return value


@dataclass
class Ids:
    """Local row id <-> sync id, per kind, kept up to date as rows are made and deleted."""

    to_sync: dict[str, dict[int, str]] = field(default_factory=dict)
    to_local: dict[str, dict[str, int]] = field(default_factory=dict)
    interests: dict[str, int] = field(default_factory=dict)

    def add(self, kind: str, row_id: int, sync_id: str) -> None:
        self.to_sync[kind][row_id] = sync_id
        self.to_local[kind][sync_id] = row_id

    def drop(self, kind: str, sync_id: str) -> None:
        row_id = self.to_local[kind].pop(sync_id, None)
        if row_id is not None:
            self.to_sync[kind].pop(row_id, None)


def load_ids(s: Session) -> Ids:
    ids = Ids()
    for shared in SHARED:
        t = shared.table
        if shared.pair is not None:
            ids.to_sync[shared.kind], ids.to_local[shared.kind] = _pair_ids(s, shared, ids)
            continue
        missing = list(s.scalars(select(t.c.id).where(t.c.sync_id.is_(None))))
        if missing:  # a row written by raw SQL: give it its id now
            for row_id in missing:
                s.execute(update(t).where(t.c.id == row_id).values(sync_id=new_sync_id()))
        rows = s.execute(select(t.c.id, t.c.sync_id)).all()
        ids.to_sync[shared.kind] = {r[0]: r[1] for r in rows}
        ids.to_local[shared.kind] = {r[1]: r[0] for r in rows}
    ids.interests = {name: iid for iid, name in s.execute(select(Interest.id, Interest.name))}
    return ids


def _pair_ids(s: Session, shared: Shared, ids: Ids) -> tuple[dict[int, str], dict[str, int]]:
    """A pair's global id is made from its ends' (`Pair`), so it follows them anywhere."""
    pair, t = shared.pair, shared.table
    assert pair is not None
    to_sync: dict[int, str] = {}
    for row_id, low, high in s.execute(select(t.c.id, t.c[pair.low], t.c[pair.high])):
        ends: Values = {
            pair.low: ids.to_sync[shared.refs[pair.low]].get(low),
            pair.high: ids.to_sync[shared.refs[pair.high]].get(high),
            pair.turned: None,
        }
        pair.in_order(ends)
        to_sync[row_id] = pair.record(ends)
    return to_sync, {record: row_id for row_id, record in to_sync.items()}


def _chunks(row_ids: list[int], size: int = 500) -> list[list[int]]:
    return [row_ids[n : n + size] for n in range(0, len(row_ids), size)]


def live_records(
    s: Session, ids: Ids, only: set[str] | None = None
) -> dict[str, tuple[str, Values]]:
    """Every shared record as it is now (or those of `only`): record id -> (kind, fields).
    Circles and the Me profile are always read (a handful of rows)."""
    interest_names = {iid: name for name, iid in ids.interests.items()}
    found: dict[str, tuple[str, Values]] = {}
    for shared in SHARED:
        t = shared.table
        cols = [t.c[name] for name in shared.columns]
        own = ids.to_sync[shared.kind]
        chunks: list[list[int] | None] = [None]
        if only is not None:
            local = ids.to_local[shared.kind]
            chunks = list(_chunks(sorted(local[r] for r in only if r in local)))
        for chunk in chunks:
            query = select(t.c.id, *cols)
            # Fetched whole before the loop: the statement's time limit runs while a
            # result is open, and a busy machine makes a row-by-row loop slow.
            rows = s.execute(query if chunk is None else query.where(t.c.id.in_(chunk))).all()
            for row in rows:
                values: Values = {ALIVE: True}
                for column, value in zip(cols, row[1:], strict=True):
                    if column.name in shared.refs:
                        ref_ids = ids.to_sync[shared.refs[column.name]]
                        values[column.name] = None if value is None else ref_ids.get(value)
                    else:
                        values[column.name] = encode(value)
                if shared.pair is not None:
                    shared.pair.in_order(values)
                found[own[row[0]]] = (shared.kind, values)
        for members in shared.members:
            lt = members.table
            pairs = select(lt.c[members.own], lt.c[members.other])
            for chunk in chunks:
                some = pairs if chunk is None else pairs.where(lt.c[members.own].in_(chunk))
                for own_id, other_id in s.execute(some).all():
                    if members.other_kind == CARD:
                        other = other_id
                    elif members.other_kind == INTEREST:
                        other = interest_names.get(other_id)
                    else:
                        other = ids.to_sync[members.other_kind].get(other_id)
                    if other is not None:
                        found[own[own_id]][1][f"{members.name}/{other}"] = True
    for key, rhythm in s.execute(select(CircleRow.key, CircleRow.rhythm_days)):
        found[circle_record(key)] = (CIRCLE, {"rhythm_days": rhythm})
    mine: Values = {
        f"interests/{interest_names[iid]}": True
        for iid in s.scalars(select(me_interest.c.interest_id))
        if iid in interest_names
    }
    found[ME_RECORD] = (ME, mine)
    return found


EVERYTHING = "*"


def journal(s: Session, ids: Ids) -> set[str] | None:
    """The records written since the last round (None: compare them all), from the
    journal the shared tables' triggers fill."""
    if read_in(s, keys.SYNC_JOURNAL) != "on":  # not kept before the first round
        return None
    entries = list(s.scalars(select(SyncJournal.entry)))
    if EVERYTHING in entries:
        return None
    records: set[str] = set()
    for entry in entries:
        if entry.startswith("#tie:"):  # a tie, by its two people's sync ids
            pair = BY_KIND["tie"].pair
            ends = entry.removeprefix("#tie:").split(" ")
            if pair is not None and len(ends) == 2:
                low, high = sorted(ends)
                records.add(pair.record({pair.low: low, pair.high: high}))
        elif entry.startswith("#"):  # "#kind:id": a row without a sync id, or a link's owner
            kind, _, row_id = entry[1:].partition(":")
            found = ids.to_sync.get(kind, {}).get(int(row_id)) if row_id.isdigit() else None
            if found is not None:
                records.add(found)
        else:
            records.add(entry)
    return records


def clear_journal(s: Session) -> None:
    """Everything written so far is compared: the journal starts again, and is kept."""
    s.execute(delete(SyncJournal))
    write_in(s, keys.SYNC_JOURNAL, "on")


def stop_journal(s: Session) -> None:
    """Not syncing: writes are no longer noted (the next first round compares all)."""
    s.execute(delete(SyncJournal))
    write_in(s, keys.SYNC_JOURNAL, "")


def compare_everything(s: Session) -> None:
    """Have the next round compare every record (the journal may not hold all)."""
    s.execute(delete(SyncJournal))
    s.add(SyncJournal(entry=EVERYTHING))


class Outcome(Enum):
    WRITTEN = "written"
    DELETED = "deleted"
    PENDING = "pending"
    """Waits for a record it names that has not arrived yet."""
    DROPPED = "dropped"
    """Names a record that was deleted: it cannot exist here (nor anywhere, in time)."""


@dataclass
class Written:
    """Local ids a round wrote, for the change it announces."""

    people: set[int] = field(default_factory=set)
    interactions: set[int] = field(default_factory=set)
    meetups: set[int] = field(default_factory=set)
    profile: bool = False
    ties: bool = False
    """A tie, or a group or who is in it."""

    def note(self, kind: str, row_id: int, values: Values, ids: Ids) -> None:
        if kind == "person":
            self.people.add(row_id)
        elif kind == "interaction":
            self.interactions.add(row_id)
        elif kind == "meetup":
            self.meetups.add(row_id)
        elif kind in ("contact_method", "important_date", "follow_up", "tie"):
            for end in ("person_id", "other_id"):
                person = values.get(end)
                if isinstance(person, str) and person in ids.to_local["person"]:
                    self.people.add(ids.to_local["person"][person])
        if kind in ("tie", "group"):
            self.ties = True


def materialise(
    s: Session,
    kind: str,
    record: str,
    winners: Values,
    ids: Ids,
    dead: Container[str],
    written: Written,
) -> Outcome:
    """Make the live row of `record` what the winning values say."""
    if kind == CIRCLE:
        rhythm = winners.get("rhythm_days")
        if isinstance(rhythm, int):
            key = record.removeprefix("circle:")
            s.execute(update(CircleRow).where(CircleRow.key == key).values(rhythm_days=rhythm))
            written.profile = True
        return Outcome.WRITTEN
    if kind == ME:
        _members(s, me_interest, None, "interest_id", INTEREST, winners, "interests", ids, dead)
        written.profile = True
        return Outcome.WRITTEN
    shared = BY_KIND[kind]
    t = shared.table
    row_id = ids.to_local[kind].get(record)
    if winners.get(ALIVE) is not True:
        if winners.get(ALIVE) is False and row_id is not None:
            written.note(kind, row_id, _old_refs(s, shared, row_id, ids), ids)
            s.execute(delete(t).where(t.c.id == row_id))
            ids.drop(kind, record)
            return Outcome.DELETED
        return Outcome.DROPPED if winners.get(ALIVE) is False else Outcome.PENDING
    row = _row(shared, winners, ids, dead)
    if isinstance(row, Outcome):
        return row
    if row_id is None:
        own = {} if shared.pair is not None else {"sync_id": record}
        row_id = int(s.execute(insert(t).values(**own, **row).returning(t.c.id)).scalar_one())
        ids.add(kind, row_id, record)
    else:
        s.execute(update(t).where(t.c.id == row_id).values(**row))
    written.note(kind, row_id, winners, ids)
    outcome = Outcome.WRITTEN
    for members in shared.members:
        waits = _members(
            s,
            members.table,
            (members.own, row_id),
            members.other,
            members.other_kind,
            winners,
            members.name,
            ids,
            dead,
        )
        if members.other_kind == "person":
            for person in _linked(s, members.table, members.own, row_id, members.other):
                written.people.add(person)
        if waits:
            outcome = Outcome.PENDING
    return outcome


def _row(shared: Shared, winners: Values, ids: Ids, dead: Container[str]) -> Values | Outcome:
    """The live row's columns from the winning values, or why it cannot be written yet."""
    t = shared.table
    row: dict[str, object] = {}
    for name in shared.columns:
        if name not in winners:
            return Outcome.PENDING
        value = winners[name]
        if name in shared.refs and value is not None:
            ref_kind = shared.refs[name]
            local = ids.to_local[ref_kind].get(str(value))
            if local is None:
                return Outcome.DROPPED if str(value) in dead else Outcome.PENDING
            row[name] = local
        else:
            row[name] = decode(t.c[name], value)
    if shared.pair is not None:
        shared.pair.in_order(row)  # stored lower row id first, as the table wants
    return row


def materialise_new(
    s: Session,
    kind: str,
    records: list[tuple[str, Values]],
    ids: Ids,
    dead: Container[str],
    written: Written,
) -> dict[str, Outcome]:
    """`materialise` for many records of one kind not here yet, a few statements for all
    of them (a device joining writes every record there is). Those that cannot be made
    in one go (a record they name is missing, a field not arrived) go one by one."""
    shared = BY_KIND[kind]
    t = shared.table
    outcomes: dict[str, Outcome] = {}
    rows: list[dict[str, object]] = []
    made: list[tuple[str, Values]] = []
    for record, winners in records:
        row = _row(shared, winners, ids, dead) if winners.get(ALIVE) is True else None
        # A pair's row has no sync id of its own: written one by one.
        if shared.pair is not None or not isinstance(row, dict) or record in ids.to_local[kind]:
            outcomes[record] = materialise(s, kind, record, winners, ids, dead, written)
            continue
        rows.append({"sync_id": record, **row})
        made.append((record, winners))
    if not rows:
        return outcomes
    returned = s.execute(
        insert(t).returning(t.c.id, t.c.sync_id, sort_by_parameter_order=True), rows
    ).all()
    for (row_id, sync_id), (record, winners) in zip(returned, made, strict=True):
        assert sync_id == record
        ids.add(kind, row_id, record)
        written.note(kind, row_id, winners, ids)
        outcomes[record] = Outcome.WRITTEN
    for members in shared.members:
        if members.other_kind == CARD:  # `settle_cards` says who holds each card
            continue
        prefix = f"{members.name}/"
        links: list[dict[str, object]] = []
        for record, winners in made:
            row_id = ids.to_local[kind][record]
            for key, value in winners.items():
                if value is not True or not key.startswith(prefix):
                    continue
                target = key.removeprefix(prefix)
                local = _member_id(s, members.other_kind, target, ids)
                if local is None:
                    if target not in dead:
                        outcomes[record] = Outcome.PENDING
                    continue
                links.append({members.own: row_id, members.other: local})
                if members.other_kind == "person":
                    written.people.add(local)
        if links:
            s.execute(insert(members.table), links)
    return outcomes


def _member_id(s: Session, other_kind: str, target: str, ids: Ids) -> int | None:
    if other_kind == INTEREST:
        if target not in ids.interests:
            ids.interests[target] = int(
                s.execute(insert(Interest).values(name=target).returning(Interest.id)).scalar_one()
            )
        return ids.interests[target]
    return ids.to_local[other_kind].get(target)


KNOWN_CARDS = "known_cards/"


def card_owners(
    winners: Mapping[str, Mapping[str, tuple[ChangeId, object]]], ids: Ids
) -> dict[str, str]:
    """Which person each known card UID means: of the people here whose winning values
    claim it, the one whose claim is latest. Two devices can claim one UID for two people
    (each merged a different person whose card had it); deciding by the claims alone,
    not by the order rows were written, gives every device the same answer."""
    best: dict[str, tuple[ChangeId, str]] = {}
    here = ids.to_local["person"]
    for record in here:
        for name, (cid, value) in winners.get(record, {}).items():
            if value is True and name.startswith(KNOWN_CARDS):
                uid = name.removeprefix(KNOWN_CARDS)
                if uid not in best or (cid, record) > best[uid]:
                    best[uid] = (cid, record)
    return {uid: record for uid, (_cid, record) in best.items()}


def settle_cards(s: Session, owners: Mapping[str, str], ids: Ids) -> set[int]:
    """Make the known cards what `owners` says; the local ids of people whose cards moved."""
    here = ids.to_local["person"]
    want = {uid: here[record] for uid, record in owners.items()}
    have: dict[str, int] = {
        r[0]: r[1] for r in s.execute(select(KnownCard.uid, KnownCard.person_id))
    }
    moved: set[int] = set()
    for uid, person in have.items():
        if want.get(uid) != person:
            s.execute(delete(KnownCard).where(KnownCard.uid == uid))
            moved.add(person)
    for uid, person in want.items():
        if have.get(uid) != person:
            s.execute(insert(KnownCard).values(uid=uid, person_id=person))
            moved.add(person)
    return moved


def _old_refs(s: Session, shared: Shared, row_id: int, ids: Ids) -> Values:
    values: Values = {}
    for name, ref_kind in shared.refs.items():
        local = s.scalar(select(shared.table.c[name]).where(shared.table.c.id == row_id))
        if local is not None:
            values[name] = ids.to_sync[ref_kind].get(local)
    return values


def _linked(s: Session, table: Any, own: str, row_id: int, other: str) -> list[int]:
    return list(s.scalars(select(table.c[other]).where(table.c[own] == row_id)))


def _members(
    s: Session,
    table: Any,
    own: tuple[str, int] | None,
    other: str,
    other_kind: str,
    winners: Values,
    name: str,
    ids: Ids,
    dead: Container[str],
) -> bool:
    """Make the link rows match the members' winning yes/no; True if one waits for a record."""
    prefix = f"{name}/"
    where = [] if own is None else [table.c[own[0]] == own[1]]
    have = set(s.scalars(select(table.c[other]).where(*where)))
    want: set[int] = set()
    want_cards: set[str] = set()
    waits = False
    for key, value in winners.items():
        if not key.startswith(prefix) or value is not True:
            continue
        target = key.removeprefix(prefix)
        if other_kind == CARD:
            want_cards.add(target)
        elif other_kind == INTEREST:
            if target not in ids.interests:
                ids.interests[target] = int(
                    s.execute(
                        insert(Interest).values(name=target).returning(Interest.id)
                    ).scalar_one()
                )
            want.add(ids.interests[target])
        else:
            local = ids.to_local[other_kind].get(target)
            if local is not None:
                want.add(local)
            elif target not in dead:
                waits = True
    base = {} if own is None else {own[0]: own[1]}
    if other_kind == CARD:  # a UID means one person: `settle_cards` says whom, for all
        return waits
    for gone in have - want:
        s.execute(delete(table).where(*where, table.c[other] == gone))
    add = want - have
    if add:
        s.execute(insert(table), [{**base, other: target} for target in add])
    return waits
