"""Matching never merges two people: a family landline or a shared name makes a possible
duplicate, added as new unless the user merges it or leaves it out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kith.bootstrap import open_services
from kith.cli.main import main
from kith.clock import FixedClock
from kith.domain.errors import KithError
from kith.domain.values import ContactKind, DateKind
from kith.interchange.errors import FileRefused
from kith.services.app import Services
from kith.services.card_merge import CardField
from kith.services.views import ContactView, PersonInput

DATA = Path(__file__).parent.parent / "data" / "vcf"
SAMPLES = sorted(p.name for p in DATA.glob("*.vcf"))


def flags(services: Services, path: Path) -> list[tuple[int, str, str, bool]]:
    preview = services.contacts.preview(path)
    return [
        (d.card.position, d.person.name, d.reason.message, d.in_file) for d in preview.duplicates
    ]


def test_an_android_family_sharing_a_landline_are_all_added(services: Services) -> None:
    path = DATA / "android_family.vcf"
    assert flags(services, path) == [
        (2, "Anna Weber", "same phone 030 1234567", True),
        (3, "Anna Weber", "same phone 030 1234567", True),
        (5, "Jürgen Müller", "same name", True),
    ]
    result = services.contacts.import_file(path)
    assert [p.name for p in result.added] == [
        "Anna Weber",
        "Jonas Weber",
        "Oma Weber",
        "Jürgen Müller",
        "Jürgen Müller",
    ]
    assert result.skipped == () and result.duplicates_added == 3
    oma = services.people.detail(services.people.find("Oma Weber").id)
    assert [(c.kind, c.value) for c in oma.contacts] == [(ContactKind.PHONE, "030 1234567")]
    again = services.contacts.import_file(path)
    # Read again, each card is known by all it says: none is new.
    assert again.added == () and len(again.matched) == 5
    assert {m.reason.message for m in again.matched} == {"the same details"}


def test_someone_typed_in_is_there_by_name_and_phone_and_the_landline_is_shared(
    services: Services,
) -> None:
    anna = services.people.add(
        PersonInput("anna  weber", contacts=(ContactView(ContactKind.PHONE, "0151 23456789"),))
    )
    preview = services.contacts.preview(DATA / "android_family.vcf")
    assert [(m.card.position, m.person.id, m.reason.message) for m in preview.matched] == [
        (1, anna.id, "the same name and the phone number +49 151 23456789")
    ]
    assert [c.name for c in preview.to_add] == [
        "Jonas Weber",
        "Oma Weber",
        "Jürgen Müller",
        "Jürgen Müller",
    ]
    assert flags(services, DATA / "android_family.vcf") == [
        (3, "Jonas Weber", "same phone 030 1234567", True),
        (5, "Jürgen Müller", "same name", True),
    ]


def test_namesakes_with_and_without_uids_are_each_their_own_person(services: Services) -> None:
    path = DATA / "same_name.vcf"
    assert flags(services, path) == [
        (position, "Maria Garcia", "same name", True) for position in (2, 3, 4, 5)
    ]
    result = services.contacts.import_file(path)
    assert [p.name for p in result.added] == ["Maria Garcia"] * 5
    marias = [services.people.detail(p.id) for p in result.added]
    assert [sorted(c.value for c in m.contacts) for m in marias] == [
        ["+34 600 111 222", "maria.garcia@example.es"],
        ["+1 212 555 0199", "mgarcia@example.com"],
        ["+52 55 1234 5678"],
        ["maria.g@example.mx"],
        [],
    ]
    again = services.contacts.import_file(path)
    assert again.added == ()
    assert [(m.card.position, m.person.id, m.reason.message) for m in again.matched] == [
        (1, result.added[0].id, "the same card UID"),
        (2, result.added[1].id, "the same card UID"),
        # A card without a UID is known again by all it says, even one with a name only.
        *((n, result.added[n - 1].id, "the same details") for n in (3, 4, 5)),
    ]


def test_a_namesake_with_another_uid_is_flagged_not_matched(services: Services) -> None:
    typed = services.people.add(
        PersonInput("Maria Garcia", contacts=(ContactView(ContactKind.PHONE, "+34 600 111 222"),))
    )
    preview = services.contacts.preview(DATA / "same_name.vcf")
    assert preview.matched == ()
    flagged = [(d.card.position, d.person.id, d.reason.message) for d in preview.duplicates]
    assert flagged == [
        (1, typed.id, "same name and phone +34 600 111 222"),
        *((position, typed.id, "same name") for position in (2, 3, 4, 5)),
    ]
    assert not any(d.in_file for d in preview.duplicates)  # Maria in Kith is shown first


def test_merging_a_card_adds_only_what_the_person_lacks(services: Services) -> None:
    typed = services.people.add(
        PersonInput(
            "Maria Garcia",
            notes="Typed by me",
            contacts=(ContactView(ContactKind.PHONE, "0034 600-111-222"),),
        )
    )
    result = services.contacts.import_file(DATA / "same_name.vcf", merge={1, 2, 3})
    assert len(result.added) == 2 and services.people.count() == 3
    assert result.duplicates_added == 2 and result.duplicates_left_out == 0
    [first, second, third] = result.merged
    assert {m.person.id for m in result.merged} == {typed.id}
    assert [c.value for c in first.contacts_added] == ["maria.garcia@example.es"]
    assert second.filled == (CardField.BIRTHDAY,)
    assert third.kept == (CardField.NOTES,)
    detail = services.people.detail(typed.id)
    assert detail.notes == "Typed by me"
    assert sorted(c.value for c in detail.contacts) == [
        "+1 212 555 0199",
        "+52 55 1234 5678",
        "0034 600-111-222",
        "maria.garcia@example.es",
        "mgarcia@example.com",
    ]
    [birthday] = [d for d in detail.dates if d.kind == DateKind.BIRTHDAY]
    assert (birthday.year, birthday.month, birthday.day) == (1979, 3, 8)
    # The first merged card is now known as this person: reading the file again adds nobody
    # for it.
    again = services.contacts.preview(DATA / "same_name.vcf")
    assert (1, typed.id) in [(m.card.position, m.person.id) for m in again.matched]


def test_leaving_a_possible_duplicate_out_and_merging_nothing_else(services: Services) -> None:
    services.people.add(PersonInput("Maria Garcia"))
    result = services.contacts.import_file(DATA / "same_name.vcf")
    assert result.duplicates_added == 5
    with pytest.raises(KithError, match="Card 1 resembles nobody, so it cannot be merged"):
        services.contacts.import_file(DATA / "android_family.vcf", merge={1})
    cards = services.contacts.read_file(DATA / "android_family.vcf")
    with pytest.raises(KithError, match="Card 5 cannot be merged into card 4: that card is left"):
        services.contacts.import_cards(cards, chosen={1, 2, 3, 5}, merge={5})
    assert services.people.count() == 6
    left = services.contacts.import_cards(cards, chosen={1, 3, 4})
    assert [p.name for p in left.added] == ["Anna Weber", "Oma Weber", "Jürgen Müller"]
    assert left.duplicates_left_out == 2 and left.duplicates_added == 1


@pytest.mark.parametrize("name", SAMPLES)
def test_every_sample_read_again_adds_nobody(services: Services, name: str) -> None:
    try:
        first = services.contacts.import_file(DATA / name)
    except FileRefused:
        assert services.people.count() == 0  # a file refused whole (not text, not vCard)
        return
    assert first.added
    again = services.contacts.import_file(DATA / name)
    assert again.added == () and len(again.matched) == len(first.added)


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_the_demo_exported_comes_back_whole_in_an_empty_database(
    services: Services, tmp_path: Path, clock: FixedClock, version: str
) -> None:
    services.demo.fill(300, 1, 2)
    people = services.people.list()
    names = [p.name for p in people]
    assert len(set(names)) < len(names), "the demo has namesakes"
    phones = [
        c.value
        for p in people
        for c in services.people.detail(p.id).contacts
        if c.kind == ContactKind.PHONE
    ]
    assert len(set(phones)) < len(phones), "the demo has people sharing a phone"
    out = tmp_path / "demo.vcf"
    exported = services.contacts.export_file(out, version=version)
    elsewhere = open_services(tmp_path / "elsewhere.sqlite3", clock)
    try:
        result = elsewhere.contacts.import_file(out)
        assert len(result.added) == exported and result.skipped == ()
        assert sorted(p.name for p in elsewhere.people.list()) == sorted(names)
        assert result.duplicates_added >= len(names) - len(set(names))
        assert elsewhere.contacts.import_file(out).added == ()
    finally:
        elsewhere.close()
    # Read back where it was written, the export is everyone already there.
    home = services.contacts.import_file(out)
    assert home.added == () and {m.reason.message for m in home.matched} == {"the same card UID"}


def test_cli_lists_possible_duplicates_and_adds_them_as_new(
    db_path: Path, services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(DATA / "android_family.vcf")
    assert main(["--db", str(db_path), "import-vcf", path]) == 0
    out = capsys.readouterr().out
    assert "Added 5 people" in out
    assert (
        "  ? card 2 (Jonas Weber): like card 1 (Anna Weber) of this file, "
        "same phone 030 1234567; added as new"
    ) in out
    assert out.rstrip().endswith(
        "In all: 5 added, 0 already there; of 3 possible duplicates 3 were added as new, "
        "0 merged, 0 left out."
    )
    assert main(["--db", str(db_path), "import-vcf", path]) == 0
    assert "In all: 0 added, 5 already there." in capsys.readouterr().out


def test_cli_merges_or_leaves_out_possible_duplicates_when_told(
    db_path: Path, services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    maria = services.people.add(
        PersonInput("Maria Garcia", contacts=(ContactView(ContactKind.PHONE, "+34 600 111 222"),))
    )
    path = str(DATA / "same_name.vcf")
    base = ["--db", str(db_path), "import-vcf", path]
    assert main([*base, "--duplicates", "leave-out", "--dry-run"]) == 0
    assert "of 5 possible duplicates 0 would be added as new, 0 merged, 5 left out." in (
        capsys.readouterr().out
    )
    assert services.people.count() == 1
    assert main([*base, "--duplicates", "merge", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["added"] == []
    assert report["counts"] == {
        "added": 0,
        "already_there": 0,
        "possible_duplicates": 5,
        "duplicates_added": 0,
        "duplicates_merged": 5,
        "duplicates_left_out": 0,
    }
    assert [d["outcome"] for d in report["possible_duplicates"]] == ["merged"] * 5
    assert report["possible_duplicates"][0] == {
        "card": 1,
        "name": "Maria Garcia",
        "like": "Maria Garcia",
        "like_id": maria.id,
        "like_card": None,
        "by": "same name and phone +34 600 111 222",
        "outcome": "merged",
    }
    assert services.people.count() == 1
    values = {c.value for c in services.people.detail(maria.id).contacts}
    assert values >= {"maria.garcia@example.es", "mgarcia@example.com", "maria.g@example.mx"}


def test_a_card_merged_into_an_earlier_card_of_the_file(services: Services) -> None:
    """Cards of one file for the same Maria: the later ones go into the earlier one."""
    result = services.contacts.import_file(DATA / "same_name.vcf", merge={3, 4})
    assert [p.name for p in result.added] == ["Maria Garcia"] * 3
    first = result.added[0]
    assert [(m.card.position, m.person) for m in result.merged] == [(3, first), (4, first)]
    detail = services.people.detail(first.id)
    assert sorted(c.value for c in detail.contacts) == [
        "+34 600 111 222",
        "+52 55 1234 5678",
        "maria.g@example.mx",
        "maria.garcia@example.es",
    ]
    assert detail.notes == "From the Mexico City trip"
    assert services.people.count() == 3
    # Read again: the merged cards are known by name with their phone or e-mail.
    assert services.contacts.import_file(DATA / "same_name.vcf").added == ()
