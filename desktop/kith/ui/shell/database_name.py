"""Which database a Kith shows, so two of them side by side (`--db`, `KITH_DB`) differ.

The usual database is plain "Kith"; any other is named by its file ("Kith — work.sqlite3"),
or by its folder too when the file has the usual name ("Kith — work/kith.sqlite3").
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kith.domain.placeholders import fill
from kith.storage.paths import DB_FILENAME, data_dir


def usual_db_path() -> Path:
    """Where Kith keeps its data when neither `--db` nor `KITH_DB` says otherwise."""
    return data_dir() / DB_FILENAME


def _same_file(a: Path, b: Path) -> bool:
    return a.expanduser().resolve() == b.expanduser().resolve()


def database_label(path: Path, usual: Path | None = None) -> str | None:
    """None for the usual database; else the few words that tell this one apart."""
    if _same_file(path, usual if usual is not None else usual_db_path()):
        return None
    if path.name != DB_FILENAME or not path.parent.name:
        return path.name
    return f"{path.parent.name}/{path.name}"


def kith_title(path: Path | None, usual: Path | None = None) -> str:
    """ "Kith", or "Kith — work.sqlite3" for a database other than the usual one."""
    label = database_label(path, usual) if path is not None else None
    if label is None:
        return QCoreApplication.translate("DatabaseName", "Kith")
    return fill(QCoreApplication.translate("DatabaseName", "Kith — %1"), label)
