"""Migration 0003 adds the record of delivered reminders, also to an existing database."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect

from kith.storage.database import make_engine, open_database
from kith.storage.migrate import head_revision, upgrade_to_head
from kith.storage.revision import KNOWN_REVISIONS, SCHEMA_REVISION


def test_the_build_writes_the_newest_migration() -> None:
    assert head_revision() == SCHEMA_REVISION == "0010"
    assert KNOWN_REVISIONS[-1] == SCHEMA_REVISION


def test_a_0002_database_is_upgraded_and_keeps_its_settings(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    upgrade_to_head(engine, "0002")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO setting (key, value) VALUES ('x', '1')")
    engine.dispose()
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        assert version == SCHEMA_REVISION
        columns = {c["name"] for c in inspect(db.engine).get_columns("reminder_delivery")}
        assert columns == {"key", "kind", "delivered_at", "title"}
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT value FROM setting").scalar() == "1"
    finally:
        db.close()
