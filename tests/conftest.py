"""Shared fixtures: a fresh database per test, and a clock that moves only when told.

Every test database is a copy of one migrated once a session (copying takes ~4 ms, migrating
~141 ms); the migration tests in tests/storage create theirs for real, on purpose. Services
are built by the app's own wiring (`kith.bootstrap.open_services`).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from kith.bootstrap import open_services
from kith.clock import FixedClock
from kith.services.app import Services

if TYPE_CHECKING:
    from tests.services.sync_devices import Device

# A Sunday noon in Jakarta (no daylight saving) unless a test says otherwise.
START = datetime(2026, 11, 22, 12, 0)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START, "Asia/Jakarta")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kith.sqlite3"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database migrated to the newest schema, made once; tests copy it."""
    path = tmp_path_factory.mktemp("template") / "kith.sqlite3"
    open_services(path, FixedClock(START, "Asia/Jakarta")).close()
    return path


@pytest.fixture
def two_devices(migrated_template: Path, tmp_path: Path) -> Iterator[tuple[Device, Device]]:
    """A laptop and a desktop, each with its own empty database, syncing through one folder."""
    # Imported here: the devices module builds on this one's helpers.
    from tests.services.sync_devices import devices

    laptop, desktop = devices(migrated_template, tmp_path, "Laptop", "Desktop")
    yield laptop, desktop
    laptop.close()
    desktop.close()


def copy_of(template: Path, path: Path) -> Path:
    """A fresh, empty Kith database at `path`: the template's file, mode included."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(template, path)
    return path


@pytest.fixture
def empty_db(migrated_template: Path, db_path: Path) -> Path:
    """This test's own empty, current database at `db_path` (which otherwise does not exist)."""
    return copy_of(migrated_template, db_path)


@pytest.fixture
def services(empty_db: Path, clock: FixedClock) -> Iterator[Services]:
    svc = open_services(empty_db, clock)
    yield svc
    svc.close()


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Never touch the real user's data: point every default path into the test's folder."""
    monkeypatch.setenv("KITH_DB", str(tmp_path / "default.sqlite3"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
