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

import contextlib
import itertools
import json
import platform
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from kith.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from kith.domain.sync_clock import ZERO, Hlc, tick
from kith.domain.sync_merge import ChangeId, Known, State, merge
from kith.domain.values import DEFAULT_RHYTHMS, UNSORTED_RHYTHM
from kith.interchange import sync_log
from kith.interchange.sync_log import FieldChange, RecordChange
from kith.services import settings as keys
from kith.services import sync_identity, sync_scratch, sync_shadow
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
    clear_journal,
    fixed_records,
    journal,
    live_records,
    load_ids,
    materialise,
    materialise_new,
    pair_records,
    settle_cards,
    stop_journal,
)
from kith.services.sync_shadow import Shadowed
from kith.storage.errors import DatabaseLocked
from kith.storage.schema import KnownCard, Person, SyncDevice, SyncFile
from kith.storage.sync_tables import (
    ALIVE,
    BY_KIND,
    CARD,
    CIRCLE,
    INTEREST,
    ME,
    SHARED,
    quiet_field,
)

_ATTEMPTS = 3
_NAME_LIMIT = 80
COMPACT_AFTER = 64
"""A device's own segments past this many are replaced by one snapshot."""
WRITE_BATCH = 2000
"""Records of one kind written together: bounds the rows built at once."""


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
    """What the segments not read yet hold, beside their changes (in `round_arrived`)."""

    files: list[LogFile] = field(default_factory=list)
    devices: dict[str, tuple[str, dict[str, str], str]] = field(default_factory=dict)
    """device -> (name, seen, newest change time)."""
    damaged: int = 0
    ours_damaged: dict[str, int | None] = field(default_factory=dict)
    """Files of ours recorded with another size than the folder's (None: gone)."""


