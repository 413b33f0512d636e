from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QApplication

from kith.domain.tending import tending
from kith.domain.values import Circle
from kith.services.views import PersonSummary
from kith.ui.text import formatting as fmt

TODAY = date(2026, 11, 22)


def person(
    last_in_person: date | None, rhythm: int = 30, next_planned: date | None = None
) -> PersonSummary:
    return PersonSummary(
        id=1,
        name="Ana",
        nickname=None,
        circle=Circle.FRIENDS,
        rhythm_days=rhythm,
        rhythm_is_custom=False,
        interests=(),
        shared_interests=(),
        last_in_person=last_in_person,
        last_talked=None,
        next_planned=next_planned,
        tending=tending(
            last_in_person=last_in_person,
            rhythm_days=rhythm,
            today=TODAY,
            next_planned=next_planned,
        ),
        snoozed_until=None,
        lean_on=False,
        archived=False,
    )


def test_relative_days_read_naturally(qapp: QApplication) -> None:
    words = {
        n: fmt.relative_day(TODAY + timedelta(days=n), TODAY)
        for n in (-400, -60, -23, -2, -1, 0, 1, 5)
    }
    assert words == {
        -400: "13 months ago",
        -60: "8 weeks ago",
        -23: "23 days ago",
        -2: "2 days ago",
        -1: "yesterday",
        0: "today",
        1: "tomorrow",
        5: "in 5 days",
    }
    assert fmt.relative_day(TODAY - timedelta(days=800), TODAY) == "2 years ago"


def test_tending_in_words(qapp: QApplication) -> None:
    assert fmt.tending_words(person(TODAY - timedelta(days=39)), TODAY) == (
        "last seen in person 39 days ago — due since 9 days"
    )
    assert fmt.tending_words(person(TODAY - timedelta(days=30)), TODAY) == (
        "last seen in person 30 days ago — due today"
    )
    assert fmt.tending_words(person(TODAY - timedelta(days=1)), TODAY) == (
        "last seen in person yesterday — due in 29 days"
    )
    assert fmt.tending_words(person(None), TODAY) == "not met in person yet"
    planned = person(TODAY - timedelta(days=40), next_planned=TODAY + timedelta(days=3))
    assert fmt.tending_words(planned, TODAY) == (
        "last seen in person 40 days ago — meeting in 3 days"
    )


def test_one_is_singular(qapp: QApplication) -> None:
    assert fmt.relative_day(TODAY + timedelta(days=7 * 7), TODAY) == "in 7 weeks"
    assert fmt.rhythm_words(1) == "every 1 day"
    assert fmt.rhythm_words(7) == "every week"
    assert fmt.rhythm_words(14) == "every 2 weeks"
    assert fmt.rhythm_words(30) == "every 30 days"


def test_a_tooltip_shows_markup_in_a_name_as_typed(qapp: QApplication) -> None:
    from PySide6.QtGui import QTextDocument

    assert fmt.plain_tooltip("Ana Silva\nlast seen today") == "Ana Silva\nlast seen today"
    tip = fmt.plain_tooltip("<b>Ana</b> & Bo\nsecond line")
    document = QTextDocument()
    document.setHtml(tip)
    assert document.toPlainText() == "<b>Ana</b> & Bo\nsecond line"
