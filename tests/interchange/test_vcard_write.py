"""What Kith's vCards say: organisation, dates with their labels, year-less birthdays."""

from __future__ import annotations

import pytest

from kith.domain.values import ContactKind, DateKind
from kith.interchange.card_dates import CardDate
from kith.interchange.vcard_read import read_vcards
from kith.interchange.vcard_write import CardOut, card_text

ANA = CardOut(
    uid="urn:uuid:0b6c1f5e-1111-4a0a-8f56-3c9d7d0f4b21",
    name="Ana Lima",
    organisation="Studio Norte; Lisboa",
    contacts=((ContactKind.PHONE, "+351 21 346 1122", "home"),),
    dates=(
        CardDate(DateKind.BIRTHDAY, None, 2, 29),
        CardDate(DateKind.ANNIVERSARY, 2015, 6, 20, "Wedding anniversary"),
        CardDate(DateKind.ANNIVERSARY, None, 9, 1),
        CardDate(DateKind.CUSTOM, None, 12, 6, "Name day"),
        CardDate(DateKind.CUSTOM, 2001, 3, 4),
    ),
    notes="Old Mac text\rsecond line",
)


def lines(version: str) -> list[str]:
    return card_text(ANA, version).split("\r\n")


def test_3_0_writes_year_less_birthdays_as_apple_does_and_labels_in_groups() -> None:
    text = lines("3.0")
    assert "ORG:Studio Norte\\; Lisboa" in text
    assert "BDAY;X-APPLE-OMIT-YEAR=1604:1604-02-29" in text
    # The phone says "home" with TYPE; each label of a date sits in a group of its own.
    assert "item1.X-ANNIVERSARY:2015-06-20" in text
    assert "item1.X-ABLabel:Wedding anniversary" in text
    assert "X-ANNIVERSARY;X-APPLE-OMIT-YEAR=1604:1604-09-01" in text
    assert "item2.X-ABDATE;X-APPLE-OMIT-YEAR=1604:1604-12-06" in text
    assert "item2.X-ABLabel:Name day" in text
    assert "item3.X-ABDATE:2001-03-04" in text and "item3.X-ABLabel:_$!<Other>!$_" in text
    assert "NOTE:Old Mac text\\nsecond line" in text


def test_4_0_writes_its_own_year_less_form_and_one_anniversary() -> None:
    text = lines("4.0")
    assert "BDAY:--0229" in text
    assert "item1.ANNIVERSARY:20150620" in text
    # RFC 6350 allows one ANNIVERSARY: a second one is an X-ANNIVERSARY.
    assert "X-ANNIVERSARY:--0901" in text
    assert "item2.X-ABDATE:--1206" in text


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_the_reader_gives_back_every_date_with_its_label(version: str) -> None:
    [card] = read_vcards(card_text(ANA, version).encode()).cards
    assert card.organisation == "Studio Norte; Lisboa"
    assert sorted(card.dates, key=repr) == sorted(ANA.dates, key=repr)
    assert card.birthday == (None, 2, 29)
    assert card.notes == "Old Mac text\nsecond line"


def test_apple_s_own_date_labels_are_read_as_kinds() -> None:
    card_file = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kenji\r\n"
        "item1.X-ABDATE;type=pref:2018-06-09\r\nitem1.X-ABLabel:_$!<Anniversary>!$_\r\n"
        "item2.X-ABDATE:1604-11-03\r\nitem2.X-ABLabel:_$!<Other>!$_\r\n"
        "item3.X-ABDATE:2020-02-30\r\nitem3.X-ABLabel:Broken\r\n"
        "END:VCARD\r\n"
    )
    [card] = read_vcards(card_file.encode()).cards
    assert card.dates == (
        CardDate(DateKind.ANNIVERSARY, 2018, 6, 9),
        CardDate(DateKind.CUSTOM, None, 11, 3),
    )
    assert [r.message for r in card.remarks] == ["the date “2020-02-30” is not a date; left out"]
