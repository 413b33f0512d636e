"""Sync through a folder the user already keeps in step between computers.

A round, in one transaction: (1) the shared records are compared with what sync last
published or applied (the shadow), and each field changed here becomes a change with
this device's hybrid logical clock time; (2) the other devices' log segments not read
yet are read; (3) every change, here or from elsewhere, is merged per field
(`domain.sync_merge`); (4) records whose winning values differ from the live rows are
written. After the commit, this device's new changes are written to its own folder as
one segment, and one `Change` names what the round wrote.
"""

from __future__ import annotations

import json
import platform
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import cast

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from kith.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from kith.domain.sync_clock import ZERO, Hlc, tick
from kith.domain.sync_merge import ChangeId, Known, State, merge
from kith.domain.values import DEFAULT_RHYTHMS, UNSORTED_RHYTHM
from kith.interchange import sync_log
from kith.interchange.sync_log import FieldChange, RecordChange
from kith.services import settings as keys
from kith.services import sync_identity
from kith.services.changes import Kind, change
from kith.services.context import ServiceContext
from kith.services.settings import read_in, write_in
from kith.services.sync_files import (
    LogFile,
    inside,
    log_files,
    synced_folder_marker,
    write_segment,
)
from kith.services.sync_records import (
    KNOWN_CARDS,
    Ids,
    Outcome,
    Values,
    Written,
    card_owners,
    live_records,
    load_ids,
    materialise,
    settle_cards,
)
from kith.storage.errors import DatabaseLocked
from kith.storage.schema import Person, SyncDevice, SyncFile, SyncShadow
from kith.storage.sync_tables import CIRCLE, SHARED, quiet_field

_CHUNK = 400
_ATTEMPTS = 3
_SHADOW = cast(Table, SyncShadow.__table__)
_NAME_LIMIT = 80


@dataclass(frozen=True, slots=True)
class RoundReport:
    sent: int
    """Records changed here and written to the sync folder."""
    received: int
    """Records changed elsewhere and applied here."""
    devices: tuple[str, ...]
    """Names of the devices whose new changes were read."""
    conflicts: int
    damaged_lines: int = 0
    seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class DeviceStatus:
    device: str
    name: str
    heard_at: datetime | None
    """When this database last read a new change of theirs."""
    latest_change: datetime | None
    has_seen_mine: bool
    """Their latest log had applied every change this device had published."""


@dataclass(frozen=True, slots=True)
class Conflict:
    record: str
    kind: str
    field: str
    value: object
    """The value that lost."""
    winner: object
    changed_at: datetime
    device: str
    hlc: str
    person: str = ""
    """The name of the person the record is (or belongs to), when it is one; for a tie,
    the person whose page shows `kind` beside `other` ("Ana — Parent" on Ben's page)."""
    device_name: str = ""
    other: str = ""
    """For a tie, the other person's name: `kind` is what they are to `person`."""


@dataclass(frozen=True, slots=True)
class SyncStatus:
    folder: Path | None
    device: str
    name: str
    last_round: datetime | None
    devices: tuple[DeviceStatus, ...]
    conflicts: tuple[Conflict, ...]
    database_warning: str | None
    """Why the database itself looks to be inside a synced folder, or None."""
    new_identity: sync_identity.NewIdentity | None = None
    """This database took a new device id since the status last said so."""


@dataclass
class _Incoming:
    changes: list[RecordChange] = field(default_factory=list)
    files: list[LogFile] = field(default_factory=list)
    devices: dict[str, tuple[str, dict[str, str], str]] = field(default_factory=dict)
    """device -> (name, seen, newest change time)."""
    damaged: int = 0
    ours_damaged: dict[str, int | None] = field(default_factory=dict)
    """Files of ours recorded with another size than the folder's (None: gone)."""


@dataclass
class _Plan:
    ids: Ids
    live: dict[str, tuple[str, Values]]
    winners: Winners
    kinds: dict[str, str]
    pending: set[str]
    changes: list[RecordChange]
    newest: str


def _wall_ms(at: datetime) -> int:
    return int(at.timestamp() * 1000)


def _moment(hlc: str) -> datetime:
    from datetime import UTC

    return datetime.fromtimestamp(Hlc.parse(hlc).wall_ms / 1000, UTC)


