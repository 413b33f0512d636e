"""The streamed archive export writes exactly what building the whole archive in memory
wrote, byte for byte, and a file made that way still reads back into the same data."""

from __future__ import annotations

from pathlib import Path

import pytest

from kith.clock import FixedClock
from kith.interchange import text_file
from kith.interchange.archive import dump
from kith.interchange.errors import FileRefused
from kith.services.app import Services
from kith.services.views import PersonInput
from tests.services.archive_reference import build_archive

HOSTILE = ('Ana, "Li"\n\\N', "Zoë 🎉 \u2028 end", "tab\there", "")


def _fill(services: Services) -> None:
    services.demo.fill(people=120, years=1, seed=3)
    for n, text in enumerate(HOSTILE):
        person = services.people.add(
            PersonInput(name=f"Hostile {n}", notes=text, interests=("zither", "go, long"))
        )
        services.interactions.log([person.id], note=text, place=text)
    services.profile.set_interests(["jazz", "go, long"])


def test_the_streamed_export_equals_the_whole_archive_byte_for_byte(
    services: Services, tmp_path: Path, clock: FixedClock
) -> None:
    _fill(services)
    with services.ctx.db.reading() as s:
        whole = dump(build_archive(s, clock.now()))
    out = tmp_path / "all.json"
    counts = services.archive.export_file(out)
    assert out.read_text("utf-8") == whole
    assert services.archive.archive_text() == whole
    assert counts.people == whole.count('"known_cards"')
    assert counts.interactions > 0 and counts.meetups > 0


def test_an_empty_database_exports_as_before(
    services: Services, tmp_path: Path, clock: FixedClock
) -> None:
    with services.ctx.db.reading() as s:
        whole = dump(build_archive(s, clock.now()))
    assert services.archive.archive_text() == whole
    assert '"people": []' in whole


def test_an_archive_too_big_is_refused_before_it_is_read(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(text_file, "MAX_ARCHIVE_BYTES", 1024 * 1024)
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (3 * 1024 * 1024))

    def never(self: Path) -> bytes:
        raise AssertionError(f"{self} was read")

    monkeypatch.setattr(Path, "read_bytes", never)
    with pytest.raises(FileRefused) as refused:
        services.archive.import_file(big)
    assert refused.value.code == "file.too_big"
    assert "The file is 3 MB; Kith reads Kith data files up to 1 MB." in str(refused.value)
    monkeypatch.undo()
    assert services.people.list() == []
