"""The shared records as sync sees them: each a dict of field -> JSON value, read from the
live tables, and written back from the winning values of a sync round."""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from functools import partial
from typing import Any

from sqlalchemy import Column, Date, delete, func, insert, select, update
from sqlalchemy.orm import Session

from kith.domain.sync_merge import ChangeId
from kith.services import settings as keys
from kith.services.settings import read_in, write_in
from kith.services.sync_scratch import chunks, marks, rows
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


class Lookup:
    """One way of one kind's id map (row id -> sync id, or back), read from the database
    as asked and kept until `forget`: a round at 100,000 people never holds every id."""

    def __init__(self, fetch: Callable[[Sequence[Any]], Iterable[tuple[Any, Any]]]) -> None:
        self._fetch = fetch
        self._known: dict[Any, Any] = {}

    def fill(self, keys: Iterable[Any]) -> None:
        """Read the ids of `keys` in a few statements (before looking them up one by one)."""
        missing = list({k for k in keys if k is not None and k not in self._known})
        for chunk in chunks(missing):
            found = dict(self._fetch(chunk))
            for key in chunk:
                self._known[key] = found.get(key)

    def get(self, key: Any, default: Any = None) -> Any:
        if key not in self._known:
            self.fill([key])
        value = self._known.get(key)
        return default if value is None else value

    def __getitem__(self, key: Any) -> Any:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return self.get(key) is not None

    def __setitem__(self, key: Any, value: Any) -> None:
        self._known[key] = value

    def pop(self, key: Any, default: Any = None) -> Any:
        value = self.get(key)
        self._known[key] = None
        return default if value is None else value

    def forget(self) -> None:
        self._known.clear()


class _WholeLookup(Lookup):
    """A map read whole on first asking and kept (a tie's global id is made from its
    ends', so it cannot be looked up by it)."""

    def __init__(self, load: Callable[[], dict[Any, Any]]) -> None:
        super().__init__(_nothing)
        self._load: Callable[[], dict[Any, Any]] | None = load

    def fill(self, keys: Iterable[Any]) -> None:  # noqa: ARG002 - read whole, whatever is asked
        if self._load is not None:
            self._known, self._load = self._load(), None

    def get(self, key: Any, default: Any = None) -> Any:
        self.fill(())
        value = self._known.get(key)
        return default if value is None else value

    def pop(self, key: Any, default: Any = None) -> Any:
        self.fill(())
        value = self._known.pop(key, None)
        return default if value is None else value

    def keys(self) -> list[Any]:
        self.fill(())
        return list(self._known)

    def forget(self) -> None:
        pass


class Ids:
    """Local row id <-> sync id, per kind, read as asked and kept up to date as rows are
    made and deleted."""

    def __init__(self, s: Session) -> None:
        self.to_sync: dict[str, Lookup] = {}
        self.to_local: dict[str, Lookup] = {}
        for shared in SHARED:
            if shared.pair is not None:
                self.to_local[shared.kind] = _WholeLookup(partial(_pair_ids, s, shared))
                self.to_sync[shared.kind] = Lookup(_nothing)
                continue
            table = f'"{shared.table.name}"'
            self.to_sync[shared.kind] = Lookup(partial(_ids, s, table, "id", "sync_id"))
            self.to_local[shared.kind] = Lookup(partial(_ids, s, table, "sync_id", "id"))
        self.interests: dict[str, int] = {
            name: iid for iid, name in s.execute(select(Interest.id, Interest.name))
        }

    def add(self, kind: str, row_id: int, sync_id: str) -> None:
        self.to_sync[kind][row_id] = sync_id
        self.to_local[kind][sync_id] = row_id

    def drop(self, kind: str, sync_id: str) -> None:
        row_id = self.to_local[kind].pop(sync_id, None)
        if row_id is not None:
            self.to_sync[kind][row_id] = None

    def forget(self) -> None:
        """Let go of the ids read so far (the next batch reads its own)."""
        for lookup in (*self.to_sync.values(), *self.to_local.values()):
            lookup.forget()


