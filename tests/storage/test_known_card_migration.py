"""Migration 0006 adds the cards someone is known by; everyone already there keeps all."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy.exc

from kith.storage.database import make_engine, open_database
from kith.storage.migrate import upgrade_to_head


def test_a_0005_database_keeps_everyone_and_knows_them_by_no_other_card(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    upgrade_to_head(engine, "0005")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO person (id, name, circle, notes, lean_on, archived, card_uid,"
            " created_at, updated_at) VALUES (1, 'Ana', 'close', '', 0, 0, 'urn:uuid:ana',"
            " '2026-01-01', '2026-01-01')"
        )
    engine.dispose()
    db = open_database(path)
    try:
        with db.engine.begin() as conn:
            assert conn.exec_driver_sql("SELECT name, card_uid FROM person").all() == [
                ("Ana", "urn:uuid:ana")
            ]
            assert conn.exec_driver_sql("SELECT count(*) FROM known_card").scalar() == 0
            conn.exec_driver_sql("INSERT INTO known_card (uid, person_id) VALUES ('urn:x', 1)")
        # One card means one person.
        with pytest.raises(sqlalchemy.exc.IntegrityError), db.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO known_card (uid, person_id) VALUES ('urn:x', 1)")
        # Deleting the person forgets their cards.
        with db.engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM person WHERE id = 1")
            assert conn.exec_driver_sql("SELECT count(*) FROM known_card").scalar() == 0
    finally:
        db.close()
