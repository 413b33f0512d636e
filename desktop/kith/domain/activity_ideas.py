"""Which of your interests the people of a meetup share, to suggest something to do."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SharedInterest:
    interest: str
    people: int
    """How many of the chosen people share it with you."""


def shared_with_group(
    mine: Iterable[str], people_interests: Sequence[Iterable[str]], limit: int = 6
) -> list[SharedInterest]:
    """Your interests that at least one chosen person has, most shared first, then by name."""
    own = {tag.casefold(): tag for tag in mine}
    counts: dict[str, int] = {}
    for interests in people_interests:
        for tag in {t.casefold() for t in interests}:
            if tag in own:
                counts[tag] = counts.get(tag, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [SharedInterest(own[tag], count) for tag, count in ranked[:limit]]
