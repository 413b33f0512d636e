"""`kith check`: SQLite's own checks, then the rules Kith's data must always follow."""

from __future__ import annotations

import sqlite3

from kith.domain.errors import ValidationError
from kith.domain.validation import check_month_day
from kith.domain.values import ContactKind, DateKind, MeetupStatus, Mode
from kith.services.context import ServiceContext
from kith.services.meetups import zone_named
from kith.services.views import HealthReport
from kith.storage.database import whole_file_read
from kith.storage.inspector import inspect
from kith.storage.revision import SCHEMA_REVISION

_LAST_SEEN_DRIFT = """
SELECT p.id, p.name, p.{column}, (
    SELECT max(i.occurred_on) FROM interaction i
    JOIN interaction_person ip ON ip.interaction_id = i.id
    WHERE ip.person_id = p.id {mode_filter}
) AS actual
FROM person p
WHERE p.{column} IS NOT actual
"""


def _enum_check(table: str, column: str, allowed: list[str]) -> str:
    quoted = ", ".join(f"'{a}'" for a in allowed)
    return f"SELECT count(*) FROM {table} WHERE {column} NOT IN ({quoted})"


class HealthService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def check(self) -> HealthReport:
        """Every problem found, each in one line; the file is only read.

        The schema is compared with its revision's first (the database may have been
        opened as found, for this report): when a table or column is missing or changed,
        the checks of the data, which would read it, are left out.
        """
        problems: list[str] = []
        counts: dict[str, int] = {}
        path = self._ctx.db.path
        # Each statement of the check reads a whole table or the whole file: at 100,000
        # people one may run longer than an ordinary statement is allowed to.
        with self._ctx.db.reading() as s, whole_file_read(s):
            conn = s.connection()
            raw = conn.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)

            def scalar(sql: str) -> int:
                return int(conn.exec_driver_sql(sql).scalar() or 0)

            found = inspect(raw, path)
            problems.extend(problem.describe(path) for problem in found.problems)
            if found.revision != SCHEMA_REVISION:
                problems.append(f"Schema revision is {found.revision}, expected {SCHEMA_REVISION}.")
            integrity = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                problems.extend(f"SQLite integrity: {line}" for line in integrity[:20])
            if found.unrepairable or found.revision != SCHEMA_REVISION:
                return HealthReport(problems=tuple(problems), counts=counts)
            for table, rowid, parent, _ in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"{table} row {rowid} points at a missing {parent}.")
            for column, mode_filter in (
                ("last_in_person_on", f"AND i.mode = '{Mode.IN_PERSON.value}'"),
                ("last_talked_on", ""),
            ):
                sql = _LAST_SEEN_DRIFT.format(column=column, mode_filter=mode_filter)
                for pid, name, stored, actual in conn.exec_driver_sql(sql).fetchmany(20):
                    problems.append(
                        f"{name} (#{pid}): {column} is {stored}, but the log says {actual}."
                    )
            lonely = scalar(
                "SELECT count(*) FROM interaction WHERE id NOT IN "
                "(SELECT interaction_id FROM interaction_person)"
            )
            if lonely:
                problems.append(f"{lonely} interactions have nobody in them.")
            for table, column, allowed in (
                ("interaction", "mode", [m.value for m in Mode]),
                ("meetup", "status", [st.value for st in MeetupStatus]),
                ("important_date", "kind", [k.value for k in DateKind]),
                ("contact_method", "kind", [k.value for k in ContactKind]),
            ):
                bad = scalar(_enum_check(table, column, allowed))
                if bad:
                    problems.append(f"{bad} rows of {table} have an unknown {column}.")
            undated = scalar(
                "SELECT count(*) FROM meetup WHERE status = 'planned' "
                "AND starts_at IS NULL AND on_day IS NULL"
            )
            if undated:
                problems.append(f"{undated} planned meetups have no day.")
            duplicate_uids = scalar("SELECT count(*) - count(DISTINCT uid) FROM meetup")
            if duplicate_uids:
                problems.append(f"{duplicate_uids} meetups share a calendar UID.")
            for (tzid,) in conn.exec_driver_sql("SELECT DISTINCT tzid FROM meetup"):
                try:
                    zone_named(tzid)
                except ValidationError:
                    problems.append(f"Meetups use an unknown time zone “{tzid}”.")
            for row_id, month, day, year in conn.exec_driver_sql(
                "SELECT id, month, day, year FROM important_date"
            ):
                try:
                    check_month_day(month, day, year)
                except ValidationError as exc:
                    problems.append(f"Important date #{row_id}: {exc.message}")
            for table in (
                "person",
                "interaction",
                "meetup",
                "follow_up",
                "important_date",
                "interest",
            ):
                counts[table] = scalar(f"SELECT count(*) FROM {table}")
        return HealthReport(problems=tuple(problems), counts=counts)
