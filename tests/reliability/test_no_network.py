"""Kith never opens a network connection: proved at the system-call level.

Each command below runs inside a network namespace with no interfaces (`unshare -n`, so
it must work with no network at all) and under `strace`, which records every socket the
process and its children create; an AF_INET or AF_INET6 socket fails the test. Local
(AF_UNIX) sockets, as D-Bus uses, are fine. The in-process guard (pytest-socket) is
switched off for the inner test run, so the only thing standing between a stray
connection and the network here is Kith itself.

To cover another entry point, add one line to `commands()`.
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.conftest import Figures

ROOT = Path(__file__).parents[2]
PY = sys.executable
INTERNET = re.compile(r"\b(socket|connect)\(.*\bAF_INET6?\b")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="strace and unshare: Linux"),
]


def commands(db: Path) -> dict[str, list[str]]:
    # Name -> command, run from the project's folder.
    return {
        "storage, services and CLI tests": [
            # Two worker processes, talking to pytest through pipes: traced too.
            *(PY, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:socket", "-n", "2"),
            *("-o", "addopts=--strict-markers", "tests/storage", "tests/services", "tests/cli"),
        ],
        "kith due": [PY, "-m", "kith", "--db", str(db), "due"],
        # The desktop app itself: opens its window on the demo data, quits after first paint.
        "desktop app": [
            *("env", "KITH_SMOKE_QUIT_AFTER_MS=300", f"XDG_CONFIG_HOME={db.parent / 'config'}"),
            *(PY, "-m", "kith", "--db", str(db)),
        ],
        "smoke test": [PY, "-m", "kith", "--smoke-test"],
    }


@functools.cache
def _strace() -> str | None:
    found = shutil.which("strace")
    if found is None:
        return None
    probe = subprocess.run([found, "-f", "-e", "trace=socket", "true"], capture_output=True)
    return found if probe.returncode == 0 else None


@functools.cache
def _unshare() -> str | None:
    found = shutil.which("unshare")
    if found is None:
        return None
    return (
        found
        if subprocess.run([found, "-n", "true"], capture_output=True).returncode == 0
        else None
    )


def _run_watched(command: list[str], log: Path) -> subprocess.CompletedProcess[str]:
    strace = _strace()
    if strace is None:
        pytest.skip("strace is missing or not permitted here (apt-get install strace)")
    netns = [_unshare() or "", "-n", "--"] if _unshare() else []
    traced = [strace, "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log), "--"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [*netns, *traced, *command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        # The storage, services and CLI suites in one traced process take minutes on a busy
        # two-core machine.
        timeout=900,
        env=env,
        check=False,
    )


def _internet_sockets(log: Path) -> list[str]:
    return [line for line in log.read_text().splitlines() if INTERNET.search(line)]


def test_the_watch_would_see_a_connection(tmp_path: Path) -> None:
    """The canary: a program that does make an AF_INET6 socket is caught, so silence means
    something. (Creating a socket needs no network, so this works in the namespace too.)"""
    log = tmp_path / "strace.log"
    make_socket = "import socket; socket.socket(socket.AF_INET6, socket.SOCK_DGRAM).close()"
    result = _run_watched([PY, "-c", make_socket], log)
    assert result.returncode == 0, result.stderr
    assert _internet_sockets(log), log.read_text()


def test_the_namespace_has_no_network() -> None:
    unshare = _unshare()
    if unshare is None:
        pytest.skip("cannot make a network namespace (`unshare -n` needs root or user namespaces)")
    reach_out = (
        "import socket, sys\n"
        "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
        "try:\n    s.connect(('192.0.2.1', 9))\nexcept OSError as e:\n    sys.exit(0)\n"
        "sys.exit('the namespace has a route out')\n"
    )
    result = subprocess.run([unshare, "-n", "--", PY, "-c", reach_out], capture_output=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("name", list(commands(Path("kith.sqlite3"))))
def test_no_internet_socket_is_ever_created(name: str, tmp_path: Path, figures: Figures) -> None:
    db = tmp_path / "kith.sqlite3"
    prepared = subprocess.run(
        [PY, "-m", "kith", "--db", str(db), "demo", "--people", "40", "--seed", "2"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert prepared.returncode == 0, prepared.stderr
    log = tmp_path / "strace.log"
    result = _run_watched(commands(db)[name], log)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert not _internet_sockets(log), "\n".join(_internet_sockets(log)[:20])
    where = "in a namespace with no network" if _unshare() else "WITH network (no unshare)"
    traced = len(log.read_text().splitlines())
    figures(f"`{name}` ran {where}; {traced} socket/connect calls traced, none AF_INET/AF_INET6")
