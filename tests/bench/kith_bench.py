"""How Kith's costs grow with the number of people: 500, 5,000 and 20,000 (demo data).

    python tests/bench/kith_bench.py [--sizes 500,5000,20000] [--runs 3] [--out build/bench]

A benchmark, not a test: it prints one table of medians per size, each with its baseline
measured in the same run, then how each cost grows from the smallest size to the largest,
and writes every figure to build/bench/<UTC timestamp>.json so runs can be compared.
Demo databases are built once and kept in build/bench (about a minute for all three).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from due_benchmark import PLAIN_SQL
from import_benchmark import card
from startup_benchmark import BARE as BARE_WINDOW

from kith.bootstrap import open_services
from kith.clock import FixedClock, SystemClock
from kith.services.app import Services
from kith.services.calendar_export import CalendarSelection
from kith.storage.revision import SCHEMA_REVISION

ROOT = Path(__file__).resolve().parents[2]
CLOCK = FixedClock(datetime(2026, 11, 22, 12, 0, tzinfo=UTC))
VCARDS = 5000
# The bare window also reports its own peak memory, as Kith does (VmHWM, Linux).
BARE = BARE_WINDOW.replace(
    'sys.stderr.write(f"first-paint-ms={ms:.1f}\\n")',
    'sys.stderr.write(f"first-paint-ms={ms:.1f}\\n"); '
    "sys.stderr.write([l for l in open('/proc/self/status') if l.startswith('VmHWM')][0]"
    ".split()[1].join(('peak-rss-kb=', '\\n')))",
)
assert BARE != BARE_WINDOW, "the bare window script changed; update the memory report"
# (target, what "met" means) for the summary; None = no target, shown for growth only.
TARGETS: dict[str, tuple[float, str]] = {
    "startup_ratio": (2.0, "≤ 2× bare window at 5,000"),
    "paint_ratio": (1.3, "≤ 1.3× bare window"),
    "due_ratio": (1.5, "≤ 1.5× plain query"),
    "plain_due_ratio": (1.5, "≤ 1.5× plain query"),
    "keystroke_ms": (16.0, "< 16 ms at 20,000"),
    "log_ms": (16.0, "≤ 16 ms at 20,000"),  # within a frame
    "rss_ratio": (2.0, "≤ 2× bare window"),
    "ics_ms": (150.0, "≤ 150 ms at 20,000"),
    "cli_log_ms": (500.0, "< 0.5 s as a whole process"),
}
# The plain query a calendar export needs: every meetup with its people's names.
ICS_PLAIN_SQL = """
SELECT m.*, (SELECT group_concat(p.name) FROM meetup_person mp JOIN person p
             ON p.id = mp.person_id WHERE mp.meetup_id = m.id) AS people
FROM meetup m
WHERE m.starts_at IS NOT NULL OR m.on_day IS NOT NULL
ORDER BY coalesce(m.starts_at, m.on_day)
"""


# --- measuring ------------------------------------------------------------------------
def timed(fn: Callable[[], object], runs: int, warm: int = 1) -> list[float]:
    for _ in range(warm):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def database(folder: Path, people: int) -> Path:
    """The demo database of this size, built once (schema revision in the name)."""
    path = folder / f"demo-{people}-r{SCHEMA_REVISION}.sqlite3"
    if not path.exists():
        print(f"  building a demo database with {people:,} people (kept for next time)…")
        partial = path.with_suffix(".part")
        partial.unlink(missing_ok=True)
        svc = open_services(partial, CLOCK)
        svc.demo.fill(people, years=3, seed=1)
        svc.close()
        partial.rename(path)
    return path


def vcard_file(folder: Path) -> Path:
    import base64
    import random

    path = folder / f"contacts-{VCARDS}.vcf"
    if not path.exists():
        rng = random.Random(1)
        photo = base64.b64encode(rng.randbytes(6000)).decode()
        text = "".join(card(rng, i, photo) for i in range(VCARDS))
        path.write_text(text, "utf-8")
    return path


def launch(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Start a process, wait for it; its reported times and its peak RSS (MB)."""
    env = {**env, "KITH_BENCH_T0": repr(time.time())}
    with tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        text = err.read()
    if proc.returncode != 0:
        raise SystemExit(f"{command[:4]} failed ({proc.returncode}):\n{text}")
    found = {
        key: float(value)
        for key, _, value in (line.partition("=") for line in text.splitlines())
        if key.endswith(("-ms", "-kb"))
    }
    if "first-paint-ms" not in found:
        raise SystemExit(f"no first paint reported by {command[:4]}:\n{text}")
    # The child's own peak: rusage of a child counts the parent's memory at fork too.
    found["rss-mb"] = found.get("peak-rss-kb", usage.ru_maxrss) / 1024
    return found


