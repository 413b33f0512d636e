"""`kith --smoke-test` is what installers and CI run on a built app: it must tell the truth."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def _smoke(env_extra: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env_extra}
    return subprocess.run(
        [sys.executable, "-m", "kith", "--smoke-test"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_smoke_test_passes_and_says_what_it_checked(tmp_path: Path) -> None:
    user_db = Path(os.environ["KITH_DB"])
    result = _smoke({})
    assert result.returncode == 0, result.stdout + result.stderr
    for line in (
        "ok    database",
        "ok    services",
        "ok    database check",
        "ok    contacts file",
        "ok    app icon",
    ):
        assert line in result.stdout
    assert "main window" in result.stdout
    assert result.stdout.rstrip().endswith("smoke test passed")
    assert not user_db.exists(), "the smoke test must not touch the user's database"


def test_smoke_test_fails_when_resources_are_missing(tmp_path: Path) -> None:
    result = _smoke({"KITH_RESOURCES": str(tmp_path / "nowhere")})
    assert result.returncode == 1
    assert "FAIL  app icon" in result.stdout
    assert "smoke test FAILED" in result.stdout
