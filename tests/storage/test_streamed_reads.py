"""A long export reads its rows in batches; the time limit stops a statement that never
ends, not one whose rows are being written out slowly, batch by batch."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from kith.services.app import Services
from kith.storage import connection
from kith.storage.database import stream, whole_file_read

# About a hundred rows, each a few ten thousand steps of SQLite's machine apart, so its
# progress handler (the time limit) looks in while every row is made.
SLOW_ROWS = text(
    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 300000) "
    "SELECT x FROM n WHERE x % 3000 = 0"
)


@pytest.fixture
def short_limit(monkeypatch: pytest.MonkeyPatch) -> float:
    monkeypatch.setattr(connection, "STATEMENT_LIMIT_S", 0.3)
    return 0.3


def test_a_slowly_read_stream_is_not_stopped(services: Services, short_limit: float) -> None:
    started = time.monotonic()
    with services.ctx.db.reading() as s:
        got = []
        for row in stream(s, SLOW_ROWS, 5):
            got.append(row[0])
            time.sleep(0.01)
    assert len(got) == 100 and time.monotonic() - started > 2 * short_limit


def test_the_same_read_without_batches_is_stopped(services: Services, short_limit: float) -> None:
    """What the test above would meet if the limit did not start again per batch."""
    with (
        pytest.raises(OperationalError, match="interrupted"),
        services.ctx.db.engine.connect() as conn,
    ):
        for _ in conn.execute(SLOW_ROWS.execution_options(yield_per=5)):
            time.sleep(0.01)


def test_a_check_of_every_page_is_not_cut_short(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sound file too large to check within an ordinary statement's limit (100,000
    people on a busy machine) is checked, not refused: a read of every page ends."""
    services.demo.fill(300, years=1)
    monkeypatch.setattr(connection, "STATEMENT_LIMIT_S", 0.0)  # no time at all

    def check_alone() -> None:
        with (
            pytest.raises(OperationalError, match="interrupted"),
            services.ctx.db.engine.connect() as conn,
        ):
            conn.exec_driver_sql("PRAGMA integrity_check").all()

    check_alone()
    with services.ctx.db.reading() as s, whole_file_read(s):
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    check_alone()  # only within the block
    assert services.health.check().healthy