def compiled_as_installed() -> None:
    """Kith's modules compiled to bytecode, as installing it (pip, the .deb) leaves them:
    under PYTHONDONTWRITEBYTECODE a checkout would otherwise compile every module from its
    source at each start, a cost no installed Kith has."""
    import compileall

    import kith

    compileall.compile_dir(Path(kith.__file__).parent, quiet=1)


def startup(db: Path, runs: int, scratch: Path) -> dict[str, Any]:
    compiled_as_installed()
    env = dict(os.environ)
    if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(scratch / "config")
    env["XDG_RUNTIME_DIR"] = str(scratch / "runtime")
    (scratch / "runtime").mkdir(mode=0o700, exist_ok=True)
    copy = scratch / "startup.sqlite3"
    shutil.copyfile(db, copy)
    kith = [sys.executable, "-m", "kith", "--db", str(copy)]
    bare = [sys.executable, "-c", BARE]
    kith_env = {**env, "KITH_SMOKE_QUIT_AFTER_MS": "60000"}
    launch(kith, kith_env)  # warm the file cache, as a second start would find it
    launch(bare, env)
    got: dict[str, list[float]] = {
        "bare": [],
        "paint": [],
        "ready": [],
        "live": [],
        "rss": [],
        "brss": [],
    }
    for _ in range(runs):
        b = launch(bare, env)
        k = launch(kith, kith_env)
        got["bare"].append(b["first-paint-ms"])
        got["brss"].append(b["rss-mb"])
        # The window's frame paints first, before the database is open.
        got["paint"].append(k["first-paint-ms"])
        # Today's data on screen: with the frame when a current snapshot was painted.
        got["ready"].append(k.get("today-ready-ms", float("nan")))
        # The live read on screen (the services imported, the database read).
        got["live"].append(k.get("today-live-ms", k.get("today-ready-ms", float("nan"))))
        got["rss"].append(k["rss-mb"])
    m = {key: statistics.median(values) for key, values in got.items()}
    return {
        "bare_paint_ms": m["bare"],
        "first_paint_ms": m["paint"],
        "with_data_ms": m["ready"],
        "startup_ratio": m["ready"] / m["bare"],
        "live_ms": m["live"],
        "live_ratio": m["live"] / m["bare"],
        "paint_ratio": m["paint"] / m["bare"],
        "rss_mb": m["rss"],
        "bare_rss_mb": m["brss"],
        "rss_ratio": m["rss"] / m["brss"],
    }


def due(svc: Services, db: Path, runs: int) -> dict[str, Any]:
    """The ranked due list against one plain query of the same people, and what its
    readers add: Today's short list (seven summaries), `kith due` (every summary)."""
    today = CLOCK.now().date().isoformat()
    plain = sqlite3.connect(db)
    base = timed(lambda: plain.execute(PLAIN_SQL, {"today": today}).fetchall(), runs)
    # Each ranks everyone afresh, as after a new day or a rhythm change: the list kept
    # between writes would answer from memory (that path is "log in person").
    ours = timed(svc.tending.recompute, runs)
    short = timed(lambda: (svc.tending.forget(), svc.today.short_list()), runs)
    every = timed(lambda: svc.tending.recompute().people, runs)
    plain.close()
    plain_ms = statistics.median(base)
    return {
        **plain_path(db, runs, plain_ms),
        "due_ms": statistics.median(ours),
        "plain_ms": plain_ms,
        "due_ratio": statistics.median(ours) / plain_ms,
        "short_list_ms": statistics.median(short),
        "short_list_ratio": statistics.median(short) / plain_ms,
        "due_people_ms": statistics.median(every),
        "due_people_ratio": statistics.median(every) / plain_ms,
        "due_listed": len(svc.tending.due().people),
    }


