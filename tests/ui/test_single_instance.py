"""One Kith per database, decided by a lock before the window paints: launches as processes."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kith.ui.shell.single_instance import SingleInstance, instance_name, lock_path

# A launch as `run_app` makes it: the lock first, the local socket only `SERVE_MS` later
# (after its first paint); it reports what it was and waits to be woken.
LAUNCH = r"""
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from kith.ui.shell.single_instance import SingleInstance

app = QCoreApplication([])
instance = SingleInstance(sys.argv[1])
if not instance.claim(serve=False):
    print("woke the first", flush=True)
    sys.exit(0)
print("first", flush=True)
if sys.argv[2] == "crash":
    import os
    os._exit(0)  # gone without unlocking, as a crash leaves it
instance.activated.connect(lambda: (print("woken", flush=True), app.quit()))
QTimer.singleShot(int(sys.argv[2]), instance.serve)
QTimer.singleShot(20000, app.quit)
app.exec()
instance.release()
"""


def _launch(name: str, serve_ms: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", LAUNCH, name, serve_ms],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def name(tmp_path: Path) -> str:
    return instance_name(tmp_path / "kith.sqlite3", user=f"test-{tmp_path.name}")


def test_two_quick_launches_give_one_kith_and_the_second_wakes_it(name: str) -> None:
    # Both start at once; the first answers only once "painted", 400 ms in.
    launches = [_launch(name, "400"), _launch(name, "400")]
    said = sorted(launch.communicate(timeout=60)[0] for launch in launches)
    assert said == ["first\nwoken\n", "woke the first\n"], said
    after = SingleInstance(name)  # both have quit: the next launch is the first again
    try:
        assert after.claim() is True
    finally:
        after.release()


def test_a_launch_while_the_first_is_still_starting_waits_for_it(qtbot: QtBot, name: str) -> None:
    first = _launch(name, "600")
    try:
        assert first.stdout is not None and first.stdout.readline() == "first\n"
        started = time.monotonic()
        assert SingleInstance(name).claim() is False  # answered once it listens
        assert time.monotonic() - started < 5
        assert first.communicate(timeout=30)[0] == "woken\n"
    finally:
        first.kill()


def test_a_lock_left_by_a_crash_does_not_stop_the_next_start(qtbot: QtBot, name: str) -> None:
    crashed = _launch(name, "crash")
    assert crashed.communicate(timeout=60)[0] == "first\n"
    assert lock_path(name).exists()  # left behind, its process gone
    again = SingleInstance(name)
    started = time.monotonic()
    try:
        assert again.claim() is True
        assert time.monotonic() - started < 1  # taken over at once, no waiting
        assert again.first
    finally:
        again.release()


def test_a_socket_left_by_a_crash_is_cleared_by_the_next_first(qtbot: QtBot, name: str) -> None:
    from PySide6.QtNetwork import QLocalServer

    # A socket file by this name that no Kith holding the lock made (a crash leaves one).
    stale = QLocalServer()
    assert stale.listen(name)
    first = SingleInstance(name)
    try:
        assert first.claim() is True
        with qtbot.waitSignal(first.activated, timeout=2000):
            assert SingleInstance(name).claim() is False
    finally:
        first.release()
        stale.close()
