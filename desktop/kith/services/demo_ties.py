"""Plausible ties and groups for the demo: couples, families, friend groups, colleagues.

About two ties per person, from a random stream of their own, so the demo's people,
interactions and meetups come out the same with or without them. Friend groups share
an interest, as real ones do, and are named after it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from kith.domain.ties import TieKind, stored_pair


@dataclass
class DemoTies:
    ties: list[dict[str, object]] = field(default_factory=list)
    groups: list[dict[str, object]] = field(default_factory=list)
    members: list[dict[str, object]] = field(default_factory=list)
    interests: list[tuple[int, str]] = field(default_factory=list)
    """(person id, interest) a friend group's members share, to add where missing."""
    _pairs: set[tuple[int, int]] = field(default_factory=set)

    def tie(self, person: int, other: int, kind: TieKind, note: str = "") -> bool:
        if person == other:
            return False
        pair = stored_pair(person, other, kind)
        if (pair.low, pair.high) in self._pairs:
            return False
        self._pairs.add((pair.low, pair.high))
        self.ties.append(
            {"person_id": pair.low, "other_id": pair.high, "kind": pair.kind.value, "note": note}
        )
        return True


_NOTES = ("met at university", "neighbours", "from the old job", "school friends", "")
_GROUP_WORDS = ("crew", "club", "group", "friends", "night")


def demo_ties(seed: int, people: int, interests: tuple[str, ...]) -> DemoTies:
    rng = random.Random(f"ties-{seed}")
    made = DemoTies()
    if people < 2:
        return made
    ids = list(range(1, people + 1))
    order = ids[:]
    rng.shuffle(order)
    # Households: couples, some with a child or two, some with a sibling.
    step = 0
    while step + 1 < len(order) * 0.3:
        a, b = order[step], order[step + 1]
        made.tie(a, b, TieKind.PARTNER)
        step += 2
        for _ in range(rng.choice((0, 0, 1, 2))):
            if step < len(order) * 0.45:
                child = order[step]
                made.tie(a, child, TieKind.PARENT)
                made.tie(b, child, TieKind.PARENT)
                step += 1
        if rng.random() < 0.3:
            made.tie(a, rng.choice(ids), TieKind.SIBLING)
        if rng.random() < 0.2:
            made.tie(b, rng.choice(ids), TieKind.FAMILY)
    # Friend groups of three to five who all know each other and share an interest.
    used: dict[str, int] = {}
    for _ in range(max(1, people // 20)):
        size = min(people, rng.choice((3, 3, 4, 5)))
        crew = rng.sample(ids, size)
        interest = rng.choice(interests)
        for n, a in enumerate(crew):
            made.interests.append((a, interest))
            for b in crew[n + 1 :]:
                made.tie(a, b, TieKind.FRIENDS, rng.choice(_NOTES))
        if len(made.groups) < 200:
            used[interest] = used.get(interest, 0) + 1
            word = _GROUP_WORDS[used[interest] % len(_GROUP_WORDS)]
            name = f"{interest.capitalize()} {word}"
            if used[interest] > len(_GROUP_WORDS):
                name += f" {used[interest] // len(_GROUP_WORDS) + 1}"
            gid = len(made.groups) + 1
            made.groups.append({"id": gid, "name": name})
            made.members.extend({"group_id": gid, "person_id": p} for p in sorted(set(crew)))
    # Colleagues and people who simply know each other, up to about two ties a person.
    while len(made.ties) < people * 2 and len(made.ties) < people * (people - 1) // 2:
        a, b = rng.choice(ids), rng.choice(ids)
        made.tie(a, b, TieKind.COLLEAGUES if rng.random() < 0.45 else TieKind.KNOW)
    return made
