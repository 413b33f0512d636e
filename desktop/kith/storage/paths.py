"""Where Kith keeps its files unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

DB_FILENAME = "kith.sqlite3"


def data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("Kith", appauthor=False, roaming=True))


def default_db_path() -> Path:
    """`KITH_DB` if set, else `kith.sqlite3` in the platform's user data folder."""
    env = os.environ.get("KITH_DB")
    if env:
        return Path(env).expanduser()
    return data_dir() / DB_FILENAME


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit beside the database in a folder named after it."""
    return db_path.parent / f"{db_path.stem}-backups"
