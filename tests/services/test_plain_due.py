"""The plain `sqlite3` read path gives exactly what the services give.

`kith due`, `kith today` read a sound, current database without SQLAlchemy
(`services.plain_due`). Each example builds a small random database through the
services (people in every circle, own rhythms, your interests, snoozes, meetings in
person and not, planned meetups by day and by time, birthdays, ties and groups, people
archived), then compares the two paths: the due list, Today's short list, group ideas,
and the commands' output byte for byte, as text and as JSON.
"""

from __future__ import annotations

import contextlib
import io
import sqlite3
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from kith.bootstrap import open_services
from kith.cli import reads as cli_reads
from kith.cli.main import main
from kith.clock import FixedClock
from kith.domain.ties import TieKind
from kith.domain.values import Circle, Mode
from kith.services.app import Services
from kith.services.plain_due import PlainDue
from kith.services.views import MeetupInput, PersonInput
from kith.storage import checked
from tests.conftest import START, copy_of

INTERESTS = ("chess", "Climbing", "jazz", "zither", "ärchery")
CIRCLES = [Circle.INNER, Circle.CLOSE, Circle.FRIENDS, Circle.WIDER, Circle.UNSORTED]

person = st.fixed_dictionaries(
    {
        "name": st.sampled_from(["Ana", "ana", "Ána", "Ben", "Chloé", "Dewi", "Eko"]),
        "circle": st.sampled_from(CIRCLES),
        "rhythm": st.one_of(st.none(), st.integers(1, 120)),
        "interests": st.lists(st.sampled_from(INTERESTS), max_size=3, unique=True),
        "lean_on": st.booleans(),
        "met_days_ago": st.lists(st.integers(0, 200), max_size=3),
        "called_days_ago": st.one_of(st.none(), st.integers(0, 60)),
        "snooze_days": st.one_of(st.none(), st.integers(1, 10)),
        "birthday_in": st.one_of(st.none(), st.integers(0, 40)),
        "planned_in": st.one_of(st.none(), st.integers(-2, 20)),
        "planned_at_time": st.booleans(),
        "archived": st.booleans(),
    }
)
database = st.fixed_dictionaries(
    {
        "people": st.lists(person, max_size=14),
        "mine": st.lists(st.sampled_from(INTERESTS), max_size=3, unique=True),
        "ring_rhythm": st.one_of(st.none(), st.integers(3, 60)),
        "ties": st.lists(st.tuples(st.integers(0, 13), st.integers(0, 13)), max_size=6),
        "group": st.lists(st.integers(0, 13), max_size=5, unique=True),
        "days_later": st.integers(0, 90),
    }
)


def _build(svc: Services, spec: dict, today: date) -> None:
    if spec["mine"]:
        svc.profile.add_interests(spec["mine"])
    if spec["ring_rhythm"] is not None:
        svc.profile.set_circle_rhythm(Circle.CLOSE, spec["ring_rhythm"])
    ids = []
    for n, p in enumerate(spec["people"]):
        birthday = None
        if p["birthday_in"] is not None:
            on = today + timedelta(days=p["birthday_in"])
            birthday = (None, on.month, on.day)
        pid = svc.people.add(
            PersonInput(
                name=f"{p['name']} {n}" if n % 3 else p["name"],
                circle=p["circle"],
                rhythm_days=p["rhythm"],
                interests=tuple(p["interests"]),
                lean_on=p["lean_on"],
                birthday=birthday,
            )
        ).id
        ids.append(pid)
        for ago in p["met_days_ago"]:
            svc.interactions.log([pid], Mode.IN_PERSON, today - timedelta(days=ago))
        if p["called_days_ago"] is not None:
            svc.interactions.log([pid], Mode.CALL, today - timedelta(days=p["called_days_ago"]))
        if p["snooze_days"] is not None:
            svc.people.snooze(pid, today + timedelta(days=p["snooze_days"]))
        if p["planned_in"] is not None and p["planned_in"] >= 0:
            on = today + timedelta(days=p["planned_in"])
            at = datetime.combine(on, time(23, 30)) if p["planned_at_time"] else None
            svc.meetups.plan(
                MeetupInput(
                    title="Walk",
                    person_ids=(pid,),
                    starts_at=at,
                    on_day=None if at else on,
                    duration_minutes=120 if at else None,
                )
            )
        if p["archived"]:
            svc.people.archive(pid)
    for a, b in spec["ties"]:
        if a < len(ids) and b < len(ids) and a != b:
            svc.ties.tie(ids[a], ids[b], TieKind.PARTNER if (a + b) % 2 else TieKind.FRIENDS)
    members = [ids[i] for i in spec["group"] if i < len(ids)]
    if members:
        svc.ties.add_group("Crew", members)