@dataclass
class _Plan:
    """What comparing decided, beside the shadow rows and live rows it stashed to write."""

    pending: set[str]
    newest: str
    conflicts: int
    cards_moved: bool
    """Who holds a known card may have changed (a first round: anything may have)."""


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
        self.compact_after = COMPACT_AFTER
        self.write_batch = WRITE_BATCH

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
            if folder is None:
                stop_journal(s)
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
                # window write meanwhile; what comparing decides goes to the round's
                # own temporary tables); the lock is taken at the first write, to apply
                # and record. A save in between makes SQLite refuse that first write
                # (the snapshot is stale): the round starts again, and the last attempt
                # takes the lock up front so it always finishes.
                last = attempt == _ATTEMPTS - 1
                with (
                    self._ctx.db.writing() if last else self._ctx.db.reading() as s,
                    sync_scratch.scratch(s),
                ):
                    device, name = self._device(s)
                    incoming = self._read_incoming(s, root, device)
                    if sync_identity.written_by_another(s, device, sync_scratch.arrived_ids(s)):
                        home = sync_identity.home_of(self._ctx.db.path)
                        sync_identity.take_new_id(s, device, sync_identity.SHARED_ID, home)
                        device, name = self._device(s)
                        sync_scratch.clear_arrived(s)
                        incoming = self._read_incoming(s, root, device)
                    plan = self._plan_round(s, device)
                    self.lock_taken_at = time.perf_counter()
                    self._record_files(s, incoming)
                    received = self._merge_round(s, plan, written)
                    self._note_devices(s, incoming)
                    write_in(s, keys.SYNC_LAST_ROUND, self._ctx.now())
                self.lock_released_at = time.perf_counter()
                break
            except DatabaseLocked:
                if last:
                    raise
        sent = self._publish(root, device, name)
        if self.own_segments() > self.compact_after:
            self.compact()
        self._announce(written)
        return RoundReport(
            sent=sent,
            received=received,
            devices=tuple(sorted(n for n, _seen, _h in incoming.devices.values())),
            conflicts=plan.conflicts,
            damaged_lines=incoming.damaged,
            seconds=time.perf_counter() - started,
        )

    def _read_incoming(self, s: Session, root: Path, device: str) -> _Incoming:
        """The log segments not read yet, their changes put in `round_arrived` (reading
        only; `_record_files` notes them)."""
        known = {row.path: row.size for row in s.scalars(select(SyncFile))}
        found = _Incoming()
        present: dict[str, int] = {}
        for log in log_files(root):
            present[log.relative] = log.size
            if known.get(log.relative) == log.size:
                continue
            mark = sync_scratch.arrived_mark(s)
            try:
                if _replaces_only_read(log, known):
                    found.files.append(log)  # a snapshot of segments all read already
                    continue
                with log.path.open(encoding="utf-8", errors="replace", newline="\n") as lines:
                    read = _read_segment(s, lines, log.relative)
            except OSError:
                sync_scratch.forget_arrived(s, mark)
                continue  # being replaced or gone: the next round reads it
            if read is None:
                continue
            segment, newest, damaged = read
            found.damaged += damaged
            found.files.append(log)
            if segment.device != device:
                before = found.devices.get(segment.device, ("", {}, ""))
                found.devices[segment.device] = (
                    segment.name,
                    dict(segment.seen),
                    max(newest, before[2]),
                )
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

    def _plan_round(self, s: Session, device: str) -> _Plan:
        """Compare, kind by kind and a batch of records at a time, what changed here since
        the last round (the journal names the records written; only those are compared
        with the shadow) and what arrived; stash the shadow rows and live rows to write."""
        ids = load_ids(s)
        scope = journal(s, ids)
        pending: set[str] = set(read_in(s, keys.SYNC_PENDING) or ())
        _fill_scope(s, ids, scope, pending)
        clock = _parse_or_zero(read_in(s, keys.SYNC_CLOCK))
        now = str(tick(clock, _wall_ms(self._ctx.now())))
        held = {f"{KNOWN_CARDS}{uid}" for uid in s.scalars(select(KnownCard.uid))}
        plan = _Plan(pending, str(clock), 0, cards_moved=scope is None)
        order = {kind: n for n, kind in enumerate(k.kind for k in SHARED)}
        named = [*order, CIRCLE, ME]
        others = sorted(set(sync_scratch.scope_kinds(s)) - set(named))
        for kind in [*named, *others]:
            for batch in sync_scratch.scope_batches(s, kind, self.write_batch):
                _compare_batch(s, ids, kind, batch, plan, now, device, held, order)
                ids.forget()
        return plan

    def _merge_round(self, s: Session, plan: _Plan, written: Written) -> int:
        """Store the merged shadow and write the live rows comparing decided on, parents
        before the records naming them, a batch at a time; the records changed elsewhere
        and applied here."""
        sync_scratch.store_shadow(s)
        ids = Ids(s)
        dead = _Dead(s, {})
        received = 0
        still_pending: set[str] = set()
        for batch in sync_scratch.todo_batches(s, self.write_batch):
            outcomes: dict[str, Outcome] = {}
            for kind, group in _runs(batch):
                _prefetch(ids, kind, group)
                if kind in BY_KIND:
                    new = [(r, v) for r, v in group if r not in ids.to_local[kind]]
                    outcomes.update(materialise_new(s, kind, new, ids, dead, written))
                for record, values in group:
                    if record not in outcomes:
                        outcomes[record] = materialise(s, kind, record, values, ids, dead, written)
            for record, outcome in outcomes.items():
                if outcome is Outcome.PENDING:
                    still_pending.add(record)
                elif outcome in (Outcome.WRITTEN, Outcome.DELETED):
                    received += 1
            written.bound()
            ids.forget()
        if plan.cards_moved:
            owners = card_owners(sync_shadow.people_with_cards(s))
            ids.to_local["person"].fill(owners.values())
            written.people |= settle_cards(s, owners, ids)
        if written.people:
            from kith.services.interactions import refresh_last_seen

            refresh_last_seen(s, written.people)
        write_in(s, keys.SYNC_PENDING, frozenset(still_pending))
        write_in(s, keys.SYNC_CLOCK, plan.newest)
        # Everything written so far is compared and recorded (this round's own writes
        # too): the journal starts again from here, in the same transaction.
        clear_journal(s)
        return received

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
        with self._ctx.db.reading() as s, sync_scratch.scratch(s):
            published = read_in(s, keys.SYNC_PUBLISHED)
            own = _stash_own(s, device, published, standing_only=not published)
            seen = {row.device: row.last_hlc for row in s.scalars(select(SyncDevice))}
            told_name = read_in(s, keys.SYNC_PUBLISHED_NAME)
            clock = read_in(s, keys.SYNC_CLOCK) or str(ZERO)
            if not own.records and told_name == name:
                return 0
            # A new name alone is worth a segment: the others know a device by its header.
            newest = own.newest or published or clock
            seen[device] = newest
            header = sync_log.header_line(device, name, seen, gone=own.gone)
            lines = itertools.chain([header], sync_scratch.own_lines(s))
            log = write_segment(root, device, own.first or clock, lines)
        with self._ctx.db.writing() as s:
            s.merge(SyncFile(path=log.relative, size=log.size))
            write_in(s, keys.SYNC_PUBLISHED, newest)
            write_in(s, keys.SYNC_PUBLISHED_NAME, name)
        return own.records

    # --- compaction -------------------------------------------------------------------

    def own_segments(self) -> int:
        """How many of this device's segments (already read back) are in the folder."""
        with self._ctx.db.reading() as s:
            device = read_in(s, keys.SYNC_DEVICE_ID)
            if not device:
                return 0
            return len(_own_files(s, device))

    def compact(self) -> int:
        """Replace this device's segments by one snapshot of every change of its own
        (standing ones with their values, replaced ones by id): a reader that never saw
        the old segments learns from it all they said. Written whole before the old ones
        are removed; only segments already read back (known, at their size) are removed.
        The number of segments replaced."""
        root = self.folder
        if root is None or not root.is_dir():
            return 0
        with self._ctx.db.reading() as s, sync_scratch.scratch(s):
            device, name = read_in(s, keys.SYNC_DEVICE_ID), read_in(s, keys.SYNC_DEVICE_NAME)
            if not device:
                return 0
            name = name or platform.node() or "Kith"
            known = _own_files(s, device)
            present = {log.relative: log for log in log_files(root) if log.folder == device}
            replaced = {
                p: size for p, size in known.items() if p in present and present[p].size == size
            }
            if len(replaced) < 2:
                return 0
            own = _stash_own(s, device, "", standing_only=False)
            seen = {row.device: row.last_hlc for row in s.scalars(select(SyncDevice))}
            seen[device] = read_in(s, keys.SYNC_PUBLISHED)
            names = {p.split("/", 1)[1]: size for p, size in replaced.items()}
            header = sync_log.header_line(device, name, seen, gone=own.gone, replaces=names)
            lines = itertools.chain([header], sync_scratch.own_lines(s))
            log = write_segment(root, device, f"{own.first or ZERO}-snapshot", lines)
        with self._ctx.db.writing() as s:
            s.merge(SyncFile(path=log.relative, size=log.size))
            s.execute(delete(SyncFile).where(SyncFile.path.in_(sorted(replaced))))
        for path in replaced:
            with contextlib.suppress(OSError):  # gone already: the same end
                present[path].path.unlink()
        return len(replaced)

    def _announce(self, written: Written) -> None:
        kinds: list[Kind] = []
        if written.people:
            kinds.append(Kind.PEOPLE)
        # Past the listed limit the ids were let go (`Written.bound`): both kinds, all of them.
        if written.interactions or written.many:
            kinds.append(Kind.INTERACTIONS)
        if written.meetups or written.many:
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
                    everything=written.many,
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
        with self._ctx.db.writing() as s:
            device, _name = self._device(s)
            shadow = sync_shadow.load(s, [conflict.record])
            known = shadow.get(conflict.record, Shadowed(conflict.kind))
            standing = [
                cid
                for cid, k in known.fields.get(conflict.field, {}).items()
                if k.state is not State.GONE
            ]
            lost = (conflict.hlc, conflict.device) not in standing
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
                {conflict.field: FieldChange(value, tuple(sorted(standing)))},
                device,
            )
            shadow.setdefault(conflict.record, known)
            merged, _made = _merge_into_shadow([chosen], {conflict.record: conflict.kind}, shadow)
            sync_shadow.store(s, {r: shadow[r] for r in merged}, device)
            values = shadow[conflict.record].values()
            materialise(
                s, conflict.kind, conflict.record, values, load_ids(s), _Dead(s, shadow), written
            )
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


