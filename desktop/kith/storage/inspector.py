"""Is this a Kith database, at which revision, and is its schema what that revision must be?

The one answer used when opening a database, restoring a backup and by `kith check`. It
trusts nothing in the file: a trigger or view Kith did not make, a table or column that
is missing or changed, an index that is gone or foreign, are each found by comparing the
file's schema with the fingerprint of its revision (`fingerprints.py`, proved equal to
what the migrations make). Inspecting only reads, so no trigger of the file ever runs.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kith.domain.errors import QT_TRANSLATE_NOOP
from kith.domain.placeholders import fill
from kith.storage.errors import DatabaseTooNew, NotAKithDatabase, SchemaMismatch
from kith.storage.fingerprint import Fingerprint, Index, read_fingerprint
from kith.storage.fingerprints import EXPECTED
from kith.storage.revision import KNOWN_REVISIONS


@dataclass(frozen=True, slots=True)
class SchemaProblem:
    """One way the file differs from its revision. The template's %1 is the file."""

    template: str
    names: tuple[str, ...]  # the tables, columns, indexes … concerned: %2, %3
    code: str
    repair: tuple[str, ...] = ()
    """Statements that put it right without touching anyone's data; empty: cannot be."""

    def describe(self, path: Path) -> str:
        return fill(self.template, str(path), *self.names)

    def refusal(self, path: Path, latest_backup: Path | None = None) -> SchemaMismatch:
        return SchemaMismatch(
            self.template,
            str(path),
            *self.names,
            path=path,
            latest_backup=latest_backup,
            code=self.code,
        )


@dataclass(frozen=True, slots=True)
class Inspection:
    revision: str | None
    """None: an empty file, which Kith may make its own."""
    problems: tuple[SchemaProblem, ...] = ()

    @property
    def unrepairable(self) -> tuple[SchemaProblem, ...]:
        return tuple(p for p in self.problems if not p.repair)


def inspect(conn: sqlite3.Connection, path: Path) -> Inspection:
    """Inspect the database open on `conn` (which may be read-only) without writing to it.

    Refuses, as NotAKithDatabase or DatabaseTooNew, a file that is no Kith database at all
    or one from a newer Kith; a Kith database whose schema differs comes back with its
    problems listed, for the caller to repair, refuse or report.
    """
    objects = {name: kind for kind, name in conn.execute("SELECT type, name FROM sqlite_master")}
    if not objects:
        return Inspection(None)
    if objects.get("alembic_version") != "table":
        raise NotAKithDatabase(
            QT_TRANSLATE_NOOP("Errors", "%1 is an SQLite database, but not one of Kith's."),
            str(path),
            path=path,
        )
    rows = conn.execute("SELECT version_num FROM alembic_version LIMIT 2").fetchall()
    if len(rows) != 1 or not isinstance(rows[0][0], str):
        raise NotAKithDatabase(
            QT_TRANSLATE_NOOP(
                "Errors", "%1 has no single schema revision; it is not a usable Kith database."
            ),
            str(path),
            path=path,
        )
    revision = rows[0][0]
    if revision not in KNOWN_REVISIONS:
        raise DatabaseTooNew(
            QT_TRANSLATE_NOOP(
                "Errors",
                "%1 was written by a newer version of Kith (schema %2); update Kith to open it.",
            ),
            str(path),
            revision,
            path=path,
        )
    return Inspection(revision, compare(read_fingerprint(conn), EXPECTED[revision]))


def refuse_any(inspection: Inspection, path: Path) -> str:
    """The revision of a file that must be used exactly as it is (a backup to restore)."""
    if inspection.problems:
        raise inspection.problems[0].refusal(path)
    if inspection.revision is None:
        raise NotAKithDatabase(
            QT_TRANSLATE_NOOP("Errors", "%1 is an empty SQLite database, not a Kith database."),
            str(path),
            path=path,
        )
    return inspection.revision


def compare(found: Fingerprint, expected: Fingerprint) -> tuple[SchemaProblem, ...]:
    """Every difference that matters, the gravest first: tables, columns, indexes, triggers.

    Tables Kith does not know are left alone (Kith never reads them); their triggers,
    indexes on Kith's tables and every view are not.
    """
    return (
        *_tables(found, expected),
        *_indexes(found, expected),
        *_others("trigger", found.triggers, expected.triggers),
        # A view in a table's place is told as that table's problem.
        *_others("view", found.views, expected.views, skip=expected.tables.keys()),
    )


