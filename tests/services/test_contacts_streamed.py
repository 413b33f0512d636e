"""The vCard export is written in batches of people as they are read, and says exactly
what reading everyone at once said: the same cards, in the same order, byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from kith.domain.name_search import fold
from kith.domain.ties import TieKind, kind_from
from kith.domain.values import ContactKind, DateKind
from kith.interchange.card_dates import CardDate
from kith.interchange.card_relations import RelatedOut
from kith.interchange.vcard_write import CardOut, cards_text, stable_card_uid
from kith.services import contacts
from kith.services.app import Services
from kith.storage.schema import ContactMethod, ImportantDate, Person, Tie


def _everyone_at_once(services: Services) -> list[CardOut]:
    """The cards as they were built before: every person, contact and date in memory."""
    with services.ctx.db.reading() as s:
        people = s.scalars(
            select(Person).where(Person.archived.is_(False)).order_by(Person.name, Person.id)
        ).all()
        methods: dict[int, list[tuple[ContactKind, str, str]]] = {}
        for row in s.scalars(select(ContactMethod).order_by(ContactMethod.id)):
            methods.setdefault(row.person_id, []).append(
                (ContactKind(row.kind), row.value, row.label)
            )
        dates: dict[int, list[CardDate]] = {}
        for d in s.scalars(
            select(ImportantDate).order_by(
                ImportantDate.kind != DateKind.BIRTHDAY.value, ImportantDate.id
            )
        ):
            dates.setdefault(d.person_id, []).append(
                CardDate(DateKind(d.kind), d.year, d.month, d.day, d.label)
            )
        everyone = {p.id: p for p in s.scalars(select(Person))}
        related: dict[int, list[RelatedOut]] = {}
        for tie in s.scalars(select(Tie)):
            for me, them in ((tie.person_id, tie.other_id), (tie.other_id, tie.person_id)):
                other = everyone[them]
                if other.archived:
                    continue  # hidden, on cards too
                related.setdefault(me, []).append(
                    RelatedOut(
                        kind=kind_from(tie.person_id, TieKind(tie.kind), them),
                        name=other.name,
                        uid=other.card_uid
                        or stable_card_uid(other.sync_id, them, other.created_at.isoformat()),
                        by_uid=True,
                    )
                )
        return [
            CardOut(
                uid=p.card_uid or stable_card_uid(p.sync_id, p.id, p.created_at.isoformat()),
                name=p.name,
                nickname=p.nickname,
                contacts=tuple(methods.get(p.id, [])),
                dates=tuple(dates.get(p.id, [])),
                notes=p.notes,
                organisation=p.organisation,
                related=tuple(sorted(related.get(p.id, []), key=lambda r: (fold(r.name), r.uid))),
            )
            for p in people
        ]


def test_the_batched_export_equals_everyone_at_once(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.demo.fill(people=140, years=1, seed=4)
    monkeypatch.setattr(contacts, "_BATCH", 16)  # many batches, names across their edges
    for version in ("3.0", "4.0"):
        out = tmp_path / f"all-{version}.vcf"
        written = services.contacts.export_file(out, version=version)
        expected = _everyone_at_once(services)
        assert written == len(expected) > 16 * 3
        assert out.read_bytes().decode("utf-8") == cards_text(expected, version)