def _output(args: list[str], clock: FixedClock) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args, clock=clock)
    return code, out.getvalue(), err.getvalue()


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    # Shrinking a database-building example takes minutes; the failing draw is shown anyway.
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
)
@given(spec=database)
def test_the_plain_path_answers_as_the_services_do(
    migrated_template: Path, monkeypatch: pytest.MonkeyPatch, spec: dict
) -> None:
    clock = FixedClock(START, "Asia/Jakarta")
    with tempfile.TemporaryDirectory() as folder:
        path = copy_of(migrated_template, Path(folder) / "kith.sqlite3")
        svc = open_services(path, clock)
        try:
            _build(svc, spec, svc.ctx.today())
            clock.advance(timedelta(days=spec["days_later"]))
            expected = svc.tending.due()
            short = svc.today.short_list()
            ideas = svc.tending.suggestions(expected)
            plain = PlainDue.open(path, clock)
            assert plain is not None
            try:
                got = plain.due()
                assert got.facts == expected.facts
                assert got.snoozed == expected.snoozed
                assert dict(got.reasons) == dict(expected.reasons)
                assert got.people == expected.people
                assert got.first(7) == expected.first(7)
                assert plain.short_list() == short
                assert plain.suggestions(got) == ideas
            finally:
                plain.close()
        finally:
            svc.close()
        day = clock.now().date().isoformat()
        for command in (["due", "--json"], ["due"], ["today", "--json"], ["today"]):
            args = ["--db", str(path), *command, "--on", day]
            with monkeypatch.context() as m:
                m.setattr(PlainDue, "open", classmethod(lambda cls, *a: None))
                by_services = _output(args, clock)
            with monkeypatch.context() as m:
                m.setattr(cli_reads, "_ServiceReads", None)  # the plain path, or it fails
                by_plain = _output(args, clock)
            assert by_plain == by_services, command


@pytest.fixture
def demo_db(migrated_template: Path, tmp_path: Path, clock: FixedClock) -> Path:
    path = copy_of(migrated_template, tmp_path / "kith.sqlite3")
    svc = open_services(path, clock)
    svc.demo.fill(40, years=1, seed=3)
    svc.close()
    return path


def test_only_a_sound_current_database_is_read_plainly(
    demo_db: Path, tmp_path: Path, clock: FixedClock
) -> None:
    assert not checked.unchanged_since_clean_check(demo_db)
    assert _output(["--db", str(demo_db), "today"], clock)[0] == 0
    # Read whole by that command: noted sound, so the next one skips the full read.
    assert checked.unchanged_since_clean_check(demo_db)
    assert PlainDue.open(tmp_path / "missing.sqlite3", clock) is None
    assert not (tmp_path / "missing.sqlite3").exists()
    with sqlite3.connect(demo_db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0007'")
    conn.close()
    assert PlainDue.open(demo_db, clock) is None
    with sqlite3.connect(demo_db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    assert PlainDue.open(demo_db, clock) is None


@pytest.mark.parametrize("command", [["due"], ["today", "--json"]])
def test_a_newer_or_damaged_database_is_refused_in_the_usual_words(
    demo_db: Path, command: list[str], clock: FixedClock
) -> None:
    with sqlite3.connect(demo_db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    code, out, err = _output(["--db", str(demo_db), *command], clock)
    assert code == 1 and not out
    assert "written by a newer version of Kith (schema 9999)" in err
    assert "Traceback" not in err
    with sqlite3.connect(demo_db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0008'")
    conn.close()
    _damage(demo_db)
    code, out, err = _output(["--db", str(demo_db), *command], clock)
    assert code == 1 and not out
    assert "is damaged" in err and "Kith has left it as it is" in err
    assert "Traceback" not in err


def _damage(path: Path) -> None:
    """Overwrite a page in the middle of the file (not the header, not the schema)."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    with path.open("r+b") as f:
        f.seek(page * (pages // 2))
        f.write(b"\xff" * page)


def test_a_missing_database_is_made_the_full_way(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "new.sqlite3"
    code, out, err = _output(["--db", str(path), "due"], clock)
    assert (code, out, err) == (0, "No one is due. Enjoy the time you have.\n", "")
    assert path.exists() and PlainDue.open(path, clock) is not None
