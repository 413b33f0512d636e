"""Migration 0007 adds ties and groups; a database from before keeps everything."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy.exc

from kith.storage.database import make_engine, open_database
from kith.storage.migrate import upgrade_to_head


def test_a_0006_database_opens_upgrades_and_keeps_everyone(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    upgrade_to_head(engine, "0006")
    with engine.begin() as conn:
        for pid, name in ((1, "Ana"), (2, "Ben")):
            conn.exec_driver_sql(
                "INSERT INTO person (id, name, circle, notes, lean_on, archived, card_uid,"
                " created_at, updated_at) VALUES (?, ?, 'close', '', 0, 0, NULL,"
                " '2026-01-01', '2026-01-01')",
                (pid, name),
            )
        conn.exec_driver_sql("INSERT INTO known_card (uid, person_id) VALUES ('urn:x', 1)")
    engine.dispose()
    db = open_database(path)
    try:
        with db.engine.begin() as conn:
            assert conn.exec_driver_sql("SELECT id, name FROM person ORDER BY id").all() == [
                (1, "Ana"),
                (2, "Ben"),
            ]
            assert conn.exec_driver_sql("SELECT uid FROM known_card").all() == [("urn:x",)]
            assert conn.exec_driver_sql("SELECT count(*) FROM tie").scalar() == 0
            conn.exec_driver_sql(
                "INSERT INTO tie (person_id, other_id, kind) VALUES (1, 2, 'know')"
            )
            conn.exec_driver_sql("INSERT INTO person_group (id, name) VALUES (1, 'Crew')")
            conn.exec_driver_sql("INSERT INTO group_member (group_id, person_id) VALUES (1, 2)")
        # One tie per pair, stored lower id first.
        for pair in ("1, 2", "2, 1"):
            with pytest.raises(sqlalchemy.exc.IntegrityError), db.engine.begin() as conn:
                conn.exec_driver_sql(
                    f"INSERT INTO tie (person_id, other_id, kind) VALUES ({pair}, 'friends')"
                )
        # Removing a person removes their ties and memberships, not the group.
        with db.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM person WHERE id = 2")
            assert conn.exec_driver_sql("SELECT count(*) FROM tie").scalar() == 0
            assert conn.exec_driver_sql("SELECT count(*) FROM group_member").scalar() == 0
            assert conn.exec_driver_sql("SELECT name FROM person_group").all() == [("Crew",)]
    finally:
        db.close()