class SyncService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self.lock_taken_at = self.lock_released_at = 0.0
        """When the last round began to write and when it committed (perf_counter)."""

    # --- this device -------------------------------------------------------------------

    def device(self) -> tuple[str, str]:
        """This database's device id and name, made on first asking."""
        with self._ctx.db.writing() as s:
            return self._device(s)

    def _device(self, s: Session) -> tuple[str, str]:
        device = sync_identity.device_id(s, self._ctx.db.path)
        name = read_in(s, keys.SYNC_DEVICE_NAME) or platform.node() or "Kith"
        return device, name

    def rename(self, name: str) -> None:
        cleaned = " ".join(name.split())
        if not cleaned:
            raise ValidationError(
                "name",
                QT_TRANSLATE_NOOP("Errors", "A device needs a name."),
                code="sync.device.name_empty",
            )
        if len(cleaned) > _NAME_LIMIT:
            raise ValidationError(
                "name",
                QT_TRANSLATE_NOOP("Errors", "A device name can be at most %1 characters long."),
                _NAME_LIMIT,
                code="sync.device.name_too_long",
            )
        with self._ctx.db.writing() as s:
            self._device(s)
            write_in(s, keys.SYNC_DEVICE_NAME, cleaned)
        self._ctx.changes.emit(change(Kind.SETTINGS, settings=[keys.SYNC_DEVICE_NAME.key]))

    def choose_folder(self, folder: Path | None) -> None:
        """Sync through `folder` from now on (None: stop syncing)."""
        if folder is not None:
            folder = folder.expanduser().absolute()
            if not folder.is_dir():
                raise ValidationError(
                    "folder",
                    QT_TRANSLATE_NOOP("Errors", "There is no folder %1."),
                    str(folder),
                    code="sync.folder.missing",
                )
            if inside(self._ctx.db.path, folder):
                raise ValidationError(
                    "folder",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The database %1 is inside %2; a sync tool would copy it mid-write. "
                        "Choose a folder that does not hold the database.",
                    ),
                    str(self._ctx.db.path),
                    str(folder),
                    code="sync.folder.holds_database",
                )
        with self._ctx.db.writing() as s:
            self._device(s)
            write_in(s, keys.SYNC_FOLDER, folder)
        self._ctx.changes.emit(change(Kind.SETTINGS, settings=[keys.SYNC_FOLDER.key]))

    @property
    def folder(self) -> Path | None:
        with self._ctx.db.reading() as s:
            return read_in(s, keys.SYNC_FOLDER)

    # --- a round -----------------------------------------------------------------------

    def run_round(self) -> RoundReport:
        started = time.perf_counter()
        root = self.folder
        if root is None:
            raise ValidationError(
                "folder",
                QT_TRANSLATE_NOOP(
                    "Errors", "No sync folder is chosen yet (kith sync --folder PATH)."
                ),
                code="sync.folder.unset",
            )
        if not root.is_dir():
            raise ValidationError(
                "folder",
                QT_TRANSLATE_NOOP("Errors", "The sync folder %1 is not there (is it mounted?)."),
                str(root),
                code="sync.folder.gone",
            )
        for attempt in range(_ATTEMPTS):
            written = Written()
            try:
                # Everything is read and compared without the write lock (WAL lets the
                # window write meanwhile); the lock is taken at the first write, to
                # apply and record. A save in between makes SQLite refuse that first
                # write (the snapshot is stale): the round starts again, and the last
                # attempt takes the lock up front so it always finishes.
                last = attempt == _ATTEMPTS - 1
                with self._ctx.db.writing() if last else self._ctx.db.reading() as s:
                    device, name = self._device(s)
                    incoming = self._read_incoming(s, root, device)
                    if sync_identity.written_by_another(
                        s, device, ((c.hlc, c.device) for c in incoming.changes)
                    ):
                        home = sync_identity.home_of(self._ctx.db.path)
                        sync_identity.take_new_id(s, device, sync_identity.SHARED_ID, home)
                        device, name = self._device(s)
                        incoming = self._read_incoming(s, root, device)
                    plan = self._plan_round(s, device, incoming)
                    self.lock_taken_at = time.perf_counter()
                    self._record_files(s, incoming)
                    received, conflicts = self._merge_round(s, plan, written)
                    self._note_devices(s, incoming)
                    write_in(s, keys.SYNC_LAST_ROUND, self._ctx.now())
                self.lock_released_at = time.perf_counter()
                break
            except DatabaseLocked:
                if last:
                    raise
        sent = self._publish(root, device, name)
        self._announce(written)
        return RoundReport(
            sent=sent,
            received=received,
            devices=tuple(sorted(n for n, _seen, _h in incoming.devices.values())),
            conflicts=conflicts,
            damaged_lines=incoming.damaged,
            seconds=time.perf_counter() - started,
        )

    def _read_incoming(self, s: Session, root: Path, device: str) -> _Incoming:
        """The log segments not read yet (reading only; `_record_files` notes them)."""
        known = {row.path: row.size for row in s.scalars(select(SyncFile))}
        found = _Incoming()
        present: dict[str, int] = {}
        for log in log_files(root):
            present[log.relative] = log.size
            if known.get(log.relative) == log.size:
                continue
            try:
                text = log.path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue  # being replaced or gone: the next round reads it
            segment = sync_log.read_segment(text, log.relative)
            if segment is None:
                continue
            found.damaged += segment.damaged_lines
            found.files.append(log)
            if segment.device != device:
                newest = max((c.hlc for c in segment.changes), default="")
                before = found.devices.get(segment.device, ("", {}, ""))
                found.devices[segment.device] = (
                    segment.name,
                    dict(segment.seen),
                    max(newest, before[2]),
                )
            found.changes.extend(segment.changes)
        mine = f"{device}/"
        found.ours_damaged = {
            p: present.get(p)
            for p, size in known.items()
            if p.startswith(mine) and present.get(p) != size
        }
        return found

    def _record_files(self, s: Session, incoming: _Incoming) -> None:
        if incoming.ours_damaged:
            # Our folder was deleted, restored from an old copy, or a file of ours cut
            # short: write again every change of ours still standing, so no device that
            # missed them goes without.
            write_in(s, keys.SYNC_PUBLISHED, "")
            for path, size in incoming.ours_damaged.items():
                if size is not None:
                    s.execute(update(SyncFile).where(SyncFile.path == path).values(size=size))
                else:
                    s.execute(delete(SyncFile).where(SyncFile.path == path))
        for log in incoming.files:
            row = s.get(SyncFile, log.relative)
            if row is None:
                s.add(SyncFile(path=log.relative, size=log.size))
            else:
                row.size = log.size

    def _plan_round(self, s: Session, device: str, incoming: _Incoming) -> _Plan:
        """Compare the live rows with the shadow: what changed here, with what arrived."""
        ids = load_ids(s)
        live = live_records(s, ids)
        winners, kinds = _winners(s)
        pending: set[str] = set(read_in(s, keys.SYNC_PENDING) or ())
        clock = _parse_or_zero(read_in(s, keys.SYNC_CLOCK))
        now = tick(clock, _wall_ms(self._ctx.now()))
        local = _local_changes(live, winners, pending, str(now), device, kinds)
        changes = [*local, *incoming.changes]
        newest = max([str(clock), *(c.hlc for c in changes)])
        kinds.update({c.record: c.kind for c in changes})
        return _Plan(ids, live, winners, kinds, pending, changes, newest)

    def _merge_round(self, s: Session, plan: _Plan, written: Written) -> tuple[int, int]:
        ids, live, winners, kinds = plan.ids, plan.live, plan.winners, plan.kinds
        pending, newest = plan.pending, plan.newest
        merged, conflicts_made = _merge_into_shadow(s, plan.changes, kinds, winners)
        dead = {r for r, f in winners.items() if f.get("_alive", (None, None))[1] is False}
        # Records to write: those a merge touched whose winners differ from the live row,
        # and those still waiting for a record they name.
        order = {kind: n for n, kind in enumerate(s.kind for s in SHARED)}
        todo = []
        for record in set(merged) | pending:
            kind = kinds.get(record)
            if kind is None:
                continue
            values = {name: v for name, (_cid, v) in winners.get(record, {}).items()}
            have = live.get(record, (kind, {}))[1]
            if record in pending or values != _comparable(have, values):
                todo.append((order.get(kind, len(order)), record, kind, values))
        received = 0
        still_pending: set[str] = set()
        for _n, record, kind, values in sorted(todo):
            outcome = materialise(s, kind, record, values, ids, dead, written)
            if outcome is Outcome.PENDING:
                still_pending.add(record)
            elif outcome in (Outcome.WRITTEN, Outcome.DELETED):
                received += 1
        written.people |= settle_cards(s, card_owners(winners, ids), ids)
        if written.people:
            from kith.services.interactions import refresh_last_seen

            refresh_last_seen(s, written.people)
        write_in(s, keys.SYNC_PENDING, frozenset(still_pending))
        write_in(s, keys.SYNC_CLOCK, newest)
        return received, conflicts_made

    def _note_devices(self, s: Session, incoming: _Incoming) -> None:
        for device, (name, seen, newest) in incoming.devices.items():
            row = s.get(SyncDevice, device)
            if row is None:
                row = SyncDevice(device=device, name=name, last_hlc="", seen="{}")
                s.add(row)
            row.name = name or row.name
            row.last_hlc = max(row.last_hlc, newest)
            row.seen = json.dumps(seen)
            row.heard_at = self._ctx.now()

    def _publish(self, root: Path, device: str, name: str) -> int:
        """Write this device's changes not yet in the folder as one segment."""
        with self._ctx.db.reading() as s:
            published = read_in(s, keys.SYNC_PUBLISHED)
            query = select(SyncShadow).where(
                SyncShadow.device == device, SyncShadow.hlc > published
            )
            if not published:  # everything of ours still standing
                query = query.where(SyncShadow.state != State.GONE.value)
            rows = s.scalars(query.order_by(SyncShadow.hlc, SyncShadow.record)).all()
            seen = {row.device: row.last_hlc for row in s.scalars(select(SyncDevice))}
            grouped: dict[tuple[str, str], dict[str, FieldChange]] = defaultdict(dict)
            kinds: dict[str, str] = {}
            for row in rows:
                base = tuple((str(h), str(d)) for h, d in json.loads(row.base))
                grouped[(row.hlc, row.record)][row.field] = FieldChange(
                    json.loads(row.value) if row.value is not None else None, base
                )
                kinds[row.record] = row.kind
            told_name = read_in(s, keys.SYNC_PUBLISHED_NAME)
            clock = read_in(s, keys.SYNC_CLOCK) or str(ZERO)
        if not grouped and told_name == name:
            return 0
        # A new name alone is worth a segment: the others know a device by its header.
        changes = [
            RecordChange(record, kinds[record], hlc, fields)
            for (hlc, record), fields in grouped.items()
        ]
        newest = max((c.hlc for c in changes), default=published or clock)
        seen[device] = newest
        first = changes[0].hlc if changes else clock
        log = write_segment(root, device, first, sync_log.segment_text(device, name, seen, changes))
        with self._ctx.db.writing() as s:
            s.merge(SyncFile(path=log.relative, size=log.size))
            write_in(s, keys.SYNC_PUBLISHED, newest)
            write_in(s, keys.SYNC_PUBLISHED_NAME, name)
        return len({c.record for c in changes})

    def _announce(self, written: Written) -> None:
        kinds: list[Kind] = []
        if written.people:
            kinds.append(Kind.PEOPLE)
        if written.interactions:
            kinds.append(Kind.INTERACTIONS)
        if written.meetups:
            kinds.append(Kind.MEETUPS)
        if written.profile:
            kinds.append(Kind.PROFILE)
        if written.ties:
            kinds.append(Kind.TIES)
        if kinds:
            self._ctx.changes.emit(
                change(
                    *kinds,
                    people=written.people,
                    interactions=written.interactions,
                    meetups=written.meetups,
                )
            )

    def use_value(self, conflict: Conflict) -> None:
        """Make the value that lost the one kept, on every device: a change replacing
        every value standing for that field, so the conflict leaves every list."""
        self._keep(conflict, conflict.value, must_stand=True)

    def restore_value(self, conflict: Conflict) -> None:
        """Undo `use_value`: the value kept before is kept again (the conflict stays gone)."""
        self._keep(conflict, conflict.winner, must_stand=False)

    def _keep(self, conflict: Conflict, value: object, *, must_stand: bool) -> None:
        written = Written()
        t = _SHADOW
        with self._ctx.db.writing() as s:
            device, _name = self._device(s)
            standing = s.execute(
                select(t.c.hlc, t.c.device).where(
                    t.c.record == conflict.record,
                    t.c.field == conflict.field,
                    t.c.state != State.GONE.value,
                )
            ).all()
            lost = (conflict.hlc, conflict.device) not in {(h, d) for h, d in standing}
            if must_stand and lost:
                raise NotFound(
                    QT_TRANSLATE_NOOP(
                        "Errors", "That value of %1 is no longer one changed on two devices."
                    ),
                    conflict.field,
                    code="sync.conflict.gone",
                )
            clock = _parse_or_zero(read_in(s, keys.SYNC_CLOCK))
            now = str(tick(clock, _wall_ms(self._ctx.now())))
            chosen = RecordChange(
                conflict.record,
                conflict.kind,
                now,
                {conflict.field: FieldChange(value, tuple((h, d) for h, d in standing))},
                device,
            )
            winners: Winners = defaultdict(dict)
            for name, hlc, dev, text in s.execute(
                select(t.c.field, t.c.hlc, t.c.device, t.c.value).where(
                    t.c.record == conflict.record, t.c.state == State.WIN.value
                )
            ):
                winners[conflict.record][name] = (
                    (hlc, dev),
                    None if text is None else json.loads(text),
                )
            _merge_into_shadow(s, [chosen], {conflict.record: conflict.kind}, winners)
            values = {name: v for name, (_cid, v) in winners[conflict.record].items()}
            materialise(s, conflict.kind, conflict.record, values, load_ids(s), set(), written)
            write_in(s, keys.SYNC_CLOCK, now)
        root = self.folder
        if root is not None and root.is_dir():
            self._publish(root, device, self.device()[1])
        self._announce(written)

    # --- what it looks like --------------------------------------------------------------

    def conflicts(self) -> list[Conflict]:
        with self._ctx.db.reading() as s:
            return _conflicts(s)

    def conflicts_of(self, person_id: int) -> list[Conflict]:
        """The conflicts on one person's own records (their fields, ways to reach them,
        dates, follow-ups), newest first: what their page shows."""
        with self._ctx.db.reading() as s:
            record = s.scalar(select(Person.sync_id).where(Person.id == person_id))
            if record is None:
                return []
            return [c for c in _conflicts(s) if _owner(s, c.record, c.kind) == record]

    def status(self) -> SyncStatus:
        """Read only (the tray asks while a round may be writing); the device id is ""
        until the first round or choice of folder makes it."""
        with self._ctx.db.reading() as s:
            device = read_in(s, keys.SYNC_DEVICE_ID)
            name = read_in(s, keys.SYNC_DEVICE_NAME) or platform.node() or "Kith"
            folder = read_in(s, keys.SYNC_FOLDER)
            published = read_in(s, keys.SYNC_PUBLISHED)
            devices = []
            for row in s.scalars(select(SyncDevice).order_by(SyncDevice.name)):
                seen = json.loads(row.seen or "{}")
                devices.append(
                    DeviceStatus(
                        device=row.device,
                        name=row.name,
                        heard_at=row.heard_at,
                        latest_change=_moment(row.last_hlc) if row.last_hlc else None,
                        has_seen_mine=str(seen.get(device, "")) >= published,
                    )
                )
            return SyncStatus(
                folder=folder,
                device=device,
                name=name,
                last_round=read_in(s, keys.SYNC_LAST_ROUND),
                devices=tuple(devices),
                conflicts=tuple(_conflicts(s)),
                database_warning=synced_folder_marker(self._ctx.db.path),
                new_identity=sync_identity.new_identity(s),
            )

    def told_new_identity(self) -> None:
        """The status has said this database took a new device id: not again."""
        with self._ctx.db.writing() as s:
            write_in(s, keys.SYNC_NEW_IDENTITY, "")


