"""Today fits a 1024×700 window in English and Indonesian: no sideways scrolling, no cut button."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from kith.domain.values import Circle
from kith.services.app import Services
from kith.services.views import PersonInput
from kith.ui.shell.main_window import MainWindow
from tests.ui.conftest import shown_window

LONG_NAME = (
    "Maria Fernanda de los Ángeles Rodríguez-Valenzuela y Castellanos "
    "de la Santísima Trinidad Montenegro"
)


@pytest.fixture
def sized(
    request: pytest.FixtureRequest, qtbot: QtBot, services: Services, people: dict[str, int]
) -> Iterator[MainWindow]:
    services.people.add(
        PersonInput(name=LONG_NAME, circle=Circle.FRIENDS, interests=("climbing", "board games"))
    )
    with shown_window(qtbot, services) as win:
        yield win


def _looks_right(window: MainWindow, qtbot: QtBot, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width and not window.today.loading)
    qtbot.wait(20)  # the layout settles
    today = window.today
    area = today.scroll_area
    assert area.widget().minimumSizeHint().width() <= area.viewport().width()
    assert area.widget().width() <= area.viewport().width()
    assert not area.horizontalScrollBar().isVisible()
    buttons = [b for b in today.findChildren(QAbstractButton) if b.isVisible()]
    assert today.groups_section.isVisible()  # "Plan together…" is among them
    cut = {
        b.text(): (b.width(), b.sizeHint().width())
        for b in buttons
        if b.width() < b.sizeHint().width()
    }
    assert not cut, f"cut at {width}×{height}: {cut}"
    row = next(r for r in today.due_rows if r.person.name == LONG_NAME)
    assert "…" in row.name.text()
    assert row.name.toolTip() == LONG_NAME  # shortened, and the whole name on hover


def test_today_fits_1024_by_700_in_english(sized: MainWindow, qtbot: QtBot) -> None:
    _looks_right(sized, qtbot, 1024, 700)
    assert sized.today.stacked  # Together, Coming up and dates below the list
    _looks_right(sized, qtbot, 1600, 1000)
    assert not sized.today.stacked


@pytest.mark.usefixtures("indonesian")
def test_today_fits_1024_by_700_in_indonesian(sized: MainWindow, qtbot: QtBot) -> None:
    assert sized.today.due_section.title.text() == "Layak ditemui langsung"
    _looks_right(sized, qtbot, 1024, 700)
    _looks_right(sized, qtbot, 1600, 1000)