def plain_path(db: Path, runs: int, plain_ms: float) -> dict[str, Any]:
    """The same reads on the sqlite3-only path `kith due` and `kith today` take (absent
    from versions without one: their rows read nan)."""
    try:
        from kith.services.plain_due import PlainDue
    except ImportError:
        nan = float("nan")
        return dict.fromkeys(("plain_due_ms", "plain_due_ratio", "plain_short_ms"), nan)
    reads = PlainDue.open(db, CLOCK)
    assert reads is not None, "a sound, current database is read plainly"
    try:
        ours = statistics.median(timed(reads.due, runs))
        short = statistics.median(timed(reads.short_list, runs))
    finally:
        reads.close()
    return {"plain_due_ms": ours, "plain_due_ratio": ours / plain_ms, "plain_short_ms": short}


def keystrokes(svc: Services) -> dict[str, Any]:
    """Type a name into the People page's search field, one key at a time, and back."""
    from PySide6.QtWidgets import QApplication

    from kith.ui.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(svc)
    window.resize(1180, 760)
    window.show()
    window.show_place("people")
    window.people.refresh()
    app.processEvents()
    name = window.people.model.person_at(window.people.model.rowCount() // 2).name
    word = name.split()[0][:5].lower()
    texts = [word[:i] for i in range(1, len(word) + 1)]
    texts += [*texts[-2::-1], ""]
    times, painted = [], []
    for _ in range(2):
        for text in texts:
            start = time.perf_counter()
            window.people.search.setText(text)  # the list re-filtered, the count updated
            filtered = time.perf_counter()
            app.processEvents()  # then the table's repaint (software, offscreen)
            times.append((filtered - start) * 1000)
            painted.append((time.perf_counter() - start) * 1000)
    window.close()
    window.deleteLater()
    app.processEvents()
    return {
        "keystroke_ms": statistics.median(times),
        "keystroke_worst_ms": max(times),
        "keystroke_painted_ms": statistics.median(painted),
        "keystroke_typed": word,
    }


def map_ties(svc: Services, runs: int) -> dict[str, Any]:
    """The map painted at 1600×1000: plain, with "Show ties" on, and with the hovered
    person's ties (the one with the most, a busy case)."""
    from PySide6.QtWidgets import QApplication

    from kith.ui.map.view import RelationshipMap
    from kith.ui.shell.changes import DataChanges

    app = QApplication.instance() or QApplication([])
    world = RelationshipMap(svc, DataChanges(svc.changes))
    world.resize(1600, 1000)
    world.show()
    app.processEvents()
    assert world.layer is not None
    layer = world.layer

    def painted() -> None:
        world.view.viewport().grab()

    plain = timed(painted, runs * 2 + 1)
    world.ties_switch.setChecked(True)
    switched = timed(lambda: world.ties_switch.setChecked(True) or painted(), 1, warm=0)
    cached = timed(painted, runs * 2 + 1)
    world.ties_switch.setChecked(False)
    busiest = max(world._ties, key=lambda pid: len(world._ties[pid]))

    def hovered() -> None:
        layer.set_hovered(None)
        layer.set_hovered(busiest)
        painted()

    hover = timed(hovered, runs * 2 + 1)
    ties = len({(t.low, t.high) for lines in world._ties.values() for t in lines})
    drawn = 0 if world.all_ties is None else len(world.all_ties.lines)
    world.ties_switch.setChecked(True)
    drawn = len(world.all_ties.lines) if world.all_ties is not None else drawn
    world.close()
    world.deleteLater()
    app.processEvents()
    return {
        "map_paint_ms": statistics.median(plain),
        "map_ties_first_ms": switched[0],
        "map_ties_paint_ms": statistics.median(cached),
        "map_hover_ms": statistics.median(hover),
        "map_ties": ties,
        "map_ties_drawn": drawn,
    }


def log_interaction(svc: Services, runs: int) -> dict[str, Any]:
    people = [p.id for p in svc.tending.due().people[: runs + 2]]
    writes, totals = [], []
    for _ in range(runs + 1):
        start = time.perf_counter()
        svc.interactions.log([people.pop()], note="Coffee by the river")
        written = time.perf_counter()
        svc.tending.due()
        writes.append((written - start) * 1000)
        totals.append((time.perf_counter() - start) * 1000)
    return {
        "log_ms": statistics.median(totals[1:]),  # the first one warms the statements
        "log_write_ms": statistics.median(writes[1:]),
    }


def export_ics(svc: Services, db: Path, scratch: Path, runs: int) -> dict[str, Any]:
    every = CalendarSelection(start=date(1900, 1, 1))
    out = scratch / "all.ics"
    plain = sqlite3.connect(db)
    base = timed(lambda: plain.execute(ICS_PLAIN_SQL).fetchall(), runs)
    plain.close()
    times = timed(lambda: svc.calendar_export.export(out, every), runs)
    return {
        "ics_ms": statistics.median(times),
        "ics_plain_ms": statistics.median(base),
        "ics_ratio": statistics.median(times) / statistics.median(base),
        "ics_meetups": svc.calendar_export.export(out, every).meetups,
    }


def cli_processes(db: Path, scratch: Path, runs: int) -> dict[str, Any]:
    """`kith due`, `kith today` and `kith log NAME` as whole processes (start, imports,
    the integrity check, the work, the text), against the sqlite3 CLI answering the due
    list's plain query from the same file, in the same run."""
    copy = scratch / "cli.sqlite3"
    shutil.copyfile(db, copy)
    env = {**os.environ, "XDG_CONFIG_HOME": str(scratch / "config")}
    kith = [sys.executable, "-m", "kith", "--db", str(copy)]

    def run(command: list[str]) -> float:
        start = time.perf_counter()
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"{command[3:]} failed ({done.returncode}):\n{done.stderr}")
        return (time.perf_counter() - start) * 1000

    with sqlite3.connect(copy) as conn:
        unique = conn.execute(
            "SELECT name FROM person WHERE archived = 0 GROUP BY name HAVING count(*) = 1 LIMIT 1"
        ).fetchone()
    conn.close()
    name = unique[0] if unique else "#1"
    run([*kith, "due"])  # the day's backup and the first full check, as a first command has
    got: dict[str, list[float]] = {"due": [], "today": [], "log": [], "sqlite": [], "python": []}
    sqlite_cli = shutil.which("sqlite3")
    today = SystemClock().now().astimezone(SystemClock().zone()).date().isoformat()
    sql = PLAIN_SQL.replace(":today", f"'{today}'")
    for _ in range(runs):
        got["due"].append(run([*kith, "due"]))
        got["today"].append(run([*kith, "today"]))
        got["log"].append(run([*kith, "log", name, "--note", "bench"]))
        # The floor of any command: the interpreter starting and stopping.
        got["python"].append(run([sys.executable, "-c", "pass"]))
        if sqlite_cli:
            got["sqlite"].append(run([sqlite_cli, "-readonly", str(copy), sql]))
    m = {key: statistics.median(values) if values else float("nan") for key, values in got.items()}
    return {
        "cli_due_ms": m["due"],
        "cli_today_ms": m["today"],
        "cli_log_ms": m["log"],
        "cli_sqlite_ms": m["sqlite"],
        "cli_python_ms": m["python"],
        "cli_due_ratio": m["due"] / m["sqlite"],
        "cli_today_ratio": m["today"] / m["sqlite"],
    }


