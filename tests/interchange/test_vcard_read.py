"""Reading the vCards real programs write, and refusing what is not one."""

from __future__ import annotations

from pathlib import Path

import pytest

from kith.domain.errors import ValidationError
from kith.domain.values import ContactKind
from kith.interchange.errors import FileRefused
from kith.interchange.vcard_read import ContactCard, parse_card_date, read_vcards

DATA = Path(__file__).parent.parent / "data" / "vcf"


def read(name: str) -> dict[str, ContactCard]:
    return {c.name: c for c in read_vcards((DATA / name).read_bytes()).cards}


def contacts(card: ContactCard, kind: ContactKind) -> list[tuple[str, str]]:
    return [(c.value, c.label) for c in card.contacts if c.kind == kind]


def test_android_21_quoted_printable_utf8_and_photo() -> None:
    result = read_vcards((DATA / "android.vcf").read_bytes())
    cards = {c.name: c for c in result.cards}
    assert set(cards) == {"Ayşe Öztürk", "Ben Okafor", "王芳"}
    ayse = cards["Ayşe Öztürk"]
    assert contacts(ayse, ContactKind.PHONE) == [
        ("+49 170 1234567", "mobile"),
        ("030 1234567", "home"),
    ]
    assert ayse.birthday == (1985, 4, 15)
    # A soft line break inside quoted-printable joins the word again.
    assert ayse.notes == "Met at the climbing gym.\nLikes çay, not coffee."
    assert cards["Ben Okafor"].birthday == (None, 4, 15)
    assert result.photos_left_out == 1 and not result.problems


def test_ios_groups_labels_yearless_1604_and_escapes() -> None:
    cards = read("ios_icloud.vcf")
    ana = cards["Ana Maria Lima"]
    assert ana.nickname == "Nina"
    assert ana.uid == "8C5E2F4A-1B7D-4E0E-9A2B-3F6C9D1E7A10"
    assert contacts(ana, ContactKind.EMAIL) == [
        ("ana.lima@example.org", "other"),
        ("ana@studio-norte.example", "studio"),
    ]
    assert ("+55 11 3123-4567", "gym") in contacts(ana, ContactKind.PHONE)
    [(address, label)] = contacts(ana, ContactKind.ADDRESS)
    assert address == "Rua Augusta, 1500\nApto 42\n01304-001 São Paulo, SP\nBrazil"
    assert label == "home"
    assert ana.birthday == (None, 9, 3)
    assert ana.notes == (
        "Loves board games, hates early mornings; bring pão de queijo.\nSecond line."
    )
    kenji = cards["Kenji Nakamura"]
    assert kenji.birthday == (1990, 2, 28) and kenji.anniversary == (2018, 6, 9)
    assert "Dr. Weiss Dental Practice" in cards  # no FN or N: the organisation names it


def test_google_lf_folding_and_bad_email_kept_out() -> None:
    result = read_vcards((DATA / "google.vcf").read_bytes())
    cards = {c.name: c for c in result.cards}
    grace = cards["Grace Nguyen"]
    assert grace.nickname == "Gracie" and grace.birthday == (None, 11, 30)
    assert grace.notes.startswith(
        "Long note that Google folds because it is longer than seventy-five characters on one line."
    )
    assert grace.notes.endswith("It goes on, with a comma; and a semicolon.")
    assert contacts(grace, ContactKind.EMAIL) == [
        ("grace.nguyen@example.com", "home"),
        ("g.nguyen@bigcorp.example", "work"),
    ]
    omar = cards["Omar Haddad"]
    assert omar.birthday == (1988, 2, 29)
    assert contacts(omar, ContactKind.EMAIL) == []
    assert any("not-an-address" in r.message for r in omar.remarks)


def test_outlook_windows_1252_quoted_printable() -> None:
    result = read_vcards((DATA / "outlook.vcf").read_bytes())
    cards = {c.name: c for c in result.cards}
    jurgen = cards["Jürgen Müller"]
    assert contacts(jurgen, ContactKind.ADDRESS) == [
        ("Hauptstraße 5\n80331 München\nDeutschland", "work")
    ]
    assert jurgen.notes == "Kollege aus München, mag Weißwurst."
    assert jurgen.birthday == (1970, 1, 1)
    assert cards["Sarah Smith"].birthday == (1985, 4, 15)
    assert any("Windows-1252" in n.message for n in result.notices)