def _tables(found: Fingerprint, expected: Fingerprint) -> list[SchemaProblem]:
    problems = [
        SchemaProblem(
            QT_TRANSLATE_NOOP("Errors", "%1 has a view “%2” where Kith's table should be.")
            if name in found.views
            else QT_TRANSLATE_NOOP("Errors", "%1 is missing Kith's table “%2”."),
            (name,),
            "storage.schema.missing_table",
        )
        for name in expected.tables
        if name not in found.tables
    ]
    for name, table in expected.tables.items():
        there = found.tables.get(name)
        if there is None:
            continue
        made = {column[0]: column for column in table.columns}
        have = {column[0]: column for column in there.columns}
        for column_name, column in made.items():
            if column_name not in have:
                problems.append(
                    SchemaProblem(
                        QT_TRANSLATE_NOOP(
                            "Errors", "%1 is missing the column “%3” of the table “%2”."
                        ),
                        (name, column_name),
                        "storage.schema.missing_column",
                    )
                )
            elif have[column_name] != column:
                problems.append(
                    SchemaProblem(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "In %1, the column “%3” of the table “%2” is not the one Kith made.",
                        ),
                        (name, column_name),
                        "storage.schema.changed_column",
                    )
                )
        for column_name in have.keys() - made.keys():
            problems.append(
                SchemaProblem(
                    QT_TRANSLATE_NOOP(
                        "Errors", "In %1, the table “%2” has a column “%3” that Kith did not make."
                    ),
                    (name, column_name),
                    "storage.schema.foreign_column",
                )
            )
        if sorted(there.foreign_keys) != sorted(table.foreign_keys):
            problems.append(
                SchemaProblem(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "In %1, the links from the table “%2” to other tables are not the ones "
                        "Kith made.",
                    ),
                    (name,),
                    "storage.schema.changed_links",
                )
            )
    return problems


def _indexes(found: Fingerprint, expected: Fingerprint) -> list[SchemaProblem]:
    problems: list[SchemaProblem] = []
    for name, index in expected.indexes.items():
        if index.table not in found.tables:
            continue  # the missing table says it already
        there = found.indexes.get(name)
        if there == index:
            continue
        create = () if index.sql is None else (index.sql,)
        if there is None:
            problems.append(
                SchemaProblem(
                    QT_TRANSLATE_NOOP("Errors", "%1 is missing the index “%2”."),
                    (name,),
                    "storage.schema.missing_index",
                    create,
                )
            )
        else:
            fix = (_drop("INDEX", name), *create) if create and there.sql is not None else ()
            problems.append(
                SchemaProblem(
                    QT_TRANSLATE_NOOP("Errors", "In %1, the index “%2” is not the one Kith made."),
                    (name,),
                    "storage.schema.changed_index",
                    fix,
                )
            )
    for name, index in found.indexes.items():
        if name not in expected.indexes and index.table in expected.tables:
            problems.append(_foreign_index(name, index))
    return problems


def _foreign_index(name: str, index: Index) -> SchemaProblem:
    # One made by CREATE INDEX can go; one made by a constraint is part of its table.
    return SchemaProblem(
        QT_TRANSLATE_NOOP("Errors", "%1 has an index “%2” that Kith did not make."),
        (name,),
        "storage.schema.foreign_index",
        () if index.sql is None else (_drop("INDEX", name),),
    )


def _others(
    kind: str, found: dict[str, str], expected: dict[str, str], skip: Iterable[str] = ()
) -> list[SchemaProblem]:
    problems: list[SchemaProblem] = []
    for name, sql in found.items():
        if expected.get(name) == sql or name in skip:
            continue
        fix = (_drop(kind.upper(), name), *((expected[name],) if name in expected else ()))
        template = (
            QT_TRANSLATE_NOOP("Errors", "%1 has a trigger “%2” that Kith did not make.")
            if kind == "trigger"
            else QT_TRANSLATE_NOOP("Errors", "%1 has a view “%2” that Kith did not make.")
        )
        problems.append(SchemaProblem(template, (name,), f"storage.schema.foreign_{kind}", fix))
    for name, sql in expected.items():
        if name not in found:
            template = (
                QT_TRANSLATE_NOOP("Errors", "%1 is missing the trigger “%2”.")
                if kind == "trigger"
                else QT_TRANSLATE_NOOP("Errors", "%1 is missing the view “%2”.")
            )
            problems.append(
                SchemaProblem(template, (name,), f"storage.schema.missing_{kind}", (sql,))
            )
    return problems


def _drop(kind: str, name: str) -> str:
    quoted = name.replace('"', '""')
    return f'DROP {kind} IF EXISTS "{quoted}"'


def repair(conn: sqlite3.Connection, problems: tuple[SchemaProblem, ...]) -> None:
    """Apply the repairs of `problems` in one transaction: all of them, or none.

    Triggers go first, so dropping or creating anything else can never set one off.
    """
    statements = [s for p in problems for s in p.repair]
    statements.sort(key=lambda s: not s.startswith("DROP TRIGGER"))
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in statements:
            conn.execute(statement)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