def _by_kind(
    todo: list[tuple[int, str, str, Values]],
) -> list[tuple[int, str, list[tuple[str, Values]]]]:
    """The records to write, grouped by kind in the order kinds are made."""
    groups: dict[tuple[int, str], list[tuple[str, Values]]] = defaultdict(list)
    for n, record, kind, values in sorted(todo, key=lambda item: item[:2]):
        groups[(n, kind)].append((record, values))
    return [(n, kind, group) for (n, kind), group in sorted(groups.items())]


def _replaces_only_read(log: LogFile, known: dict[str, int]) -> bool:
    """A snapshot whose replaced segments were all read here, whole: nothing new in it."""
    with log.path.open(encoding="utf-8", errors="replace") as f:
        first = f.readline()
    if '"replaces"' not in first:
        return False
    head = sync_log.read_segment(first if first.endswith("\n") else "", log.relative)
    if head is None or not head.replaces:
        return False
    return all(known.get(f"{log.folder}/{n}") == size for n, size in head.replaces.items())


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


class _Dead:
    """Records deleted for good (winning `_alive` false), looked up in the shadow when
    the round did not read them: a record may name one deleted long ago."""

    def __init__(self, s: Session, shadow: dict[str, Shadowed]) -> None:
        self._s = s
        self._shadow = shadow
        self._looked: dict[str, bool] = {}

    def __contains__(self, record: object) -> bool:
        if not isinstance(record, str):
            return False
        known = self._shadow.get(record)
        if known is None:
            if record not in self._looked:
                found = sync_shadow.load(self._s, [record]).get(record)
                self._looked[record] = found is not None and _is_dead(found.winners())
            return self._looked[record]
        return _is_dead(known.winners())


