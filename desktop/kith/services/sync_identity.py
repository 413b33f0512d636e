"""One device id per database file, even when the file is copied.

A user may copy their database to a second computer, or open a backup beside the live
file; both copies then carry one device id, and two databases writing one device's log
would give one change id to two different changes. So the database remembers its
*home* — this computer's machine id and the file's own path — beside its device id. A
database opened away from its home after it has synced is a copy: it takes a new device
id, and keeps everything the old id published as read (those changes stay in the shadow,
attributed to the old id, and its files stay known).

Why not (only) a file in the user's config folder: that is copied along with a whole
home folder and lost with a wiped one, while the database's record of its home travels
with exactly the file it describes. Neither sees a clone of a whole machine (the same
machine id, the same path): for that, and for an old backup restored over the live file,
a round also looks for changes under this device's id that this database never made
(`written_by_another`), and then takes a new id all the same.
"""

from __future__ import annotations

import platform
import sys
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from kith.services import settings as keys
from kith.services import sync_shadow
from kith.services.settings import read_in, write_in
from kith.storage.schema import SyncDevice

COPIED = "copied"
"""The database was opened away from the computer or path it was made on."""
SHARED_ID = "shared-id"
"""Another database wrote changes under this device's id."""

_MACHINE_ID_FILES = (Path("/etc/machine-id"), Path("/var/lib/dbus/machine-id"))


def machine_id() -> str:
    """This computer's own id: systemd's machine id, Windows' MachineGuid, else its name."""
    for path in _MACHINE_ID_FILES:
        try:
            text = path.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            continue
        if text:
            return text
    if sys.platform == "win32":
        try:
            import winreg

            with winreg.OpenKey(
                winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Cryptography"
            ) as key:
                return str(winreg.QueryValueEx(key, "MachineGuid")[0])
        except OSError:
            pass
    return platform.node() or "unknown"


def home_of(db_path: Path) -> str:
    try:
        where = db_path.resolve()
    except OSError:
        where = db_path.absolute()
    return f"{machine_id()} {where}"


@dataclass(frozen=True, slots=True)
class NewIdentity:
    """This database took a new device id: said once by `kith sync --status`."""

    former: str
    reason: str


def device_id(s: Session, db_path: Path) -> str:
    """This database's device id: made on first asking, and made anew for a copy."""
    device = read_in(s, keys.SYNC_DEVICE_ID)
    home = home_of(db_path)
    if not device:
        device = str(uuid.uuid4())
        write_in(s, keys.SYNC_DEVICE_ID, device)
    elif read_in(s, keys.SYNC_DEVICE_HOME) not in ("", home) and _has_published(s):
        return take_new_id(s, device, COPIED, home)
    if read_in(s, keys.SYNC_DEVICE_HOME) != home:
        # Never synced away from here (or from before homes were kept): nothing to undo.
        write_in(s, keys.SYNC_DEVICE_HOME, home)
    return device


def take_new_id(s: Session, former: str, reason: str, home: str) -> str:
    """A fresh device id; what `former` published stays, read as another device's."""
    device = str(uuid.uuid4())
    if s.get(SyncDevice, former) is None:
        s.add(
            SyncDevice(
                device=former,
                name=read_in(s, keys.SYNC_DEVICE_NAME) or platform.node() or "Kith",
                last_hlc=read_in(s, keys.SYNC_PUBLISHED),
                seen="{}",
            )
        )
    if reason == COPIED and read_in(s, keys.SYNC_DEVICE_HOME).split(" ")[0] != home.split(" ")[0]:
        write_in(s, keys.SYNC_DEVICE_NAME, "")  # another computer: its own name, not the old one's
    write_in(s, keys.SYNC_DEVICE_ID, device)
    write_in(s, keys.SYNC_DEVICE_HOME, home)
    write_in(s, keys.SYNC_PUBLISHED, "")
    write_in(s, keys.SYNC_PUBLISHED_NAME, "")
    write_in(s, keys.SYNC_NEW_IDENTITY, f"{reason} {former}")
    return device


def written_by_another(s: Session, device: str, changes: Iterable[tuple[str, str, str]]) -> bool:
    """Whether any of these (record, time, device) changes under this device's id is one
    this database never made: a copy of it (or the live file, if this is an old backup
    put back) writes under the same id. Every change a device makes stays in its shadow,
    a replaced one by its id alone. Looked at a few thousand at a time: a device reading
    its own folder again after a restore reads every change it ever made."""
    mine: set[tuple[str, str]] = set()
    for record, hlc, who in changes:
        if who == device:
            mine.add((record, hlc))
            if len(mine) >= _LOOKED_AT_ONCE:
                if _any_unknown(s, device, mine):
                    return True
                mine.clear()
    return bool(mine) and _any_unknown(s, device, mine)


_LOOKED_AT_ONCE = 5000


def _any_unknown(s: Session, device: str, mine: set[tuple[str, str]]) -> bool:
    shadows = sync_shadow.load(s, {record for record, _hlc in mine})
    for record, hlc in mine:
        sh = shadows.get(record)
        if sh is None:
            return True
        if sh.plain is not None and sh.plain_id is not None:
            if sh.plain_id != (hlc, device):
                return True
            continue
        if not any((hlc, device) in field for field in sh.fields.values()):
            return True
    return False


def new_identity(s: Session) -> NewIdentity | None:
    said = read_in(s, keys.SYNC_NEW_IDENTITY)
    if not said:
        return None
    reason, _, former = said.partition(" ")
    return NewIdentity(former, reason)


def _has_published(s: Session) -> bool:
    if read_in(s, keys.SYNC_PUBLISHED):
        return True
    mine = s.connection().exec_driver_sql("SELECT 1 FROM sync_record WHERE own != '' LIMIT 1")
    return mine.first() is not None
