"""A card merged into someone, or the card of someone merged with them, keeps meaning them:
reading that card again adds nobody, and their own UID (the one exports carry) never changes."""

from __future__ import annotations

from pathlib import Path

from kith.bootstrap import open_services
from kith.clock import FixedClock
from kith.domain.values import ContactKind
from kith.services.app import Services
from kith.services.views import ContactView, PersonInput
from tests.conftest import copy_of

DATA = Path(__file__).parent.parent / "data" / "vcf"
MARIAS = DATA / "same_name.vcf"


def _maria(services: Services, card_uid: str | None) -> int:
    return services.people.add(
        PersonInput(
            "Maria Garcia",
            contacts=(ContactView(ContactKind.PHONE, "0034 600-111-222"),),
            card_uid=card_uid,
        )
    ).id


def _uid(services: Services, person_id: int, folder: Path) -> str:
    path = folder / f"{person_id}.vcf"
    services.contacts.export_file(path, [person_id])
    [uid] = [line[4:] for line in path.read_text("utf-8").splitlines() if line.startswith("UID:")]
    return uid


def test_a_card_merged_into_someone_with_a_card_of_their_own_is_found_again(
    services: Services, tmp_path: Path
) -> None:
    maria = _maria(services, "urn:uuid:marias-old-phone")
    first = services.contacts.import_file(MARIAS, merge={1})
    assert [m.person.id for m in first.merged] == [maria]
    count = services.people.count()

    again = services.contacts.import_file(MARIAS)

    assert again.added == () and again.duplicates == ()
    assert services.people.count() == count
    assert _uid(services, maria, tmp_path) == "urn:uuid:marias-old-phone"


def test_merging_a_card_into_someone_typed_in_keeps_the_uid_their_export_carries(
    services: Services, tmp_path: Path
) -> None:
    maria = _maria(services, None)
    exported = tmp_path / "before.vcf"
    services.contacts.export_file(exported, [maria])
    uid = _uid(services, maria, tmp_path)
    services.contacts.import_file(MARIAS, merge={1})

    # Kith's earlier export of her, and the card merged into her, both still mean her.
    assert services.contacts.import_file(exported).added == ()
    assert services.contacts.import_file(MARIAS).added == ()
    assert _uid(services, maria, tmp_path) == uid


def test_after_merging_two_people_either_card_is_already_there_and_undo_forgets_it(
    services: Services,
) -> None:
    added = services.contacts.import_file(MARIAS).added
    keep, other = added[0].id, added[1].id
    record = services.merging.merge(keep, other)
    assert services.people.count() == len(added) - 1

    again = services.contacts.import_file(MARIAS)
    assert again.added == () and again.duplicates == ()
    assert {m.person.id for m in again.matched if m.card.position in (1, 2)} == {keep}

    services.merging.unmerge(record)
    assert services.people.count() == len(added)
    matched = services.contacts.import_file(MARIAS).matched
    assert {m.card.position: m.person.id for m in matched}[2] == other


def test_an_archive_keeps_the_cards_someone_is_known_by(
    services: Services, migrated_template: Path, tmp_path: Path, clock: FixedClock
) -> None:
    added = services.contacts.import_file(MARIAS).added
    services.merging.merge(added[0].id, added[1].id)
    archive = tmp_path / "kith.json"
    services.archive.export_file(archive)

    elsewhere = open_services(copy_of(migrated_template, tmp_path / "other.sqlite3"), clock)
    try:
        elsewhere.archive.import_file(archive)
        assert elsewhere.contacts.import_file(MARIAS).added == ()
        assert elsewhere.people.count() == len(added) - 1
    finally:
        elsewhere.close()
