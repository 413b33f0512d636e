"""What each schema revision must look like, built by running the real migrations.

Used by the tests (which prove `fingerprints.py` equal to this) and to write that file
after adding a migration: `python -m kith.storage.reference`. Opening a database never
imports this module: it would pull in Alembic.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.pool import StaticPool

from kith.storage.fingerprint import Fingerprint, read_fingerprint
from kith.storage.migrate import upgrade_to_head
from kith.storage.revision import KNOWN_REVISIONS

FINGERPRINTS_FILE = Path(__file__).with_name("fingerprints.py")

_HEADER = '''# ruff: noqa: E501 (index SQL is kept whole, as SQLite stores it)
"""The schema each known revision must have, as its migrations make it.

Written by `python -m kith.storage.reference`; a test proves it equal to what the
migrations produce, so it cannot drift from them. Do not edit by hand.
"""

from kith.storage.fingerprint import Fingerprint, Index, Table

EXPECTED: dict[str, Fingerprint] = '''


def reference_fingerprint(revision: str) -> Fingerprint:
    """The schema an empty database has after migrating to `revision`, in memory."""
    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        upgrade_to_head(engine, revision)
        raw = engine.raw_connection()
        with contextlib.closing(raw):
            conn = raw.driver_connection
            assert conn is not None
            return read_fingerprint(conn)
    finally:
        engine.dispose()


def reference_fingerprints() -> dict[str, Fingerprint]:
    return {revision: reference_fingerprint(revision) for revision in KNOWN_REVISIONS}


def write_fingerprints() -> None:
    FINGERPRINTS_FILE.write_text(_HEADER + repr(reference_fingerprints()) + "\n", "utf-8")
    ruff = Path(sys.executable).with_name("ruff")
    subprocess.run([str(ruff), "format", "--quiet", str(FINGERPRINTS_FILE)], check=False)


if __name__ == "__main__":
    write_fingerprints()
