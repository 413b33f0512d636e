"""Merging two people into one: which of their own facts differ, and whose wins by default.

Pure rules on plain values; the services read both people, ask these, and write the result.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from kith.domain.values import Circle


class MergeField(StrEnum):
    """A fact a person has once, so merging two of them means choosing one side.

    The value names the person's column, except for the birthday (a yearly date).
    The one list of them: a new column worth choosing between is one more line here.
    """

    NAME = "name"
    NICKNAME = "nickname"
    ORGANISATION = "organisation"
    CIRCLE = "circle"
    RHYTHM = "rhythm_days"
    LEAN_ON = "lean_on"
    NOTES = "notes"
    BIRTHDAY = "birthday"


class Side(StrEnum):
    KEEP = "keep"
    """The person who stays, with their id."""
    OTHER = "other"
    """The person merged into them, who disappears."""
    BOTH = "both"
    """Both values, the kept person's first: only for the fields in `JOINABLE`."""


JOINABLE = frozenset({MergeField.NOTES})
"""Fields whose two values can be kept together rather than one chosen."""


FieldValues = Mapping[MergeField, object]
"""A person's value of each field; None, "", False and Unsorted count as empty."""


def is_empty(field: MergeField, value: object) -> bool:
    if field == MergeField.CIRCLE:
        return value in (None, Circle.UNSORTED, Circle.UNSORTED.value)
    return value is None or value == "" or value is False


def conflicts(keep: FieldValues, other: FieldValues) -> list[MergeField]:
    """The fields whose values differ, in the order of `MergeField`."""
    return [field for field in MergeField if keep.get(field) != other.get(field)]


def default_side(field: MergeField, keep: object, other: object) -> Side:
    """The kept person's value, unless theirs is empty and the other's is not."""
    if is_empty(field, keep) and not is_empty(field, other):
        return Side.OTHER
    return Side.KEEP


def choose(
    keep: FieldValues, other: FieldValues, choices: Mapping[MergeField, Side] | None = None
) -> dict[MergeField, Side]:
    """Each differing field's side: the one asked for (both only where joinable), or the
    default."""
    asked = {
        field: side
        for field, side in (choices or {}).items()
        if side != Side.BOTH or field in JOINABLE
    }
    return {
        field: asked.get(field) or default_side(field, keep.get(field), other.get(field))
        for field in conflicts(keep, other)
    }


def joined(keep: str, other: str) -> str:
    """Two notes kept together: the kept person's, a blank line, the other's."""
    return "\n\n".join(text for text in (keep.strip(), other.strip()) if text)


__all__ = [
    "JOINABLE",
    "FieldValues",
    "MergeField",
    "Side",
    "choose",
    "conflicts",
    "default_side",
    "is_empty",
    "joined",
]
