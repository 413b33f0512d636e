"""Ties and groups: one fact read from both sides, hidden with the archived, combined by a
merge and put back by its undo."""

from __future__ import annotations

import pytest

from kith.domain.errors import NotFound, ValidationError
from kith.domain.ties import TieKind
from kith.domain.values import Circle
from kith.services.app import Services
from kith.services.changes import Change, Kind
from kith.services.views import PersonInput


def _people(services: Services, *names: str) -> list[int]:
    return [services.people.add(PersonInput(name=n, circle=Circle.CLOSE)).id for n in names]


def _read(services: Services, person_id: int) -> list[tuple[str, TieKind, str]]:
    return [(t.other.name, t.kind, t.note) for t in services.ties.ties_of(person_id)]


def test_a_tie_is_one_fact_read_right_from_both_sides(services: Services) -> None:
    ana, ben, chloe = _people(services, "Ana", "Ben", "Chloé")
    seen: list[Change] = []
    services.changes.subscribe(seen.append)
    # Ana is Chloé's parent, stored with the lower id first either way.
    services.ties.tie(ana, chloe, TieKind.PARENT, "  proud  ")
    services.ties.tie(chloe, ben, TieKind.PARTNER)
    assert _read(services, ana) == [("Chloé", TieKind.CHILD, "proud")]
    assert _read(services, chloe) == [
        ("Ana", TieKind.PARENT, "proud"),
        ("Ben", TieKind.PARTNER, ""),
    ]
    assert _read(services, ben) == [("Chloé", TieKind.PARTNER, "")]
    assert seen[0].kinds == {Kind.TIES} and seen[0].people == {ana, chloe}
    # One tie per pair: tying them again changes the tie, and says what it was.
    before = services.ties.tie(chloe, ana, TieKind.FAMILY, "aunt")
    assert before is not None and before.kind == TieKind.PARENT
    assert _read(services, ana) == [("Chloé", TieKind.FAMILY, "aunt")]
    # Undoing puts back exactly what was there.
    services.ties.put_back(before, chloe, ana)
    assert _read(services, chloe)[0] == ("Ana", TieKind.PARENT, "proud")
    removed = services.ties.untie(ben, chloe)
    assert removed is not None and _read(services, ben) == []
    assert services.ties.untie(ben, chloe) is None


def test_nobody_is_tied_to_themselves_or_to_no_one(services: Services) -> None:
    (ana,) = _people(services, "Ana")
    with pytest.raises(ValidationError) as refused:
        services.ties.tie(ana, ana, TieKind.FRIENDS)
    assert refused.value.code == "tie.self"
    with pytest.raises(NotFound):
        services.ties.tie(ana, ana + 100, TieKind.FRIENDS)
    with pytest.raises(ValidationError) as long_note:
        services.ties.tie(ana, ana + 100, TieKind.FRIENDS, "x" * 501)
    assert long_note.value.code == "tie.note.too_long"
    assert services.ties.ties_of(ana) == ()


def test_archived_people_keep_their_ties_hidden_and_deleted_people_lose_them(
    services: Services,
) -> None:
    ana, ben, chloe = _people(services, "Ana", "Ben", "Chloé")
    services.ties.tie(ana, ben, TieKind.FRIENDS)
    services.ties.tie(ana, chloe, TieKind.SIBLING)
    group = services.ties.add_group("Climbing crew", [ana, ben, chloe])
    services.people.archive(ben)
    assert [t.other.name for t in services.ties.ties_of(ana)] == ["Chloé"]
    assert [m.name for m in services.ties.group(group.id).members] == ["Ana", "Chloé"]
    assert {(line.low, line.high) for line in services.ties.lines()} == {(ana, chloe)}
    services.people.restore(ben)
    assert [t.other.name for t in services.ties.ties_of(ana)] == ["Ben", "Chloé"]
    services.people.delete(chloe)
    assert [t.other.name for t in services.ties.ties_of(ana)] == ["Ben"]
    assert [m.name for m in services.ties.group(group.id).members] == ["Ana", "Ben"]


def test_groups_are_named_once_renamed_refilled_and_removed_undoably(services: Services) -> None:
    ana, ben, chloe = _people(services, "Ana", "Ben", "Chloé")
    crew = services.ties.add_group("  Climbing   crew ", [ben, ana])
    assert crew.name == "Climbing crew" and [m.name for m in crew.members] == ["Ana", "Ben"]
    with pytest.raises(ValidationError) as taken:
        services.ties.add_group("climbing CREW")
    assert taken.value.code == "group.name.taken"
    with pytest.raises(ValidationError):
        services.ties.add_group("   ")
    assert services.ties.rename_group(crew.id, "Boulderers") == "Climbing crew"
    assert services.ties.find_group("boulderers").id == crew.id
    assert services.ties.set_members(crew.id, [chloe]) == (ana, ben)
    services.ties.join(crew.id, ana)
    assert [g.name for g in services.ties.groups_of(ana)] == ["Boulderers"]
    record = services.ties.remove_group(crew.id)
    assert services.ties.groups() == []
    services.ties.restore_group(record)
    assert [m.name for m in services.ties.group(crew.id).members] == ["Ana", "Chloé"]


def test_a_merge_combines_ties_without_duplicates_and_its_undo_restores_them(
    services: Services,
) -> None:
    ana, ana_b, ben, chloe, dan = _people(services, "Ana", "Ana B.", "Ben", "Chloé", "Dan")
    services.ties.tie(ana, ben, TieKind.FRIENDS, "school")
    services.ties.tie(ana_b, ben, TieKind.COLLEAGUES)  # the same pair once merged: Ana's stays
    services.ties.tie(ana_b, chloe, TieKind.PARENT)
    services.ties.tie(ana, ana_b, TieKind.KNOW)  # would tie Ana to herself: gone
    services.ties.tie(dan, ana_b, TieKind.PARTNER)
    crew = services.ties.add_group("Crew", [ana, ana_b, dan])
    book = services.ties.add_group("Book club", [ana_b])
    combined = services.merging.preview(ana, ana_b).combined
    assert (combined.ties, combined.groups) == (3, 2)  # Ben, Chloé, Dan; Crew, Book club
    record = services.merging.merge(ana, ana_b)
    assert _read(services, ana) == [
        ("Ben", TieKind.FRIENDS, "school"),
        ("Chloé", TieKind.CHILD, ""),
        ("Dan", TieKind.PARTNER, ""),
    ]
    assert _read(services, chloe) == [("Ana", TieKind.PARENT, "")]
    assert [m.name for m in services.ties.group(crew.id).members] == ["Ana", "Dan"]
    assert [m.name for m in services.ties.group(book.id).members] == ["Ana"]
    services.merging.unmerge(record)
    assert _read(services, ana) == [
        ("Ana B.", TieKind.KNOW, ""),
        ("Ben", TieKind.FRIENDS, "school"),
    ]
    assert _read(services, ana_b) == [
        ("Ana", TieKind.KNOW, ""),
        ("Ben", TieKind.COLLEAGUES, ""),
        ("Chloé", TieKind.CHILD, ""),
        ("Dan", TieKind.PARTNER, ""),
    ]
    assert [m.name for m in services.ties.group(crew.id).members] == ["Ana", "Ana B.", "Dan"]
    assert [m.name for m in services.ties.group(book.id).members] == ["Ana B."]
