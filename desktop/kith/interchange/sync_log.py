"""A device's sync log segment to and from text (the format is in SYNC_FORMAT.md).

A segment is JSON lines: a header naming the format version and the device, then one
line per changed record. File-sync tools deliver files half-copied: a last line without
its newline (or not JSON) is ignored, never taken for damage, and read again when the
file has grown. A newer format version is refused, so an older Kith never misreads it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from kith.domain.errors import QT_TRANSLATE_NOOP
from kith.domain.sync_clock import Hlc
from kith.domain.sync_merge import ChangeId
from kith.interchange.errors import FileRefused

FORMAT = "kith-sync"
VERSION = 2
VERSION = 3
"""The newest format this Kith reads. 2 added ties and groups (kinds `tie` and `group`), so
a round's segment is version 2; 3 is a snapshot (compaction), whose replaced changes a
version 2 reader would not know. Version 1 segments are still read."""
SEGMENT_VERSION = 2
SNAPSHOT_VERSION = 3
SUFFIX = ".jsonl"
ROOT = "kith-sync"
"""The folder Kith keeps inside the chosen sync folder: one folder per device in it."""


class FieldChange(NamedTuple):
    """A tuple rather than a dataclass: a first round makes a million of them."""

    value: object
    base: tuple[ChangeId, ...] = ()
    gone: bool = False
    """Known only as replaced (in a snapshot): its value is not carried."""


@dataclass(frozen=True, slots=True)
class RecordChange:
    record: str
    kind: str
    hlc: str
    fields: Mapping[str, FieldChange]
    device: str = ""
    """Who made it: the segment header's device (not repeated on each line)."""


@dataclass(frozen=True, slots=True)
class Segment:
    device: str
    name: str
    seen: Mapping[str, str] = field(default_factory=dict)
    """The newest change of each device the writer had applied."""
    changes: Sequence[RecordChange] = ()
    damaged_lines: int = 0
    """Whole lines (not the last) that could not be read: left out, and counted."""
    replaces: Mapping[str, int] = field(default_factory=dict)
    """A snapshot's: the writer's segments (name -> size) whose changes it holds."""


def is_log_name(name: str) -> bool:
    """A segment or a sync tool's conflict copy of one; not a temp file of any tool."""
    if name.startswith((".", "~")) or name.endswith((".tmp", ".part", ".partial")):
        return False
    return name.endswith(SUFFIX)


def segment_text(
    device: str,
    name: str,
    seen: Mapping[str, str],
    changes: Sequence[RecordChange],
    replaces: Mapping[str, int] | None = None,
) -> Iterator[str]:
    """A round's segment, or with `replaces` a snapshot of every change of the device."""
    any_gone = any(fc.gone for c in changes for fc in c.fields.values())
    yield header_line(device, name, seen, gone=any_gone, replaces=replaces)
    for c in changes:
        yield change_line(c)


def header_line(
    device: str,
    name: str,
    seen: Mapping[str, str],
    *,
    gone: bool,
    replaces: Mapping[str, int] | None = None,
) -> str:
    """A segment's first line. Version 2 unless it names a change only as replaced
    (`gone`), which a version 2 reader would take for a damaged line, or is a snapshot."""
    header: dict[str, object] = {
        "format": FORMAT,
        "version": SEGMENT_VERSION if replaces is None and not gone else SNAPSHOT_VERSION,
        "device": device,
        "name": name,
        "seen": dict(seen),
    }
    if replaces is not None:
        header["replaces"] = dict(sorted(replaces.items()))
    return json.dumps(header, ensure_ascii=False, sort_keys=True) + "\n"


def change_line(c: RecordChange) -> str:
    line = {
        "r": c.record,
        "k": c.kind,
        "h": c.hlc,
        "f": {
            f: [fc.value, [list(b) for b in fc.base], True]
            if fc.gone
            else [fc.value, [list(b) for b in fc.base]]
            for f, fc in c.fields.items()
        },
    }
    return json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n"


