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
from collections.abc import Iterable, Iterator

from sqlalchemy.orm import Session

from kith.domain.sync_merge import ChangeId, Known, State
from kith.services.sync_scratch import chunks, execute, rows
from kith.storage.database import whole_file_read

_CODE = {State.WIN: "w", State.LOST: "l", State.GONE: "g"}
_STATE = {code: state for state, code in _CODE.items()}
_CHUNK = 500
_WRITE_CHUNK = 2000

Changes = dict[ChangeId, Known]
"""One field's known changes."""
Bases = dict[tuple[str, ChangeId], tuple[ChangeId, ...]]
"""(field, change) -> the changes it replaced, for the changes that replaced some."""


class Shadowed:
    """One record's known changes: `fields` -> each field's changes by id, and `bases`.
    A record whose fields all hold one winning change alone (nearly every record) is
    kept `plain` until something asks for `fields`: a first round holds a million fields."""

    __slots__ = ("_fields", "bases", "kind", "plain", "plain_id")

    def __init__(
        self,
        kind: str,
        fields: dict[str, Changes] | None = None,
        bases: Bases | None = None,
        *,
        plain_id: ChangeId | None = None,
        plain: dict[str, object] | None = None,
    ) -> None:
        self.kind = kind
        self._fields = fields if plain is None else None
        self.bases: Bases = bases or {}
        self.plain_id = plain_id
        self.plain = plain

    @property
    def fields(self) -> dict[str, Changes]:
        if self._fields is None:
            cid, plain = self.plain_id, self.plain or {}
            assert cid is not None or not plain
            self._fields = {n: {cid: Known(State.WIN, v)} for n, v in plain.items()}  # type: ignore[dict-item]
            self.plain = self.plain_id = None
        return self._fields

    def winners(self) -> dict[str, tuple[ChangeId, object]]:
        if self.plain is not None and self.plain_id is not None:
            cid = self.plain_id
            return {name: (cid, value) for name, value in self.plain.items()}
        found: dict[str, tuple[ChangeId, object]] = {}
        for name, changes in self.fields.items():
            for cid, known in changes.items():
                if known.state is State.WIN:
                    found[name] = (cid, known.value)
                    break
        return found

    def shown(self) -> dict[str, tuple[ChangeId, ...]]:
        """Per field, the standing changes holding the value shown: the winner, and any
        change made elsewhere with that same value at about the same time (two copies of
        one database share every record once each). A change made here replaces them all,
        so an edit never leaves the value it replaced standing as a conflict."""
        if self.plain is not None and self.plain_id is not None:
            return dict.fromkeys(self.plain, (self.plain_id,))
        found: dict[str, tuple[ChangeId, ...]] = {}
        for name, changes in self.fields.items():
            won = next(((c, k.value) for c, k in changes.items() if k.state is State.WIN), None)
            if won is None:
                continue
            same = sorted(
                cid
                for cid, k in changes.items()
                if k.state is State.LOST
                and k.has_value
                and type(k.value) is type(won[1])
                and k.value == won[1]
            )
            found[name] = (won[0], *same)
        return found

    def values(self) -> dict[str, object]:
        """The winning value of each field (to read, not to change)."""
        if self.plain is not None:
            return self.plain
        return {name: value for name, (_cid, value) in self.winners().items()}


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
    if "f" not in raw and "v" in raw:
        return Shadowed(kind, plain_id=ids[0], plain=raw["v"])
    shadowed = Shadowed(kind, {})
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


def load(s: Session, records: Iterable[str] | None = None) -> dict[str, Shadowed]:
    """The shadow of `records` (None: of every record)."""
    found: dict[str, Shadowed] = {}
    if records is None:
        for record, kind, text in rows(s, "SELECT record, kind, fields FROM sync_record"):
            found[record] = unpack(kind, text)
        return found
    for chunk in chunks(sorted(set(records)), _CHUNK):
        marks = ",".join("?" * len(chunk))
        for record, kind, text in rows(
            s, f"SELECT record, kind, fields FROM sync_record WHERE record IN ({marks})", chunk
        ):
            found[record] = unpack(kind, text)
    return found


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