def _is_dead(winners: dict[str, tuple[ChangeId, object]]) -> bool:
    return winners.get(ALIVE, (None, None))[1] is False


def _cards_moved(changes: Sequence[RecordChange]) -> bool:
    """Whether who holds a known card may have changed: a claim, or a person made or
    deleted (`card_owners` looks only at the people here)."""
    return any(
        c.kind == "person" and any(n == ALIVE or n.startswith(KNOWN_CARDS) for n in c.fields)
        for c in changes
    )


def _own_files(s: Session, device: str) -> dict[str, int]:
    mine = f"{device}/"
    return {row.path: row.size for row in s.scalars(select(SyncFile)) if row.path.startswith(mine)}


@dataclass
class _Own:
    """This device's change lines stashed for a segment (`round_own`)."""

    records: int = 0
    gone: bool = False
    """A change is named only as replaced: the segment needs the snapshot format."""
    first: str = ""
    newest: str = ""


def _stash_own(s: Session, device: str, published: str, *, standing_only: bool) -> _Own:
    """Stash this device's changes after `published` as log lines, one per record and
    time. Replaced ones are written by id (`gone`), or left out with `standing_only`."""
    own = _Own()
    lines: list[tuple[object, ...]] = []
    for record, sh in sync_shadow.own_since(s, published):
        grouped: dict[str, dict[str, FieldChange]] = defaultdict(dict)
        if sh.plain is not None and sh.plain_id is not None:
            if sh.plain_id[1] == device and sh.plain_id[0] > published:
                grouped[sh.plain_id[0]] = {n: FieldChange(v) for n, v in sh.plain.items()}
        else:
            for name, changes in sh.fields.items():
                for cid, known in changes.items():
                    if cid[1] != device or cid[0] <= published:
                        continue
                    gone = known.state is State.GONE
                    if gone and standing_only:
                        continue
                    base = sh.bases.get((name, cid), ())
                    grouped[cid[0]][name] = FieldChange(
                        None if gone else known.value, base, gone=gone and not known.has_value
                    )
        if not grouped:
            continue
        own.records += 1
        for hlc, fields in grouped.items():
            own.gone = own.gone or any(fc.gone for fc in fields.values())
            own.first = min(own.first or hlc, hlc)
            own.newest = max(own.newest, hlc)
            line = sync_log.change_line(RecordChange(record, sh.kind, hlc, fields))
            lines.append((hlc, record, line))
        if len(lines) >= WRITE_BATCH:
            sync_scratch.add_own(s, lines)
            lines = []
    sync_scratch.add_own(s, lines)
    return own


