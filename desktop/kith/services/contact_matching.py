"""Which card is someone already there, and which only looks like someone.

A card is the same person only by its UID or, for a card without one, by its name together
with an e-mail or a phone. A shared landline, a shared name or a shared e-mail alone is not
enough (families share phones, namesakes are common): such a card is added as a new person
and flagged as a possible duplicate of the person it resembles, for the user to decide.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from kith.domain.errors import QT_TRANSLATE_NOOP
from kith.domain.values import ContactKind
from kith.interchange.contact_keys import details_uid, email_key, name_key, phone_key
from kith.interchange.errors import Remark
from kith.interchange.vcard_read import ContactCard
from kith.interchange.vcard_write import stable_card_uid
from kith.services.views import PersonRef
from kith.storage.schema import ContactMethod, KnownCard, Person


def card_uid(card: ContactCard) -> str:
    """The card's own UID, or one derived from its details when it has none."""
    if card.uid:
        return card.uid
    return details_uid(
        (
            name_key(card.name),
            card.nickname,
            sorted((c.kind.value, c.value, c.label) for c in card.contacts),
            card.birthday,
            card.anniversary,
            card.notes,
            card.organisation,
        )
    )


def _keys(card: ContactCard, kind: ContactKind) -> list[tuple[str, str]]:
    """(key, value as written) for each e-mail or phone of the card, in its order."""
    keyed = email_key if kind == ContactKind.EMAIL else phone_key
    found: list[tuple[str, str]] = []
    for contact in card.contacts:
        if contact.kind == kind and (key := keyed(contact.value)):
            found.append((key, contact.value))
    return found


@dataclass
class Index:
    """Who is there (people in Kith, or the cards read so far), by each key."""

    uids: dict[str, PersonRef] = field(default_factory=dict)
    names: dict[str, list[PersonRef]] = field(default_factory=dict)
    emails: dict[str, list[PersonRef]] = field(default_factory=dict)
    phones: dict[str, list[PersonRef]] = field(default_factory=dict)

    def same(self, card: ContactCard) -> tuple[PersonRef, Remark] | None:
        """The person this card is, by the strict rule; None if it is someone new."""
        uid = card_uid(card)
        if uid in self.uids:
            reason = (
                Remark(QT_TRANSLATE_NOOP("Errors", "the same card UID"), code="match.uid")
                if card.uid
                else Remark(QT_TRANSLATE_NOOP("Errors", "the same details"), code="match.details")
            )
            return self.uids[uid], reason
        if card.uid:
            return None  # a card with a UID is recognised by it alone
        named = {ref.id: ref for ref in self.names.get(name_key(card.name), [])}
        for key, value in _keys(card, ContactKind.EMAIL):
            for ref in self.emails.get(key, []):
                if ref.id in named:
                    return ref, Remark(
                        QT_TRANSLATE_NOOP("Errors", "the same name and the e-mail %1"),
                        value,
                        code="match.name_email",
                    )
        for key, value in _keys(card, ContactKind.PHONE):
            for ref in self.phones.get(key, []):
                if ref.id in named:
                    return ref, Remark(
                        QT_TRANSLATE_NOOP("Errors", "the same name and the phone number %1"),
                        value,
                        code="match.name_phone",
                    )
        return None

    def similar(self, card: ContactCard) -> tuple[PersonRef, Remark] | None:
        """The person this card most resembles (name, e-mail, phone), if any."""
        name_refs = self.names.get(name_key(card.name), [])
        same_name = {ref.id for ref in name_refs}
        candidates: list[tuple[PersonRef, Remark, int]] = []
        for kind, alone, with_name in (
            (
                ContactKind.PHONE,
                QT_TRANSLATE_NOOP("Errors", "same phone %1"),
                QT_TRANSLATE_NOOP("Errors", "same name and phone %1"),
            ),
            (
                ContactKind.EMAIL,
                QT_TRANSLATE_NOOP("Errors", "same e-mail %1"),
                QT_TRANSLATE_NOOP("Errors", "same name and e-mail %1"),
            ),
        ):
            refs = self.phones if kind == ContactKind.PHONE else self.emails
            for key, value in _keys(card, kind):
                for ref in refs.get(key, []):
                    if ref.id in same_name:
                        code = f"duplicate.name_{kind.value}"
                        candidates.append((ref, Remark(with_name, value, code=code), 2))
                    else:
                        code = f"duplicate.{kind.value}"
                        candidates.append((ref, Remark(alone, value, code=code), 1))
        for ref in name_refs:
            candidates.append(
                (ref, Remark(QT_TRANSLATE_NOOP("Errors", "same name"), code="duplicate.name"), 0)
            )
        if not candidates:
            return None
        ref, reason, _ = max(candidates, key=lambda c: c[2])  # first of the strongest
        return ref, reason

    def add(self, card: ContactCard, ref: PersonRef) -> None:
        self.uids.setdefault(card_uid(card), ref)
        self.names.setdefault(name_key(card.name), []).append(ref)
        for key, _ in _keys(card, ContactKind.EMAIL):
            self.emails.setdefault(key, []).append(ref)
        for key, _ in _keys(card, ContactKind.PHONE):
            self.phones.setdefault(key, []).append(ref)


def people_index(s: Session) -> Index:
    """Everyone in Kith; a person never exported or imported is known by the UID an
    export would give them, so Kith's own export read back is recognised."""
    index = Index()
    people: dict[int, PersonRef] = {}
    for pid, name, uid, created_at, sync_id in s.execute(
        select(Person.id, Person.name, Person.card_uid, Person.created_at, Person.sync_id)
    ):
        ref = people[pid] = PersonRef(pid, name)
        index.uids.setdefault(uid or stable_card_uid(sync_id, pid, created_at.isoformat()), ref)
        index.names.setdefault(name_key(name), []).append(ref)
    # Cards merged into someone, and the cards of people merged with them, still mean them.
    for uid, pid in s.execute(select(KnownCard.uid, KnownCard.person_id)):
        index.uids.setdefault(uid, people[pid])
    for pid, kind, value in s.execute(
        select(ContactMethod.person_id, ContactMethod.kind, ContactMethod.value)
    ):
        if kind == ContactKind.EMAIL.value and (key := email_key(value)):
            index.emails.setdefault(key, []).append(people[pid])
        elif kind == ContactKind.PHONE.value and (key := phone_key(value)):
            index.phones.setdefault(key, []).append(people[pid])
    return index
