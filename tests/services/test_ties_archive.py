"""Ties and groups travel in the JSON archive; archives from before them still import."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kith.bootstrap import open_services
from kith.clock import FixedClock
from kith.domain.ties import TieKind
from kith.domain.values import Circle
from kith.interchange.errors import FileRefused
from kith.services.app import Services
from kith.services.views import PersonInput


def _tied(services: Services) -> tuple[int, int, int]:
    ana, ben, chloe = (
        services.people.add(PersonInput(name=n, circle=Circle.CLOSE)).id
        for n in ("Ana", "Ben", "Chloé")
    )
    services.ties.tie(chloe, ana, TieKind.PARENT, "since 1990")
    services.ties.tie(ben, ana, TieKind.PARTNER)
    services.ties.add_group("Climbing crew", [ana, ben, chloe])
    services.ties.add_group("Empty one")
    return ana, ben, chloe


def test_the_archive_keeps_ties_and_groups(
    services: Services, tmp_path: Path, clock: FixedClock
) -> None:
    ana, ben, chloe = _tied(services)
    out = tmp_path / "kith.json"
    services.archive.export_file(out)
    data = json.loads(out.read_text("utf-8"))
    assert data["format_version"] == 2
    assert data["ties"] == [
        {"person_id": ana, "other_id": ben, "kind": "partner", "note": ""},
        {"person_id": ana, "other_id": chloe, "kind": "child", "note": "since 1990"},
    ]
    restored = open_services(tmp_path / "restored.sqlite3", clock)
    try:
        restored.archive.import_file(out)
        seen = [(t.other.name, t.kind, t.note) for t in restored.ties.ties_of(ana)]
        assert seen == [("Ben", TieKind.PARTNER, ""), ("Chloé", TieKind.PARENT, "since 1990")]
        assert [(g.name, [m.name for m in g.members]) for g in restored.ties.groups()] == [
            ("Climbing crew", ["Ana", "Ben", "Chloé"]),
            ("Empty one", []),
        ]
        again = tmp_path / "again.json"
        restored.archive.export_file(again)
        strip = lambda text: json.loads(text) | {"exported_at": ""}  # noqa: E731
        assert strip(again.read_text("utf-8")) == strip(out.read_text("utf-8"))
    finally:
        restored.close()


def test_a_version_1_archive_without_ties_still_imports(
    services: Services, tmp_path: Path, clock: FixedClock
) -> None:
    _tied(services)
    data = json.loads(services.archive.archive_text())
    del data["ties"], data["groups"]
    data["format_version"] = 1
    old = tmp_path / "old.json"
    old.write_text(json.dumps(data), "utf-8")
    restored = open_services(tmp_path / "restored.sqlite3", clock)
    try:
        assert restored.archive.import_file(old).people == 3
        assert restored.ties.groups() == [] and restored.ties.lines() == []
    finally:
        restored.close()


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d["ties"][0].update(other_id=99), "ties[0].other_id"),
        (lambda d: d["ties"][0].update(other_id=d["ties"][0]["person_id"]), "ties[0]"),
        (lambda d: d["ties"][1].update(kind="cousin"), "ties[1].kind"),
        (lambda d: d["ties"].append(dict(d["ties"][0], kind="know")), "ties[2]"),
        (lambda d: d["groups"][1].update(name="CLIMBING crew"), "groups[1].name"),
        (lambda d: d["groups"][0]["people"].append(77), "groups[0].people[3]"),
    ],
)
def test_a_bad_tie_or_group_is_named_and_nothing_is_kept(
    services: Services, tmp_path: Path, clock: FixedClock, change: object, where: str
) -> None:
    _tied(services)
    data = json.loads(services.archive.archive_text())
    assert callable(change)
    change(data)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), "utf-8")
    restored = open_services(tmp_path / "restored.sqlite3", clock)
    try:
        with pytest.raises(FileRefused) as refused:
            restored.archive.import_file(bad)
        assert f"at {where}:" in str(refused.value)
        assert restored.people.count() == 0
    finally:
        restored.close()