def _read_segment(
    s: Session, lines: Iterable[str], source: str
) -> tuple[sync_log.Segment, str, int] | None:
    """Put a segment's changes in `round_arrived`: its header, its newest change time and
    how many lines were damaged (None: its header has not arrived yet)."""
    opened = sync_log.open_segment(lines, source)
    if opened is None:
        return None
    head, changes = opened
    batch: list[tuple[str, str, str, str, str]] = []
    newest, damaged = "", 0
    for line, parsed in changes:
        if parsed is None:
            damaged += 1
            continue
        batch.append((parsed.record, parsed.kind, parsed.hlc, head.device, line))
        newest = max(newest, parsed.hlc)
        if len(batch) >= WRITE_BATCH:
            sync_scratch.add_arrived(s, batch)
            batch = []
    sync_scratch.add_arrived(s, batch)
    return head, newest, damaged


def _fill_scope(s: Session, ids: Ids, named: dict[str, str] | None, pending: set[str]) -> None:
    """Put the records the round compares in `round_scope`, each with its kind: every
    record there is (`named` None), or those named, waiting and arrived, with the
    circles and Me always."""
    if named is not None:
        sync_scratch.scope_rows(s, ((r, kind) for r, kind in named.items() if kind))
        sync_scratch.want(s, [*named, *pending])
    for shared in SHARED:
        table = f'"{shared.table.name}"'
        if shared.pair is not None:
            if named is None:
                every = pair_records(ids, shared.kind)
                sync_scratch.scope_rows(s, ((r, shared.kind) for r in every))
        elif named is None:
            sync_scratch.scope_from(
                s, f"SELECT sync_id, ? FROM {table} WHERE sync_id IS NOT NULL", (shared.kind,)
            )
        else:
            sync_scratch.scope_from(
                s,
                f"SELECT w.record, ? FROM round_wanted w JOIN {table} t ON t.sync_id = w.record",
                (shared.kind,),
            )
    if named is None:
        sync_scratch.scope_from(s, "SELECT record, kind FROM main.sync_record")
    else:
        sync_scratch.scope_from(
            s,
            "SELECT w.record, r.kind FROM round_wanted w "
            "JOIN main.sync_record r ON r.record = w.record",
        )
    sync_scratch.scope_from(s, "SELECT record, kind FROM round_arrived")
    sync_scratch.scope_rows(s, fixed_records(s))


def _compare_batch(
    s: Session,
    ids: Ids,
    kind: str,
    batch: list[str],
    plan: _Plan,
    now: str,
    device: str,
    held: set[str],
    order: dict[str, int],
) -> None:
    """Compare one batch of records of one kind (`_local_changes`), merge what changed
    here and what arrived into their shadow, and stash what is to be stored and written."""
    shadow = sync_shadow.load(s, batch)
    winners: Winners = {record: sh.winners() for record, sh in shadow.items()}
    kinds = {record: sh.kind for record, sh in shadow.items()}
    local: list[RecordChange] = []
    if kind in BY_KIND or kind in (CIRCLE, ME):  # a kind not known here is only kept
        live = live_records(s, ids, kind, batch)
        # Only a record with more than one change can show a value held by several.
        shown = {r: sh.shown() for r, sh in shadow.items() if sh.plain is None}
        local = _local_changes(live, winners, plan.pending, now, device, kinds, held, shown)
    else:
        live = {}
    changes = [*local, *sync_scratch.arrived_for(s, batch)]
    if not changes and not plan.pending:
        return
    plan.newest = max([plan.newest, *(c.hlc for c in changes)])
    kinds.update({c.record: c.kind for c in changes})
    plan.cards_moved = plan.cards_moved or _cards_moved(changes)
    merged, made = _merge_into_shadow(changes, kinds, shadow)
    plan.conflicts += made
    sync_scratch.stash_shadow(s, [sync_shadow.row(r, shadow[r], device) for r in merged])
    # Records to write: those a merge touched whose winners differ from the live row,
    # and those still waiting for a record they name.
    todo: list[tuple[int, str, str, str]] = []
    for record in merged | plan.pending.intersection(batch):
        found = kinds.get(record)
        if found is None or (found not in BY_KIND and found not in (CIRCLE, ME)):
            continue
        values = shadow[record].values() if record in shadow else {}
        have = live.get(record, (found, {}))[1]
        if record in plan.pending or values != _comparable(have, values):
            text = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
            todo.append((order.get(found, len(order)), record, found, text))
    sync_scratch.stash_todo(s, todo)


