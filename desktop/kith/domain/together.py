"""Who to see together: due people who know each other and share an interest first,
partners who are both due next, then anyone due who shares an interest.

"Knowing each other" is a tie between them or a group they are both in. Nobody is ever
ranked by how many people they know: a group is preferred for being made of people who
know one another, and larger groups of them before smaller.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from kith.domain.interests import DuePerson, GroupSuggestion, suggest_groups

_CLIQUE_POOL = 60
"""The most pressing people of one interest that acquainted groups are looked for among:
enough for a handful of ideas, and a bound on the work at any size."""


@dataclass(frozen=True, slots=True)
class Acquaintance:
    """Who knows whom among the people concerned."""

    pairs: frozenset[tuple[int, int]] = frozenset()
    """Tied pairs, the lower id first."""
    partners: frozenset[tuple[int, int]] = frozenset()
    """Pairs tied as partners, the lower id first."""
    groups: Mapping[int, frozenset[int]] = field(default_factory=dict)
    """Each person's groups."""

    def know(self, a: int, b: int) -> bool:
        if (min(a, b), max(a, b)) in self.pairs:
            return True
        return not self.groups.get(a, frozenset()).isdisjoint(self.groups.get(b, frozenset()))

    @property
    def empty(self) -> bool:
        return not self.pairs and not self.groups


def _acquainted(
    by_interest: Mapping[str, list[DuePerson]], known: Acquaintance, min_size: int, max_size: int
) -> list[GroupSuggestion]:
    """For each interest, groups of people who all know one another, found greedily in
    pressing order (each person in one group per interest)."""
    found: list[GroupSuggestion] = []
    for tag, members in by_interest.items():
        left = members[:_CLIQUE_POOL]
        while len(left) >= min_size:
            group = [left[0]]
            for person in left[1:]:
                if len(group) < max_size and all(
                    known.know(person.person_id, m.person_id) for m in group
                ):
                    group.append(person)
            taken = {m.person_id for m in group}
            left = [m for m in left if m.person_id not in taken]
            if len(group) >= min_size:
                found.append(
                    GroupSuggestion(
                        interest=tag,
                        person_ids=tuple(m.person_id for m in group),
                        names=tuple(m.name for m in group),
                        acquainted=True,
                    )
                )
    found.sort(key=lambda g: (-len(g.person_ids), g.interest))
    return found


def _couples(due: Sequence[DuePerson], known: Acquaintance) -> list[GroupSuggestion]:
    """Partners who are both due, the most pressing couple first."""
    place = {p.person_id: n for n, p in enumerate(due)}
    couples = []
    for low, high in known.partners:
        if low in place and high in place:
            first, second = sorted(
                (due[place[low]], due[place[high]]), key=lambda p: place[p.person_id]
            )
            shared = [t for t in first.shared if t in second.shared]
            couples.append(
                (
                    place[first.person_id],
                    GroupSuggestion(
                        interest=shared[0] if shared else "",
                        person_ids=(first.person_id, second.person_id),
                        names=(first.name, second.name),
                        partners=True,
                    ),
                )
            )
    return [g for _, g in sorted(couples, key=lambda c: c[0])]


def suggest_together(
    pressing: Sequence[DuePerson],
    known: Acquaintance,
    *,
    due: Sequence[DuePerson] = (),
    min_size: int = 2,
    max_size: int = 6,
    limit: int = 5,
) -> list[GroupSuggestion]:
    """Group ideas for Today. `pressing` are the due people who share an interest with
    you, most pressing first; `due` everyone due in that order (for partners, who need
    no shared interest). Without ties or groups, exactly `suggest_groups`."""
    plain = suggest_groups(pressing, min_size=min_size, max_size=max_size, limit=limit)
    if known.empty:
        return plain
    by_interest: dict[str, list[DuePerson]] = {}
    for person in pressing:
        for tag in person.shared:
            by_interest.setdefault(tag, []).append(person)
    ordered: Iterable[GroupSuggestion] = (
        *_acquainted(by_interest, known, min_size, max_size),
        *_couples(due or pressing, known),
        *plain,
    )
    chosen: list[GroupSuggestion] = []
    covered: list[set[int]] = []
    for group in ordered:
        ids = set(group.person_ids)
        if any(ids <= earlier for earlier in covered):
            continue
        covered.append(ids)
        chosen.append(group)
        if len(chosen) >= limit:
            break
    return chosen
