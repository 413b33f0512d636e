"""vCard text escaping: a semicolon is escaped only inside structured values (N, ADR)."""

from __future__ import annotations

import pytest
import vobject

from kith.domain.values import ContactKind
from kith.interchange.vcard_read import read_vcards
from kith.interchange.vcard_write import CardOut, card_text

CARD = CardOut(
    uid="urn:uuid:0b1f6c1e-0000-4000-8000-000000000001",
    name="Jo; Ann, O\\Brien",
    nickname="Jo, the; one",
    contacts=((ContactKind.ADDRESS, "Flat 2; 10 Main St, Springfield", "home"),),
    notes="Semi; colon, comma \\ backslash\nsecond line; end",
)


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_plain_text_values_keep_their_semicolons_unescaped(version: str) -> None:
    lines = card_text(CARD, version).split("\r\n")
    assert "FN:Jo; Ann\\, O\\\\Brien" in lines
    assert "NICKNAME:Jo\\, the; one" in lines
    assert "NOTE:Semi; colon\\, comma \\\\ backslash\\nsecond line; end" in lines
    # Structured values: a bare semicolon would start the next component.
    assert "N:O\\\\Brien;Jo\\; Ann\\,;;;" in lines
    assert "ADR;TYPE=home:;;Flat 2\\; 10 Main St\\, Springfield;;;;" in lines


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_names_and_notes_come_back_exactly_from_kith_and_vobject(version: str) -> None:
    text = card_text(CARD, version)
    [card] = read_vcards(text.encode("utf-8")).cards
    assert (card.name, card.nickname, card.notes) == (CARD.name, CARD.nickname, CARD.notes)
    [address] = [c.value for c in card.contacts if c.kind == ContactKind.ADDRESS]
    assert address == "Flat 2; 10 Main St, Springfield"
    parsed = vobject.readOne(text)
    assert parsed.fn.value == CARD.name
    assert parsed.note.value == CARD.notes
