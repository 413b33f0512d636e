"""Ties in vCards: Apple's related names (3.0) and RELATED (4.0) read into ties when they
name someone of the file or of Kith, kept as a note line otherwise, and written back."""

from __future__ import annotations

from pathlib import Path

import pytest

from kith.bootstrap import open_services
from kith.clock import FixedClock
from kith.domain.ties import TieKind
from kith.domain.values import Circle
from kith.services.app import Services
from kith.services.views import PersonInput

DATA = Path(__file__).parents[1] / "data" / "vcf"


def _ties(services: Services, name: str) -> list[tuple[str, TieKind, str]]:
    ref = services.people.find(name)
    return [(t.other.name, t.kind, t.note) for t in services.ties.ties_of(ref.id)]


def test_apple_related_names_become_ties_read_from_both_sides(services: Services) -> None:
    services.people.add(PersonInput(name="Ben Okafor", circle=Circle.CLOSE))
    services.contacts.import_file(DATA / "ios_related.vcf")
    assert _ties(services, "Ana Maria Lima") == [
        ("Ben Okafor", TieKind.FRIENDS, ""),
        ("Bruno Lima", TieKind.PARTNER, ""),
        ("Clara Lima", TieKind.CHILD, ""),
    ]
    # Said from three sides, stored once: Clara's mother, Bruno's daughter.
    assert _ties(services, "Clara Lima") == [
        ("Ana Maria Lima", TieKind.PARENT, ""),
        ("Bruno Lima", TieKind.PARENT, ""),
    ]
    ana = services.people.detail(services.people.find("Ana Maria Lima").id)
    assert ana.notes == "Related: Dona Rosa (godmother)"


def test_related_4_0_by_uid_and_by_name(services: Services) -> None:
    services.people.add(PersonInput(name="Ben Okafor"))
    services.contacts.import_file(DATA / "related_4_0.vcf")
    assert _ties(services, "Sari Wulandari") == [
        ("Ben Okafor", TieKind.COLLEAGUES, ""),
        ("Dewi Wulandari", TieKind.SIBLING, ""),
    ]
    sari = services.people.detail(services.people.find("Sari Wulandari").id)
    assert sari.notes == "Related: urn:uuid:ffffffff-0000-4000-8000-000000000000 (friends)"


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_ties_survive_an_export_and_an_import(
    services: Services, tmp_path: Path, clock: FixedClock, version: str
) -> None:
    ana, ben, chloe, dan = (
        services.people.add(PersonInput(name=n, circle=Circle.CLOSE)).id
        for n in ("Ana", "Ben", "Chloé", "Dan")
    )
    kinds = list(TieKind)
    services.ties.tie(ana, ben, TieKind.PARTNER)
    services.ties.tie(ana, chloe, TieKind.PARENT)
    services.ties.tie(dan, ben, TieKind.COLLEAGUES)
    services.ties.tie(dan, chloe, TieKind.KNOW)
    out = tmp_path / f"people-{version}.vcf"
    services.contacts.export_file(out, version=version)
    text = out.read_text("utf-8")
    if version == "4.0":
        assert "RELATED;TYPE=child:urn:uuid:" in text
    else:
        assert "X-ABRELATEDNAMES:Chloé" in text and "X-ABLabel:_$!<Child>!$_" in text
    back = open_services(tmp_path / f"back-{version}.sqlite3", clock)
    try:
        back.contacts.import_file(out)
        for name in ("Ana", "Ben", "Chloé", "Dan"):
            assert _ties(back, name) == _ties(services, name), name
            assert back.people.detail(back.people.find(name).id).notes == ""
    finally:
        back.close()
    assert len(kinds) == 8


def test_every_kind_goes_out_and_comes_back_the_same(
    services: Services, tmp_path: Path, clock: FixedClock
) -> None:
    people = [
        services.people.add(PersonInput(name=f"Person {n}")).id for n in range(len(TieKind) + 1)
    ]
    for n, kind in enumerate(TieKind, start=1):
        services.ties.tie(people[n], people[0], kind)
    for version in ("3.0", "4.0"):
        out = tmp_path / f"all-{version}.vcf"
        services.contacts.export_file(out, version=version)
        back = open_services(tmp_path / f"all-{version}.sqlite3", clock)
        try:
            back.contacts.import_file(out)
            assert _ties(back, "Person 0") == _ties(services, "Person 0"), version
        finally:
            back.close()
