"""Migration 0008 gives every shared record a global id; the first sync round shares them."""

from __future__ import annotations

from pathlib import Path

from kith.bootstrap import open_services
from kith.clock import FixedClock
from kith.storage.database import make_engine
from kith.storage.migrate import upgrade_to_head
from tests.conftest import START
from tests.services.sync_devices import Device


def test_an_older_database_gets_ids_and_its_first_round_shares_everything(
    tmp_path: Path, migrated_template: Path
) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    upgrade_to_head(engine, "0006")
    with engine.begin() as conn:
        for pid, name in ((1, "Ana"), (2, "Ben")):
            conn.exec_driver_sql(
                "INSERT INTO person (id, name, circle, notes, lean_on, archived, created_at,"
                f" updated_at) VALUES ({pid}, '{name}', 'close', '', 0, 0, '2026-01-01',"
                " '2026-01-01')"
            )
        conn.exec_driver_sql(
            "INSERT INTO interaction (id, occurred_on, mode, place, note, created_at)"
            " VALUES (1, '2026-01-02', 'in-person', '', 'walk', '2026-01-02')"
        )
        conn.exec_driver_sql("INSERT INTO interaction_person VALUES (1, 1), (1, 2)")
    engine.dispose()
    svc = open_services(path, FixedClock(START, "Asia/Jakarta"))
    try:
        with svc.ctx.db.engine.begin() as conn:
            ids = [r[0] for r in conn.exec_driver_sql("SELECT sync_id FROM person").all()]
            (walk,) = conn.exec_driver_sql("SELECT sync_id FROM interaction").one()
        assert len(set(ids)) == 2 and all(len(i) == 36 for i in ids) and len(walk) == 36
        folder = tmp_path / "Sync"
        folder.mkdir()
        svc.sync.choose_folder(folder)
        assert svc.sync.run_round().sent == 3 + 5  # two people, one walk, five circles
        other = Device(migrated_template, tmp_path, "Desktop", folder)
        try:
            other.sync()
            assert sorted(p.name for p in other.svc.people.list()) == ["Ana", "Ben"]
            (seen,) = other.svc.interactions.recent()
            assert seen.note == "walk" and len(seen.people) == 2
        finally:
            other.close()
    finally:
        svc.close()


def test_a_database_in_a_synced_folder_is_named(tmp_path: Path) -> None:
    from kith.services.sync_files import synced_folder_marker

    synced = tmp_path / "Sync"
    (synced / ".stfolder").mkdir(parents=True)
    assert synced_folder_marker(synced / "deep" / "kith.sqlite3") == str(synced / ".stfolder")
    assert synced_folder_marker(tmp_path / "Dropbox" / "kith.sqlite3") == str(tmp_path / "Dropbox")
    assert synced_folder_marker(tmp_path / "plain" / "kith.sqlite3") is None


def test_groups_keep_their_people_and_get_ids(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = make_engine(path)
    upgrade_to_head(engine, "0008")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO person (id, name, circle, notes, lean_on, archived, created_at,"
            " updated_at) VALUES (1, 'Ana', 'close', '', 0, 0, '2026-01-01', '2026-01-01')"
        )
        conn.exec_driver_sql("INSERT INTO person_group (id, name) VALUES (1, 'Family')")
        conn.exec_driver_sql("INSERT INTO group_member VALUES (1, 1)")
    upgrade_to_head(engine)
    with engine.begin() as conn:
        assert conn.exec_driver_sql("SELECT * FROM group_member").all() == [(1, 1)]
        ((name, sync_id),) = conn.exec_driver_sql("SELECT name, sync_id FROM person_group").all()
        assert name == "Family" and len(sync_id) == 36
        # Another device's "Family" may arrive: the file takes a second group of one name.
        conn.exec_driver_sql("INSERT INTO person_group (id, name) VALUES (2, 'Family')")
    engine.dispose()


def test_the_per_field_shadow_of_0008_is_packed_by_0010_and_keeps_its_conflicts(
    tmp_path: Path,
) -> None:
    from kith.domain.sync_merge import Known, State
    from kith.services import sync_shadow

    path = tmp_path / "synced.sqlite3"
    engine = make_engine(path)
    upgrade_to_head(engine, "0008")
    me, other = "a" * 36, "b" * 36
    h1, h2, h3 = "001764600000000-000000", "001764600001000-000000", "001764600002000-000000"
    ana = "5b0c0000-0000-0000-0000-000000000001"
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO person (id, name, circle, notes, lean_on, archived, created_at,"
            f" updated_at, sync_id) VALUES (1, 'Ana', 'close', 'mine', 0, 0, '2026-01-01',"
            f" '2026-01-01', '{ana}')"
        )
        conn.exec_driver_sql(
            f"""INSERT INTO setting (key, value) VALUES ('sync.device_id', '"{me}"')"""
        )
        rows = [
            ("name", h1, me, "win", '"Ana"', "[]"),
            ("notes", h1, me, "gone", '"first"', "[]"),
            ("notes", h2, other, "lost", '"theirs"', f'[["{h1}", "{me}"]]'),
            ("notes", h3, me, "win", '"mine"', f'[["{h1}", "{me}"]]'),
        ]
        for field, hlc, device, state, value, base in rows:
            conn.exec_driver_sql(
                "INSERT INTO sync_shadow (record, field, hlc, device, kind, state, value, base)"
                " VALUES (?, ?, ?, ?, 'person', ?, ?, ?)",
                (ana, field, hlc, device, state, value, base),
            )
    engine.dispose()
    svc = open_services(path, FixedClock(START, "Asia/Jakarta"))
    try:
        with svc.ctx.db.reading() as s:
            (packed,) = sync_shadow.load(s, [ana]).values()
            (own, lost), *_ = s.connection().exec_driver_sql("SELECT own, lost FROM sync_record")
        assert packed.fields["name"] == {(h1, me): Known(State.WIN, "Ana")}
        assert packed.fields["notes"] == {
            (h1, me): Known(State.GONE, None, has_value=False),
            (h2, other): Known(State.LOST, "theirs"),
            (h3, me): Known(State.WIN, "mine"),
        }
        assert packed.bases[("notes", (h3, me))] == ((h1, me),)
        assert (own, lost) == (h3, 1)
        (conflict,) = svc.sync.conflicts()
        assert (conflict.field, conflict.value, conflict.winner) == ("notes", "theirs", "mine")
    finally:
        svc.close()
