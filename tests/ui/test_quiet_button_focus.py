"""Flat buttons on Today still show where the keyboard is when reached by Tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kith.domain.values import Circle
from kith.services.app import Services
from kith.services.views import PersonInput
from tests.ui.conftest import shown_window


def test_sort_them_shows_a_focus_frame_when_tabbed_to(
    qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    services.people.add(PersonInput(name="Pizza Roma", circle=Circle.UNSORTED))
    with shown_window(qtbot, services) as window:
        button = window.today.sort_button
        qtbot.waitUntil(button.isVisible)
        unfocused = button.grab().toImage()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        for _ in range(40):
            if button.hasFocus():
                break
            qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        assert button.hasFocus()
        focused = button.grab().toImage()
        assert focused.size() == unfocused.size()  # the text does not move
        assert focused != unfocused
        # The frame is in the accent colour, at the button's edge.
        edge = focused.pixelColor(focused.width() // 2, 0)
        accent = button.palette().highlight().color()
        assert abs(edge.hue() - accent.hue()) < 20 and edge.saturation() > 60
