"""Ties between the people in your life, and groups of them.

A tie is one fact about a pair, seen from both sides: "Ana is Ben's partner" reads the
same from Ben's page. Parent and child are the one directed kind: stored once, read as
"parent of" from one side and "child of" from the other. A pair has at most one tie, and
nobody is tied to themselves. Stored with the lower person id first (`TiePair`), so the
database can refuse a second tie for the same pair with a plain unique key.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from kith.domain.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_TIE_NOTE_LENGTH = 500
MAX_GROUP_NAME_LENGTH = 100


class TieKind(StrEnum):
    """How two people are tied, as read from the first person's side."""

    PARTNER = "partner"
    PARENT = "parent"
    """The first person is the parent of the second."""
    CHILD = "child"
    """The first person is the child of the second."""
    SIBLING = "sibling"
    FAMILY = "family"
    FRIENDS = "friends"
    COLLEAGUES = "colleagues"
    KNOW = "know"
    """They know each other, nothing more said."""

    @property
    def reversed(self) -> TieKind:
        """The same fact read from the other person's side."""
        return _REVERSED.get(self, self)

    @property
    def is_family(self) -> bool:
        return self in _FAMILY


_REVERSED = {TieKind.PARENT: TieKind.CHILD, TieKind.CHILD: TieKind.PARENT}
_FAMILY = frozenset(
    {TieKind.PARTNER, TieKind.PARENT, TieKind.CHILD, TieKind.SIBLING, TieKind.FAMILY}
)


@dataclass(frozen=True, slots=True)
class TiePair:
    """A tie as stored: the lower id first, the kind read from that first person."""

    low: int
    high: int
    kind: TieKind


def stored_pair(person_id: int, other_id: int, kind: TieKind) -> TiePair:
    """`person_id` is `kind` of `other_id`, put in the stored order (lower id first)."""
    if person_id == other_id:
        raise ValidationError(
            "other",
            QT_TRANSLATE_NOOP("Errors", "Someone cannot be tied to themselves."),
            code="tie.self",
        )
    if person_id < other_id:
        return TiePair(person_id, other_id, kind)
    return TiePair(other_id, person_id, kind.reversed)


def kind_from(pair_low: int, kind: TieKind, viewer: int) -> TieKind:
    """The kind of a stored tie as read from `viewer`'s side of it."""
    return kind if viewer == pair_low else kind.reversed


def parse_tie_kind(value: str) -> TieKind:
    normal = value.strip().lower().replace("_", "-").replace(" ", "-")
    try:
        return TieKind(normal)
    except ValueError:
        names = ", ".join(kind.value for kind in TieKind)
        raise ValidationError(
            "kind",
            QT_TRANSLATE_NOOP("Errors", "Unknown kind of tie “%1”; use one of %2."),
            value,
            names,
            code="tie.kind.unknown",
        ) from None


def _one_line(text: str) -> str:
    kept = (" " if ch.isspace() else ch for ch in text)
    return " ".join("".join(ch for ch in kept if unicodedata.category(ch) != "Cc").split())


def _refuse_broken(text: str, field: str, template: str, code: str) -> None:
    # Half a character (a lone surrogate) cannot be stored or exported.
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        raise ValidationError(field, template, code=code)


def clean_tie_note(value: str | None) -> str:
    """A tie's note ("met at university") on one line; empty for none."""
    if value is None:
        return ""
    _refuse_broken(
        value,
        "note",
        QT_TRANSLATE_NOOP(
            "Errors", "The tie's note contains bytes that are not valid text (not UTF-8)."
        ),
        "tie.note.not_text",
    )
    note = _one_line(value)
    if len(note) > MAX_TIE_NOTE_LENGTH:
        raise ValidationError(
            "note",
            QT_TRANSLATE_NOOP("Errors", "The tie's note is %1 characters long; the limit is %2."),
            len(note),
            MAX_TIE_NOTE_LENGTH,
            code="tie.note.too_long",
        )
    return note


def clean_group_name(value: str) -> str:
    """A group's name on one line, not empty, not too long."""
    _refuse_broken(
        value,
        "name",
        QT_TRANSLATE_NOOP(
            "Errors", "The group's name contains bytes that are not valid text (not UTF-8)."
        ),
        "group.name.not_text",
    )
    name = _one_line(value)
    if not name:
        raise ValidationError(
            "name",
            QT_TRANSLATE_NOOP("Errors", "A group needs a name."),
            code="group.name.empty",
        )
    if len(name) > MAX_GROUP_NAME_LENGTH:
        raise ValidationError(
            "name",
            QT_TRANSLATE_NOOP("Errors", "The group's name is %1 characters long; the limit is %2."),
            len(name),
            MAX_GROUP_NAME_LENGTH,
            code="group.name.too_long",
        )
    return name


def group_key(name: str) -> str:
    """Two group names that differ only in case are the same group."""
    return name.casefold()


__all__ = [
    "MAX_GROUP_NAME_LENGTH",
    "MAX_TIE_NOTE_LENGTH",
    "TieKind",
    "TiePair",
    "clean_group_name",
    "clean_tie_note",
    "group_key",
    "kind_from",
    "parse_tie_kind",
    "stored_pair",
]
