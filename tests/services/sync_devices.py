"""Several Kith databases ("devices") sharing sync folders, for the sync tests."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kith.bootstrap import open_services
from kith.clock import FixedClock
from kith.domain.ties import TieKind
from kith.services.app import Services
from kith.storage.schema import Group, Interaction, Meetup, Person
from tests.conftest import START, copy_of


class Device:
    """One database with its own clock, syncing through its own copy of the folder."""

    def __init__(self, template: Path, where: Path, name: str, folder: Path) -> None:
        self.name = name
        self.clock = FixedClock(START, "Asia/Jakarta")
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.svc: Services = open_services(copy_of(template, where / f"{name}.sqlite3"), self.clock)
        self.svc.sync.rename(name)
        self.svc.sync.choose_folder(folder)

    def later(self, minutes: int = 1) -> None:
        self.clock.advance(timedelta(minutes=minutes))

    def sync(self) -> Any:
        return self.svc.sync.run_round()

    def close(self) -> None:
        self.svc.close()


def copy_logs(source: Path, target: Path) -> None:
    """What a file-sync tool does, all at once: every log file of `source` into `target`."""
    for path in (source / "kith-sync").rglob("*.jsonl"):
        to = target / path.relative_to(source)
        to.parent.mkdir(parents=True, exist_ok=True)
        if not to.exists():
            shutil.copy2(path, to)


def normalised_export(svc: Services) -> dict[str, Any]:
    """`export-json`'s content with local row ids replaced by sync ids, in sync-id order:
    two databases holding the same records give the same value."""
    data = json.loads(svc.archive.archive_text())
    with svc.ctx.db.reading() as s:
        ids = {
            table.__tablename__: dict(s.execute(select(table.id, table.sync_id)).all())
            for table in (Person, Meetup, Interaction, Group)
        }
    return with_global_ids(data, ids)


def with_global_ids(data: dict[str, Any], ids: dict[str, dict[int, str]]) -> dict[str, Any]:
    """An archive with row ids replaced by the global ids in `ids` (table -> row id ->
    sync id), its lists in a fixed order: equal for two databases of the same records."""
    people, meetups = ids["person"], ids["meetup"]
    interactions, groups = ids["interaction"], ids["person_group"]
    data.pop("exported_at")
    for p in data["people"]:
        p["id"] = people[p["id"]]
        for key in ("contacts", "dates", "follow_ups"):
            p[key] = sorted(p[key], key=lambda item: json.dumps(item, sort_keys=True))
    for i in data["interactions"]:
        i["id"] = interactions[i["id"]]
        i["people"] = sorted(people[pid] for pid in i["people"])
        i["meetup_id"] = None if i["meetup_id"] is None else meetups[i["meetup_id"]]
    for m in data["meetups"]:
        m["id"] = meetups[m["id"]]
        m["people"] = sorted(people[pid] for pid in m["people"])
    for t in data["ties"]:  # stored lower row id first: read it from the lower sync id
        low, high = people[t["person_id"]], people[t["other_id"]]
        if high < low:
            low, high, t["kind"] = high, low, TieKind(t["kind"]).reversed.value
        t["person_id"], t["other_id"] = low, high
    data["ties"] = sorted(data["ties"], key=lambda t: (t["person_id"], t["other_id"]))
    for g in data["groups"]:
        g["id"] = groups[g["id"]]
        g["people"] = sorted(people[pid] for pid in g["people"])
    for key in ("people", "interactions", "meetups", "groups"):
        data[key] = sorted(data[key], key=lambda item: item["id"])
    return data


def devices(template: Path, where: Path, *names: str, shared: bool = True) -> Iterator[Device]:
    for name in names:
        folder = where / "shared" if shared else where / f"folder-{name}"
        yield Device(template, where, name, folder)


__all__ = ["Device", "copy_logs", "devices", "normalised_export", "with_global_ids"]
