"""The sync folder on disk: one folder per device under `kith-sync/`, each holding that
device's log segments. A device writes only its own folder, each segment whole or not at
all (a temp name, fsync, rename), and reads everyone's."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kith.interchange.sync_log import ROOT, SUFFIX, is_log_name
from kith.storage.files import atomic_path

# Names that say a folder is kept in step by a file-sync tool: the live database must
# not be in one (the tools copy a database mid-write and make conflict copies of it).
_MARKER_FILES = (
    ".stfolder",
    ".stversions",
    ".dropbox",
    ".dropbox.cache",
    ".sync",
    ".nextcloudsync.log",
)
_MARKER_PARTS = (
    "dropbox",
    "nextcloud",
    "owncloud",
    "onedrive",
    "icloud drive",
    "icloud~",
    "mobile documents",
    "google drive",
    "my drive",
    "pcloud drive",
    "syncthing",
)


@dataclass(frozen=True, slots=True)
class LogFile:
    relative: str
    """Path under the sync folder, with "/": the key a read is remembered by."""
    path: Path
    size: int
    folder: str
    """The device folder it is in."""


def device_folder(root: Path, device: str) -> Path:
    return root / ROOT / device


def log_files(root: Path) -> Iterator[LogFile]:
    """Every segment (and sync-tool copy of one) in every device folder, in name order."""
    base = root / ROOT
    if not base.is_dir():
        return
    for folder in sorted(base.iterdir()):
        if not folder.is_dir() or folder.name.startswith("."):
            continue
        for entry in sorted(folder.iterdir()):
            if not is_log_name(entry.name):
                continue
            try:
                size = entry.stat().st_size
            except OSError:  # gone while we looked: the next round sees it again
                continue
            if entry.is_file():
                yield LogFile(f"{folder.name}/{entry.name}", entry, size, folder.name)


def write_segment(root: Path, device: str, first_hlc: str, lines: Iterable[str]) -> LogFile:
    """One new segment in this device's folder, whole or not at all."""
    folder = device_folder(root, device)
    name = f"{first_hlc}-{secrets.token_hex(4)}{SUFFIX}"
    target = folder / name
    with atomic_path(target) as tmp, tmp.open("w", encoding="utf-8", newline="\n") as out:
        for line in lines:
            out.write(line)
    return LogFile(f"{device}/{name}", target, target.stat().st_size, device)


def synced_folder_marker(path: Path) -> str | None:
    """Why `path` (the database) looks like it is inside a synced folder, or None."""
    here = path.expanduser().absolute()
    for folder in (here.parent, *here.parent.parents):
        for marker in _MARKER_FILES:
            if os.path.lexists(folder / marker):
                return str(folder / marker)
        name = folder.name.lower()
        if any(part in name for part in _MARKER_PARTS):
            return str(folder)
    return None


def inside(path: Path, folder: Path) -> bool:
    here, there = path.expanduser().absolute(), folder.expanduser().absolute()
    return here == there or there in here.parents