def _runs(batch: list[tuple[str, str, str]]) -> list[tuple[str, list[tuple[str, Values]]]]:
    """A batch of (kind, record, winners as JSON) as runs of one kind, in order."""
    runs: list[tuple[str, list[tuple[str, Values]]]] = []
    for kind, record, text in batch:
        if not runs or runs[-1][0] != kind:
            runs.append((kind, []))
        runs[-1][1].append((record, json.loads(text)))
    return runs


def _prefetch(ids: Ids, kind: str, group: list[tuple[str, Values]]) -> None:
    """Read in a few statements the ids that writing `group` will look up one by one."""
    shared = BY_KIND.get(kind)
    if shared is None:
        return
    ids.to_local[kind].fill(record for record, _values in group)
    for name, ref_kind in shared.refs.items():
        ids.to_local[ref_kind].fill(
            str(values[name]) for _r, values in group if values.get(name) is not None
        )
    for members in shared.members:
        if members.other_kind in (CARD, INTEREST):
            continue
        prefix = f"{members.name}/"
        ids.to_local[members.other_kind].fill(
            key.removeprefix(prefix)
            for _r, values in group
            for key in values
            if key.startswith(prefix)
        )


def _local_changes(
    live: dict[str, tuple[str, Values]],
    winners: Winners,
    pending: set[str],
    hlc: str,
    device: str,
    kinds: dict[str, str],
    held_cards: set[str],
    shown: dict[str, dict[str, tuple[ChangeId, ...]]] | None = None,
) -> list[RecordChange]:
    """What changed in `live` since the last round, as changes replacing what was shown;
    `held_cards` are the known cards someone here holds; `shown`, for the records with
    more than one change, the changes holding each field's shown value
    (`Shadowed.shown`: the winner alone when absent)."""
    made: list[RecordChange] = []
    shown = shown or {}

    def field_change(
        record: str, name: str, won: tuple[ChangeId, object] | None, value: object
    ) -> FieldChange:
        if won is None:
            return FieldChange(value)
        return FieldChange(value, shown.get(record, {}).get(name) or (won[0],))

    for record, (kind, values) in live.items():
        if record in pending:
            continue
        known = winners.get(record, {})
        if not known:  # never shared yet: every field is new
            fields = {name: FieldChange(value) for name, value in values.items()}
        else:
            fields = {}
            for name, value in values.items():
                won = known.get(name)
                if won is None or won[1] != value or type(won[1]) is not type(value):
                    fields[name] = field_change(record, name, won, value)
        if kind == CIRCLE and not known and _default_rhythm(record) == values.get("rhythm_days"):
            # Every database starts with the same circles: a rhythm never changed is dated
            # at the beginning of time, so joining never undoes a rhythm set elsewhere.
            made.append(RecordChange(record, kind, str(ZERO), fields, device))
            continue
        for name, won in known.items():
            if name not in values and "/" in name and won[1] is True:
                if name.startswith(KNOWN_CARDS) and name in held_cards:
                    continue  # the card means someone else here (see `card_owners`)
                fields[name] = field_change(record, name, won, False)
        if fields:
            made.append(RecordChange(record, kind, hlc, fields, device))
    for record, known in winners.items():
        alive = known.get(ALIVE)
        if alive is not None and alive[1] is True and record not in live and record not in pending:
            made.append(
                RecordChange(
                    record,
                    kinds[record],
                    hlc,
                    {ALIVE: field_change(record, ALIVE, alive, False)},
                    device,
                )
            )
    return made


