"""Contacts in and out as vCards: a preview first, then one transaction or nothing."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from kith.domain.errors import QT_TRANSLATE_NOOP, KithError, ValidationError
from kith.domain.validation import MAX_NAME_LENGTH
from kith.domain.values import Circle, ContactKind, DateKind
from kith.interchange.card_dates import CardDate
from kith.interchange.errors import Remark, unreadable
from kith.interchange.vcard_read import CardFile, ContactCard, read_vcards
from kith.interchange.vcard_write import CardOut, card_text, stable_card_uid
from kith.services.card_merge import MergedCard, merge_card
from kith.services.card_ties import FileCard, card_ties, tie_cards
from kith.services.changes import Kind, change
from kith.services.contact_matching import Index, card_uid, people_index
from kith.services.context import ServiceContext
from kith.services.views import PersonRef
from kith.storage.files import atomic_text_output
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
class PossibleDuplicate:
    """A new card that resembles someone: added as a new person unless the user decides."""

    card: ContactCard
    person: PersonRef
    """Someone in Kith, or (`in_file`) an earlier card of the file, whose id is its position."""
    reason: KithError
    in_file: bool = False


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
    duplicates: tuple[PossibleDuplicate, ...] = ()
    """Every new card that resembles someone, whether added, merged or left out."""
    to_merge: tuple[PossibleDuplicate, ...] = ()
    """Possible duplicates the user chose to merge into the person shown."""

    @property
    def organisations_left_out(self) -> int:
        return sum(card.is_organisation for card in self.left_out)

    def duplicate_of(self, card: ContactCard) -> PossibleDuplicate | None:
        return next((d for d in self.duplicates if d.card.position == card.position), None)


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: tuple[PersonRef, ...]
    matched: tuple[MatchedCard, ...]
    skipped: tuple[SkippedCard, ...]
    notices: tuple[KithError, ...]
    left_out: tuple[ContactCard, ...] = ()
    duplicates: tuple[PossibleDuplicate, ...] = ()
    merged: tuple[MergedCard, ...] = ()

    @property
    def organisations_left_out(self) -> int:
        return sum(card.is_organisation for card in self.left_out)

    def _duplicate_positions(self) -> set[int]:
        return {d.card.position for d in self.duplicates}

    @property
    def duplicates_added(self) -> int:
        """Possible duplicates added as new people."""
        merged = {m.card.position for m in self.merged}
        left_out = {c.position for c in self.left_out}
        return len(self._duplicate_positions() - merged - left_out)

    @property
    def duplicates_left_out(self) -> int:
        return len(self._duplicate_positions() & {c.position for c in self.left_out})


def _choose(
    plan: ImportPreview,
    chosen: Collection[int] | None,
    skip_organisations: bool,
    merge: Collection[int] = (),
) -> ImportPreview:
    """Only the new cards chosen (by position in the file), without organisations if asked;
    the possible duplicates in `merge` go into the person they resemble instead."""
    flagged = {d.card.position: d for d in plan.duplicates}
    merge = set(merge)
    for position in sorted(merge):
        if position not in flagged:
            raise ValidationError(
                "merge",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Card %1 resembles nobody, so it cannot be merged into anyone.",
                ),
                str(position),
                code="import.merge.not_duplicate",
            )
    keep: list[ContactCard] = []
    left_out: list[ContactCard] = []
    for card in plan.to_add:
        if card.position in merge:
            continue
        wanted = chosen is None or card.position in chosen
        if skip_organisations and card.is_organisation:
            wanted = False
        (keep if wanted else left_out).append(card)
    added = {card.position for card in keep}
    for position in sorted(merge):
        duplicate = flagged[position]
        target = duplicate.person.id
        if duplicate.in_file and target not in added and target not in merge:
            raise ValidationError(
                "merge",
                QT_TRANSLATE_NOOP(
                    "Errors", "Card %1 cannot be merged into card %2: that card is left out."
                ),
                str(position),
                str(target),
                code="import.merge.into_left_out",
            )
    return replace(
        plan,
        to_add=tuple(keep),
        left_out=tuple(left_out),
        to_merge=tuple(flagged[p] for p in sorted(merge)),
    )


def _merge_all(
    s: Session, plan: ImportPreview, added: dict[int, PersonRef], now: datetime
) -> list[MergedCard]:
    """Each chosen possible duplicate into its person: someone in Kith, or the earlier card
    of the file as just added (or, if that card was merged too, whoever it went into)."""
    into: dict[int, PersonRef] = dict(added)
    merged: list[MergedCard] = []
    for duplicate in plan.to_merge:  # by position: an earlier card is placed first
        person = into[duplicate.person.id] if duplicate.in_file else duplicate.person
        into[duplicate.card.position] = person
        merged.append(merge_card(s, duplicate.card, person, now))
    return merged


def _plan(s: Session, cards: CardFile) -> ImportPreview:
    existing = people_index(s)
    # A person and an organisation are never the same card twice (the owner's mobile on the
    # shop's card is common), so leaving the organisations out never loses a person.
    in_file = {kind: Index() for kind in (False, True)}
    to_add: list[ContactCard] = []
    matched: list[MatchedCard] = []
    duplicates: list[PossibleDuplicate] = []
    skipped = [SkippedCard(p.position, p.name, p.reason) for p in cards.problems]
    for card in cards.cards:
        found = existing.same(card)
        if found is not None:
            matched.append(MatchedCard(card, found[0], found[1]))
            continue
        earlier = in_file[card.is_organisation]
        twin = earlier.same(card)
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
        # Someone in Kith is the one to merge into, so they are shown before a card of the file.
        if (like := existing.similar(card)) is not None:
            duplicates.append(PossibleDuplicate(card, like[0], like[1]))
        elif (like := earlier.similar(card)) is not None:
            duplicates.append(PossibleDuplicate(card, like[0], like[1], in_file=True))
        earlier.add(card, PersonRef(card.position, card.name))
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
        duplicates=tuple(duplicates),
    )


def _organisation(text: str) -> str:
    """An organisation as a card names it, on one line and no longer than a name."""
    return " ".join(text.split())[:MAX_NAME_LENGTH]


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
        merge: Collection[int] = (),
    ) -> ImportPreview:
        with self._ctx.db.reading() as s:
            return _choose(_plan(s, cards), chosen, skip_organisations, merge)

    def import_file(
        self,
        path: Path,
        *,
        circle: Circle = Circle.UNSORTED,
        skip_organisations: bool = False,
        merge: Collection[int] = (),
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
            merge=merge,
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
        merge: Collection[int] = (),
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportResult:
        """The new cards `chosen` (positions in the file; None: all) in one transaction;
        the possible duplicates in `merge` (positions) go into the person each resembles."""
        now = self._ctx.now()
        with self._ctx.db.writing() as s:
            plan = _choose(_plan(s, cards), chosen, skip_organisations, merge)
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
                            "organisation": _organisation(card.organisation),
                            "lean_on": False,
                            "archived": False,
                            "card_uid": card_uid(card),
                            "created_at": now,
                            "updated_at": now,
                        }
                    )
                    contacts.extend(
                        {"person_id": pid, "kind": c.kind.value, "value": c.value, "label": c.label}
                        for c in card.contacts
                    )
                    dates.extend(
                        {
                            "person_id": pid,
                            "kind": d.kind.value,
                            "label": d.label,
                            "month": d.month,
                            "day": d.day,
                            "year": d.year,
                        }
                        for d in card.dates
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
            by_position = {card.position: ref for card, ref in zip(plan.to_add, added, strict=True)}
            merged = _merge_all(s, plan, by_position, now)
            tied = tie_cards(
                s,
                [FileCard(card, ref) for card, ref in zip(plan.to_add, added, strict=True)],
                [
                    *(FileCard(m.card, m.person) for m in plan.matched),
                    *(FileCard(m.card, m.person) for m in merged),
                ],
            )
            if cancelled is not None and cancelled():
                raise ImportCancelled
        if added or merged:
            touched = [p.id for p in added] + [m.person.id for m in merged]
            kinds = (Kind.PEOPLE, Kind.TIES) if tied else (Kind.PEOPLE,)
            self._ctx.changes.emit(change(*kinds, people=[*touched, *tied]))
        if progress is not None:
            progress(1, 1)
        return ImportResult(
            added=tuple(added),
            matched=plan.matched,
            skipped=plan.skipped,
            notices=plan.notices,
            left_out=plan.left_out,
            duplicates=plan.duplicates,
            merged=tuple(merged),
        )

    # --- export ------------------------------------------------------------------

    def cards(
        self, person_ids: Sequence[int] | None = None, *, include_archived: bool = False
    ) -> list[CardOut]:
        with self._ctx.db.reading() as s:
            return list(_cards(s, person_ids, include_archived=include_archived))

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
        written = 0
        # Card by card as they are read; nobody to export leaves no file at all.
        with self._ctx.db.reading() as s, atomic_text_output(path) as out:
            for card in _cards(s, person_ids, include_archived=include_archived):
                out.write(card_text(card, version))
                written += 1
            if not written:
                raise ValidationError(
                    "people",
                    QT_TRANSLATE_NOOP("Errors", "There is nobody to export."),
                    code="export.nobody",
                )
        return written


# People are read in batches of this many, each with its own contacts and dates, so an
# export of 100,000 people holds one batch at a time.
_BATCH = 500


def _cards(
    s: Session, person_ids: Sequence[int] | None, *, include_archived: bool
) -> Iterator[CardOut]:
    query = select(
        Person.id,
        Person.card_uid,
        Person.created_at,
        Person.name,
        Person.nickname,
        Person.notes,
        Person.organisation,
        Person.sync_id,
    ).order_by(Person.name, Person.id)
    if person_ids is not None:
        query = query.where(Person.id.in_(list(person_ids)))
    elif not include_archived:
        query = query.where(Person.archived.is_(False))
    for batch in s.execute(query.execution_options(yield_per=_BATCH)).partitions():
        ids = [p.id for p in batch]
        contacts: dict[int, list[tuple[ContactKind, str, str]]] = {}
        for pid, kind, value, label in s.execute(
            select(
                ContactMethod.person_id,
                ContactMethod.kind,
                ContactMethod.value,
                ContactMethod.label,
            )
            .where(ContactMethod.person_id.in_(ids))
            .order_by(ContactMethod.id)
        ):
            contacts.setdefault(pid, []).append((ContactKind(kind), value, label))
        dates: dict[int, list[CardDate]] = {}
        # The birthday first: a card has room for one, and it is the one to keep.
        for d in s.execute(
            select(
                ImportantDate.person_id,
                ImportantDate.kind,
                ImportantDate.year,
                ImportantDate.month,
                ImportantDate.day,
                ImportantDate.label,
            )
            .where(ImportantDate.person_id.in_(ids))
            .order_by(ImportantDate.kind != DateKind.BIRTHDAY.value, ImportantDate.id)
        ):
            dates.setdefault(d.person_id, []).append(
                CardDate(DateKind(d.kind), d.year, d.month, d.day, d.label)
            )
        related = card_ties(s, ids, person_ids, include_archived=include_archived)
        for p in batch:
            yield CardOut(
                uid=p.card_uid or stable_card_uid(p.sync_id, p.id, p.created_at.isoformat()),
                name=p.name,
                nickname=p.nickname,
                contacts=tuple(contacts.get(p.id, [])),
                dates=tuple(dates.get(p.id, [])),
                notes=p.notes,
                organisation=p.organisation,
                related=related.get(p.id, ()),
            )
