"""Importing and exporting contacts through the service: previews, one transaction, no twins."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kith.cli.main import main
from kith.domain.errors import KithError
from kith.domain.values import Circle, ContactKind, DateKind, TendingState
from kith.interchange.errors import FileRefused
from kith.services.app import Services
from kith.services.changes import Change
from kith.services.contacts import ImportCancelled
from kith.services.views import ContactView, PersonInput

DATA = Path(__file__).parent.parent / "data" / "vcf"
SOURCES = ["android.vcf", "ios_icloud.vcf", "google.vcf", "outlook.vcf", "thunderbird.vcf"]


def snapshot(db_path: Path) -> list[str]:
    with sqlite3.connect(db_path) as conn:
        return list(conn.iterdump())


@pytest.mark.parametrize("name", SOURCES)
def test_each_source_imports_and_a_second_import_adds_nobody(services: Services, name: str) -> None:
    preview = services.contacts.preview(DATA / name)
    first = services.contacts.import_file(DATA / name)
    assert [p.name for p in first.added] == [c.name for c in preview.to_add]
    assert len(first.added) >= 2
    people = services.people.list()
    assert len(people) == len(first.added)
    # Not sorted yet: nobody imported is due, on Today or in a digest.
    assert {p.circle for p in people} == {Circle.UNSORTED}
    assert {p.tending.state for p in people} == {TendingState.UNSORTED}
    assert services.tending.due().people == ()
    assert services.today.view().due_total == 0
    assert services.reminders.people_to_see() == []
    again = services.contacts.import_file(DATA / name)
    assert again.added == () and len(again.matched) == len(first.added)
    assert services.people.count() == len(first.added)
    assert services.health.check().healthy


def test_imported_details_land_on_the_person(services: Services) -> None:
    services.contacts.import_file(DATA / "ios_icloud.vcf", circle=Circle.FRIENDS)
    ana = services.people.find("Ana Maria Lima")
    detail = services.people.detail(ana.id)
    assert detail.summary.circle == Circle.FRIENDS and detail.summary.nickname == "Nina"
    assert {(c.kind, c.value) for c in detail.contacts} >= {
        (ContactKind.EMAIL, "ana.lima@example.org"),
        (ContactKind.PHONE, "+55 11 91234-5678"),
    }
    [birthday] = [d for d in detail.dates if d.kind == DateKind.BIRTHDAY]
    assert (birthday.year, birthday.month, birthday.day) == (None, 9, 3)
    kenji = services.people.detail(services.people.find("Kenji").id)
    assert {d.kind for d in kenji.dates} == {DateKind.BIRTHDAY, DateKind.ANNIVERSARY}


def test_a_shared_email_phone_or_name_alone_only_flags_a_possible_duplicate(
    services: Services,
) -> None:
    services.people.add(
        PersonInput(
            "Grace N.", contacts=(ContactView(ContactKind.EMAIL, "GRACE.NGUYEN@example.com"),)
        )
    )
    services.people.add(
        PersonInput("Léa", contacts=(ContactView(ContactKind.PHONE, "0033 6-12-34-56-78"),))
    )
    services.people.add(PersonInput("omar  haddad"))
    preview = services.contacts.preview(DATA / "google.vcf")
    assert preview.matched == ()
    flagged = {d.card.name: (d.person.name, d.reason.message) for d in preview.duplicates}
    assert flagged == {
        "Grace Nguyen": ("Grace N.", "same e-mail grace.nguyen@example.com"),
        "Léa Dubois": ("Léa", "same phone +33 6 12 34 56 78"),
        "Omar Haddad": ("omar haddad", "same name"),
    }
    assert {c.name for c in preview.to_add} >= set(flagged)
    result = services.contacts.import_file(DATA / "google.vcf")
    assert result.duplicates_added == 3 and services.people.count() == 3 + len(result.added)


def test_a_card_without_uid_is_there_by_its_name_and_an_email_or_phone(
    services: Services,
) -> None:
    services.people.add(
        PersonInput(
            "grace  nguyen", contacts=(ContactView(ContactKind.EMAIL, "GRACE.NGUYEN@example.com"),)
        )
    )
    services.people.add(
        PersonInput("Léa Dubois", contacts=(ContactView(ContactKind.PHONE, "0033 6-12-34-56-78"),))
    )
    preview = services.contacts.preview(DATA / "google.vcf")
    reasons = {m.card.name: (m.person.name, m.reason.message) for m in preview.matched}
    assert reasons == {
        "Grace Nguyen": ("grace nguyen", "the same name and the e-mail grace.nguyen@example.com"),
        "Léa Dubois": ("Léa Dubois", "the same name and the phone number +33 6 12 34 56 78"),
    }


def test_cards_sharing_an_email_in_one_file_are_two_people_flagged(
    services: Services, tmp_path: Path
) -> None:
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Twin\r\nEMAIL:twin@example.org\r\nEND:VCARD\r\n"
    # Sharing an e-mail with another name is a different person (a family address).
    other = card.replace("FN:Twin", "FN:Twin Again")
    path = tmp_path / "twins.vcf"
    path.write_text(card + other + card, encoding="utf-8")
    result = services.contacts.import_file(path)
    assert [p.name for p in result.added] == ["Twin", "Twin Again"]
    [flag] = result.duplicates
    assert flag.in_file
    assert (flag.card.name, flag.person.name, flag.reason.message) == (
        "Twin Again",
        "Twin",
        "same e-mail twin@example.org",
    )
    # The very same card twice is one person.
    [twin] = result.skipped
    assert twin.position == 3 and "same person as card 1" in twin.reason.message
    assert services.contacts.import_file(path).added == ()


def test_malformed_cards_are_skipped_and_good_ones_added_together(services: Services) -> None:
    result = services.contacts.import_file(DATA / "malformed.vcf")
    assert [p.name for p in result.added] == ["Good One", "Bad Line", "Good Two"]
    assert [s.position for s in result.skipped] == [3]


@pytest.mark.parametrize("name", ["binary.vcf", "not_a_vcard.vcf"])
def test_refused_files_write_nothing(services: Services, db_path: Path, name: str) -> None:
    before = snapshot(db_path)
    with pytest.raises(FileRefused):
        services.contacts.import_file(DATA / name)
    assert snapshot(db_path) == before


def test_missing_file_and_folder_are_clear(services: Services, tmp_path: Path) -> None:
    with pytest.raises(KithError, match="There is no file"):
        services.contacts.preview(tmp_path / "nope.vcf")
    with pytest.raises(KithError, match="is a folder"):
        services.contacts.preview(tmp_path)


def big_file(tmp_path: Path, count: int) -> Path:
    path = tmp_path / "many.vcf"
    path.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nTEL:+1 555 {i:07d}\r\n"
            f"EMAIL:p{i}@example.org\r\nBDAY:--0{1 + i % 9}-1{i % 9}\r\nEND:VCARD\r\n"
            for i in range(count)
        ),
        encoding="utf-8",
    )
    return path


def test_progress_rises_to_the_end(services: Services, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    result = services.contacts.import_file(
        big_file(tmp_path, 1200), progress=lambda d, t: seen.append((d, t))
    )
    assert len(result.added) == 1200
    fractions = [d / t for d, t in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and len(seen) > 10


@pytest.mark.parametrize("phase", ["reading", "writing"])
def test_cancel_while_reading_or_writing_leaves_nothing(
    services: Services, db_path: Path, tmp_path: Path, phase: str
) -> None:
    path = big_file(tmp_path, 1200)
    before = snapshot(db_path)
    seen: list[tuple[int, int]] = []

    def cancelled() -> bool:
        if not seen:
            return False
        done, total = seen[-1]
        # Writing is the second half: by then a first batch of people is already inserted.
        return done > 5 if phase == "reading" else done > total // 2

    changes: list[Change] = []
    services.changes.subscribe(changes.append)
    with pytest.raises(ImportCancelled, match="nothing was added"):
        services.contacts.import_file(
            path, cancelled=cancelled, progress=lambda d, t: seen.append((d, t))
        )
    assert snapshot(db_path) == before and changes == []
    assert (seen[-1][0] > seen[-1][1] // 2) == (phase == "writing")


def test_export_then_import_elsewhere_round_trips(services: Services, tmp_path: Path) -> None:
    services.contacts.import_file(DATA / "thunderbird.vcf")
    services.contacts.import_file(DATA / "ios_icloud.vcf")
    plain = services.people.add(
        PersonInput(
            "Zoë; Ångström, Jr",
            nickname="Z",
            notes="Line one\nLine, two; three",
            birthday=(None, 2, 29),
        )
    )
    for version in ("3.0", "4.0"):
        out = tmp_path / f"all-{version}.vcf"
        assert services.contacts.export_file(out, version=version) == 6
        again = services.contacts.import_file(out)
        assert again.added == () and len(again.matched) == 6
        assert {m.reason.message for m in again.matched} <= {
            "the same card UID",
            "the same name",
            "the e-mail zoe@example.org",
        }
        from kith.interchange.vcard_read import read_vcards

        cards = {c.name: c for c in read_vcards(out.read_bytes()).cards}
        zoe = cards["Zoë; Ångström, Jr"]
        assert zoe.nickname == "Z" and zoe.birthday == (None, 2, 29)
        assert zoe.notes == "Line one\nLine, two; three"
        priya = cards["Priya Raman"]
        assert priya.birthday == (None, 4, 15) and priya.anniversary == (2015, 6, 20)
        assert ("+91-98765-43210", "mobile") in [(c.value, c.label) for c in priya.contacts]
    first = (tmp_path / "all-3.0.vcf").read_text()
    services.contacts.export_file(tmp_path / "again.vcf")
    assert (tmp_path / "again.vcf").read_text() == first  # UIDs are stable
    one = tmp_path / "one.vcf"
    assert services.contacts.export_file(one, [plain.id]) == 1


def test_cli_import_dry_run_writes_nothing_then_imports(
    db_path: Path, services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(db_path)
    assert main(["--db", str(db_path), "import-vcf", str(DATA / "malformed.vcf"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Would add 3 people" in out and "Card 3: it has no name" in out
    assert snapshot(db_path) == before
    assert (
        main(
            ["--db", str(db_path), "import-vcf", str(DATA / "malformed.vcf"), "--circle", "friends"]
        )
        == 0
    )
    assert "Added 3 people" in capsys.readouterr().out
    assert main(["--db", str(db_path), "import-vcf", str(DATA / "binary.vcf")]) == 1
    assert "not a text file" in capsys.readouterr().err
    out_file = db_path.parent / "out.vcf"
    assert (
        main(
            [
                "--db",
                str(db_path),
                "export-vcf",
                str(out_file),
                "--person",
                "Good One",
                "--version",
                "4.0",
            ]
        )
        == 0
    )
    assert "VERSION:4.0" in out_file.read_text() and "Good Two" not in out_file.read_text()


NEAR_VCARD_LINES = st.sampled_from(
    [
        "BEGIN:VCARD",
        "END:VCARD",
        "VERSION:2.1",
        "VERSION:3.0",
        "VERSION:4.0",
        "FN:Ana",
        "N:Lima;Ana;;;",
        "FN;ENCODING=QUOTED-PRINTABLE:=C3=A9=",
        "FN;CHARSET=x-bogus;ENCODING=QUOTED-PRINTABLE:=E9",
        "EMAIL:a@b",
        "TEL;TYPE=cell:+1 555",
        "BDAY:--0230",
        "BDAY:19850415",
        "item1.EMAIL:x@y",
        "item1.X-ABLabel:_$!<Home>!$_",
        "PHOTO;ENCODING=b:%%%",
        "NOTE;ENCODING=BASE64:!!!",
        " folded",
        "\tfolded",
        ";;;:",
        ":",
        "=",
        "NOTE:\\",
        "FN:",
        "NICKNAME:" + "n" * 300,
        "ADR:;;;;;;;;;;",
        "UID:",
        "X-ANNIVERSARY:0000-00-00",
    ]
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=2000))
def test_random_bytes_never_crash_nor_half_write(
    services: Services, db_path: Path, tmp_path: Path, data: bytes
) -> None:
    _try_import(services, db_path, tmp_path, data)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    lines=st.lists(st.one_of(NEAR_VCARD_LINES, st.text(max_size=40)), max_size=40),
    ending=st.sampled_from(["\r\n", "\n", "\r"]),
    bom=st.booleans(),
)
def test_near_vcards_never_crash_nor_half_write(
    services: Services, db_path: Path, tmp_path: Path, lines: list[str], ending: str, bom: bool
) -> None:
    data = (b"\xef\xbb\xbf" if bom else b"") + ending.join(lines).encode("utf-8", "surrogatepass")
    _try_import(services, db_path, tmp_path, data)


def _try_import(services: Services, db_path: Path, tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.vcf"
    path.write_bytes(data)
    before = snapshot(db_path)
    count = services.people.count()
    try:
        result = services.contacts.import_file(path)
    except FileRefused:
        assert snapshot(db_path) == before
        return
    assert services.people.count() == count + len(result.added)
    if not result.added:
        assert snapshot(db_path) == before
    assert services.health.check().healthy
