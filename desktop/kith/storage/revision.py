"""The schema revision this build of Kith writes.

Kept apart from Alembic so that opening an up-to-date database is one cheap query
and Alembic is imported only when a migration must really run. A test checks that
this matches the newest migration script.
"""

SCHEMA_REVISION = "0010"
KNOWN_REVISIONS = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
)
