"""Shared fixtures: a fresh database per test, and a clock that moves only when told."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from kith.clock import FixedClock
from kith.services.app import Services
from kith.services.context import ServiceContext
from kith.storage.database import open_database

# A Sunday noon in Jakarta (no daylight saving) unless a test says otherwise.
START = datetime(2026, 11, 22, 12, 0)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(START, "Asia/Jakarta")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kith.sqlite3"


@pytest.fixture
def services(db_path: Path, clock: FixedClock) -> Iterator[Services]:
    svc = Services(ServiceContext(open_database(db_path), clock))
    yield svc
    svc.close()


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Never touch the real user's data: point every default path into the test's folder."""
    monkeypatch.setenv("KITH_DB", str(tmp_path / "default.sqlite3"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
