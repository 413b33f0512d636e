"""Every command that reads or writes the database, at 100,000 demo people.

    python tests/bench/hundred_k.py [--people 100000] [--only log,due] [--code DIR]

A benchmark, not a test. Each command runs as a whole process (start, imports, the
integrity check, the work, the output), one after another on one working copy of a demo
database, and the table gives its wall time and its peak memory (the child's own
ru_maxrss: this parent imports no Kith, so what a child inherits from it at start is
small — `python -c pass` in the same table shows that floor). The 500 MB limit and the
0.5 s target of `kith log` are marked met or missed.

The demo database is made once by `kith demo` itself and kept in build/bench (about two
minutes at 100,000 people); later runs make it again in a scratch folder so the demo is
measured too (`--no-demo` skips that). `--code DIR` runs the Kith found in DIR (a folder
holding the `kith` package, e.g. an exported older revision) to compare two versions in
one sitting; figures go to build/bench/hundred-k-<UTC time>.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIMIT_MB = 500.0
LOG_TARGET_S = 0.5
WEEK = ("--from", "2026-11-22 00:00", "--to", "2026-11-29 00:00")


@dataclass
class Run:
    label: str
    seconds: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    peak_mb: list[float] = field(default_factory=list)
    failed: str = ""

    def verdict(self) -> str:
        if self.failed:
            return f"FAILED {self.failed}"
        marks = []
        if self.label.startswith(("python", "sqlite3")):
            return "baseline"
        peak = max(self.peak_mb)
        marks.append(f"{'met' if peak <= LIMIT_MB else 'MISSED'} ≤ {LIMIT_MB:.0f} MB")
        if self.label.startswith("log "):
            slowest = max(self.seconds)
            ok = statistics.median(self.seconds) < LOG_TARGET_S
            marks.append(
                f"{'met' if ok else 'MISSED'} < {LOG_TARGET_S} s (slowest {slowest:.2f} s)"
            )
        return "; ".join(marks)


class Bench:
    def __init__(
        self,
        code: Path | None,
        scratch: Path,
        only: set[str],
        timeout: float,
        skip: set[str] | None = None,
    ) -> None:
        self.env = {
            **os.environ,
            "XDG_CONFIG_HOME": str(scratch / "config"),
            "XDG_DATA_HOME": str(scratch / "data"),
            "XDG_STATE_HOME": str(scratch / "state"),
            "XDG_CACHE_HOME": str(scratch / "cache"),
            "QT_QPA_PLATFORM": "offscreen",
        }
        self.env.pop("KITH_DB", None)
        if code is not None:
            self.env["PYTHONPATH"] = str(code.resolve())
        self.scratch = scratch
        self.only = only
        self.skip = skip or set()
        self.timeout = timeout
        self.runs: list[Run] = []

    def wanted(self, label: str) -> bool:
        if any(word in label for word in self.skip):
            return False
        return not self.only or any(word in label for word in self.only)

    def run(self, label: str, command: list[str], times: int = 1) -> str:
        """Run `command` `times` times; its last stdout (for ids it printed)."""
        if not self.wanted(label):
            return ""
        got = Run(label)
        self.runs.append(got)
        out = ""
        for _ in range(times):
            with tempfile.TemporaryFile("w+") as sink, tempfile.TemporaryFile("w+") as err:
                start = time.perf_counter()
                proc = subprocess.Popen(command, env=self.env, stdout=sink, stderr=err)
                try:
                    status, usage = _wait(proc.pid, self.timeout)
                except TimeoutError:
                    proc.kill()
                    proc.wait()
                    got.failed = f"(over {self.timeout:.0f} s)"
                    break
                elapsed = time.perf_counter() - start
                code = os.waitstatus_to_exitcode(status)
                sink.seek(0)
                out = sink.read()
                if code != 0:
                    err.seek(0)
                    got.failed = f"(exit {code}: {err.read().strip().splitlines()[-1:]})"
                    break
            got.seconds.append(elapsed)
            got.cpu.append(usage.ru_utime + usage.ru_stime)
            got.peak_mb.append(usage.ru_maxrss / 1024)
        self.show(got)
        return out

    @staticmethod
    def show(got: Run) -> None:
        if got.seconds:
            wall = f"{statistics.median(got.seconds):8.2f}"
            cpu = f"{statistics.median(got.cpu):8.2f}"
            peak = f"{max(got.peak_mb):8.0f}"
        else:
            wall = cpu = peak = f"{'—':>8}"
        print(f"  {got.label:44}{wall}{cpu}{peak}  {got.verdict()}", flush=True)


def _wait(pid: int, timeout: float) -> tuple[int, os.struct_rusage]:
    deadline = time.monotonic() + timeout
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            return status, usage
        if time.monotonic() > deadline:
            raise TimeoutError
        time.sleep(0.005)


def schema_revision() -> str:
    text = (ROOT / "desktop" / "kith" / "storage" / "revision.py").read_text("utf-8")
    return text.split('SCHEMA_REVISION = "', 1)[1].split('"', 1)[0]


def demo_database(bench: Bench, folder: Path, people: int, kith: list[str], again: bool) -> Path:
    """The cached demo database, made by `kith demo` (measured) when missing; with
    `again`, `kith demo` is measured into a scratch file as well."""
    path = folder / f"hundred-k-{people}-r{schema_revision()}.sqlite3"
    label = f"demo --people {people}"
    if not path.exists():
        print(f"  (making the demo database with {people:,} people, kept for next time)")
        partial = folder / f"{path.stem}-part.sqlite3"
        partial.unlink(missing_ok=True)
        shutil.rmtree(folder / f"{partial.stem}-backups", ignore_errors=True)
        bench.only = set()  # the demo must run to make the file
        bench.run(label, [*kith, "--db", str(partial), "demo", "--people", str(people)])
        partial.rename(path)
        shutil.rmtree(folder / f"{partial.stem}-backups", ignore_errors=True)
    elif again:
        fresh = bench.scratch / "demo.sqlite3"
        bench.run(label, [*kith, "--db", str(fresh), "demo", "--people", str(people)])
        fresh.unlink(missing_ok=True)
    return path


def commands(bench: Bench, kith: list[str], db: Path, cards: Path | None) -> None:
    """Every command that opens the database, in an order where each finds what it needs."""
    s = bench.scratch
    k = [*kith, "--db", str(db)]
    # Demo names repeat at this size; two people added first are each the only one so
    # called, so every command finds them by name as a person would type it.
    one, two = "Wren Halvorsen", "Ottilie Brandvold"
    bench.run("python -c pass", [sys.executable, "-c", "pass"], 3)
    bench.run(
        "sqlite3: count interactions",
        ["sqlite3", "-readonly", str(db), "SELECT count(*) FROM interaction"],
        3,
    )
    bench.run("due (first: full check + daily backup)", [*k, "due"])
    bench.run("person add NAME", [*k, "person", "add", one, "--circle", "close"])
    bench.run("person add NAME (another)", [*k, "person", "add", two, "--circle", "friends"])
    bench.run("check", [*k, "check"])
    bench.run("log NAME (in person)", [*k, "log", one, "--note", "bench"], 5)
    bench.run("due", [*k, "due"], 3)
    bench.run("due --json", [*k, "due", "--json"])
    bench.run("today", [*k, "today"], 3)
    bench.run("person list", [*k, "person", "list"])
    bench.run("person show NAME", [*k, "person", "show", one])
    bench.run("person add", [*k, "person", "add", "Bench Person", "--circle", "friends"])
    bench.run("person add (a twin)", [*k, "person", "add", "Bench Twin", "--circle", "wider"])
    bench.run("person edit NAME --circle", [*k, "person", "edit", one, "--circle", "close"])
    bench.run("person snooze NAME", [*k, "person", "snooze", two, "--days", "3"])
    bench.run("person archive NAME", [*k, "person", "archive", two])
    bench.run("person restore NAME", [*k, "person", "restore", two])
    bench.run(
        "person merge KEEP OTHER",
        [*k, "person", "merge", "Bench Person", "Bench Twin", "--yes"],
    )
    bench.run("tie A B", [*k, "tie", one, two, "--as", "friends"])
    bench.run("untie A B", [*k, "untie", one, two])
    bench.run("group add", [*k, "group", "add", "Bench crew", "--with", one, "--with", two])
    bench.run("group list", [*k, "group", "list"])
    bench.run("group show", [*k, "group", "show", "Bench crew"])
    bench.run("me --interest", [*k, "me", "--interest", "climbing"])
    planned = bench.run(
        "plan", [*k, "plan", "Bench walk", "--with", one, "--at", "2026-12-20 18:00", "--json"]
    )
    other = bench.run(
        "plan (another)", [*k, "plan", "Bench tea", "--with", two, "--at", "2026-12-21", "--json"]
    )
    bench.run("plans", [*k, "plans"])
    if planned:
        bench.run("done MEETUP", [*k, "done", str(json.loads(planned)["id"])])
    if other:
        bench.run("cancel MEETUP", [*k, "cancel", str(json.loads(other)["id"])])
    bench.run("remind --dry-run (a week)", [*k, "remind", "--dry-run", *WEEK])
    bench.run("export-json", [*k, "export-json", str(s / "all.json")])
    bench.run("export-vcf", [*k, "export-vcf", str(s / "all.vcf")])
    bench.run("export-ics", [*k, "export-ics", str(s / "all.ics")])
    if (s / "all.json").exists():
        empty = s / "from-json.sqlite3"
        into = [*kith, "--db", str(empty)]
        bench.run("import-json (into an empty one)", [*into, "import-json", str(s / "all.json")])
        empty.unlink(missing_ok=True)
    if (s / "all.vcf").exists():
        empty = s / "from-vcf.sqlite3"
        into = [*kith, "--db", str(empty)]
        bench.run("import-vcf all (into an empty one)", [*into, "import-vcf", str(s / "all.vcf")])
        empty.unlink(missing_ok=True)
        bench.run(
            "import-vcf everyone --dry-run (all matched)",
            [*k, "import-vcf", str(s / "all.vcf"), "--dry-run"],
        )
    if cards is not None:
        bench.run("import-vcf 5,000 new cards", [*k, "import-vcf", str(cards)])
    (s / "synced").mkdir(exist_ok=True)  # as a file-sync tool's folder already is
    bench.run("sync --folder", [*k, "sync", "--folder", str(s / "synced")])
    bench.run("sync --now (first round: everything)", [*k, "sync", "--now"])
    bench.run("sync --now (nothing new)", [*k, "sync", "--now"])
    bench.run("sync --status", [*k, "sync", "--status"])
    bench.run("backup", [*k, "backup"])
    listed = bench.run("backup --list", [*k, "backup", "--list"]).split()
    if listed and listed[0].startswith("/"):
        bench.run("restore BACKUP", [*k, "restore", max(listed)])
    bench.run("log NAME (after everything)", [*k, "log", one, "--note", "bench"], 3)


def vcard_cards(folder: Path, count: int) -> Path | None:
    """A file of new contacts, as import_benchmark writes them."""
    path = folder / f"contacts-{count}.vcf"
    if path.exists():
        return path
    sys.path.insert(0, str(Path(__file__).parent))
    try:
        import base64
        import random

        from import_benchmark import card
    except ImportError:
        return None
    rng = random.Random(1)
    photo = base64.b64encode(rng.randbytes(6000)).decode()
    path.write_text("".join(card(rng, i, photo) for i in range(count)), "utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--only", default="", help="comma-separated words of the rows to run")
    parser.add_argument("--skip", default="", help="comma-separated words of rows to leave out")
    parser.add_argument("--code", type=Path, help="run the kith package found in this folder")
    parser.add_argument("--no-demo", action="store_true", help="do not measure `kith demo` again")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per command")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    only = {w.strip() for w in args.only.split(",") if w.strip()}
    kith = [sys.executable, "-m", "kith"]
    started = time.perf_counter()
    print(
        f"{args.people:,} people — wall and CPU seconds (medians; CPU is what a busy "
        "machine cannot inflate) and peak MB (the most of any run)"
    )
    print(f"  {'command':44}{'wall s':>8}{'CPU s':>8}{'peak MB':>8}  target")
    with tempfile.TemporaryDirectory(prefix="kith-100k-") as tmp:
        scratch = Path(tmp)
        skip = {w.strip() for w in args.skip.split(",") if w.strip()}
        bench = Bench(args.code, scratch, only, args.timeout, skip)
        cached = demo_database(bench, args.out, args.people, kith, not args.no_demo)
        bench.only = only
        work = scratch / "work.sqlite3"
        shutil.copyfile(cached, work)
        cards = vcard_cards(args.out, 5000)
        commands(bench, kith, work, cards)
    over = [r.label for r in bench.runs if r.peak_mb and max(r.peak_mb) > LIMIT_MB]
    failed = [r.label for r in bench.runs if r.failed]
    print(f"\nOver {LIMIT_MB:.0f} MB: {', '.join(over) or 'none'}")
    print(f"Failed: {', '.join(failed) or 'none'}")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")  # noqa: TID251 (when the bench ran)
    report = {
        "when": stamp,
        "people": args.people,
        "code": str(args.code or ROOT / "desktop"),
        "runs": [
            {
                "label": r.label,
                "seconds": r.seconds,
                "cpu_seconds": r.cpu,
                "peak_mb": r.peak_mb,
                "failed": r.failed,
            }
            for r in bench.runs
        ],
    }
    out = args.out / f"hundred-k-{stamp}.json"
    out.write_text(json.dumps(report, indent=2), "utf-8")
    print(f"Figures written to {out} ({time.perf_counter() - started:.0f} s in all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
