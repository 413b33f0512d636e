"""The shape of a database's schema, read from SQLite itself, to compare with Kith's own.

What matters is what a statement of Kith's would meet: which tables there are, their
columns (name, declared type, NOT NULL, primary key, hidden), their foreign keys, the
indexes on them, and any trigger or view. Four queries read it all, so opening a healthy
database stays fast.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

# name, declared type (upper case), NOT NULL, position in the primary key, hidden
Column = tuple[str, str, bool, int, int]
# referenced table, column here, column there, ON UPDATE, ON DELETE
ForeignKey = tuple[str, str, str, str, str]


@dataclass(frozen=True, slots=True)
class Table:
    columns: tuple[Column, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()


@dataclass(frozen=True, slots=True)
class Index:
    table: str
    columns: tuple[str | None, ...]  # None: an expression
    unique: bool = False
    partial: bool = False
    sql: str | None = None  # None: made by a UNIQUE or PRIMARY KEY constraint


@dataclass(frozen=True, slots=True)
class Fingerprint:
    tables: dict[str, Table]
    indexes: dict[str, Index]
    triggers: dict[str, str]  # name: SQL
    views: dict[str, str]


# SQLite's own tables (sqlite_sequence, sqlite_stat1 …) and virtual tables are not Kith's
# to compare; a virtual table where Kith expects one of its tables shows as that table missing.
_PLAIN_TABLES = """
    m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
    AND upper(ltrim(m.sql)) NOT LIKE 'CREATE VIRTUAL%'
"""
_COLUMNS = f"""
SELECT m.name, p.name, upper(p.type), p."notnull", p.pk, p.hidden
FROM sqlite_master AS m JOIN pragma_table_xinfo(m.name) AS p
WHERE {_PLAIN_TABLES} ORDER BY m.name, p.cid
"""
_FOREIGN_KEYS = f"""
SELECT m.name, f."table", f."from", f."to", f.on_update, f.on_delete
FROM sqlite_master AS m JOIN pragma_foreign_key_list(m.name) AS f
WHERE {_PLAIN_TABLES} ORDER BY m.name, f."table", f."from", f."to"
"""
_INDEXES = f"""
SELECT m.name, il.name, il."unique", il.partial, ii.name, s.sql
FROM sqlite_master AS m
JOIN pragma_index_list(m.name) AS il
JOIN pragma_index_info(il.name) AS ii
LEFT JOIN sqlite_master AS s ON s.type = 'index' AND s.name = il.name
WHERE {_PLAIN_TABLES} ORDER BY m.name, il.name, ii.seqno
"""
_OTHERS = "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')"


def read_fingerprint(conn: sqlite3.Connection) -> Fingerprint:
    """The schema of the database open on `conn`. Reads only: nothing runs a trigger."""
    columns: dict[str, list[Column]] = {}
    for table, name, kind, notnull, pk, hidden in conn.execute(_COLUMNS):
        columns.setdefault(table, []).append((name, kind, bool(notnull), pk, hidden))
    keys: dict[str, list[ForeignKey]] = {}
    for table, other, here, there, on_update, on_delete in conn.execute(_FOREIGN_KEYS):
        keys.setdefault(table, []).append((other, here, there or "", on_update, on_delete))
    tables = {name: Table(tuple(cols), tuple(keys.get(name, ()))) for name, cols in columns.items()}
    parts: dict[str, tuple[str, bool, bool, str | None, list[str | None]]] = {}
    for table, name, unique, partial, column, sql in conn.execute(_INDEXES):
        parts.setdefault(name, (table, bool(unique), bool(partial), sql, []))[4].append(column)
    indexes = {
        name: Index(table, tuple(cols), unique, partial, sql)
        for name, (table, unique, partial, sql, cols) in parts.items()
    }
    triggers: dict[str, str] = {}
    views: dict[str, str] = {}
    for kind, name, sql in conn.execute(_OTHERS):
        (triggers if kind == "trigger" else views)[name] = sql or ""
    return Fingerprint(tables, indexes, triggers, views)
