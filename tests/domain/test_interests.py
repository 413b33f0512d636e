"""Shared interests and suggestions that group due people around one."""

from kith.domain.interests import DuePerson, join_names, shared_interests, suggest_groups


def test_shared_interests_keep_the_persons_order_and_ignore_case() -> None:
    assert shared_interests(["jazz", "Climbing"], ["cooking", "climbing", "jazz"]) == [
        "climbing",
        "jazz",
    ]
    assert shared_interests([], ["jazz"]) == []


def test_due_people_sharing_an_interest_are_grouped_biggest_first() -> None:
    due = [
        DuePerson(1, "Ana", ("climbing",)),
        DuePerson(2, "Ben", ("climbing", "jazz")),
        DuePerson(3, "Chloé", ("climbing",)),
        DuePerson(4, "Dmitri", ("jazz",)),
        DuePerson(5, "Eun-ji", ()),
    ]
    groups = suggest_groups(due)
    assert [(g.interest, g.names) for g in groups] == [
        ("climbing", ("Ana", "Ben", "Chloé")),
        ("jazz", ("Ben", "Dmitri")),
    ]
    assert groups[0].describe() == (
        "Three people you'd like to see share climbing: Ana, Ben and Chloé"
    )


def test_a_lone_person_is_no_group_and_subsets_are_not_repeated() -> None:
    assert suggest_groups([DuePerson(1, "Ana", ("chess",))]) == []
    due = [DuePerson(1, "Ana", ("chess", "go")), DuePerson(2, "Ben", ("chess", "go"))]
    assert [g.interest for g in suggest_groups(due)] == ["chess"]


def test_groups_keep_the_most_pressing_people_when_capped() -> None:
    due = [DuePerson(i, f"P{i}", ("tea",)) for i in range(10)]
    (group,) = suggest_groups(due, max_size=4)
    assert group.person_ids == (0, 1, 2, 3)


def test_join_names_reads_naturally() -> None:
    assert join_names(["Ana"]) == "Ana"
    assert join_names(["Ana", "Ben"]) == "Ana and Ben"
