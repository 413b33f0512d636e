"""`kith log` on the plain `sqlite3` path writes exactly what the services write.

A sound database at this revision is logged to without SQLAlchemy
(`services.plain_log`). Each example builds a small database through the services
(people whose names collide, in case and accents, nicknames, someone archived, earlier
meetings, the sync journal on or off), copies it, and runs one random sequence of
`kith log` commands on both copies: one through the services, one on the plain path.
Every command must answer alike (exit status, output, error line), and at the end both
files must hold the same: `export-json`, every column of the rows a log writes (the new
sync ids aside, which are random), the sync journal and the daily backups.
"""

from __future__ import annotations

import contextlib
import io
import json
import sqlite3
import tempfile
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from kith.bootstrap import open_services
from kith.cli.main import main
from kith.clock import FixedClock
from kith.domain.values import Circle, Mode
from kith.services.plain_log import PlainLog
from kith.services.views import PersonInput
from kith.storage import checked
from kith.storage.paths import backup_dir_for
from tests.conftest import START, copy_of

NAMES = ["Ana", "ana", "Ána", "Ana Silva", "Ben", "Chloé", "Dewi", "Straße"]
# What a person types: whole names, parts, other cases and accents, ids (real or not),
# nicknames, names no one has, and nothing at all.
TYPED = [*NAMES, "ANA", "ana silva", "an", "chloe", "Strasse", "#1", "#2", "#3", "#99"]
TYPED += ["Bee", "dew", "Zed", "", "   ", "Ana  Silva"]

people = st.lists(
    st.fixed_dictionaries(
        {
            "name": st.sampled_from(NAMES),
            "nickname": st.one_of(st.none(), st.sampled_from(["Bee", "Nana", "dew"])),
            "archived": st.booleans(),
            "met_days_ago": st.lists(st.integers(0, 400), max_size=2),
        }
    ),
    min_size=1,
    max_size=7,
)
command = st.fixed_dictionaries(
    {
        "names": st.lists(st.sampled_from(TYPED), min_size=1, max_size=3),
        "mode": st.one_of(st.none(), st.sampled_from([*[m.value for m in Mode], "dance"])),
        "days_ago": st.one_of(st.none(), st.integers(-2, 500), st.just(365 * 200)),
        "bad_day": st.booleans(),
        "note": st.one_of(
            st.none(), st.sampled_from(["Long walk", "  tea \r\n by the river ", "TOO LONG"])
        ),
        "place": st.one_of(st.none(), st.sampled_from(["Park", "\u00a0Café\t"])),
        "json": st.booleans(),
        "minutes_later": st.integers(0, 3000),
    }
)


def _build(svc: Any, spec: list[dict[str, Any]], today: date) -> None:
    for p in spec:
        pid = svc.people.add(
            PersonInput(name=p["name"], nickname=p["nickname"], circle=Circle.FRIENDS)
        ).id
        for ago in p["met_days_ago"]:
            svc.interactions.log([pid], Mode.IN_PERSON, today - timedelta(days=ago))
        if p["archived"]:
            svc.people.archive(pid)


def _args(path: Path, c: dict[str, Any], today: date) -> list[str]:
    args = ["--db", str(path), "log", *c["names"]]
    if c["mode"] is not None:
        args += ["--mode", c["mode"]]
    if c["bad_day"]:
        args += ["--on", "2026-02-30"]
    elif c["days_ago"] is not None:
        args += ["--on", (today - timedelta(days=c["days_ago"])).isoformat()]
    if c["note"] is not None:
        args += ["--note", "x" * 100_001 if c["note"] == "TOO LONG" else c["note"]]
    if c["place"] is not None:
        args += ["--place", c["place"]]
    return [*args, "--json"] if c["json"] else args


def _output(args: list[str], clock: FixedClock) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args, clock=clock)
    return code, out.getvalue(), err.getvalue()


@contextlib.contextmanager
def _opening(stand_in: Any) -> Iterator[None]:
    real = PlainLog.__dict__["open"]
    PlainLog.open = stand_in  # type: ignore[method-assign]
    try:
        yield
    finally:
        PlainLog.open = real  # type: ignore[method-assign]


def _through_services() -> contextlib.AbstractContextManager[None]:
    return _opening(classmethod(lambda cls, *a: None))


def _plainly(opened: list[bool]) -> contextlib.AbstractContextManager[None]:
    real = PlainLog.open

    def counted(path: Path, clock: FixedClock) -> PlainLog | None:
        got = real(path, clock)
        opened.append(got is not None)
        return got

    return _opening(staticmethod(counted))


