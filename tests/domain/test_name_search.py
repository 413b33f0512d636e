"""Names are found as people type them: accents, case and width aside."""

from __future__ import annotations

import pytest

from kith.domain.name_search import fold, matches, name_key, search_words


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("joao", "João Silva"),
        ("JOAO", "João Silva"),
        ("lukasz", "Łukasz Nowak"),
        ("muller", "Jürgen Müller"),
        ("sen", "Ayşe Şen"),
        ("soren", "Søren Kierkegaard"),
        ("dorde", "Đorđe Balašević"),
        ("strasse", "Anna Straße"),
        ("aeron", "Æron Brown"),
        ("boeuf", "Chloé Bœuf"),
        ("thora", "Þóra Jónsdóttir"),
        ("yilmaz", "Kemal Yılmaz"),
        ("nguyen van duc", "Nguyễn Văn Đức"),
        ("Ｊｏａｏ", "João"),
        ("joao", "Ｊｏａｏ"),
        ("ＭＵＬＬＥＲ", "Müller"),
        ("joão", "Joao"),
        ("αλέξης", "Αλέξης Παππάς"),
        ("дмитрий", "Дмитрий Орлов"),
        ("さくら", "山田さくら"),
        ("山田", "山田さくら"),
        ("ｻｸﾗ", "サクラ"),
    ],
)
def test_a_name_is_found_as_typed(typed: str, name: str) -> None:
    assert matches(search_words(typed), fold(name))


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("joan", "João"),
        ("mueller", "Müller"),
        ("и", "Йоко"),
        ("か", "が"),
        ("αλεξης", "Αλέξης"),
        ("ana silva", "Ana Souza"),
        ("x", "João"),
    ],
)
def test_no_false_matches(typed: str, name: str) -> None:
    assert not matches(search_words(typed), fold(name))


def test_every_word_must_match_somewhere() -> None:
    assert search_words("  José   SILVA ") == ("jose", "silva")
    assert matches(("silva", "jose"), fold("José da Silva"))
    assert matches((), fold("anyone"))


def test_plain_ascii_stays_fast_and_unchanged_but_for_case() -> None:
    assert fold("Ana-Maria O'Neil") == "ana-maria o'neil"


def test_folded_order_keeps_accented_names_beside_plain_ones() -> None:
    names = ["Zoë", "José", "Joan", "Jose", "João", "Ångström", "Anders", "Joseph"]
    assert sorted(names, key=name_key) == [
        "Anders",
        "Ångström",
        "Joan",
        "João",
        "Jose",
        "José",
        "Joseph",
        "Zoë",
    ]
