"""The real `python -m kith` process opens its window and quits cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def run_kith(db: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "KITH_SMOKE_QUIT_AFTER_MS": "50",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    return subprocess.run(
        [sys.executable, "-m", "kith", "--db", str(db)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
def test_app_process_starts_shows_the_window_and_exits_cleanly(tmp_path: Path) -> None:
    result = run_kith(tmp_path / "kith.sqlite3", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (tmp_path / "kith.sqlite3").exists()


@pytest.mark.slow
def test_unreadable_database_is_explained_not_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "not-kith.sqlite3"
    bad.write_bytes(b"this is not a database at all" * 100)
    result = run_kith(bad, tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
