"""The circles a person can be moved to, offered the same way in every menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from kith.domain.values import Circle
from kith.ui.text import formatting as fmt

CIRCLE_CHOICES: tuple[Circle, ...] = (Circle.INNER, Circle.CLOSE, Circle.FRIENDS, Circle.WIDER)
"""The circles offered, innermost first; every menu and editor iterates this one tuple."""


def circle_shortcut(circle: Circle) -> QKeySequence:
    """Ctrl+Alt+1 for the innermost circle, +2 for the next, and so on."""
    return QKeySequence(f"Ctrl+Alt+{CIRCLE_CHOICES.index(circle) + 1}")


def circle_menu(
    parent: QWidget, move: Callable[[Circle], object], *, shortcuts: bool = False
) -> QMenu:
    """A "Move to Circle" submenu calling `move` with the circle chosen."""
    menu = QMenu(QCoreApplication.translate("CircleMenu", "Move to &Circle"), parent)
    for circle in CIRCLE_CHOICES:
        action = menu.addAction(fmt.circle_label(circle))
        action.setData(circle.value)
        if shortcuts:
            action.setShortcut(circle_shortcut(circle))
        action.triggered.connect(lambda _checked=False, c=circle: move(c))
    return menu
