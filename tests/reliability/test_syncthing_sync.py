"""Two Kith databases converge through a real file-sync engine: Syncthing.

Two Syncthing instances run on this machine, talking only over 127.0.0.1
(`syncthing_pair.py`); each keeps one Kith device's sync folder. Both sides add people,
log meetings in person and change the same field before they hear of each other; then
`kith sync --now` runs on each, as a person would, until both export the same records.
Only the Syncthing processes touch the network: this process opens no socket
(pytest-socket) and waits by reading files.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.reliability.conftest import Figures, run_kith
from tests.reliability.syncthing_pair import (
    Syncthing,
    free_ports,
    strace_program,
    syncthing_program,
    wait_until,
)
from tests.services.sync_devices import with_global_ids

pytestmark = pytest.mark.slow

DEADLINE_S = 120
LOOPBACK = {"127.0.0.1", "::1", "::ffff:127.0.0.1"}


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Syncthing, Syncthing]]:
    program = syncthing_program()
    laptop_port, desktop_port = free_ports(2)
    laptop = Syncthing(program, tmp_path / "laptop", tmp_path / "laptop-sync", laptop_port)
    desktop = Syncthing(program, tmp_path / "desktop", tmp_path / "desktop-sync", desktop_port)
    laptop.configure(desktop)
    desktop.configure(laptop)
    try:
        laptop.start(strace_program())
        desktop.start(strace_program())
        yield laptop, desktop
    finally:
        laptop.stop()
        desktop.stop()


def kith(db: Path, *args: str) -> str:
    result = run_kith(*args, db=db)
    assert result.returncode == 0, f"kith {' '.join(args)}: {result.stdout}{result.stderr}"
    return result.stdout


def logs(folder: Path) -> set[str]:
    """The whole segments in a sync folder (a name beginning with "." is one being written)."""
    return {
        str(p.relative_to(folder))
        for p in (folder / "kith-sync").rglob("*.jsonl")
        if not p.name.startswith(".")
    }


def exported(db: Path, where: Path) -> dict[str, Any]:
    """`kith export-json` with each database's own row ids replaced by the global ids the
    devices share, so two databases holding the same records give the same value."""
    kith(db, "export-json", str(where))
    data = json.loads(where.read_text(encoding="utf-8"))
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        ids = {
            table: dict(connection.execute(f"SELECT id, sync_id FROM {table}"))
            for table in ("person", "meetup", "interaction", "person_group")
        }
    connection.close()
    return with_global_ids(data, ids)


def test_two_kiths_converge_through_syncthing(
    pair: tuple[Syncthing, Syncthing], tmp_path: Path, figures: Figures
) -> None:
    laptop, desktop = pair
    started = time.monotonic()
    a, b = tmp_path / "laptop.sqlite3", tmp_path / "desktop.sqlite3"

    # The laptop starts with two people and shares them.
    kith(a, "person", "add", "Ana Silva", "--circle", "close")
    kith(a, "person", "add", "Ben Okafor", "--circle", "friends")
    kith(a, "sync", "--folder", str(laptop.folder), "--name", "Laptop")
    kith(a, "sync", "--now")
    sent = logs(laptop.folder)
    assert sent, "the laptop wrote no log"
    waited = time.monotonic()
    wait_until(
        "the laptop's log reaching the desktop",
        lambda: sent <= logs(desktop.folder),
        DEADLINE_S,
        laptop,
        desktop,
    )
    delivery = time.monotonic() - waited
    kith(b, "sync", "--folder", str(desktop.folder), "--name", "Desktop")
    kith(b, "sync", "--now")
    assert "Ana Silva" in kith(b, "person", "list")

    # Then both change things before either hears of the other's changes.
    kith(a, "log", "Ben", "--mode", "in-person", "--on", "2026-11-20", "--note", "Jazz night")
    kith(a, "person", "add", "Dita Rahma", "--circle", "friends")
    kith(a, "person", "edit", "Ana", "--organisation", "Studio Norte")
    kith(b, "log", "Ana", "--mode", "in-person", "--on", "2026-11-21", "--note", "River walk")
    kith(b, "person", "add", "Chloé Martin", "--circle", "close")
    kith(b, "person", "edit", "Ana", "--organisation", "Studio Sul")

    rounds = 0
    edited = time.monotonic()
    deadline = edited + DEADLINE_S
    while True:
        kith(a, "sync", "--now")
        kith(b, "sync", "--now")
        rounds += 1
        first, second = exported(a, tmp_path / "a.json"), exported(b, tmp_path / "b.json")
        if first == second and len(first["people"]) == 4:
            break
        if time.monotonic() > deadline:
            pytest.fail(
                f"not converged after {rounds} rounds in {DEADLINE_S} s\n"
                f"laptop: {laptop.log_text()[-2000:]}\ndesktop: {desktop.log_text()[-2000:]}"
            )
        time.sleep(0.5)
    took, converging = time.monotonic() - started, time.monotonic() - edited

    people = {p["name"]: p for p in first["people"]}
    assert set(people) == {"Ana Silva", "Ben Okafor", "Chloé Martin", "Dita Rahma"}
    in_person = {
        (i["note"], tuple(i["people"])) for i in first["interactions"] if i["mode"] == "in-person"
    }
    assert in_person == {
        ("Jazz night", (people["Ben Okafor"]["id"],)),
        ("River walk", (people["Ana Silva"]["id"],)),
    }
    kept = people["Ana Silva"]["organisation"]
    assert kept in {"Studio Norte", "Studio Sul"}
    other = ({"Studio Norte", "Studio Sul"} - {kept}).pop()
    for db in (a, b):
        status = json.loads(kith(db, "sync", "--status", "--json"))
        assert {(c["field"], c["value"], c["kept"]) for c in status["conflicts"]} == {
            ("organisation", other, kept)
        }, status["conflicts"]
        assert [d["name"] for d in status["devices"]] == (["Desktop"] if db == a else ["Laptop"])
    figures(
        f"converged through two Syncthing instances in {took:.1f} s in all; the first log "
        f"reached the other side {delivery:.1f} s after it was written; after the edits on "
        f"both, {rounds} rounds on each side ({converging:.1f} s) made them the same"
    )

    # Syncthing, the only thing here on the network, stayed on the loopback interface.
    if strace_program() is not None:
        for instance in (laptop, desktop):
            addresses = instance.addresses()
            assert addresses, "strace recorded no connection: the watch saw nothing"
            assert set(addresses) <= LOOPBACK, sorted(set(addresses) - LOOPBACK)
        seen = len(laptop.addresses()) + len(desktop.addresses())
        figures(f"Syncthing's {seen} connects, binds and sends were all to 127.0.0.1")
