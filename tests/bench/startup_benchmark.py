"""Process start → first painted main window: Kith on 5,000 people vs a bare QMainWindow.

    python tests/bench/startup_benchmark.py [--runs 7] [--people 5000]

Both are started as fresh processes in the same run, alternating, and quit right after
their first paint. Prints the median of each, and the ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Quit(QObject):
    done = False
    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            ms = (time.time() - float(os.environ["KITH_BENCH_T0"])) * 1000
            sys.stderr.write(f"first-paint-ms={ms:.1f}\n")
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1180, 760)
quitter = Quit()
window.installEventFilter(quitter)
window.show()
sys.exit(app.exec())
"""


def launch(command: list[str], env: dict[str, str]) -> tuple[float, float, float | None]:
    """(ms to first paint, ms for the whole process, ms until Today shows its data)."""
    env = {**env, "KITH_BENCH_T0": repr(time.time())}
    started = time.perf_counter()
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=300, check=False
    )
    total = (time.perf_counter() - started) * 1000
    if result.returncode != 0:
        raise SystemExit(f"{command[:3]} failed ({result.returncode}):\n{result.stderr}")
    found = dict(
        line.split("=", 1)
        for line in result.stderr.splitlines()
        if line.endswith(tuple("0123456789")) and "-ms=" in line
    )
    if "first-paint-ms" in found:
        ready = found.get("today-ready-ms")
        return float(found["first-paint-ms"]), total, None if ready is None else float(ready)
    raise SystemExit(f"no first paint reported by {command[:3]}:\n{result.stderr}")


def demo_database(folder: Path, people: int) -> Path:
    db = folder / f"demo-{people}.sqlite3"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "kith",
            "--db",
            str(db),
            "demo",
            "--people",
            str(people),
            "--seed",
            "1",
        ],
        check=True,
        capture_output=True,
    )
    return db


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--people", type=int, default=5000)
    args = parser.parse_args()
    env = dict(os.environ)
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="kith-bench-") as tmp:
        folder = Path(tmp)
        env["XDG_CONFIG_HOME"] = str(folder / "config")
        print(f"Building a demo database with {args.people:,} people…", flush=True)
        db = demo_database(folder, args.people)
        kith = [sys.executable, "-m", "kith", "--db", str(db)]
        bare = [sys.executable, "-c", BARE]
        # Kith quits once Today shows its data (the long stop is only a safety net).
        kith_env = {**env, "KITH_SMOKE_QUIT_AFTER_MS": "60000"}
        launch(kith, kith_env)  # warm the file cache once, as a second start would be
        launch(bare, env)
        paint: dict[str, list[float]] = {"kith": [], "bare": []}
        total: dict[str, list[float]] = {"kith": [], "bare": []}
        ready: list[float] = []
        for _ in range(args.runs):
            for name, command, run_env in (("bare", bare, env), ("kith", kith, kith_env)):
                first, whole, today = launch(command, run_env)
                paint[name].append(first)
                total[name].append(whole)
                if today is not None:
                    ready.append(today)
    platform = env.get("QT_QPA_PLATFORM") or "native display"
    print(f"platform: {platform}; {args.runs} runs each; median milliseconds")
    print(f"{'':28}{'first paint':>12}{'whole process':>15}")
    # Kith's whole process runs on until Today is filled in; the bare window quits at paint.
    for name, label in (
        ("bare", "bare PySide6 QMainWindow"),
        ("kith", f"Kith, {args.people:,} people"),
    ):
        print(
            f"{label:28}{statistics.median(paint[name]):12.0f}"
            f"{statistics.median(total[name]):15.0f}"
        )
    ratio = statistics.median(paint["kith"]) / statistics.median(paint["bare"])
    print(f"ratio (first paint): {ratio:.2f}×")
    if ready:
        print(
            f"Kith: Today filled in (read off the GUI thread) at "
            f"{statistics.median(ready):.0f} ms after start"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