def _default_rhythm(record: str) -> int:
    key = record.removeprefix("circle:")
    return next((days for c, days in DEFAULT_RHYTHMS.items() if c.value == key), UNSORTED_RHYTHM)


def _parse_or_zero(text: str) -> Hlc:
    try:
        return Hlc.parse(text)
    except ValueError:
        return ZERO


def _comparable(live: Values, winners: Values) -> Values:
    """The live values in the shape of the winners: a member not linked is False."""
    shaped = dict(live)
    for name, value in winners.items():
        if name not in shaped and "/" in name and value is False:
            shaped[name] = False
    return shaped


Winners = dict[str, dict[str, tuple[ChangeId, object]]]


def _winners(s: Session) -> tuple[Winners, dict[str, str]]:
    """The winning value of every field of every record, and each record's kind.

    Read straight from the driver and with each distinct JSON text decoded once: at
    5,000 people this is about a million fields, and most values repeat (true, "", null).
    """
    found: Winners = defaultdict(dict)
    kinds: dict[str, str] = {}
    decoded: dict[str, object] = {}
    raw = s.connection().connection.driver_connection
    assert raw is not None
    rows = raw.execute(
        "SELECT record, field, hlc, device, value, kind FROM sync_shadow WHERE state = ?",
        (State.WIN.value,),
    )
    for record, name, hlc, device, value, kind in rows:
        if value is None:
            parsed = None
        elif value in decoded:
            parsed = decoded[value]
        else:
            parsed = decoded[value] = json.loads(value)
            if len(decoded) > 50_000:  # long texts rarely repeat: keep the memo small
                decoded.clear()
        found[record][name] = ((hlc, device), parsed)
        kinds[record] = kind
    return found, kinds


