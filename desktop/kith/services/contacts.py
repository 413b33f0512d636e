"""Contacts in and out as vCards: a preview first, then one transaction or nothing."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from kith.domain.errors import QT_TRANSLATE_NOOP, KithError, ValidationError
from kith.domain.values import Circle, ContactKind, DateKind
from kith.interchange.contact_keys import email_key, name_key, phone_key
from kith.interchange.errors import Remark, unreadable
from kith.interchange.vcard_read import CardFile, ContactCard, read_vcards
from kith.interchange.vcard_write import CardOut, cards_text, stable_card_uid
from kith.services.changes import Kind, change
from kith.services.context import ServiceContext
from kith.services.views import PersonRef
from kith.storage.files import write_text_atomic
from kith.storage.schema import ContactMethod, ImportantDate, Person

Progress = Callable[[int, int], None]
"""(steps done, steps in all): reading the cards, then writing them."""
Cancelled = Callable[[], bool]
_BATCH = 500


class ImportCancelled(KithError):
    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "The import was cancelled; nothing was added."),
            code="import.cancelled",
        )


@dataclass(frozen=True, slots=True)
class MatchedCard:
    card: ContactCard
    person: PersonRef
    reason: KithError


@dataclass(frozen=True, slots=True)
class SkippedCard:
    position: int
    name: str | None
    reason: KithError

    def describe(self) -> str:
        who = f" ({self.name})" if self.name else ""
        return f"Card {self.position}{who}: {self.reason.message}"


@dataclass(frozen=True, slots=True)
class ImportPreview:
    """What importing the file would do; nothing has been written."""

    to_add: tuple[ContactCard, ...]
    matched: tuple[MatchedCard, ...]
    skipped: tuple[SkippedCard, ...]
    notices: tuple[KithError, ...]
    left_out: tuple[ContactCard, ...] = ()
    """New cards the user chose not to import (unticked, or organisations left out)."""

    @property
    def organisations_left_out(self) -> int:
        return sum(card.is_organisation for card in self.left_out)


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: tuple[PersonRef, ...]
    matched: tuple[MatchedCard, ...]
    skipped: tuple[SkippedCard, ...]
    notices: tuple[KithError, ...]
    left_out: tuple[ContactCard, ...] = ()

    @property
    def organisations_left_out(self) -> int:
        return sum(card.is_organisation for card in self.left_out)


def _choose(
    plan: ImportPreview, chosen: Collection[int] | None, skip_organisations: bool
) -> ImportPreview:
    """Only the new cards chosen (by position in the file), without organisations if asked."""
    keep: list[ContactCard] = []
    left_out: list[ContactCard] = []
    for card in plan.to_add:
        wanted = chosen is None or card.position in chosen
        if skip_organisations and card.is_organisation:
            wanted = False
        (keep if wanted else left_out).append(card)
    return replace(plan, to_add=tuple(keep), left_out=tuple(left_out))


@dataclass
class _Index:
    """Who is already there, by each key a card can be recognised by."""

    uids: dict[str, PersonRef]
    emails: dict[str, PersonRef]
    phones: dict[str, PersonRef]
    names: dict[str, PersonRef]

    def match(self, card: ContactCard) -> tuple[PersonRef, Remark] | None:
        if card.uid and card.uid in self.uids:
            return self.uids[card.uid], Remark(
                QT_TRANSLATE_NOOP("Errors", "the same card UID"), code="match.uid"
            )
        for contact in card.contacts:
            if contact.kind == ContactKind.EMAIL:
                key = email_key(contact.value)
                if key and key in self.emails:
                    return self.emails[key], Remark(
                        QT_TRANSLATE_NOOP("Errors", "the e-mail %1"),
                        contact.value,
                        code="match.email",
                    )
        for contact in card.contacts:
            if contact.kind == ContactKind.PHONE:
                key = phone_key(contact.value)
                if key and key in self.phones:
                    return self.phones[key], Remark(
                        QT_TRANSLATE_NOOP("Errors", "the phone number %1"),
                        contact.value,
                        code="match.phone",
                    )
        key = name_key(card.name)
        if key in self.names:
            return self.names[key], Remark(
                QT_TRANSLATE_NOOP("Errors", "the same name"), code="match.name"
            )
        return None

    def add(self, card: ContactCard, ref: PersonRef) -> None:
        if card.uid:
            self.uids.setdefault(card.uid, ref)
        for contact in card.contacts:
            key = (
                email_key(contact.value)
                if contact.kind == ContactKind.EMAIL
                else phone_key(contact.value)
                if contact.kind == ContactKind.PHONE
                else None
            )
            if key:
                (self.emails if contact.kind == ContactKind.EMAIL else self.phones).setdefault(
                    key, ref
                )
        self.names.setdefault(name_key(card.name), ref)


def _index(s: Session) -> _Index:
    people = {pid: PersonRef(pid, name) for pid, name in s.execute(select(Person.id, Person.name))}
    index = _Index(uids={}, emails={}, phones={}, names={})
    for pid, uid in s.execute(
        select(Person.id, Person.card_uid).where(Person.card_uid.is_not(None))
    ):
        if uid:
            index.uids.setdefault(uid, people[pid])
    for pid, kind, value in s.execute(
        select(ContactMethod.person_id, ContactMethod.kind, ContactMethod.value)
    ):
        if kind == ContactKind.EMAIL.value and (key := email_key(value)):
            index.emails.setdefault(key, people[pid])
        elif kind == ContactKind.PHONE.value and (key := phone_key(value)):
            index.phones.setdefault(key, people[pid])
    for ref in people.values():
        index.names.setdefault(name_key(ref.name), ref)
    return index


def _plan(s: Session, cards: CardFile) -> ImportPreview:
    existing = _index(s)
    # A person and an organisation are never the same card twice (the owner's mobile on the
    # shop's card is common), so leaving the organisations out never loses a person.
    in_file = {kind: _Index(uids={}, emails={}, phones={}, names={}) for kind in (False, True)}
    to_add: list[ContactCard] = []
    matched: list[MatchedCard] = []
    skipped = [SkippedCard(p.position, p.name, p.reason) for p in cards.problems]
    for card in cards.cards:
        found = existing.match(card)
        if found is not None:
            matched.append(MatchedCard(card, found[0], found[1]))
            continue
        twin = in_file[card.is_organisation].match(card)
        if twin is not None:
            skipped.append(
                SkippedCard(
                    card.position,
                    card.name,
                    Remark(
                        QT_TRANSLATE_NOOP("Errors", "the same person as card %1 (%2), by %3"),
                        str(twin[0].id),
                        twin[0].name,
                        twin[1],
                        code="card.twin",
                    ),
                )
            )
            continue
        in_file[card.is_organisation].add(card, PersonRef(card.position, card.name))
        to_add.append(card)
    notices = list(cards.notices)
    if cards.photos_left_out == 1:
        notices.append(
            Remark(
                QT_TRANSLATE_NOOP("Errors", "1 photo was left out: Kith keeps no pictures."),
                code="vcard.photos_left_out",
            )
        )
    elif cards.photos_left_out:
        notices.append(
            Remark(
                QT_TRANSLATE_NOOP("Errors", "%1 photos were left out: Kith keeps no pictures."),
                cards.photos_left_out,
                code="vcard.photos_left_out",
            )
        )
    return ImportPreview(
        to_add=tuple(to_add),
        matched=tuple(matched),
        skipped=tuple(sorted(skipped, key=lambda c: c.position)),
        notices=tuple(notices),
    )


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise KithError(
            QT_TRANSLATE_NOOP("Errors", "%1 is a folder, not a vCard file."),
            str(path),
            code="file.is_folder",
        ) from None
    except OSError as exc:
        raise unreadable(path, exc) from None


class ContactsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def read_file(
        self,
        path: Path,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        *,
        encoding: str | None = None,
    ) -> CardFile:
        """The cards; `encoding` reads values that name no character set with that one."""
        data = _read(path)

        def reading(done: int, total: int) -> None:
            if cancelled is not None and cancelled():
                raise ImportCancelled
            if progress is not None:
                progress(done, total * 2)

        return read_vcards(data, reading, encoding=encoding)

    def preview(
        self, path: Path, *, skip_organisations: bool = False, encoding: str | None = None
    ) -> ImportPreview:
        """Who would be added, who is already there, who is skipped and why."""
        return self.preview_cards(
            self.read_file(path, encoding=encoding), skip_organisations=skip_organisations
        )

    def preview_cards(
        self,
        cards: CardFile,
        *,
        chosen: Collection[int] | None = None,
        skip_organisations: bool = False,
    ) -> ImportPreview:
        with self._ctx.db.reading() as s:
            return _choose(_plan(s, cards), chosen, skip_organisations)

    def import_file(
        self,
        path: Path,
        *,
        circle: Circle = Circle.UNSORTED,
        skip_organisations: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        encoding: str | None = None,
    ) -> ImportResult:
        """Add everyone new in one transaction; a cancel or a failure adds nobody."""
        cards = self.read_file(path, progress, cancelled, encoding=encoding)
        return self.import_cards(
            cards,
            circle=circle,
            skip_organisations=skip_organisations,
            progress=progress,
            cancelled=cancelled,
        )

    def import_cards(
        self,
        cards: CardFile,
        *,
        circle: Circle = Circle.UNSORTED,
        chosen: Collection[int] | None = None,
        skip_organisations: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportResult:
        """The new cards `chosen` (positions in the file; None: all) in one transaction."""
        now = self._ctx.now()
        with self._ctx.db.writing() as s:
            plan = _choose(_plan(s, cards), chosen, skip_organisations)
            total = len(plan.to_add)
            first_id = int(s.scalar(select(func.max(Person.id))) or 0) + 1
            added: list[PersonRef] = []
            for start in range(0, total, _BATCH):
                if cancelled is not None and cancelled():
                    raise ImportCancelled
                batch = plan.to_add[start : start + _BATCH]
                people: list[dict[str, object]] = []
                contacts: list[dict[str, object]] = []
                dates: list[dict[str, object]] = []
                for offset, card in enumerate(batch):
                    pid = first_id + start + offset
                    people.append(
                        {
                            "id": pid,
                            "name": card.name,
                            "nickname": card.nickname,
                            "circle": circle.value,
                            "rhythm_days": None,
                            "notes": card.notes,
                            "lean_on": False,
                            "archived": False,
                            "card_uid": card.uid,
                            "created_at": now,
                            "updated_at": now,
                        }
                    )
                    contacts.extend(
                        {"person_id": pid, "kind": c.kind.value, "value": c.value, "label": c.label}
                        for c in card.contacts
                    )
                    for kind, value in (
                        (DateKind.BIRTHDAY, card.birthday),
                        (DateKind.ANNIVERSARY, card.anniversary),
                    ):
                        if value is not None:
                            year, month, day = value
                            dates.append(
                                {
                                    "person_id": pid,
                                    "kind": kind.value,
                                    "label": "",
                                    "month": month,
                                    "day": day,
                                    "year": year,
                                }
                            )
                    added.append(PersonRef(pid, card.name))
                s.execute(insert(Person), people)
                if contacts:
                    s.execute(insert(ContactMethod), contacts)
                if dates:
                    s.execute(insert(ImportantDate), dates)
                if progress is not None:
                    done = min(start + _BATCH, total)
                    progress(total + done, total * 2)
            if cancelled is not None and cancelled():
                raise ImportCancelled
        if added:
            self._ctx.changes.emit(change(Kind.PEOPLE, people=(p.id for p in added)))
        if progress is not None:
            progress(1, 1)
        return ImportResult(
            added=tuple(added),
            matched=plan.matched,
            skipped=plan.skipped,
            notices=plan.notices,
            left_out=plan.left_out,
        )

    # --- export ------------------------------------------------------------------

    def cards(
        self, person_ids: Sequence[int] | None = None, *, include_archived: bool = False
    ) -> list[CardOut]:
        with self._ctx.db.reading() as s:
            query = select(Person).order_by(Person.name, Person.id)
            if person_ids is not None:
                query = query.where(Person.id.in_(list(person_ids)))
            elif not include_archived:
                query = query.where(Person.archived.is_(False))
            people = s.scalars(query).all()
            contacts: dict[int, list[tuple[ContactKind, str, str]]] = {}
            for row in s.scalars(select(ContactMethod).order_by(ContactMethod.id)):
                contacts.setdefault(row.person_id, []).append(
                    (ContactKind(row.kind), row.value, row.label)
                )
            dates: dict[tuple[int, str], tuple[int | None, int, int]] = {}
            for d in s.scalars(select(ImportantDate).order_by(ImportantDate.id)):
                dates.setdefault((d.person_id, d.kind), (d.year, d.month, d.day))
            return [
                CardOut(
                    uid=p.card_uid or stable_card_uid(p.id, p.created_at.isoformat()),
                    name=p.name,
                    nickname=p.nickname,
                    contacts=tuple(contacts.get(p.id, [])),
                    birthday=dates.get((p.id, DateKind.BIRTHDAY.value)),
                    anniversary=dates.get((p.id, DateKind.ANNIVERSARY.value)),
                    notes=p.notes,
                )
                for p in people
            ]

    def export_file(
        self,
        path: Path,
        person_ids: Sequence[int] | None = None,
        *,
        version: str = "3.0",
        include_archived: bool = False,
    ) -> int:
        """Write the people as vCards (whole file or nothing); returns how many."""
        if version not in ("3.0", "4.0"):
            raise ValidationError(
                "version",
                QT_TRANSLATE_NOOP("Errors", "vCard %1 is not one Kith writes; use 3.0 or 4.0."),
                version,
                code="export.vcard_version",
            )
        cards = self.cards(person_ids, include_archived=include_archived)
        if not cards:
            raise ValidationError(
                "people",
                QT_TRANSLATE_NOOP("Errors", "There is nobody to export."),
                code="export.nobody",
            )
        write_text_atomic(path, cards_text(cards, version))
        return len(cards)
