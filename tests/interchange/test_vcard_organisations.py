"""Which cards describe an organisation: only what the card says, never its words."""

from __future__ import annotations

import pytest

from kith.interchange.vcard_read import ContactCard, read_vcards


def card(*lines: str, version: str = "3.0") -> ContactCard:
    text = "\r\n".join(["BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD", ""])
    [only] = read_vcards(text.encode("utf-8")).cards
    return only


@pytest.mark.parametrize(
    ("lines", "version"),
    [
        (("KIND:org", "FN:City Dental Clinic", "N:;;;;"), "4.0"),
        (("KIND:ORG", "FN:Studio Norte", "ORG:Studio Norte Lda"), "4.0"),
        (("N:;;;;", "FN:Pizza Roma", "ORG:Pizza Roma;", "X-ABShowAs:COMPANY"), "3.0"),
        # Apple's company card keeps the person's name it was once filed under.
        (("N:Rossi;Marco;;;", "FN:Pizza Roma", "ORG:Pizza Roma", "X-ABShowAs:COMPANY"), "3.0"),
        (("N:;;;;", "FN:Taxi Lisboa", "ORG:Taxi Lisboa"), "3.0"),
        (("ORG:Banco Atlântico", "TEL;TYPE=WORK:+351 707 000 123"), "3.0"),
        (("N:;;;;", "FN:banco  atlântico", "ORG:Banco Atlântico;Hotline"), "3.0"),
    ],
)
def test_a_card_that_says_it_is_an_organisation(lines: tuple[str, ...], version: str) -> None:
    found = card(*lines, version=version)
    assert found.is_organisation
    assert found.name  # still named, so the preview can show it


@pytest.mark.parametrize(
    "lines",
    [
        # A colleague: a personal name and an employer.
        ("N:Müller;Jürgen;;;", "FN:Jürgen Müller", "ORG:Nordlicht Software GmbH", "TITLE:Designer"),
        # The family name alone is a personal name too, even when FN repeats the ORG.
        ("N:Lefèvre;;;;", "FN:Lefèvre", "ORG:Lefèvre"),
        # FN names someone other than the ORG: a person at that organisation.
        ("N:;;;;", "FN:Airbnb host Lisbon", "ORG:Airbnb", "NOTE:Rui\\, flat in Alfama"),
        # Words that sound like a business say nothing: no ORG, no mark.
        ("N:;Pizza Roma;;;", "FN:Pizza Roma"),
        ("FN:Voicemail", "TEL:*86"),
        ("KIND:individual", "FN:Ana Lima", "ORG:Ana Lima"),
    ],
)
def test_a_person_stays_a_person(lines: tuple[str, ...]) -> None:
    found = card(*lines)
    assert not found.is_organisation


def test_the_organisation_is_read_as_written() -> None:
    found = card("N:Okafor;Ben;;;", "FN:Ben Okafor", "ORG:Clínica São João;Physiotherapy")
    assert found.organisation == "Clínica São João"
    assert card("FN:Ana Lima").organisation == ""
