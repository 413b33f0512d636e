"""The sync state machine: three devices, each with its own copy of the sync folder, making
random changes (and replacing their own segments by a snapshot) while a pretend file-sync
tool delivers their files late, twice, out of order, half-copied and as conflict copies.
When everyone has seen everything, the three databases export the same, no interaction
logged is missing, and every value overwritten without being seen is in the conflicts
list."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule
from sqlalchemy import select

from kith.domain.ties import TieKind
from kith.domain.values import Mode
from kith.services.views import PersonInput
from kith.storage.schema import Interaction, Person, interaction_person
from tests.services.sync_devices import Device, normalised_export

TAGS = ("climbing", "chess", "cooking")
NAMES = ("Laptop", "Desktop", "Tablet")


def _logs(folder: Path) -> dict[str, Path]:
    root = folder / "kith-sync"
    return {str(p.relative_to(folder)): p for p in root.rglob("*.jsonl")} if root.is_dir() else {}


class SyncMachine(RuleBasedStateMachine):
    template: Path
    work: Path

    def __init__(self) -> None:
        super().__init__()
        self.devices: list[Device] = []
        self.counter = 0
        self.logged: set[str] = set()
        self.deleted_interactions: set[str] = set()
        self.written: dict[tuple[str, str], set[str]] = {}
        """(person sync id, field) -> every value written to it by a user."""
        self.seen_overwritten: set[tuple[str, str, str]] = set()
        """(person, field, value) replaced by a user who was shown it."""

    @initialize()
    def start(self) -> None:
        self.where = Path(tempfile.mkdtemp(prefix="run", dir=self.work))
        where = self.where
        for name in NAMES:
            self.devices.append(Device(self.template, where, name, where / f"folder-{name}"))

    def teardown(self) -> None:
        for device in self.devices:
            device.close()
        if self.devices:  # a thousand runs of three databases would fill a small disk
            shutil.rmtree(self.where, ignore_errors=True)

    # --- what users do ---------------------------------------------------------------

    def _unique(self, what: str) -> str:
        self.counter += 1
        return f"{what} {self.counter}"

    def _people(self, d: Device) -> list[tuple[int, str]]:
        with d.svc.ctx.db.reading() as s:
            return [
                (r[0], r[1])
                for r in s.execute(select(Person.id, Person.sync_id).order_by(Person.id))
            ]

    def _pick(self, data: st.DataObject, d: Device, n: int = 1) -> list[tuple[int, str]]:
        people = self._people(d)
        if len(people) < n:
            return []
        return data.draw(st.lists(st.sampled_from(people), min_size=n, max_size=n, unique=True))

    @rule(device=st.integers(0, 2))
    def add_person(self, device: int) -> None:
        d = self.devices[device]
        name = self._unique("Person")
        made = d.svc.people.add(PersonInput(name, notes=""))
        sync_id = dict(self._people(d))[made.id]
        self.written.setdefault((sync_id, "name"), set()).add(name)
        self.written.setdefault((sync_id, "notes"), set()).add("")

    @rule(device=st.integers(0, 2), data=st.data(), which=st.sampled_from(["name", "notes"]))
    def edit(self, device: int, data: st.DataObject, which: str) -> None:
        d = self.devices[device]
        chosen = self._pick(data, d)
        if not chosen:
            return
        ((person_id, sync_id),) = chosen
        summary = d.svc.people.summary(person_id)
        detail = d.svc.people.detail(person_id)
        name, notes = summary.name, detail.notes
        new = self._unique(which)
        old = name if which == "name" else notes
        self.seen_overwritten.add((sync_id, which, old))
        self.written.setdefault((sync_id, which), set()).add(new)
        d.svc.people.update(
            person_id,
            PersonInput(
                new if which == "name" else name,
                notes=new if which == "notes" else notes,
                interests=summary.interests,
                circle=summary.circle,
            ),
        )

    @rule(device=st.integers(0, 2), data=st.data(), tags=st.sets(st.sampled_from(TAGS)))
    def set_interests(self, device: int, data: st.DataObject, tags: set[str]) -> None:
        d = self.devices[device]
        for person_id, _ in self._pick(data, d):
            d.svc.people.set_interests(person_id, sorted(tags))

    @rule(device=st.integers(0, 2), data=st.data(), count=st.integers(1, 2))
    def log(self, device: int, data: st.DataObject, count: int) -> None:
        d = self.devices[device]
        chosen = self._pick(data, d, count)
        if not chosen:
            return
        view = d.svc.interactions.log(
            [p for p, _ in chosen], Mode.IN_PERSON, note=self._unique("talk")
        )
        with d.svc.ctx.db.reading() as s:
            self.logged.add(
                str(s.scalar(select(Interaction.sync_id).where(Interaction.id == view.id)))
            )

    @rule(device=st.integers(0, 2), data=st.data())
    def follow_up(self, device: int, data: st.DataObject) -> None:
        d = self.devices[device]
        for person_id, _ in self._pick(data, d):
            d.svc.follow_ups.add(person_id, self._unique("ask"))

    @rule(device=st.integers(0, 2), data=st.data())
    def delete(self, device: int, data: st.DataObject) -> None:
        d = self.devices[device]
        chosen = self._pick(data, d)
        if not chosen:
            return
        ((person_id, _sync_id),) = chosen
        with d.svc.ctx.db.reading() as s:
            theirs = set(
                s.scalars(
                    select(interaction_person.c.interaction_id).where(
                        interaction_person.c.person_id == person_id
                    )
                )
            )
            for iid in theirs:
                others = s.scalars(
                    select(interaction_person.c.person_id).where(
                        interaction_person.c.interaction_id == iid,
                        interaction_person.c.person_id != person_id,
                    )
                ).all()
                if not others:
                    sid = s.scalar(select(Interaction.sync_id).where(Interaction.id == iid))
                    self.deleted_interactions.add(str(sid))
        d.svc.people.delete(person_id)

    @rule(device=st.integers(0, 2), data=st.data())
    def merge(self, device: int, data: st.DataObject) -> None:
        d = self.devices[device]
        chosen = self._pick(data, d, 2)
        if not chosen:
            return
        (keep, keep_sync), (other, _) = chosen
        for which, value in (
            ("name", d.svc.people.summary(keep).name),
            ("notes", d.svc.people.detail(keep).notes),
        ):
            self.seen_overwritten.add((keep_sync, which, value))
        d.svc.merging.merge(keep, other)
        summary, detail = d.svc.people.summary(keep), d.svc.people.detail(keep)
        self.written.setdefault((keep_sync, "name"), set()).add(summary.name)
        self.written.setdefault((keep_sync, "notes"), set()).add(detail.notes)

    @rule(device=st.integers(0, 2), data=st.data(), kind=st.sampled_from(list(TieKind)))
    def tie(self, device: int, data: st.DataObject, kind: TieKind) -> None:
        """Tie two people, or tie them another way (one tie per pair, so this replaces)."""
        d = self.devices[device]
        chosen = self._pick(data, d, 2)
        if chosen:
            (one, _), (other, _) = chosen
            d.svc.ties.tie(
                one, other, kind, self._unique("tie") if data.draw(st.booleans()) else ""
            )

    @rule(device=st.integers(0, 2), data=st.data())
    def untie(self, device: int, data: st.DataObject) -> None:
        d = self.devices[device]
        lines = d.svc.ties.lines()
        if lines:
            line = data.draw(st.sampled_from(lines))
            d.svc.ties.untie(line.low, line.high)

    @rule(device=st.integers(0, 2), data=st.data(), size=st.integers(0, 2))
    def add_group(self, device: int, data: st.DataObject, size: int) -> None:
        d = self.devices[device]
        members = [p for p, _ in self._pick(data, d, size)] if size else []
        d.svc.ties.add_group(self._unique("Group"), members)

    @rule(
        device=st.integers(0, 2),
        data=st.data(),
        how=st.sampled_from(["rename", "join", "leave", "remove"]),
    )
    def change_group(self, device: int, data: st.DataObject, how: str) -> None:
        d = self.devices[device]
        groups = d.svc.ties.groups()
        if not groups:
            return
        group = data.draw(st.sampled_from(groups))
        if how == "rename":
            d.svc.ties.rename_group(group.id, self._unique("Group"))
        elif how == "remove":
            d.svc.ties.remove_group(group.id)
        else:
            for person_id, _ in self._pick(data, d):
                (d.svc.ties.join if how == "join" else d.svc.ties.leave)(group.id, person_id)

    @rule(device=st.integers(0, 2), minutes=st.sampled_from([1, 2, 7, 300, -240]))
    def clock_moves(self, device: int, minutes: int) -> None:
        """Clocks drift, and one may be hours wrong either way."""
        self.devices[device].later(minutes)

    @rule(device=st.integers(0, 2))
    def sync(self, device: int) -> None:
        self.devices[device].sync()

    @rule(device=st.integers(0, 2))
    def compact(self, device: int) -> None:
        """A device replaces its segments by one snapshot (the others' copies of the
        folder may keep the old ones, or never have had them)."""
        self.devices[device].svc.sync.compact()

    # --- what the file-sync tool does --------------------------------------------------

    @rule(
        source=st.integers(0, 2),
        receiver=st.integers(0, 2),
        data=st.data(),
        how=st.sampled_from(["all", "one", "half", "syncthing-copy", "dropbox-copy"]),
    )
    def deliver(self, source: int, receiver: int, data: st.DataObject, how: str) -> None:
        if source == receiver:
            return
        src, dst = self.devices[source].folder, self.devices[receiver].folder
        theirs, mine = _logs(src), _logs(dst)
        if how == "all":
            for rel, path in theirs.items():
                _copy(path, dst / rel)
            return
        if not theirs:
            return
        rel = data.draw(st.sampled_from(sorted(theirs)))
        to = dst / rel
        if how == "one":
            _copy(theirs[rel], to)
        elif how == "half" and rel not in mine:
            to.parent.mkdir(parents=True, exist_ok=True)
            text = theirs[rel].read_bytes()
            to.write_bytes(text[: len(text) // 2])
        elif how == "syncthing-copy":
            _copy(
                theirs[rel], to.with_name(f"{to.stem}.sync-conflict-20261122-120000-ABCDEFG.jsonl")
            )
        elif how == "dropbox-copy":
            _copy(
                theirs[rel], to.with_name(f"{to.stem} (Tablet's conflicted copy 2026-11-22).jsonl")
            )

    @rule(receiver=st.integers(0, 2), whose=st.integers(0, 2))
    def folder_lost(self, receiver: int, whose: int) -> None:
        """A device's folder disappears from one copy (deleted, or restored from an old
        backup with nothing in it)."""
        device, _ = self.devices[whose].svc.sync.device()
        shutil.rmtree(self.devices[receiver].folder / "kith-sync" / device, ignore_errors=True)

    # --- everyone sees everything ------------------------------------------------------

    def settle(self) -> None:
        for _ in range(6):
            for d in self.devices:
                d.sync()
            for src in self.devices:
                for dst in self.devices:
                    if src is not dst:
                        for rel, path in _logs(src.folder).items():
                            _copy(path, dst.folder / rel)
            quiet = [d.sync() for d in self.devices]
            if all(r.sent == 0 for r in quiet):
                for d in self.devices:  # a last read of the last files
                    d.sync()
                return
        raise AssertionError("the devices kept sending changes after seeing everything")

    def check_converged(self) -> None:
        self.settle()
        exports = [normalised_export(d.svc) for d in self.devices]
        for other in exports[1:]:
            assert exports[0] == other, _difference(exports[0], other)
        present = {i["id"] for i in exports[0]["interactions"]}
        assert self.logged - self.deleted_interactions <= present
        people = {p["id"]: p for p in exports[0]["people"]}
        conflicts = [
            {(c.record, c.field, c.value) for c in d.svc.sync.conflicts()} for d in self.devices
        ]
        assert conflicts[0] == conflicts[1] == conflicts[2]
        for (person, which), values in self.written.items():
            if person not in people:
                continue
            final = people[person][which]
            for value in values:
                assert (
                    value == final
                    or (person, which, value) in self.seen_overwritten
                    or (person, which, value) in conflicts[0]
                ), (person, which, value, final)


def _difference(a: dict[str, Any], b: dict[str, Any]) -> str:
    """The first records two exports disagree on, for the failure message."""
    for key in a:
        if a[key] != b.get(key):
            if isinstance(a[key], list):
                left = [r for r in a[key] if r not in b[key]]
                right = [r for r in b[key] if r not in a[key]]
                return f"{key}: only in the first {left[:2]}; only in the other {right[:2]}"
            return f"{key}: {a[key]!r} != {b.get(key)!r}"
    return "same"


def _copy(path: Path, to: Path) -> None:
    """As a sync tool finishes a file: whole, replacing a half-copied one."""
    if to.exists() and to.stat().st_size == path.stat().st_size:
        return
    to.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, to)
