"""Names sort in the order of the user's language, not by code point."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from kith.ui.text.collation import name_ranks, sorted_by_name

NAMES = ["Zoë", "José", "Zed", "Jose", "João", "Ångström", "Anders", "joan"]


def test_accented_names_sit_beside_plain_ones() -> None:
    ordered = sorted_by_name(NAMES, str)
    assert ordered == ["Anders", "Ångström", "joan", "João", "Jose", "José", "Zed", "Zoë"]


def test_the_c_locale_still_sorts_like_a_person_would() -> None:
    ranks = name_ranks(NAMES, QLocale.c())
    assert [n for _, n in sorted(zip(ranks, NAMES, strict=True))][:2] == ["Anders", "Ångström"]


def test_the_order_follows_the_language() -> None:
    # Swedish puts Å after Z; English next to A.
    swedish = name_ranks(["Ångström", "Zoë", "Anders"], QLocale(QLocale.Language.Swedish))
    assert swedish[0] > swedish[1] > swedish[2]


def test_names_equal_but_for_case_share_a_rank() -> None:
    assert name_ranks(["ana", "Ana", "Ben"], QLocale(QLocale.Language.English)) == [0, 0, 2]