def _local_changes(
    live: dict[str, tuple[str, Values]],
    winners: dict[str, dict[str, tuple[ChangeId, object]]],
    pending: set[str],
    hlc: str,
    device: str,
    kinds: dict[str, str],
) -> list[RecordChange]:
    """What changed here since the last round, as changes replacing what was shown."""
    made: list[RecordChange] = []
    held_cards = {
        name
        for kind, values in live.values()
        if kind == "person"
        for name in values
        if name.startswith(KNOWN_CARDS)
    }

    def field_change(won: tuple[ChangeId, object] | None, value: object) -> FieldChange:
        return FieldChange(value, () if won is None else (won[0],))

    for record, (kind, values) in live.items():
        if record in pending:
            continue
        known = winners.get(record, {})
        fields: dict[str, FieldChange] = {}
        for name, value in values.items():
            won = known.get(name)
            if won is None or won[1] != value or type(won[1]) is not type(value):
                fields[name] = field_change(won, value)
        if kind == CIRCLE and not known and _default_rhythm(record) == values.get("rhythm_days"):
            # Every database starts with the same circles: a rhythm never changed is dated
            # at the beginning of time, so joining never undoes a rhythm set elsewhere.
            made.append(RecordChange(record, kind, str(ZERO), fields, device))
            continue
        for name, won in known.items():
            if name not in values and "/" in name and won[1] is True:
                if name.startswith(KNOWN_CARDS) and name in held_cards:
                    continue  # the card means someone else here (see `card_owners`)
                fields[name] = field_change(won, False)
        if fields:
            made.append(RecordChange(record, kind, hlc, fields, device))
    for record, known in winners.items():
        alive = known.get("_alive")
        if alive is not None and alive[1] is True and record not in live and record not in pending:
            made.append(
                RecordChange(
                    record, kinds[record], hlc, {"_alive": field_change(alive, False)}, device
                )
            )
    return made