def row(record: str, sh: Shadowed, device: str) -> tuple[str, str, str, int, str]:
    if sh.plain is not None and sh.plain_id is not None:
        first: ChangeId | None = sh.plain_id
        values = sh.plain
    else:
        first = _only_change(sh)
        if first is not None:
            values = {n: next(iter(changes.values())).value for n, changes in sh.fields.items()}
    if first is not None:  # one change made every field: the packed form is plain
        text = json.dumps(
            {"c": [list(first)], "v": values}, ensure_ascii=False, separators=(",", ":")
        )
        return record, sh.kind, first[0] if first[1] == device else "", 0, text
    return record, sh.kind, own_newest(sh, device), int(has_lost(sh)), pack(sh)


def _only_change(sh: Shadowed) -> ChangeId | None:
    """The change id of a record whose every field holds that one winning change alone."""
    if sh.bases or not sh.fields:
        return None
    first: ChangeId | None = None
    for changes in sh.fields.values():
        if len(changes) != 1:
            return None
        ((cid, known),) = changes.items()
        if known.state is not State.WIN or not known.has_value or (first and cid != first):
            return None
        first = cid
    return first


def store(s: Session, records: dict[str, Shadowed], device: str) -> None:
    items = list(records.items())
    for start in range(0, len(items), _WRITE_CHUNK):
        packed = [row(record, sh, device) for record, sh in items[start : start + _WRITE_CHUNK]]
        s.connection().exec_driver_sql(
            "INSERT OR REPLACE INTO sync_record (record, kind, own, lost, fields) "
            "VALUES (?,?,?,?,?)",
            packed,
        )


def own_since(s: Session, published: str) -> Iterator[tuple[str, Shadowed]]:
    """The records holding a change of this device newer than `published` ("" : any), in
    record order, read a batch at a time (inside `sync_scratch.scratch`)."""
    with whole_file_read(s):
        execute(s, "DELETE FROM round_wanted")
        execute(
            s,
            "INSERT INTO round_wanted SELECT record FROM main.sync_record "
            "WHERE own > ? AND own != ''",
            (published,),
        )
    query = (
        "SELECT w.record, r.kind, r.fields FROM round_wanted w "
        "JOIN main.sync_record r ON r.record = w.record WHERE w.record > ? "
        "ORDER BY w.record LIMIT ?"
    )
    for record, kind, text in _keyset(s, query):
        yield record, unpack(kind, text)


def _keyset(s: Session, query: str) -> Iterator[tuple[str, str, str]]:
    """The (record, kind, fields) rows of `query` (its parameters: the last record read,
    and how many), a chunk at a time."""
    last = ""
    while True:
        found = rows(s, query, (last, _CHUNK))
        if not found:
            return
        last = found[-1][0]
        yield from found


def people_with_cards(s: Session) -> Iterator[tuple[str, dict[str, tuple[ChangeId, object]]]]:
    """(record, winners) of the people here whose known changes name a known card: the
    only ones `sync_records.card_owners` needs."""
    query = (
        "SELECT p.sync_id, r.kind, r.fields FROM person p "
        "JOIN sync_record r ON r.record = p.sync_id "
        "WHERE p.sync_id > ? AND r.fields LIKE '%known\\_cards/%' ESCAPE '\\' "
        "ORDER BY p.sync_id LIMIT ?"
    )
    with whole_file_read(s):  # a chunk may scan every person to find a few: it ends
        for record, kind, text in _keyset(s, query):
            yield record, unpack(kind, text).winners()


def with_lost(s: Session) -> dict[str, Shadowed]:
    found = rows(s, "SELECT record, kind, fields FROM sync_record WHERE lost = 1")
    return {record: unpack(kind, text) for record, kind, text in found}


__all__ = [
    "Bases",
    "Changes",
    "Shadowed",
    "has_lost",
    "load",
    "own_since",
    "pack",
    "people_with_cards",
    "row",
    "settled",
    "store",
    "unpack",
    "with_lost",
]
