"""Migration 0004 adds the "not sorted yet" circle and leaves everyone's circle as it was."""

from __future__ import annotations

from pathlib import Path

from kith.storage.database import make_engine, open_database
from kith.storage.migrate import upgrade_to_head


def test_a_0003_database_keeps_every_circle_and_can_hold_unsorted_people(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    upgrade_to_head(engine, "0003")
    circles = ("inner", "close", "friends", "wider")
    with engine.begin() as conn:
        for n, circle in enumerate(circles, start=1):
            conn.exec_driver_sql(
                "INSERT INTO person (id, name, circle, notes, lean_on, archived, created_at,"
                " updated_at) VALUES (?, ?, ?, '', 0, 0, '2026-01-01', '2026-01-01')",
                (n, f"P{n}", circle),
            )
    engine.dispose()
    db = open_database(path)
    try:
        with db.engine.begin() as conn:
            kept = conn.exec_driver_sql("SELECT circle FROM person ORDER BY id").scalars().all()
            assert tuple(kept) == circles
            keys = conn.exec_driver_sql("SELECT key FROM circle ORDER BY position").scalars()
            assert list(keys) == [*circles, "unsorted"]
            conn.exec_driver_sql("UPDATE person SET circle = 'unsorted' WHERE id = 1")
    finally:
        db.close()
