"""Ties read from and written to vCards.

On import, a relation a new card names becomes a tie when it points at someone: a card of
the same file (by UID, or by a name only one card has) or someone already in Kith (by a
card UID they are known by, or a name only one person has). One nobody matches is kept
as a line of the person's notes, so nothing the card said is lost.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import insert, or_, select
from sqlalchemy.orm import Session, aliased

from kith.domain import validation as v
from kith.domain.merging import joined
from kith.domain.name_search import fold
from kith.domain.ties import TieKind, kind_from, stored_pair
from kith.interchange.card_relations import CardRelation, RelatedOut
from kith.interchange.vcard_read import ContactCard
from kith.interchange.vcard_write import stable_card_uid
from kith.services.views import PersonRef
from kith.storage.schema import KnownCard, Person, Tie


@dataclass(frozen=True, slots=True)
class FileCard:
    """A card of the file and the person it is now (added, matched or merged into)."""

    card: ContactCard
    person: PersonRef


def card_ties(
    s: Session,
    ids: Sequence[int],
    exported: Sequence[int] | None,
    *,
    include_archived: bool,
) -> dict[int, tuple[RelatedOut, ...]]:
    """The ties of the people `ids` as card lines: each other person's UID and name, and
    whether their card is in the same export (`exported`: the ids chosen, None: everyone)."""
    other = aliased(Person)
    chosen = None if exported is None else set(exported)
    related: dict[int, list[RelatedOut]] = {}
    for side, far in ((Tie.person_id, Tie.other_id), (Tie.other_id, Tie.person_id)):
        rows = s.execute(
            select(side, Tie.person_id, Tie.kind, other.id, other.name, other.card_uid)
            .add_columns(other.created_at, other.archived, other.sync_id)
            .join(other, other.id == far)
            .where(side.in_(list(ids)))
        )
        for pid, low, kind, oid, name, uid, created, archived, sync_id in rows:
            if archived and not include_archived and (chosen is None or oid not in chosen):
                continue  # an archived person's ties stay hidden, on cards too
            in_file = oid in chosen if chosen is not None else include_archived or not archived
            related.setdefault(pid, []).append(
                RelatedOut(
                    kind=kind_from(low, TieKind(kind), oid),
                    name=name,
                    uid=uid or stable_card_uid(sync_id, oid, created.isoformat()),
                    by_uid=in_file,
                )
            )
    return {
        pid: tuple(sorted(found, key=lambda r: (fold(r.name), r.uid)))
        for pid, found in related.items()
    }


def tie_cards(s: Session, added: Sequence[FileCard], others: Iterable[FileCard]) -> set[int]:
    """Ties for the relations of the `added` cards; `others` are the file's cards already in
    Kith. Returns the people whose ties or notes changed."""
    if not any(f.card.related for f in added):
        return set()
    in_file = [*added, *others]
    by_uid = {f.card.uid: f.person.id for f in in_file if f.card.uid}
    by_name: dict[str, set[int]] = {}
    for f in in_file:
        by_name.setdefault(fold(f.card.name), set()).add(f.person.id)
    tied = _tied_pairs(s, {f.person.id for f in added})
    touched: set[int] = set()
    for f in added:
        lines = []
        for relation in f.card.related:
            target = _target(s, relation, by_uid, by_name)
            if target is None:
                lines.append(_note_line(relation))
                continue
            if target == f.person.id:
                continue
            # The relation says what the one named is to the card's person.
            pair = stored_pair(target, f.person.id, relation.kind)
            if (pair.low, pair.high) in tied:
                continue
            tied.add((pair.low, pair.high))
            s.execute(
                insert(Tie).values(
                    person_id=pair.low,
                    other_id=pair.high,
                    kind=pair.kind.value,
                    note=relation.note,
                )
            )
            touched |= {pair.low, pair.high}
        if lines:
            row = s.get(Person, f.person.id)
            assert row is not None
            row.notes = v.clean_note(joined(row.notes, "\n".join(lines)), "notes")
            touched.add(f.person.id)
    return touched


def _note_line(relation: CardRelation) -> str:
    said = relation.note or relation.kind.value
    return f"Related: {relation.shown} ({said})"


def _tied_pairs(s: Session, people: set[int]) -> set[tuple[int, int]]:
    ids = list(people)
    rows = s.execute(
        select(Tie.person_id, Tie.other_id).where(
            or_(Tie.person_id.in_(ids), Tie.other_id.in_(ids))
        )
    )
    return {(low, high) for low, high in rows}


def _target(
    s: Session,
    relation: CardRelation,
    by_uid: dict[str, int],
    by_name: dict[str, set[int]],
) -> int | None:
    if relation.uid:
        if relation.uid in by_uid:
            return by_uid[relation.uid]
        found = s.scalar(select(Person.id).where(Person.card_uid == relation.uid))
        if found is None:
            found = s.scalar(select(KnownCard.person_id).where(KnownCard.uid == relation.uid))
        return found
    key = fold(relation.name)
    named = by_name.get(key, set())
    if len(named) == 1:
        return next(iter(named))
    if named:
        return None  # two cards of that name: no guessing
    kith = [
        pid
        for pid, name in s.execute(
            select(Person.id, Person.name).where(
                Person.archived.is_(False), Person.name == relation.name
            )
        )
        if fold(name) == key
    ]
    return kith[0] if len(kith) == 1 else None


__all__ = ["FileCard", "card_ties", "tie_cards"]
