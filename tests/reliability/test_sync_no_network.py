"""A sync round opens no network socket: the file-sync engine is the only thing on the network.

`kith sync --now`, and the desktop app running its first sync round, each with changes to
send and changes to receive through a folder, run under `strace -f -e trace=socket,connect`
(in an empty network namespace where one can be made, as `test_no_network.py` does). No
AF_INET or AF_INET6 socket may be created, nor an AF_NETLINK route socket (what looking up
interfaces and addresses for a connection uses); AF_UNIX sockets, as D-Bus uses, are fine.
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.reliability.conftest import Figures, run_kith
from tests.reliability.test_no_network import PY, _internet_sockets, _run_watched, _unshare

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="strace and unshare: Linux"),
]

ROUTE = re.compile(r"\bsocket\(AF_NETLINK\b.*\bNETLINK_ROUTE\b")
FAMILY = re.compile(r"\bsocket\((AF_[A-Z0-9]+)")


def kith(db: Path, *args: str) -> str:
    result = run_kith(*args, db=db)
    assert result.returncode == 0, f"kith {' '.join(args)}: {result.stdout}{result.stderr}"
    return result.stdout


def two_devices(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The laptop has shared 40 people through the folder; the desktop, which has one person
    of its own to send, has not yet read them."""
    folder = tmp_path / "synced"
    folder.mkdir()
    laptop, desktop = tmp_path / "laptop.sqlite3", tmp_path / "desktop.sqlite3"
    kith(laptop, "demo", "--people", "40", "--seed", "2")
    kith(laptop, "sync", "--folder", str(folder), "--name", "Laptop")
    kith(laptop, "sync", "--now")
    kith(desktop, "person", "add", "Dita Rahma", "--circle", "friends")
    kith(desktop, "sync", "--folder", str(folder), "--name", "Desktop")
    return folder, laptop, desktop


def people(db: Path) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        count: int = connection.execute("SELECT count(*) FROM person").fetchone()[0]
    connection.close()
    return count


def summary(log: Path) -> str:
    families = Counter(FAMILY.findall(log.read_text()))
    shown = ", ".join(f"{n} {family}" for family, n in sorted(families.items())) or "none"
    where = "in a namespace with no network" if _unshare() else "WITH network (no unshare)"
    return f"ran {where}; sockets created: {shown}"


def assert_no_network(log: Path) -> None:
    lines = log.read_text().splitlines()
    found = _internet_sockets(log) + [line for line in lines if ROUTE.search(line)]
    assert not found, "\n".join(found[:20])


def test_a_sync_round_from_the_command_line(tmp_path: Path, figures: Figures) -> None:
    _folder, _laptop, desktop = two_devices(tmp_path)
    log = tmp_path / "strace.log"
    result = _run_watched([PY, "-m", "kith", "--db", str(desktop), "sync", "--now", "--json"], log)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    report = json.loads(result.stdout)
    assert report["sent"] >= 1 and report["received"] >= 40, report
    assert people(desktop) == 41
    assert_no_network(log)
    sent, received = report["sent"], report["received"]
    figures(f"`kith sync --now` (sent {sent} records, received {received}) {summary(log)}")


def test_a_sync_round_in_the_desktop_app(tmp_path: Path, figures: Figures) -> None:
    folder, _laptop, desktop = two_devices(tmp_path)
    before = set((folder / "kith-sync").rglob("*.jsonl"))
    log = tmp_path / "strace.log"
    # The app runs its first round three seconds after start; it quits well after that.
    command = [
        *("env", "KITH_SMOKE_QUIT_AFTER_MS=9000", f"XDG_CONFIG_HOME={tmp_path / 'config'}"),
        *(PY, "-m", "kith", "--db", str(desktop)),
    ]
    result = _run_watched(command, log)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert people(desktop) == 41, "the app's sync round did not bring the laptop's people"
    assert set((folder / "kith-sync").rglob("*.jsonl")) - before, "the app sent nothing"
    assert_no_network(log)
    figures(f"the desktop app's sync round {summary(log)}")


def test_the_watch_would_see_a_route_lookup(tmp_path: Path) -> None:
    """The canary for the netlink pattern, as `test_no_network.py` has one for AF_INET6."""
    log = tmp_path / "strace.log"
    make_socket = "import socket; socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, 0).close()"
    result = _run_watched([PY, "-c", make_socket], log)
    assert result.returncode == 0, result.stderr
    assert any(ROUTE.search(line) for line in log.read_text().splitlines()), log.read_text()
