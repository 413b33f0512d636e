"""Which of two people's facts differ, and whose value a merge takes unless told."""

from __future__ import annotations

from kith.domain.merging import MergeField, Side, choose, conflicts, default_side
from kith.domain.values import Circle

KEEP = {
    MergeField.NAME: "Ana",
    MergeField.NICKNAME: None,
    MergeField.CIRCLE: Circle.CLOSE,
    MergeField.RHYTHM: None,
    MergeField.LEAN_ON: False,
    MergeField.NOTES: "Moved to Bandung.",
    MergeField.BIRTHDAY: (1990, 3, 14),
}
OTHER = {
    **KEEP,
    MergeField.NAME: "Ana B.",
    MergeField.NICKNAME: "Nana",
    MergeField.CIRCLE: Circle.UNSORTED,
    MergeField.LEAN_ON: True,
}


def test_only_differing_fields_are_choices_in_the_fields_order() -> None:
    assert conflicts(KEEP, OTHER) == [
        MergeField.NAME,
        MergeField.NICKNAME,
        MergeField.CIRCLE,
        MergeField.LEAN_ON,
    ]
    assert conflicts(KEEP, KEEP) == []


def test_the_kept_value_wins_unless_it_is_empty() -> None:
    assert choose(KEEP, OTHER) == {
        MergeField.NAME: Side.KEEP,
        MergeField.NICKNAME: Side.OTHER,
        MergeField.CIRCLE: Side.KEEP,  # not sorted yet is no value to win with
        MergeField.LEAN_ON: Side.OTHER,
    }
    assert default_side(MergeField.CIRCLE, Circle.UNSORTED, Circle.WIDER) == Side.OTHER
    assert default_side(MergeField.NOTES, "", "") == Side.KEEP


def test_a_choice_overrides_the_default_and_a_choice_of_a_same_field_is_ignored() -> None:
    chosen = choose(KEEP, OTHER, {MergeField.NAME: Side.OTHER, MergeField.NOTES: Side.OTHER})
    assert chosen[MergeField.NAME] == Side.OTHER
    assert MergeField.NOTES not in chosen