def _contents(path: Path, clock: FixedClock) -> dict[str, Any]:
    """All a log can change, with each sync id replaced by its row's table and id."""
    svc = open_services(path, clock)
    try:
        archive = json.loads(svc.archive.archive_text())
    finally:
        svc.close()
    archive.pop("exported_at")
    conn = sqlite3.connect(path)
    try:
        names: dict[str, str] = {}
        for table in ("person", "interaction"):
            for row_id, sync_id in conn.execute(f"SELECT id, sync_id FROM {table}"):
                assert str(uuid.UUID(sync_id)) == sync_id
                names[sync_id] = f"{table}#{row_id}"
        tables = {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("person", "interaction_person")
        }
        tables["interaction"] = [
            row[:-1] for row in conn.execute("SELECT * FROM interaction ORDER BY id")
        ]
        journal = sorted(names.get(e, e) for (e,) in conn.execute("SELECT entry FROM sync_journal"))
    finally:
        conn.close()
    backups = sorted(p.name for p in backup_dir_for(path).glob("*.sqlite3"))
    return {"archive": archive, "tables": tables, "journal": journal, "backups": backups}


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    # Shrinking a database-building example takes long; the failing draw is shown anyway.
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
)
@given(spec=people, commands=st.lists(command, min_size=1, max_size=6), journal=st.booleans())
def test_the_plain_path_writes_what_the_services_write(
    migrated_template: Path,
    spec: list[dict[str, Any]],
    commands: list[dict[str, Any]],
    journal: bool,
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        build_clock = FixedClock(START, "Asia/Jakarta")
        base = copy_of(migrated_template, Path(folder) / "base.sqlite3")
        svc = open_services(base, build_clock)
        try:
            _build(svc, spec, svc.ctx.today())
        finally:
            svc.close()
        if journal:
            with sqlite3.connect(base) as conn:
                conn.execute("INSERT INTO setting (key, value) VALUES ('sync.journal', '\"on\"')")
            conn.close()
        paths = {}
        for way in ("services", "plain"):
            (Path(folder) / way).mkdir()
            paths[way] = Path(folder) / way / "kith.sqlite3"
            with sqlite3.connect(base) as conn, sqlite3.connect(paths[way]) as copy:
                conn.backup(copy)
            conn.close()
            copy.close()
        clocks = {way: FixedClock(START, "Asia/Jakarta") for way in paths}
        opened: list[bool] = []
        for c in commands:
            for clock in clocks.values():
                clock.advance(timedelta(minutes=c["minutes_later"]))
            today = clocks["plain"].now().astimezone(clocks["plain"].zone()).date()
            with _through_services():
                by_services = _output(_args(paths["services"], c, today), clocks["services"])
            with _plainly(opened):
                by_plain = _output(_args(paths["plain"], c, today), clocks["plain"])
            assert by_plain == by_services, c
        # Every command that got as far as opening the file found it sound.
        assert all(opened)
        assert _contents(paths["plain"], clocks["plain"]) == _contents(
            paths["services"], clocks["services"]
        )


@pytest.fixture
def sound_db(migrated_template: Path, tmp_path: Path, clock: FixedClock) -> Path:
    path = copy_of(migrated_template, tmp_path / "kith.sqlite3")
    svc = open_services(path, clock)
    svc.people.add(PersonInput(name="Ana Silva", circle=Circle.CLOSE))
    svc.close()
    return path


def test_a_log_leaves_the_file_known_sound_for_the_next_command(
    sound_db: Path, clock: FixedClock
) -> None:
    assert _output(["--db", str(sound_db), "log", "ana"], clock)[0] == 0  # read whole
    assert checked.unchanged_since_clean_check(sound_db)
    plain = PlainLog.open(sound_db, clock)
    assert plain is not None
    plain.close()


def test_only_a_sound_current_database_is_logged_to_plainly(
    sound_db: Path, tmp_path: Path, clock: FixedClock
) -> None:
    assert PlainLog.open(tmp_path / "missing.sqlite3", clock) is None
    assert not (tmp_path / "missing.sqlite3").exists()
    for revision in ("0007", "9999"):
        with sqlite3.connect(sound_db) as conn:
            conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        conn.close()
        assert PlainLog.open(sound_db, clock) is None


def test_a_damaged_or_newer_database_is_refused_and_left_as_it_was(
    sound_db: Path, clock: FixedClock
) -> None:
    from tests.services.test_plain_due import _damage

    with sqlite3.connect(sound_db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    code, out, err = _output(["--db", str(sound_db), "log", "Ana"], clock)
    assert code == 1 and not out and "written by a newer version of Kith" in err
    with sqlite3.connect(sound_db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0010'")
    conn.close()
    _damage(sound_db)
    before = sound_db.read_bytes()
    code, out, err = _output(["--db", str(sound_db), "log", "Ana"], clock)
    assert code == 1 and not out
    assert "is damaged" in err and "Kith has left it as it is" in err and "Traceback" not in err
    assert sound_db.read_bytes() == before


def test_a_failed_log_writes_nothing(sound_db: Path, clock: FixedClock) -> None:
    ok = _output(["--db", str(sound_db), "log", "Ana"], clock)
    assert ok == (0, f"Logged in-person with Ana Silva on {START.date().isoformat()}.\n", "")
    for args in (["Ana", "Zed"], ["Ana", "--on", "2999-01-01"], ["Ana", "--note", "x" * 100_001]):
        code, out, err = _output(["--db", str(sound_db), "log", *args], clock)
        assert code == 1 and not out and err.startswith("kith: ")
    with sqlite3.connect(sound_db) as conn:
        assert conn.execute("SELECT count(*) FROM interaction").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM interaction_person").fetchone() == (1,)
    conn.close()