def test_thunderbird_40_bom_uri_phones_and_yearless() -> None:
    cards = read("thunderbird.vcf")
    priya = cards["Priya Raman"]
    assert priya.nickname == "Pri"
    assert contacts(priya, ContactKind.PHONE) == [
        ("+91-98765-43210", "mobile"),
        ("+91 80 2345 6789", "work"),
    ]
    assert priya.birthday == (None, 4, 15) and priya.anniversary == (2015, 6, 20)
    assert priya.notes == "Trekking buddy.\nWe share chai."
    assert cards["Дмитрий Иванов"].birthday == (1979, 12, 31)


def test_truncated_card_is_skipped_with_its_position() -> None:
    result = read_vcards((DATA / "truncated.vcf").read_bytes())
    assert [c.name for c in result.cards] == ["Complete Person"]
    [problem] = result.problems
    assert problem.position == 2 and problem.line == 6 and "cut off" in problem.reason.message
    assert problem.describe().startswith("Card 2 (Half Person), line 6:")


def test_malformed_cards_are_named_and_good_ones_kept() -> None:
    result = read_vcards((DATA / "malformed.vcf").read_bytes())
    assert [c.name for c in result.cards] == ["Good One", "Bad Line", "Good Two"]
    # The line that is no property is left out; the rest of its card is kept.
    [remark] = result.cards[1].remarks
    assert remark.message == (
        "line 8 is not a vCard property (“this line has no colon at all”); left out"
    )
    [problem] = result.problems
    assert (problem.position, problem.line) == (3, 11)
    assert "no name" in problem.reason.message
    good_two = result.cards[2]
    assert good_two.birthday is None and "1985-02-30" in good_two.remarks[0].message


def test_enormous_line_skips_only_its_card() -> None:
    result = read_vcards((DATA / "enormous_line.vcf").read_bytes())
    assert [c.name for c in result.cards] == ["Normal Person", "Enormous Note", "After Enormous"]
    assert not result.problems
    [remark] = result.cards[1].remarks
    assert remark.message == "line 9 (NOTE) is 1,500,000 characters long; left out"


def test_latin1_without_charset_is_read_not_mangled() -> None:
    result = read_vcards((DATA / "wrong_encoding.vcf").read_bytes())
    [card] = result.cards
    assert card.name == "José Müller" and card.notes == "Café crème"
    assert result.notices


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("binary.vcf", "not a text file"),
        ("not_a_vcard.vcf", "not a vCard file"),
    ],
)
def test_files_that_are_no_vcards_are_refused(name: str, message: str) -> None:
    with pytest.raises(FileRefused, match=message):
        read_vcards((DATA / name).read_bytes())


@pytest.mark.parametrize("data", [b"", b"   \r\n", b"END:VCARD\r\nFN:x\r\nBEGIN:VCARDS"])
def test_empty_or_cardless_files_are_refused(data: bytes) -> None:
    with pytest.raises(FileRefused):
        read_vcards(data)


def test_a_lone_begin_is_a_cut_off_card() -> None:
    result = read_vcards(b"\xff\xfe" + "BEGIN:VCARD".encode("utf-16-le"))
    assert not result.cards and "cut off" in result.problems[0].reason.message


def test_utf16_file_from_windows_is_read() -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ångström\r\nEND:VCARD\r\n"
    result = read_vcards(b"\xff\xfe" + text.encode("utf-16-le"))
    assert [c.name for c in result.cards] == ["Zoë Ångström"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("--0415", (None, 4, 15)),
        ("--04-15", (None, 4, 15)),
        ("19850415", (1985, 4, 15)),
        ("1985-04-15", (1985, 4, 15)),
        ("1985-04-15T00:00:00Z", (1985, 4, 15)),
        ("1604-09-03", (None, 9, 3)),
        ("--0229", (None, 2, 29)),
    ],
)
def test_birthday_forms(text: str, expected: tuple[int | None, int, int]) -> None:
    assert parse_card_date(text) == expected


def test_apple_omit_year_parameter() -> None:
    assert parse_card_date("2000-09-03", "2000") == (None, 9, 3)


@pytest.mark.parametrize("text", ["circa 1800", "1985-13-01", "--0230", "1985-02-29"])
def test_impossible_birthdays_are_refused(text: str) -> None:
    with pytest.raises(ValidationError, match=r"not a date|no month"):
        parse_card_date(text)


def test_old_mac_line_ends_are_read() -> None:
    data = b"BEGIN:VCARD\rVERSION:3.0\rFN:Ana Lima\rEMAIL:ana@example.org\rEND:VCARD\r"
    [card] = read_vcards(data).cards
    assert card.name == "Ana Lima" and card.contacts[0].value == "ana@example.org"