def _ids(s: Session, table: str, key: str, value: str, keys: Sequence[Any]) -> list[Any]:
    return rows(s, f"SELECT {key}, {value} FROM {table} WHERE {key} IN ({marks(len(keys))})", keys)


def _nothing(_keys: Sequence[Any]) -> list[Any]:
    return []


def load_ids(s: Session) -> Ids:
    for shared in SHARED:
        t = shared.table
        if shared.pair is not None:
            continue
        missing = list(s.scalars(select(t.c.id).where(t.c.sync_id.is_(None))))
        if missing:  # a row written by raw SQL: give it its id now
            for row_id in missing:
                s.execute(update(t).where(t.c.id == row_id).values(sync_id=new_sync_id()))
    return Ids(s)


def _pair_ids(s: Session, shared: Shared) -> dict[str, int]:
    """A pair's global id is made from its ends' (`Pair`), so it follows them anywhere."""
    pair, t = shared.pair, shared.table
    assert pair is not None
    low_kind, high_kind = shared.refs[pair.low], shared.refs[pair.high]
    assert low_kind == high_kind == "person"  # the one pair there is: a tie
    found: dict[str, int] = {}
    for row_id, low, high in rows(
        s,
        f'SELECT t.id, a.sync_id, b.sync_id FROM "{t.name}" t '
        f"JOIN person a ON a.id = t.{pair.low} JOIN person b ON b.id = t.{pair.high}",
    ):
        ends: Values = {pair.low: low, pair.high: high, pair.turned: None}
        pair.in_order(ends)
        found[pair.record(ends)] = row_id
    return found


def pair_records(ids: Ids, kind: str) -> list[str]:
    """Every record of a pair kind here."""
    lookup = ids.to_local[kind]
    assert isinstance(lookup, _WholeLookup)
    return lookup.keys()


def live_records(
    s: Session, ids: Ids, kind: str, records: Sequence[str]
) -> dict[str, tuple[str, Values]]:
    """The shared records of `kind` among `records` as they are now: record id ->
    (kind, fields)."""
    if kind == CIRCLE:
        wanted = set(records)
        return {
            r: (CIRCLE, {"rhythm_days": rhythm})
            for key, rhythm in s.execute(select(CircleRow.key, CircleRow.rhythm_days))
            if (r := circle_record(key)) in wanted
        }
    if kind == ME:
        if ME_RECORD not in records:
            return {}
        names = {iid: name for name, iid in ids.interests.items()}
        mine: Values = {
            f"interests/{names[iid]}": True
            for iid in s.scalars(select(me_interest.c.interest_id))
            if iid in names
        }
        return {ME_RECORD: (ME, mine)}
    shared = BY_KIND.get(kind)
    if shared is None:
        return {}
    local = ids.to_local[kind]
    local.fill(records)
    own = {local[r]: r for r in records if r in local}
    found: dict[str, tuple[str, Values]] = {}
    t = shared.table
    cols = [t.c[name] for name in shared.columns]
    row_ids = sorted(own)
    for chunk in chunks(row_ids):
        # Fetched whole before the loop: the statement's time limit runs while a result
        # is open, and a busy machine makes a row-by-row loop slow.
        got = s.execute(select(t.c.id, *cols).where(t.c.id.in_(chunk))).all()
        for name, ref_kind in shared.refs.items():
            at = 1 + shared.columns.index(name)
            ids.to_sync[ref_kind].fill(row[at] for row in got)
        for row in got:
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
    interest_names: dict[int, str] | None = None
    for members in shared.members:
        lt = members.table
        pairs = select(lt.c[members.own], lt.c[members.other])
        for chunk in chunks(row_ids):
            links = s.execute(pairs.where(lt.c[members.own].in_(chunk))).all()
            if members.other_kind not in (CARD, INTEREST):
                ids.to_sync[members.other_kind].fill(other for _own, other in links)
            elif members.other_kind == INTEREST and interest_names is None:
                interest_names = {iid: name for name, iid in ids.interests.items()}
            for own_id, other_id in links:
                if members.other_kind == CARD:
                    other = other_id
                elif members.other_kind == INTEREST:
                    other = (interest_names or {}).get(other_id)
                else:
                    other = ids.to_sync[members.other_kind].get(other_id)
                if other is not None:
                    found[own[own_id]][1][f"{members.name}/{other}"] = True
    return found