def _merge_into_shadow(
    s: Session, changes: Sequence[RecordChange], kinds: dict[str, str], winners: Winners
) -> tuple[set[str], int]:
    """Merge every change into the shadow, a few hundred records at a time, and bring
    `winners` up to date; the records whose fields moved, and how many new conflicts."""
    by_record: dict[str, list[RecordChange]] = defaultdict(list)
    for c in changes:
        by_record[c.record].append(c)
    records = sorted(by_record)
    touched: set[str] = set()
    conflicts = 0
    t = _SHADOW
    for start in range(0, len(records), _CHUNK):
        chunk = records[start : start + _CHUNK]
        by_field: dict[tuple[str, str], list[tuple[ChangeId, object, tuple[ChangeId, ...]]]] = (
            defaultdict(list)
        )
        for record in chunk:
            for c in by_record[record]:
                for name, fc in c.fields.items():
                    by_field[(record, name)].append(((c.hlc, c.device), fc.value, fc.base))
        known: dict[tuple[str, str], dict[ChangeId, Known]] = defaultdict(dict)
        rows = s.execute(
            select(t.c.record, t.c.field, t.c.hlc, t.c.device, t.c.state, t.c.value).where(
                t.c.record.in_(chunk)
            )
        )
        for record, name, hlc, device, state, value in rows:
            known[(record, name)][(hlc, device)] = Known(
                State(state), None if value is None else json.loads(value), value is not None
            )
        inserts: list[dict[str, object]] = []
        updates: list[dict[str, object]] = []
        for (record, name), arriving in by_field.items():
            before = known.get((record, name), {})
            after = merge(before, arriving)
            if after == before:
                continue
            touched.add(record)
            bases = {cid: base for cid, _v, base in arriving}
            won = next(((cid, k.value) for cid, k in after.items() if k.state is State.WIN), None)
            if won is not None:
                winners.setdefault(record, {})[name] = won
            for cid, k in after.items():
                if (
                    k.state is State.LOST
                    and (cid not in before or before[cid].state is not State.LOST)
                    and won is not None
                    and k.value != won[1]
                    and cid[0] != str(ZERO)
                    and not quiet_field(kinds[record], name)
                ):
                    conflicts += 1
                encoded = json.dumps(k.value) if k.has_value else None
                if cid not in before:
                    inserts.append(
                        {
                            "record": record,
                            "field": name,
                            "hlc": cid[0],
                            "device": cid[1],
                            "kind": kinds[record],
                            "state": k.state.value,
                            "value": encoded,
                            "base": json.dumps([list(b) for b in bases.get(cid, ())]),
                        }
                    )
                elif before[cid] != k:
                    values: dict[str, object] = {"state": k.state.value, "value": encoded}
                    if cid in bases:
                        values["base"] = json.dumps([list(b) for b in bases[cid]])
                    updates.append({"key": (record, name, cid[0], cid[1]), "values": values})
        if inserts:
            s.execute(insert(SyncShadow), inserts)
        for one in updates:
            record, name, hlc, device = one["key"]  # type: ignore[misc]
            s.execute(
                update(t)
                .where(
                    t.c.record == record,
                    t.c.field == name,
                    t.c.hlc == hlc,
                    t.c.device == device,
                )
                .values(**one["values"])  # type: ignore[arg-type]
            )
    return touched, conflicts


