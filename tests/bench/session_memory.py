"""What the app's memory is made of, step by step through a short session.

    python tests/bench/session_memory.py DB

Starts the app on DB (offscreen unless a display is set) and prints, at the window's
first paint, once the database is open (SQLAlchemy imported), once the window is
wired to it (its places built, Today's read started), once Today's
live read is on screen, then with People and the map shown: the resident and peak size
(VmRSS, VmHWM), the anonymous and file-backed parts (smaps_rollup), and how many
SQLAlchemy modules are loaded. The start-up benchmark's peak is the third line's; a
real session goes on to the last. Then what each layer's import adds, in a fresh
interpreter, so the steps can be read as "which library, which data".
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kith.services.app import Services

STEPS_ENV = "KITH_SESSION_MEMORY_STEPS"
LAYERS = (
    "PySide6.QtWidgets",
    "kith.ui.shell.app",
    "kith.services.plain_due",
    "sqlalchemy",
    "sqlalchemy.orm",
    "kith.storage.database",
    "kith.services.today",
    "kith.ui.today.page",
    "kith.ui.people.page",
    "kith.ui.map.view",
)


def _sizes() -> dict[str, int]:
    """MB of this process: VmRSS and VmHWM, smaps_rollup's anonymous and file pages."""
    found: dict[str, int] = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                found[key] = int(value.split()[0]) // 1024
    with open("/proc/self/smaps_rollup", encoding="ascii") as rollup:
        for line in rollup:
            key, _, value = line.partition(":")
            if key in ("Anonymous", "Private_Clean", "Shared_Clean"):
                found[key] = int(value.split()[0]) // 1024
    return found


def _step(name: str) -> None:
    s = _sizes()
    loaded = sum(1 for m in sys.modules if m.split(".")[0] == "sqlalchemy")
    print(
        f"  {name:22} RSS {s['VmRSS']:4d} MB  peak {s['VmHWM']:4d}  "
        f"anonymous {s['Anonymous']:4d}  file-backed {s['Private_Clean'] + s['Shared_Clean']:4d}"
        f"  SQLAlchemy modules {loaded:3d}",
        flush=True,
    )


def _session(db: Path) -> int:
    """In the child: the app, with a hook at each step."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import kith.ui.shell.app as shell

    opening_open = shell._Opening.open
    opening_wire = shell._Opening._wire

    def open_(self: shell._Opening) -> None:
        _step("first paint")
        opening_open(self)
        _step("window wired")

    def wire(self: shell._Opening, services: Services) -> None:
        _step("database open")
        opening_wire(self, services)

    def live(app: QApplication, reminders: object, *, known_painted: bool) -> None:
        _step("Today live")
        window = next(w for w in app.topLevelWidgets() if isinstance(w, shell.MainWindow))

        def people() -> None:
            window.show_place("people")
            QTimer.singleShot(2500, on_map)

        def on_map() -> None:
            _step("People shown")
            window.show_place("map")
            QTimer.singleShot(2500, end)

        def end() -> None:
            _step("map shown")
            shell._end_unasked(app, reminders)  # type: ignore[arg-type]

        QTimer.singleShot(500, people)

    shell._Opening.open = open_  # type: ignore[method-assign]
    shell._Opening._wire = wire  # type: ignore[method-assign]
    shell._report_today_live = live  # type: ignore[assignment]
    os.environ[shell.BENCH_T0_ENV] = str(time.time())
    return shell.run_app(db, [])


def _layers() -> None:
    code = (
        "import importlib\n"
        "def rss():\n"
        "    for line in open('/proc/self/status'):\n"
        "        if line.startswith('VmRSS'):\n"
        "            return int(line.split()[1]) / 1024\n"
        "last = rss()\n"
        "print(f'  {\"the interpreter\":28}{last:6.1f} MB')\n"
        f"for name in {LAYERS!r}:\n"
        "    importlib.import_module(name)\n"
        "    now = rss()\n"
        "    print(f'  + {name:26}{now - last:+6.1f} MB  ({now:.1f})')\n"
        "    last = now\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def main() -> int:
    if os.environ.get(STEPS_ENV):
        return _session(Path(os.environ[STEPS_ENV]))
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    env = dict(os.environ)
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="kith-memory-") as tmp:
        # A copy, and settings of its own: the session must not touch the user's.
        copy = Path(tmp) / "session.sqlite3"
        copy.write_bytes(Path(sys.argv[1]).read_bytes())
        env.update(
            {
                STEPS_ENV: str(copy),
                "XDG_CONFIG_HOME": f"{tmp}/config",
                "XDG_RUNTIME_DIR": f"{tmp}/runtime",
                "XDG_CACHE_HOME": f"{tmp}/cache",
            }
        )
        os.mkdir(f"{tmp}/runtime", 0o700)
        print(f"A session on {sys.argv[1]}:")
        subprocess.run([sys.executable, __file__], env=env, check=True, stderr=subprocess.DEVNULL)
    print("What each layer's import adds:")
    _layers()
    return 0


if __name__ == "__main__":
    sys.exit(main())
