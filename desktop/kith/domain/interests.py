"""Shared interests, and suggestions that bring due people together around one."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


def shared_interests(mine: Iterable[str], theirs: Sequence[str]) -> list[str]:
    """A person's interests that you also have, in the person's order.

    Pass `mine` as a frozenset of casefolded tags when calling this for many people.
    """
    if not theirs:
        return []
    own = mine if isinstance(mine, frozenset) else frozenset(t.casefold() for t in mine)
    return [tag for tag in theirs if tag.casefold() in own]


@dataclass(frozen=True, slots=True)
class GroupSuggestion:
    interest: str
    """The interest they share; empty for partners who share none."""
    person_ids: tuple[int, ...]
    names: tuple[str, ...]
    acquainted: bool = False
    """They all know each other (a tie or a group between every two of them)."""
    partners: bool = False
    """Two partners who are both due."""

    def describe(self) -> str:
        """English sentence for the CLI; the GUI builds its own translated one."""
        if self.partners:
            shared = f" and both like {self.interest}" if self.interest else ""
            return f"{join_names(self.names)} are partners{shared}; both would be good to see"
        if self.acquainted:
            every = "both" if len(self.names) == 2 else "all"
            return f"{join_names(self.names)} know each other and {every} like {self.interest}"
        count = len(self.names)
        words = {2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six"}
        lead = words.get(count, str(count))
        return f"{lead} people you'd like to see share {self.interest}: {join_names(self.names)}"


def join_names(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


@dataclass(frozen=True, slots=True)
class DuePerson:
    """What suggestion-making needs to know of a person who is due."""

    person_id: int
    name: str
    shared: tuple[str, ...]


def suggest_groups(
    due: Sequence[DuePerson],
    *,
    min_size: int = 2,
    max_size: int = 6,
    limit: int = 5,
) -> list[GroupSuggestion]:
    """Group due people by a shared interest, biggest groups first.

    `due` is ordered most pressing first, so each group keeps its most overdue people.
    A group whose people are all inside a group already suggested is dropped: it adds
    nothing new for the user to act on.
    """
    by_interest: dict[str, list[DuePerson]] = {}
    for person in due:
        for tag in person.shared:
            by_interest.setdefault(tag, []).append(person)
    ranked = sorted(
        (
            (tag, members[:max_size])
            for tag, members in by_interest.items()
            if len(members) >= min_size
        ),
        key=lambda item: (-len(item[1]), item[0]),
    )
    chosen: list[GroupSuggestion] = []
    covered: list[set[int]] = []
    for tag, members in ranked:
        ids = {m.person_id for m in members}
        if any(ids <= earlier for earlier in covered):
            continue
        covered.append(ids)
        chosen.append(
            GroupSuggestion(
                interest=tag,
                person_ids=tuple(m.person_id for m in members),
                names=tuple(m.name for m in members),
            )
        )
        if len(chosen) >= limit:
            break
    return chosen
