"""A card merged into the person it may duplicate: only what the person lacks is added.

Ways to reach them not already there are added; a nickname, notes, a birthday or an
anniversary only where the person has none, so nothing the user typed is overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kith.domain.values import ContactKind, DateKind
from kith.interchange.contact_keys import address_key, email_key, phone_key
from kith.interchange.vcard_read import CardContact, ContactCard
from kith.interchange.vcard_write import stable_card_uid
from kith.services.contact_matching import card_uid
from kith.services.views import PersonRef
from kith.storage.schema import ContactMethod, ImportantDate, KnownCard, Person


class CardField(StrEnum):
    NICKNAME = "nickname"
    NOTES = "notes"
    BIRTHDAY = "birthday"
    ANNIVERSARY = "anniversary"


@dataclass(frozen=True, slots=True)
class MergedCard:
    """What merging the card added to the person, and what of the card was not taken."""

    card: ContactCard
    person: PersonRef
    contacts_added: tuple[CardContact, ...]
    filled: tuple[CardField, ...]
    """Fields the person had empty, now taken from the card."""
    kept: tuple[CardField, ...]
    """Fields where the card differs but the person's own value was kept."""


def _key(kind: ContactKind | str, value: str) -> tuple[str, str]:
    kind = ContactKind(kind)
    if kind == ContactKind.EMAIL:
        key = email_key(value)
    elif kind == ContactKind.PHONE:
        key = phone_key(value)
    else:
        key = None
    return kind.value, key or address_key(value)


def merge_card(s: Session, card: ContactCard, person: PersonRef, now: datetime) -> MergedCard:
    row = s.get(Person, person.id)
    assert row is not None, "a possible duplicate is of someone read in this transaction"
    have = {
        _key(kind, value)
        for kind, value in s.execute(
            select(ContactMethod.kind, ContactMethod.value).where(
                ContactMethod.person_id == person.id
            )
        )
    }
    added: list[CardContact] = []
    for contact in card.contacts:
        key = _key(contact.kind, contact.value)
        if key not in have:
            have.add(key)
            added.append(contact)
    if added:
        s.execute(
            insert(ContactMethod),
            [
                {"person_id": person.id, "kind": c.kind.value, "value": c.value, "label": c.label}
                for c in added
            ],
        )
    filled: list[CardField] = []
    kept: list[CardField] = []
    for name, theirs in ((CardField.NICKNAME, card.nickname), (CardField.NOTES, card.notes)):
        mine = getattr(row, name.value)
        if not theirs or theirs == mine:
            continue
        if mine:
            kept.append(name)
        else:
            setattr(row, name.value, theirs)
            filled.append(name)
    dates = {
        d.kind: d
        for d in s.scalars(select(ImportantDate).where(ImportantDate.person_id == person.id))
    }
    for name, kind, value in (
        (CardField.BIRTHDAY, DateKind.BIRTHDAY, card.birthday),
        (CardField.ANNIVERSARY, DateKind.ANNIVERSARY, card.anniversary),
    ):
        if value is None:
            continue
        year, month, day = value
        mine_date = dates.get(kind.value)
        if mine_date is None:
            s.add(
                ImportantDate(
                    person_id=person.id, kind=kind.value, label="", month=month, day=day, year=year
                )
            )
            filled.append(name)
        elif (mine_date.year, mine_date.month, mine_date.day) != value:
            kept.append(name)
    # The card is recognised as this person when the same file is read again.
    # Their own UID (the one an export writes) stays: changing it would make a new contact
    # of them in every address book that has their earlier export.
    uid = card_uid(card)
    own = row.card_uid or stable_card_uid(row.sync_id, row.id, row.created_at.isoformat())
    if uid != own and s.get(KnownCard, uid) is None:
        s.add(KnownCard(uid=uid, person_id=row.id))
    row.updated_at = now
    return MergedCard(card, person, tuple(added), tuple(filled), tuple(kept))
