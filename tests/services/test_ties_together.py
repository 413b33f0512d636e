"""Together on Today: people who know each other and share an interest come first, and
partners who are both due are suggested together; nobody is listed for being popular."""

from __future__ import annotations

from datetime import timedelta

from kith.domain.interests import DuePerson, GroupSuggestion
from kith.domain.ties import TieKind
from kith.domain.together import Acquaintance, suggest_together
from kith.domain.values import Circle, Mode
from kith.services.app import Services
from kith.services.views import PersonInput


def _due(services: Services, name: str, days: int, interests: tuple[str, ...]) -> int:
    pid = services.people.add(PersonInput(name=name, circle=Circle.CLOSE, interests=interests)).id
    services.interactions.log([pid], Mode.IN_PERSON, services.ctx.today() - timedelta(days=days))
    return pid


def test_three_who_know_each_other_beat_three_strangers_with_the_same_interest(
    services: Services,
) -> None:
    services.profile.set_interests(["climbing"])
    # The strangers are the more overdue: without ties they would be named first.
    for name, days in (("Dan", 60), ("Eve", 59), ("Finn", 58)):
        _due(services, name, days, ("climbing",))
    ana, ben, chloe = (_due(services, n, 30, ("climbing",)) for n in ("Ana", "Ben", "Chloé"))
    before = services.tending.suggestions()
    assert before[0].names[:3] == ("Dan", "Eve", "Finn") and not before[0].acquainted
    services.ties.tie(ana, ben, TieKind.FRIENDS)
    services.ties.tie(ben, chloe, TieKind.COLLEAGUES)
    services.ties.add_group("Crag crew", [ana, chloe])  # a shared group counts too
    first = services.tending.suggestions()[0]
    assert first.acquainted and first.names == ("Ana", "Ben", "Chloé")
    assert first.describe() == "Ana, Ben and Chloé know each other and all like climbing"


def test_partners_who_are_both_due_are_suggested_together(services: Services) -> None:
    services.profile.set_interests(["jazz"])
    ana = _due(services, "Ana", 40, ())
    bruno = _due(services, "Bruno", 35, ())
    _due(services, "Carla", 50, ())
    assert services.tending.suggestions() == []
    services.ties.tie(ana, bruno, TieKind.PARTNER)
    (couple,) = services.tending.suggestions()
    assert couple.partners and couple.names == ("Ana", "Bruno") and couple.interest == ""


def test_knowing_many_people_ranks_nobody_higher() -> None:
    """A hub tied to everyone is grouped only where everyone also knows one another."""
    people = [DuePerson(n, name, ("climbing",)) for n, name in enumerate("ABCDEF", start=1)]
    hub = frozenset((1, n) for n in range(2, 7))
    plain = suggest_together(people, Acquaintance())
    assert plain == [
        GroupSuggestion("climbing", (1, 2, 3, 4, 5, 6), ("A", "B", "C", "D", "E", "F"))
    ]
    # Only pairs with the hub know each other: the ideas are pairs, none bigger for it.
    ideas = suggest_together(people, Acquaintance(pairs=hub), limit=10)
    assert all(len(g.person_ids) == 2 for g in ideas if g.acquainted)
    assert ideas[-1] == plain[0]