def import_vcards(db: Path, vcf: Path, scratch: Path, runs: int) -> dict[str, Any]:
    times = []
    added = 0
    for _ in range(runs):
        copy = scratch / "import.sqlite3"
        shutil.copyfile(db, copy)
        svc = open_services(copy, CLOCK)
        start = time.perf_counter()
        added = len(svc.contacts.import_file(vcf).added)
        times.append((time.perf_counter() - start) * 1000)
        svc.close()
        copy.unlink()
    return {"import_ms": statistics.median(times), "import_added": added}


def measure(size: int, folder: Path, vcf: Path, runs: int) -> dict[str, Any]:
    db = database(folder, size)
    with tempfile.TemporaryDirectory(prefix="kith-bench-") as tmp:
        scratch = Path(tmp)
        figures: dict[str, Any] = {"people": size}
        print("  start-up…", flush=True)
        figures.update(startup(db, runs, scratch))
        work = scratch / "work.sqlite3"
        shutil.copyfile(db, work)
        svc = open_services(work, CLOCK)
        print("  due list, search, logging, export, import…", flush=True)
        figures.update(due(svc, work, runs * 2 + 1))
        figures.update(keystrokes(svc))
        figures.update(map_ties(svc, runs))
        figures.update(log_interaction(svc, runs * 2 + 1))
        figures.update(export_ics(svc, work, scratch, runs))
        svc.close()
        print("  the command line as whole processes…", flush=True)
        figures.update(cli_processes(db, scratch, runs))
        figures.update(import_vcards(db, vcf, scratch, 1))
    return figures


