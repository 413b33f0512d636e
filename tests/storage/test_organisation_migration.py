"""Migration 0005 gives every person an organisation, empty for everyone already there."""

from __future__ import annotations

from pathlib import Path

from kith.storage.database import make_engine, open_database
from kith.storage.migrate import upgrade_to_head


def test_a_0004_database_keeps_every_person_and_gives_them_no_organisation(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    upgrade_to_head(engine, "0004")
    with engine.begin() as conn:
        for n, (name, notes) in enumerate((("Ana", "climbs"), ("Budi", "")), start=1):
            conn.exec_driver_sql(
                "INSERT INTO person (id, name, circle, notes, lean_on, archived, created_at,"
                " updated_at) VALUES (?, ?, 'close', ?, 0, 0, '2026-01-01', '2026-01-01')",
                (n, name, notes),
            )
            conn.exec_driver_sql(
                "INSERT INTO contact_method (person_id, kind, value, label)"
                " VALUES (?, 'phone', '+62 811 000', 'mobile')",
                (n,),
            )
    engine.dispose()
    db = open_database(path)
    try:
        with db.engine.begin() as conn:
            rows = conn.exec_driver_sql(
                "SELECT name, circle, notes, organisation FROM person ORDER BY id"
            ).all()
            assert [tuple(r) for r in rows] == [
                ("Ana", "close", "climbs", ""),
                ("Budi", "close", "", ""),
            ]
            phones = conn.exec_driver_sql("SELECT count(*) FROM contact_method").scalar()
            assert phones == 2
            # A person written without naming the column still gets the empty organisation.
            conn.exec_driver_sql(
                "INSERT INTO person (name, circle, notes, lean_on, archived, created_at,"
                " updated_at) VALUES ('Citra', 'wider', '', 0, 0, '2026-01-02', '2026-01-02')"
            )
            conn.exec_driver_sql("UPDATE person SET organisation = 'Bank Jago' WHERE id = 1")
            orgs = conn.exec_driver_sql("SELECT organisation FROM person ORDER BY id").scalars()
            assert list(orgs) == ["Bank Jago", "", ""]
    finally:
        db.close()
