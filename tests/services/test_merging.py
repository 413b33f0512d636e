"""Merging two people: everything of both ends up on one, choices decide, undo is exact."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from kith.domain.errors import NotFound, ValidationError
from kith.domain.merging import MergeField, Side
from kith.domain.values import Circle, ContactKind, DateKind, Mode
from kith.services.app import Services
from kith.services.changes import Change, Kind
from kith.services.views import ContactView, MeetupInput, PersonInput


def _two(services: Services) -> tuple[int, int]:
    ana = services.people.add(
        PersonInput(
            name="Ana",
            circle=Circle.CLOSE,
            interests=("climbing", "jazz"),
            notes="Moved to Bandung.",
            contacts=(
                ContactView(ContactKind.PHONE, "+62 812 3456 7890", "mobile"),
                ContactView(ContactKind.EMAIL, "ana@example.org", "home"),
            ),
            card_uid="urn:uuid:ana-phone",
        )
    ).id
    ana_b = services.people.add(
        PersonInput(
            name="Ana B.",
            nickname="Nana",
            organisation="Studio Norte",
            circle=Circle.UNSORTED,
            interests=("jazz", "board games"),
            lean_on=True,
            contacts=(
                # The same number written the national way: one phone, not two.
                ContactView(ContactKind.PHONE, "0812-3456-7890", "home"),
                ContactView(ContactKind.PHONE, "+62 21 555 0101", "work"),
                ContactView(ContactKind.EMAIL, "ANA@example.org", ""),
                ContactView(ContactKind.EMAIL, "ana.b@work.example", "work"),
            ),
            birthday=(1990, 3, 14),
            card_uid="urn:uuid:ana-laptop",
        )
    ).id
    return ana, ana_b


def _history(services: Services, ana: int, ana_b: int, ben: int) -> None:
    services.interactions.log([ana], Mode.IN_PERSON, date(2026, 10, 1))
    services.interactions.log([ana_b], Mode.IN_PERSON, date(2026, 11, 10))
    services.interactions.log([ana_b, ben], Mode.CALL, date(2026, 11, 20))
    services.interactions.log([ana, ana_b], Mode.MESSAGE, date(2026, 11, 21))
    services.meetups.plan(
        MeetupInput(title="Climbing", person_ids=(ana, ana_b), starts_at=datetime(2026, 12, 5, 9))
    )
    services.meetups.plan(
        MeetupInput(
            title="Jazz night", person_ids=(ana_b, ben), starts_at=datetime(2026, 12, 9, 19)
        )
    )
    services.follow_ups.add(ana, "Ask about the move")
    services.follow_ups.add(ana_b, "Return the book")
    services.people.add_date(ana_b, DateKind.ANNIVERSARY, 6, 1, 2015, "Wedding anniversary")


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return sorted(line for line in conn.iterdump())


def test_merge_combines_everything_of_both(services: Services) -> None:
    ana, ana_b = _two(services)
    ben = services.people.add(PersonInput(name="Ben")).id
    _history(services, ana, ana_b, ben)

    preview = services.merging.preview(ana, ana_b)
    assert preview.combined.interactions == 4
    assert preview.combined.meetups == 2
    assert preview.combined.phones == 2
    assert preview.combined.emails == 2

    services.merging.merge(ana, ana_b)

    assert [p.name for p in services.people.list()] == ["Ana", "Ben"]
    detail = services.people.detail(ana)
    assert detail.interaction_count == 4
    # The message both were part of is still one message, with one attendance.
    message = next(i for i in detail.interactions if i.mode == Mode.MESSAGE)
    assert [p.name for p in message.people] == ["Ana"]
    # Last seen comes from the other's in-person meeting, the latest of the two.
    assert detail.summary.last_in_person == date(2026, 11, 10)
    assert sorted(detail.summary.interests) == ["board games", "climbing", "jazz"]
    assert sorted((c.kind, c.value, c.label) for c in detail.contacts) == [
        (ContactKind.EMAIL, "ana.b@work.example", "work"),
        (ContactKind.EMAIL, "ana@example.org", "home"),
        (ContactKind.PHONE, "+62 21 555 0101", "work"),
        (ContactKind.PHONE, "+62 812 3456 7890", "mobile"),
    ]
    assert {f.text for f in detail.follow_ups} == {"Ask about the move", "Return the book"}
    assert {(d.kind, d.label) for d in detail.dates} == {
        (DateKind.BIRTHDAY, ""),
        (DateKind.ANNIVERSARY, "Wedding anniversary"),
    }
    meetups = services.meetups.list()
    assert sorted((m.title, tuple(p.name for p in m.people)) for m in meetups) == [
        ("Climbing", ("Ana",)),
        ("Jazz night", ("Ana", "Ben")),
    ]
    with pytest.raises(NotFound):
        services.people.summary(ana_b)


def test_defaults_keep_the_kept_persons_values_and_fill_the_empty_ones(
    services: Services,
) -> None:
    ana, ana_b = _two(services)
    services.merging.merge(ana, ana_b)
    person = services.people.summary(ana)
    assert person.name == "Ana"
    assert person.circle == Circle.CLOSE  # unsorted is no value to win with
    assert person.nickname == "Nana"  # the kept one had none
    assert services.people.detail(ana).organisation == "Studio Norte"
    assert person.lean_on is True
    assert services.people.detail(ana).notes == "Moved to Bandung."


def test_choices_take_the_other_persons_values(services: Services) -> None:
    ana, ana_b = _two(services)
    services.people.add_date(ana, DateKind.BIRTHDAY, 3, 15, 1990)
    preview = services.merging.preview(ana, ana_b)
    assert preview.defaults[MergeField.NAME] == Side.KEEP
    assert preview.defaults[MergeField.BIRTHDAY] == Side.KEEP

    services.merging.merge(
        ana, ana_b, {MergeField.NAME: Side.OTHER, MergeField.BIRTHDAY: Side.OTHER}
    )
    person = services.people.detail(ana)
    assert person.summary.name == "Ana B."
    birthdays = [d for d in person.dates if d.kind == DateKind.BIRTHDAY]
    assert [(d.month, d.day) for d in birthdays] == [(3, 14)]


def test_one_change_names_both_people(services: Services) -> None:
    ana, ana_b = _two(services)
    seen: list[Change] = []
    services.changes.subscribe(seen.append)
    services.merging.merge(ana, ana_b)
    assert len(seen) == 1
    assert seen[0].touches(Kind.PEOPLE) and seen[0].people == {ana, ana_b}


def test_same_person_twice_or_unknown_is_refused_and_nothing_changes(
    services: Services, empty_db: Path
) -> None:
    ana, _ana_b = _two(services)
    before = _dump(empty_db)
    with pytest.raises(ValidationError) as same:
        services.merging.merge(ana, ana)
    assert same.value.code == "person.merge.same"
    assert "Ana cannot be merged with themselves." in same.value.message
    with pytest.raises(NotFound):
        services.merging.merge(ana, 999_999)
    assert _dump(empty_db) == before


def test_undo_gives_back_exactly_what_was_there(services: Services, empty_db: Path) -> None:
    ana, ana_b = _two(services)
    ben = services.people.add(PersonInput(name="Ben")).id
    _history(services, ana, ana_b, ben)
    before = _dump(empty_db)

    record = services.merging.merge(ana, ana_b, {MergeField.NAME: Side.OTHER})
    assert _dump(empty_db) != before
    services.merging.unmerge(record)

    assert _dump(empty_db) == before
    assert services.people.summary(ana_b).name == "Ana B."


def test_undo_is_refused_once_the_merged_person_changed(services: Services) -> None:
    ana, ana_b = _two(services)
    record = services.merging.merge(ana, ana_b)
    services.follow_ups.add(ana, "Written after the merge")
    with pytest.raises(ValidationError) as refused:
        services.merging.unmerge(record)
    assert refused.value.code == "person.merge.changed"
    assert [f.text for f in services.people.detail(ana).follow_ups] == ["Written after the merge"]


def test_both_notes_are_kept_when_asked_the_kept_ones_first(services: Services) -> None:
    ana, ana_b = _two(services)
    services.people.update(ana_b, PersonInput(name="Ana B.", notes="Allergic to peanuts."))
    preview = services.merging.preview(ana, ana_b)
    assert preview.defaults[MergeField.NOTES] == Side.KEEP
    services.merging.merge(ana, ana_b, {MergeField.NOTES: Side.BOTH})
    assert services.people.detail(ana).notes == "Moved to Bandung.\n\nAllergic to peanuts."


def test_both_is_no_choice_for_a_name(services: Services) -> None:
    ana, ana_b = _two(services)
    services.merging.merge(ana, ana_b, {MergeField.NAME: Side.BOTH})
    assert services.people.summary(ana).name == "Ana"
