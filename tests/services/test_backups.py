"""Backups on their own, on request, and restoring one in place."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from kith.cli.main import main
from kith.clock import FixedClock
from kith.domain.errors import KithError
from kith.services.app import Services
from kith.services.changes import EVERYTHING, Change
from kith.services.views import PersonInput
from kith.storage.database import make_engine
from kith.storage.errors import SchemaMismatch
from kith.storage.migrate import upgrade_to_head


def names(services: Services) -> list[str]:
    return [p.name for p in services.people.list(include_archived=True)]


def test_daily_backup_once_per_local_day_keeping_ten(services: Services, clock: FixedClock) -> None:
    first = services.backups.daily_backup_if_due()
    assert first is not None and first.exists()
    assert services.backups.daily_backup_if_due() is None
    clock.advance(timedelta(hours=11))  # 23:00 in Jakarta: still the same day
    assert services.backups.daily_backup_if_due() is None
    clock.advance(timedelta(hours=2))  # past midnight there
    assert services.backups.daily_backup_if_due() is not None
    for _ in range(12):
        clock.advance(timedelta(days=1))
        services.backups.daily_backup_if_due()
    kept = services.backups.list()
    assert len(kept) == 10 and kept == sorted(kept, reverse=True)
    assert not first.exists()


def test_a_backup_is_listed_with_when_and_why_it_was_made(
    services: Services, clock: FixedClock
) -> None:
    made = services.backups.backup_now("manual")
    stem = services.ctx.db.path.stem
    for odd in ("20261301-000000-daily", "20261201x000000-daily", "notes"):
        (made.parent / f"{stem}-{odd}.sqlite3").write_bytes(b"")
    kept = {k.path.name: k for k in services.backups.kept()}
    assert kept[made.name].made_at == clock.now().replace(microsecond=0)
    assert kept[made.name].reason == "manual"
    odd_ones = [k for name, k in kept.items() if name != made.name]
    assert len(odd_ones) == 3
    assert all(k.made_at is None and k.reason == "" for k in odd_ones)


def test_backup_then_restore_gives_the_same_healthy_content(
    services: Services, tmp_path: Path, clock: FixedClock
) -> None:
    services.demo.fill(40, years=1, seed=2)
    before = services.archive.archive_text()
    copy = services.backups.backup_to(tmp_path / "saved.sqlite3")
    services.people.add(PersonInput("Added After The Backup"))
    seen: list[Change] = []
    services.changes.subscribe(seen.append)
    result = services.backups.restore(copy)
    assert "Added After The Backup" not in names(services)
    assert services.archive.archive_text() == before
    assert services.health.check().healthy
    assert seen == [EVERYTHING]
    assert result.previous_kept_at.exists() and result.previous_kept_at in services.backups.list()
    # The replaced database is kept whole: the person added after the backup is in it.
    with sqlite3.connect(result.previous_kept_at) as conn:
        kept = {row[0] for row in conn.execute("SELECT name FROM person")}
    assert "Added After The Backup" in kept


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not sqlite at all", "not an SQLite file"),
        (None, "not one of Kith's"),
        (b"", "not an SQLite file"),
    ],
)
def test_restore_refuses_what_is_not_a_kith_database(
    services: Services, tmp_path: Path, content: bytes | None, message: str
) -> None:
    services.people.add(PersonInput("Still Here"))
    path = tmp_path / "other.sqlite3"
    if content is None:
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE notes (text TEXT)")
    else:
        path.write_bytes(content)
    with pytest.raises(KithError, match=message):
        services.backups.restore(path)
    assert names(services) == ["Still Here"]


def test_restore_refuses_a_newer_schema(services: Services, tmp_path: Path) -> None:
    copy = services.backups.backup_to(tmp_path / "future.sqlite3")
    with sqlite3.connect(copy) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(KithError, match="newer version of Kith"):
        services.backups.restore(copy)


def test_an_older_schema_is_upgraded_when_restored(services: Services, tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    engine = make_engine(old)
    upgrade_to_head(engine, "0001")
    engine.dispose()
    with sqlite3.connect(old) as conn:
        conn.execute(
            "INSERT INTO person (name, circle, notes, lean_on, archived, created_at, "
            "updated_at) VALUES ('From 0001', 'friends', '', 0, 0, "
            "'2020-01-01 00:00:00', '2020-01-01 00:00:00')"
        )
    result = services.backups.restore(old)
    assert result.revision == "0001"
    assert names(services) == ["From 0001"] and services.health.check().healthy


def test_cli_backup_and_restore(
    db_path: Path, services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services.people.add(PersonInput("Ana"))
    services.close()
    out = tmp_path / "copy.sqlite3"
    assert main(["--db", str(db_path), "backup", str(out)]) == 0
    assert "Backed up to" in capsys.readouterr().out
    # Damage the database beyond opening, then restore the copy over it.
    db_path.write_bytes(b"garbage" * 1000)
    for extra in (
        db_path.with_name(db_path.name + "-wal"),
        db_path.with_name(db_path.name + "-shm"),
    ):
        extra.unlink(missing_ok=True)
    assert main(["--db", str(db_path), "restore", str(out)]) == 0
    said = capsys.readouterr().out
    assert "It is healthy: 1 people" in said and "kept at" in said
    assert main(["--db", str(db_path), "backup", "--list"]) == 0
    listed = capsys.readouterr().out
    assert "before-restore" in listed and "daily" in listed


def test_restore_refuses_a_backup_with_a_trigger_kith_did_not_make(
    services: Services, tmp_path: Path
) -> None:
    services.people.add(PersonInput("Still Here"))
    copy = services.backups.backup_to(tmp_path / "tampered.sqlite3")
    with sqlite3.connect(copy) as conn:
        conn.execute(
            "CREATE TRIGGER wipe AFTER INSERT ON interaction BEGIN DELETE FROM person; END"
        )
    with pytest.raises(SchemaMismatch, match="has a trigger “wipe” that Kith did not make") as got:
        services.backups.restore(copy)
    assert got.value.code == "storage.schema.foreign_trigger" and got.value.path == copy
    assert names(services) == ["Still Here"]
    assert not [p for p in services.backups.list() if "before-restore" in p.name]