def _refused(source: str) -> FileRefused:
    return FileRefused(
        QT_TRANSLATE_NOOP("Errors", "%1 is not a Kith sync log."), source, code="sync.log.not_a_log"
    )


def _lines(text: str) -> Iterator[str]:
    start = 0
    while (end := text.find("\n", start)) >= 0:
        yield text[start : end + 1]
        start = end + 1
    yield text[start:]


def read_segment(text: str | Iterable[str], source: str) -> Segment | None:
    """The segment in `text` (or its lines, each with its newline, as an open file gives
    them); None while even its header has not fully arrived."""
    opened = open_segment(text, source)
    if opened is None:
        return None
    head, lines = opened
    changes: list[RecordChange] = []
    damaged = 0
    for _line, parsed in lines:
        if parsed is None:
            damaged += 1
        else:
            changes.append(parsed)
    return Segment(head.device, head.name, head.seen, changes, damaged, head.replaces)


def open_segment(
    text: str | Iterable[str], source: str
) -> tuple[Segment, Iterator[tuple[str, RecordChange | None]]] | None:
    """The header of the segment in `text` (its changes left empty), and its whole lines
    one at a time with each parsed (None: damaged), so a large one is never held whole;
    None while even its header has not fully arrived."""
    lines = iter(_lines(text) if isinstance(text, str) else text)
    # A line without its newline is one still being copied (or the empty end).
    first = next(lines, "")
    if not first.endswith("\n"):
        return None
    try:
        header = json.loads(first)
    except ValueError:
        raise _refused(source) from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise _refused(source)
    version = header.get("version")
    if not isinstance(version, int):
        raise _refused(source)
    if version > VERSION:
        raise FileRefused(
            QT_TRANSLATE_NOOP(
                "Errors",
                "%1 was written by a newer Kith (sync log format %2; this Kith reads up to "
                "format %3). Update Kith on this computer to sync with it.",
            ),
            source,
            version,
            VERSION,
            code="sync.log.newer",
        )
    device, name, seen = header.get("device"), header.get("name", ""), header.get("seen", {})
    if not isinstance(device, str) or not device or not isinstance(name, str):
        raise _refused(source)
    seen_map = {str(k): str(v) for k, v in seen.items()} if isinstance(seen, dict) else {}
    raw_replaces = header.get("replaces", {})
    replaces = (
        {str(k): int(v) for k, v in raw_replaces.items() if isinstance(v, int)}
        if isinstance(raw_replaces, dict)
        else {}
    )

    def changes() -> Iterator[tuple[str, RecordChange | None]]:
        for line in lines:
            if line.endswith("\n") and line.strip():
                yield line, parse_line(line, device)

    return Segment(device, name, seen_map, (), 0, replaces), changes()


def parse_line(line: str, device: str) -> RecordChange | None:
    """One change line of `device`'s segment, or None if it is damaged."""
    return _record_change(line, device)


def _record_change(line: str, device: str) -> RecordChange | None:
    try:
        raw = json.loads(line)
        record, kind, hlc, fields = raw["r"], raw["k"], raw["h"], raw["f"]
        if not (isinstance(record, str) and isinstance(kind, str) and isinstance(fields, dict)):
            return None
        Hlc.parse(hlc)
        parsed: dict[str, FieldChange] = {}
        for name, entry in fields.items():
            value, base, *rest = entry
            if len(rest) > 1:
                return None
            ids = tuple((str(b_hlc), str(b_device)) for b_hlc, b_device in base)
            # Field names, kinds and times repeat on every line: one copy of each is
            # kept, not one a line (a joining device holds every line until it applies).
            parsed[sys.intern(str(name))] = FieldChange(
                value, ids, gone=bool(rest and rest[0] is True)
            )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return RecordChange(record, sys.intern(kind), sys.intern(str(hlc)), parsed, device)