def _merge_into_shadow(
    changes: Sequence[RecordChange],
    kinds: dict[str, str],
    shadow: dict[str, Shadowed],
) -> tuple[set[str], int]:
    """Merge every change into `shadow` (the records' known changes, read before): the
    records whose fields moved, and how many new conflicts."""
    by_record: dict[str, list[RecordChange]] = defaultdict(list)
    for c in changes:
        by_record[c.record].append(c)
    touched: set[str] = set()
    by_field: dict[tuple[str, str], list[tuple[ChangeId, FieldChange]]] = defaultdict(list)
    for record, arrived in by_record.items():
        if len(arrived) == 1 and record not in shadow:
            # A record seen for the first time in one change, as every record of a
            # first round: each field's one change wins, unless it replaced something.
            (c,) = arrived
            if not any(fc.base or fc.gone for fc in c.fields.values()):
                shadow[record] = Shadowed(
                    kinds[record],
                    plain_id=(c.hlc, c.device),
                    plain={n: fc.value for n, fc in c.fields.items()},
                )
                touched.add(record)
                continue
        for c in arrived:
            for name, fc in c.fields.items():
                by_field[(c.record, name)].append(((c.hlc, c.device), fc))
    conflicts = 0
    for (record, name), arriving in by_field.items():
        sh = shadow.get(record)
        if sh is None:
            sh = shadow[record] = Shadowed(kinds[record], {})
        before = sh.fields.get(name, {})
        if (
            not before
            and len(arriving) == 1
            and not arriving[0][1].base
            and not arriving[0][1].gone
        ):
            # A field seen for the first time, as nearly every field of a first round.
            cid, fc = arriving[0]
            after = {cid: Known(State.WIN, fc.value)}
        else:
            after = merge(
                before,
                [(cid, fc.value, fc.base) for cid, fc in arriving if not fc.gone],
                [(cid, fc.base) for cid, fc in arriving if fc.gone],
            )
            after = {cid: sync_shadow.settled(k) for cid, k in after.items()}
        for cid, fc in arriving:
            if fc.base and (name, cid) not in sh.bases:
                sh.bases[(name, cid)] = fc.base
                touched.add(record)
        if after == before:
            continue
        touched.add(record)
        sh.fields[name] = after
        won = next(((cid, k.value) for cid, k in after.items() if k.state is State.WIN), None)
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
    return touched, conflicts


def _conflicts(s: Session) -> list[Conflict]:
    """Standing values that lost to a concurrent change, newest first."""
    found: list[Conflict] = []
    names = {row.device: row.name for row in s.scalars(select(SyncDevice))}
    own_name = read_in(s, keys.SYNC_DEVICE_NAME) or platform.node()
    for record, sh in sync_shadow.with_lost(s).items():
        winners = sh.winners()
        for name, changes in sh.fields.items():
            if quiet_field(sh.kind, name):
                continue
            winner = winners.get(name, (None, None))[1]
            for (hlc, device), k in changes.items():
                if k.state is not State.LOST or not k.has_value or hlc == str(ZERO):
                    continue
                if k.value == winner:
                    continue
                found.append(
                    Conflict(
                        record,
                        sh.kind,
                        name,
                        k.value,
                        winner,
                        _moment(hlc),
                        device,
                        hlc,
                        person=_person_name(s, record, sh.kind, winners),
                        device_name=names.get(device, own_name),
                        other=_person_name(s, record, sh.kind, winners, end="person_id")
                        if sh.kind == "tie"
                        else "",
                    )
                )
    found.sort(key=lambda c: c.changed_at, reverse=True)
    return found


def _person_name(
    s: Session,
    record: str,
    kind: str,
    winners: dict[str, tuple[ChangeId, object]],
    end: str = "",
) -> str:
    person = record
    if kind != "person":
        # A tie's kind is read from its `person_id` end: it is what they are to `other_id`.
        end = end or ("other_id" if kind == "tie" else "person_id")
        owner = winners.get(end, (None, None))[1]
        if owner is None:
            return ""
        person = str(owner)
    return s.scalar(select(Person.name).where(Person.sync_id == person)) or ""


def _owner(s: Session, record: str, kind: str) -> str | None:
    """The global id of the person a record is, or belongs to; None for the others."""
    if kind == "person":
        return record
    shadowed = sync_shadow.load(s, [record]).get(record)
    owner = None if shadowed is None else shadowed.values().get("person_id")
    return None if owner is None else str(owner)


__all__ = ["Conflict", "DeviceStatus", "RoundReport", "SyncService", "SyncStatus"]