def _conflicts(s: Session) -> list[Conflict]:
    """Standing values that lost to a concurrent change, newest first."""
    lost = s.scalars(select(SyncShadow).where(SyncShadow.state == State.LOST.value)).all()
    found: list[Conflict] = []
    names = {row.device: row.name for row in s.scalars(select(SyncDevice))}
    own_name = read_in(s, keys.SYNC_DEVICE_NAME) or platform.node()
    for row in lost:
        if quiet_field(row.kind, row.field) or row.value is None or row.hlc == str(ZERO):
            continue
        won = s.scalar(
            select(SyncShadow.value).where(
                SyncShadow.record == row.record,
                SyncShadow.field == row.field,
                SyncShadow.state == State.WIN.value,
            )
        )
        value = json.loads(row.value)
        winner = None if won is None else json.loads(won)
        if value == winner:
            continue
        found.append(
            Conflict(
                row.record,
                row.kind,
                row.field,
                value,
                winner,
                _moment(row.hlc),
                row.device,
                row.hlc,
                person=_person_name(s, row.record, row.kind),
                device_name=names.get(row.device, own_name),
                other=_person_name(s, row.record, row.kind, end="person_id")
                if row.kind == "tie"
                else "",
            )
        )
    found.sort(key=lambda c: c.changed_at, reverse=True)
    return found


def _person_name(s: Session, record: str, kind: str, end: str = "") -> str:
    person = record
    if kind != "person":
        # A tie's kind is read from its `person_id` end: it is what they are to `other_id`.
        end = end or ("other_id" if kind == "tie" else "person_id")
        owner = s.scalar(
            select(SyncShadow.value).where(
                SyncShadow.record == record,
                SyncShadow.field == end,
                SyncShadow.state == State.WIN.value,
            )
        )
        if owner is None:
            return ""
        person = str(json.loads(owner))
    return s.scalar(select(Person.name).where(Person.sync_id == person)) or ""


def _owner(s: Session, record: str, kind: str) -> str | None:
    """The global id of the person a record is, or belongs to; None for the others."""
    if kind == "person":
        return record
    owner = s.scalar(
        select(SyncShadow.value).where(
            SyncShadow.record == record,
            SyncShadow.field == "person_id",
            SyncShadow.state == State.WIN.value,
        )
    )
    return None if owner is None else str(json.loads(owner))


__all__ = ["Conflict", "DeviceStatus", "RoundReport", "SyncService", "SyncStatus"]
