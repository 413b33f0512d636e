"""What a keyboard or screen-reader user meets in a window: its Tab stops, their names,
and its underlined letters."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

_MNEMONIC = re.compile(r"&([^&\s])")
_ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+);")  # "&amp;" in rich text is no letter


def tab_stops(window: QWidget) -> list[QWidget]:
    """The widgets Tab stops at, as shown now (proxied boxes pass Tab on)."""
    return [
        widget
        for widget in window.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.focusProxy() is None
        and widget.isVisibleTo(window)
        and widget.isEnabled()
        and widget.window() is window
    ]


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader says: set, or taken by Qt from a buddy label or text."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return "" if interface is None else interface.text(QAccessible.Text.Name).strip()


def nameless(window: QWidget) -> list[str]:
    return [
        f"{type(w).__name__} {w.objectName() or ''}".strip()
        for w in tab_stops(window)
        if not spoken_name(w)
    ]


def _mnemonic_of(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def mnemonic_problems(window: QWidget) -> list[str]:
    """Labels whose letter reaches nothing, and letters used twice in one window."""
    problems = []
    letters: Counter[str] = Counter()
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        letter = _mnemonic_of(_ENTITY.sub("", text))
        if letter is None:
            continue
        letters[letter] += 1
        if isinstance(widget, QLabel):
            buddy = widget.buddy()
            if buddy is None:
                problems.append(f"“{text}” has no buddy")
            elif buddy.focusPolicy() == Qt.FocusPolicy.NoFocus:
                problems.append(f"“{text}” reaches a {type(buddy).__name__} that takes no focus")
    problems.extend(
        f"“&{letter}” is used {count} times" for letter, count in letters.items() if count > 1
    )
    return problems