def fixed_records(s: Session) -> list[tuple[str, str]]:
    """(record, kind) of the records every database has: the circles and the Me profile."""
    found = [(circle_record(key), CIRCLE) for key in s.scalars(select(CircleRow.key))]
    return [*found, (ME_RECORD, ME)]


EVERYTHING = "*"


JOURNAL_LIMIT = 50_000
"""Past this many records written since the last round, every record is compared: the
round reads them in batches, where a set of the named ones would be held whole."""


def journal(s: Session, ids: Ids) -> dict[str, str] | None:
    """The records written since the last round, each with its kind when the journal
    says it ("" when not), or None: compare them all. Read from the journal the shared
    tables' triggers fill."""
    if read_in(s, keys.SYNC_JOURNAL) != "on":  # not kept before the first round
        return None
    count = s.scalar(select(func.count()).select_from(SyncJournal)) or 0
    if count > JOURNAL_LIMIT:
        return None
    entries = list(s.scalars(select(SyncJournal.entry)))
    if EVERYTHING in entries:
        return None
    records: dict[str, str] = {}
    for entry in entries:
        if entry.startswith("#tie:"):  # a tie, by its two people's sync ids
            pair = BY_KIND["tie"].pair
            ends = entry.removeprefix("#tie:").split(" ")
            if pair is not None and len(ends) == 2:
                low, high = sorted(ends)
                records[pair.record({pair.low: low, pair.high: high})] = "tie"
        elif entry.startswith("#"):  # "#kind:id": a row without a sync id, or a link's owner
            kind, _, row_id = entry[1:].partition(":")
            lookup = ids.to_sync.get(kind)
            found = lookup.get(int(row_id)) if lookup is not None and row_id.isdigit() else None
            if found is not None:
                records[found] = kind
        else:
            records.setdefault(entry, "")
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


LISTED = 10_000


@dataclass
class Written:
    """Local ids a round wrote, for the change it announces."""

    people: set[int] = field(default_factory=set)
    interactions: set[int] = field(default_factory=set)
    meetups: set[int] = field(default_factory=set)
    profile: bool = False
    ties: bool = False
    """A tie, or a group or who is in it."""
    many: bool = False
    """More meetups or interactions than are worth listing: they are not (`bound`)."""

    def bound(self) -> None:
        """Past `LISTED` meetups or interactions, say only that many were written (a
        device joining writes two million): the views refresh them all anyway."""
        if len(self.interactions) + len(self.meetups) > LISTED:
            self.many = True
            self.interactions.clear()
            self.meetups.clear()

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
            for members in shared.members:
                # Who was in it (a meeting's people): their last-seen days move back.
                if members.other_kind == "person":
                    written.people.update(
                        _linked(s, members.table, members.own, row_id, members.other)
                    )
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
    found = ids.to_local[other_kind].get(target)
    return None if found is None else int(found)


KNOWN_CARDS = "known_cards/"


def card_owners(
    people: Iterable[tuple[str, Mapping[str, tuple[ChangeId, object]]]],
) -> dict[str, str]:
    """Which person each known card UID means: of the people here (record, winners) whose
    winning values claim it, the one whose claim is latest. Two devices can claim one UID
    for two people (each merged a different person whose card had it); deciding by the
    claims alone, not by the order rows were written, gives every device the same answer."""
    best: dict[str, tuple[ChangeId, str]] = {}
    for record, winners in people:
        for name, (cid, value) in winners.items():
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
