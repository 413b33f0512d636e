"""Help → Keyboard Shortcuts: every key the window answers to, read from its actions.

The list is built from the menus and from the actions each place adds to its widgets,
so a shortcut added or changed anywhere shows here without a second list to keep.
Keys handled inside one list (arrows, Enter) are not actions; they are named below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kith.domain.errors import QT_TRANSLATE_NOOP
from kith.ui.shell.places import PLACE_LIST

_CONTEXT = "Shortcuts"
_KEY = re.compile(r"&(.)")
_BRACKETED_KEY = re.compile(r"\(&[^&)]\)")

# Keys a place handles itself, by place name: (keys, what they do), untranslated.
_PLACE_KEYS: dict[str, tuple[tuple[str, str], ...]] = {
    "today": (
        (
            QT_TRANSLATE_NOOP("Shortcuts", "Up, Down"),
            QT_TRANSLATE_NOOP("Shortcuts", "Move between people"),
        ),
        (
            QT_TRANSLATE_NOOP("Shortcuts", "Enter, Space"),
            QT_TRANSLATE_NOOP("Shortcuts", "Saw them today"),
        ),
        (
            QT_TRANSLATE_NOOP("Shortcuts", "Right, Left"),
            QT_TRANSLATE_NOOP("Shortcuts", "The row's name and buttons"),
        ),
        (
            QT_TRANSLATE_NOOP("Shortcuts", "Menu, Shift+F10"),
            QT_TRANSLATE_NOOP("Shortcuts", "The row's actions as a menu"),
        ),
    ),
    "people": (
        (
            QT_TRANSLATE_NOOP("Shortcuts", "Down"),
            QT_TRANSLATE_NOOP("Shortcuts", "From the search field into the results"),
        ),
        (
            QT_TRANSLATE_NOOP("Shortcuts", "Enter"),
            QT_TRANSLATE_NOOP("Shortcuts", "In the search field: open the one match"),
        ),
    ),
}


@dataclass(frozen=True, slots=True)
class ShortcutLine:
    section: str
    what: str
    keys: str


def plain(text: str) -> str:
    """A menu text without its access key or trailing dots: "&Add Someone…" → "Add Someone"."""
    return _KEY.sub(r"\1", _BRACKETED_KEY.sub("", text)).rstrip("…").strip()


def keys_of(action: QAction) -> str:
    return ", ".join(
        key.toString(QKeySequence.SequenceFormat.NativeText)
        for key in action.shortcuts()
        if not key.isEmpty()
    )


def _menu_lines(menu: QMenu, section: str) -> list[ShortcutLine]:
    lines = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            lines.extend(_menu_lines(sub, section))
        elif not action.isSeparator() and keys_of(action):
            lines.append(ShortcutLine(section, plain(action.text()), keys_of(action)))
    return lines


def shortcut_lines(window: QMainWindow) -> list[ShortcutLine]:
    """Every shortcut of the window: its menus first, then each place's own keys."""
    lines: list[ShortcutLine] = []
    in_menus: set[QAction] = set()
    for bar_action in window.menuBar().actions():
        menu = bar_action.menu()
        if isinstance(menu, QMenu):
            lines.extend(_menu_lines(menu, plain(menu.title())))
            in_menus.update(_all_actions(menu))
    # Each place's page is built here if it was not yet: its actions live on it.
    page_of = getattr(window, "page", None) if getattr(window, "attached", False) else None
    for place in PLACE_LIST:
        page = page_of(place.name) if callable(page_of) else None
        section = place.title()
        for keys, what in _PLACE_KEYS.get(place.name, ()):
            lines.append(
                ShortcutLine(
                    section,
                    QCoreApplication.translate(_CONTEXT, what),
                    QCoreApplication.translate(_CONTEXT, keys),
                )
            )
        if not isinstance(page, QWidget):
            continue
        for action in page.findChildren(QAction):
            if action not in in_menus and keys_of(action) and action.text():
                lines.append(ShortcutLine(section, plain(action.text()), keys_of(action)))
    return lines


def _all_actions(menu: QMenu) -> set[QAction]:
    found = set(menu.actions())
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            found |= _all_actions(sub)
    return found


class ShortcutsDialog(QDialog):
    """The shortcuts in a two-column list, grouped by menu and by place."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.list = QTreeWidget(self)
        self.list.setColumnCount(2)
        self.list.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.list.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        sections: dict[str, QTreeWidgetItem] = {}
        for line in shortcut_lines(window):
            parent = sections.get(line.section)
            if parent is None:
                parent = sections[line.section] = QTreeWidgetItem(self.list, [line.section])
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                parent.setFirstColumnSpanned(True)
            QTreeWidgetItem(parent, [line.what, line.keys])
        self.list.expandAll()
        self.list.resizeColumnToContents(0)
        self.list.resizeColumnToContents(1)
        self.list.setItemsExpandable(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        # Wide enough for both columns in any language, so no key is cut off.
        header = self.list.header()
        wide = header.sectionSize(0) + header.sectionSize(1) + 8 * self.fontMetrics().height()
        self.resize(wide, 32 * self.fontMetrics().height())
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)


__all__ = ["ShortcutLine", "ShortcutsDialog", "shortcut_lines"]