# --- reporting ------------------------------------------------------------------------
ROWS = (
    ("start-up to window with data", "with_data_ms", "bare_paint_ms", "startup_ratio"),
    ("  window on screen (frame)", "first_paint_ms", "bare_paint_ms", "paint_ratio"),
    ("  live read on screen", "live_ms", "bare_paint_ms", "live_ratio"),
    ("due list (service)", "due_ms", "plain_ms", "due_ratio"),
    ("  Today's short list", "short_list_ms", "plain_ms", "short_list_ratio"),
    ("  with every summary", "due_people_ms", "plain_ms", "due_people_ratio"),
    ("due list (sqlite3-only path)", "plain_due_ms", "plain_ms", "plain_due_ratio"),
    ("  Today's short list", "plain_short_ms", "plain_ms", None),
    ("search: re-filter per keystroke", "keystroke_ms", None, None),
    ("  slowest keystroke", "keystroke_worst_ms", None, None),
    ("  with the table repainted", "keystroke_painted_ms", None, None),
    ("map painted (1600×1000)", "map_paint_ms", None, None),
    ("  Show ties: first paint", "map_ties_first_ms", "map_paint_ms", None),
    ("  Show ties: cached repaint", "map_ties_paint_ms", "map_paint_ms", None),
    ("  hover: a person's ties", "map_hover_ms", "map_paint_ms", None),
    ("log in person + due list", "log_ms", None, None),
    ("  the write alone", "log_write_ms", None, None),
    ("export all meetups .ics", "ics_ms", "ics_plain_ms", "ics_ratio"),
    ("kith due (whole process)", "cli_due_ms", "cli_sqlite_ms", "cli_due_ratio"),
    ("kith today (whole process)", "cli_today_ms", "cli_sqlite_ms", "cli_today_ratio"),
    ("kith log NAME (whole process)", "cli_log_ms", None, None),
    ("  python -c pass (the floor)", "cli_python_ms", "cli_sqlite_ms", None),
    (f"import {VCARDS:,} vCards", "import_ms", None, None),
    ("peak memory (MB RSS)", "rss_mb", "bare_rss_mb", "rss_ratio"),
)


def print_table(f: dict[str, Any], runs: int) -> None:
    print(
        f"\n{f['people']:,} people — medians of {runs}+ runs; ms unless noted "
        f"({f['due_listed']:,} due, {f['ics_meetups']:,} meetups exported, "
        f"{f['import_added']:,} of {VCARDS:,} cards added, {f['map_ties']:,} ties, "
        f"{f['map_ties_drawn']:,} drawn by Show ties)"
    )
    print(f"  {'':30}{'Kith':>10}{'baseline':>10}{'ratio':>8}  target")
    for label, key, base, ratio in ROWS:
        judged = key if key in TARGETS else ratio
        target = TARGETS.get(judged) if judged else None
        mark = ""
        if target is not None and judged:
            value = f[judged]
            mark = ("met " if value <= target[0] else "MISSED ") + target[1]
        base_text = f"{f[base]:10.1f}" if base else f"{'':10}"
        ratio_text = f"{f[ratio]:7.2f}×" if ratio else f"{'':8}"
        print(f"  {label:30}{f[key]:10.1f}{base_text}{ratio_text}  {mark}")


def print_growth(results: list[dict[str, Any]]) -> None:
    sizes = [r["people"] for r in results]
    print(f"\nGrowth ({' → '.join(f'{s:,}' for s in sizes)} people)")
    print(f"  {'':30}" + "".join(f"{s:>10,}" for s in sizes) + f"{'growth':>9}")
    for label, key, _, _ in ROWS:
        values = [r[key] for r in results]
        growth = values[-1] / values[0] if values[0] else float("nan")
        print(f"  {label:30}" + "".join(f"{v:10.1f}" for v in values) + f"{growth:8.1f}×")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="500,5000,20000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    args.out.mkdir(parents=True, exist_ok=True)
    vcf = vcard_file(args.out)
    started = time.perf_counter()
    results = []
    for size in sizes:
        print(f"{size:,} people", flush=True)
        results.append(measure(size, args.out, vcf, args.runs))
    for figures in results:
        print_table(figures, args.runs)
    if len(results) > 1:
        print_growth(results)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")  # noqa: TID251 (when the bench ran)
    report = {
        "when": stamp,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "platform": os.environ.get("QT_QPA_PLATFORM", "native"),
        "runs": args.runs,
        "sizes": results,
    }
    out = args.out / f"{stamp}.json"
    out.write_text(json.dumps(report, indent=2), "utf-8")
    print(f"\nFigures written to {out} ({time.perf_counter() - started:.0f} s in all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
