"""Importing an archive as it is read: the same data back, a fault anywhere leaves nothing
written, and no more than a batch of rows is held at once."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from kith.bootstrap import open_services
from kith.clock import FixedClock
from kith.domain.errors import Refusal
from kith.interchange import archive_stream
from kith.interchange.errors import FileRefused
from kith.services import archive_import
from kith.services.app import Services


@pytest.fixture(scope="module")
def demo_text(tmp_path_factory: pytest.TempPathFactory) -> str:
    from tests.conftest import START

    folder = tmp_path_factory.mktemp("streamed")
    svc = open_services(folder / "demo.sqlite3", FixedClock(START, "Asia/Jakarta"))
    svc.demo.fill(60, years=2, seed=5)
    svc.profile.set_interests(["climbing"])
    text = svc.archive.archive_text()
    svc.close()
    return text


@pytest.fixture
def read_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every archive read as a big one is: decoded as it is read, a few characters at a
    time, so records, strings and numbers are cut at every possible place."""
    monkeypatch.setattr(archive_stream, "_WHOLE_BYTES", 0)
    monkeypatch.setattr(archive_stream, "_CHUNK", 7)


def _data(text: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(text)
    data.pop("exported_at")
    return data


def _dump(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return list(conn.iterdump())


@pytest.mark.usefixtures("read_in_pieces")
def test_an_archive_read_in_pieces_comes_back_the_same(
    demo_text: str, services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "in.json"
    path.write_text(demo_text, encoding="utf-8")
    counts = services.archive.import_file(path)
    assert counts.people == 60 and counts.interactions > 0 and counts.meetups > 0
    assert services.archive.archive_text() == demo_text
    assert services.health.check().healthy


@pytest.mark.usefixtures("read_in_pieces")
def test_an_archive_in_another_order_or_encoding_reads_the_same(
    demo_text: str, services: Services, tmp_path: Path
) -> None:
    # Keys sorted put interactions and meetups before the people they name.
    path = tmp_path / "sorted.json"
    path.write_text(json.dumps(json.loads(demo_text), sort_keys=True), encoding="utf-16")
    services.archive.import_file(path)
    assert _data(services.archive.archive_text()) == _data(demo_text)


def _with_fault(text: str, change: str) -> str:
    data = json.loads(text)
    if change == "last-person":
        data["interactions"][-1]["people"] = [data["people"][-1]["id"] + 1000]
    elif change == "meetup":
        data["interactions"][-1]["meetup_id"] = 999_999
    elif change == "interaction-id":
        data["interactions"][-1]["id"] = data["interactions"][0]["id"]
    return json.dumps(data, indent=1)


@pytest.mark.usefixtures("read_in_pieces")
@pytest.mark.parametrize(
    ("change", "code", "where"),
    [
        ("last-person", "archive.people.unknown", r"interactions\[{last}\]\.people\[0\]"),
        ("meetup", "archive.meetup.unknown", r"interactions\[{last}\]\.meetup_id"),
        ("interaction-id", "archive.id.reused", r"interactions\[{last}\]\.id"),
    ],
)
def test_a_fault_at_the_end_of_an_archive_leaves_nothing_written(
    demo_text: str,
    services: Services,
    empty_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    change: str,
    code: str,
    where: str,
) -> None:
    monkeypatch.setattr(archive_import, "BATCH", 10)  # many batches written before it
    path = tmp_path / "bad.json"
    path.write_text(_with_fault(demo_text, change), encoding="utf-8")
    before = _dump(empty_db)
    last = len(json.loads(demo_text)["interactions"]) - 1
    with pytest.raises(FileRefused, match=where.format(last=last)) as refused:
        services.archive.import_file(path)
    (reason,) = (value for value in refused.value.values if isinstance(value, Refusal))
    assert reason.code == code
    assert _dump(empty_db) == before
    assert services.people.list() == []


@pytest.mark.usefixtures("read_in_pieces")
def test_broken_json_deep_in_the_file_is_refused_by_its_line(
    demo_text: str, services: Services, empty_db: Path, tmp_path: Path
) -> None:
    lines = demo_text.splitlines(keepends=True)
    cut = len(lines) * 9 // 10
    broken = "".join(lines[:cut]) + "  {oops\n" + "".join(lines[cut:])
    path = tmp_path / "broken.json"
    path.write_text(broken, encoding="utf-8")
    before = _dump(empty_db)
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(broken)
    with pytest.raises(FileRefused, match=rf"not JSON \(line {expected.value.lineno}\)"):
        services.archive.import_file(path)
    assert _dump(empty_db) == before


def test_a_key_given_twice_is_refused(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "twice.json"
    path.write_text('{"format": "kith-archive", "format_version": 1, "people": [], "people": []}')
    with pytest.raises(FileRefused, match="gives “people” twice") as refused:
        services.archive.import_file(path)
    assert refused.value.code == "archive.key.twice"


def test_no_more_than_a_batch_of_rows_is_held(
    demo_text: str, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_import, "BATCH", 25)
    written: list[int] = []
    write = archive_import.ArchiveImport._write

    def counted(self: archive_import.ArchiveImport) -> None:
        written.append(sum(len(rows) for rows in self._rows.values()))
        write(self)

    monkeypatch.setattr(archive_import.ArchiveImport, "_write", counted)
    path = tmp_path / "in.json"
    path.write_text(demo_text, encoding="utf-8")
    services.archive.import_file(path)
    data = json.loads(demo_text)
    biggest_record = max(
        1
        + len(p["contacts"])
        + len(p["dates"])
        + len(p["follow_ups"])
        + len(p["interests"])
        + len(p["known_cards"])
        for p in data["people"]
    )
    rows = len(data["interactions"]) + len(data["meetups"]) + len(data["people"])
    assert max(written) < 25 + biggest_record + 20  # a batch and the record that filled it
    assert len(written) > rows // 25  # written as it goes, not at the end
    assert _data(services.archive.archive_text()) == _data(demo_text)
