"""What sync knows of each shared record: every change of each field, one row a record.

A record's changes are packed into one JSON text (`sync_record.fields`): the change ids
once, then each field either as its plain value (one change, the record's first id,
winning, replacing nothing: nearly every field of a record made once) or as its list of
changes. A value replaced for good (state "gone") is not kept: only its id matters, so a
late copy of it is known as replaced. Read and written straight through the driver: a
first round writes a row for every record there is.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from kith.domain.sync_merge import ChangeId, Known, State

_CODE = {State.WIN: "w", State.LOST: "l", State.GONE: "g"}
_STATE = {code: state for state, code in _CODE.items()}
_CHUNK = 500

Changes = dict[ChangeId, Known]
"""One field's known changes."""
Bases = dict[tuple[str, ChangeId], tuple[ChangeId, ...]]
"""(field, change) -> the changes it replaced, for the changes that replaced some."""


@dataclass
class Shadowed:
    kind: str
    fields: dict[str, Changes] = field(default_factory=dict)
    bases: Bases = field(default_factory=dict)

    def winners(self) -> dict[str, tuple[ChangeId, object]]:
        found: dict[str, tuple[ChangeId, object]] = {}
        for name, changes in self.fields.items():
            for cid, known in changes.items():
                if known.state is State.WIN:
                    found[name] = (cid, known.value)
                    break
        return found


def driver(s: Session) -> sqlite3.Connection:
    raw = s.connection().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def settled(known: Known) -> Known:
    """How a change is kept: a replaced one without its value."""
    if known.state is State.GONE and known.has_value:
        return Known(State.GONE, None, has_value=False)
    return known


def pack(shadowed: Shadowed) -> str:
    ids: dict[ChangeId, int] = {}

    def index(cid: ChangeId) -> int:
        if cid not in ids:
            ids[cid] = len(ids)
        return ids[cid]

    plain: dict[str, object] = {}
    listed: dict[str, list[list[object]]] = {}
    # The record's first change goes first, so its plain fields need no index.
    for changes in shadowed.fields.values():
        for cid in changes:
            index(cid)
            break
        break
    for name, changes in shadowed.fields.items():
        if len(changes) == 1:
            ((cid, known),) = changes.items()
            if (
                known.state is State.WIN
                and index(cid) == 0
                and (name, cid) not in shadowed.bases
                and known.has_value
            ):
                plain[name] = known.value
                continue
        entries: list[list[object]] = []
        for cid, known in changes.items():
            base = [index(b) for b in shadowed.bases.get((name, cid), ())]
            entry: list[object] = [index(cid), _CODE[known.state], base]
            if known.has_value and known.state is not State.GONE:
                entry.append(known.value)
            entries.append(entry)
        listed[name] = entries
    packed: dict[str, object] = {"c": [list(cid) for cid in ids]}
    if plain:
        packed["v"] = plain
    if listed:
        packed["f"] = listed
    return json.dumps(packed, ensure_ascii=False, separators=(",", ":"))


def unpack(kind: str, text: str) -> Shadowed:
    raw = json.loads(text)
    ids = [(str(h), str(d)) for h, d in raw["c"]]
    shadowed = Shadowed(kind)
    fields = shadowed.fields
    if "v" in raw:
        first = ids[0]
        for name, value in raw["v"].items():
            fields[name] = {first: Known(State.WIN, value)}
    for name, entries in raw.get("f", {}).items():
        changes: Changes = {}
        for entry in entries:
            cid = ids[entry[0]]
            state = _STATE[entry[1]]
            if entry[2]:
                shadowed.bases[(name, cid)] = tuple(ids[b] for b in entry[2])
            if len(entry) > 3:
                changes[cid] = Known(state, entry[3])
            else:
                changes[cid] = Known(state, None, has_value=False)
        fields[name] = changes
    return shadowed


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def load(s: Session, records: Iterable[str] | None = None) -> dict[str, Shadowed]:
    """The shadow of `records` (None: of every record)."""
    conn = driver(s)
    found: dict[str, Shadowed] = {}
    if records is None:
        rows: Iterable[tuple[str, str, str]] = conn.execute(
            "SELECT record, kind, fields FROM sync_record"
        )
        for record, kind, text in rows:
            found[record] = unpack(kind, text)
        return found
    for chunk in _chunks(sorted(set(records))):
        marks = ",".join("?" * len(chunk))
        for record, kind, text in conn.execute(
            f"SELECT record, kind, fields FROM sync_record WHERE record IN ({marks})", chunk
        ):
            found[record] = unpack(kind, text)
    return found


def load_kind(s: Session, kind: str) -> dict[str, Shadowed]:
    rows = driver(s).execute("SELECT record, fields FROM sync_record WHERE kind = ?", (kind,))
    return {record: unpack(kind, text) for record, text in rows}


def own_newest(shadowed: Shadowed, device: str) -> str:
    """The newest time of this device's changes in the record ("" for none)."""
    return max(
        (cid[0] for changes in shadowed.fields.values() for cid in changes if cid[1] == device),
        default="",
    )


def has_lost(shadowed: Shadowed) -> bool:
    return any(
        known.state is State.LOST
        for changes in shadowed.fields.values()
        for known in changes.values()
    )


def store(s: Session, records: dict[str, Shadowed], device: str) -> None:
    conn = driver(s)
    conn.executemany(
        "INSERT OR REPLACE INTO sync_record (record, kind, own, lost, fields) VALUES (?,?,?,?,?)",
        (
            (record, sh.kind, own_newest(sh, device), int(has_lost(sh)), pack(sh))
            for record, sh in records.items()
        ),
    )


def own_since(s: Session, published: str) -> Iterator[tuple[str, Shadowed]]:
    """The records holding a change of this device newer than `published` ("" : any)."""
    rows = driver(s).execute(
        "SELECT record, kind, fields FROM sync_record WHERE own > ? ORDER BY record",
        (published,),
    )
    for record, kind, text in rows:
        yield record, unpack(kind, text)


def with_lost(s: Session) -> dict[str, Shadowed]:
    rows = driver(s).execute("SELECT record, kind, fields FROM sync_record WHERE lost = 1")
    return {record: unpack(kind, text) for record, kind, text in rows}


__all__ = [
    "Bases",
    "Changes",
    "Shadowed",
    "driver",
    "has_lost",
    "load",
    "load_kind",
    "own_since",
    "pack",
    "settled",
    "store",
    "unpack",
    "with_lost",
]
