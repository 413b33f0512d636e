"""How to reach someone, on their page: each phone and e-mail a link to the user's own app.

A phone opens `tel:` and an e-mail `mailto:` through `QDesktopServices`, which hands them
to whatever the desktop uses for calls and mail; Kith itself still opens no connection.
Each link is a button, so Tab reaches it, Enter or Space opens it, and a screen reader
hears what it does ("Call +62 812…").
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeyEvent, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from kith.domain.placeholders import fill
from kith.domain.values import ContactKind
from kith.services.views import ContactView
from kith.ui.text.contact_labels import label_words

# Flat, in the desktop's link colour, with a frame only while focused (as quiet buttons).
_LINK_LOOK = """
QPushButton {
    border: 1px solid transparent;
    border-radius: 4px;
    padding: 1px 4px;
    background: transparent;
    text-align: left;
    color: palette(link);
    outline: none;
}
QPushButton:hover { text-decoration: underline; }
QPushButton:focus { border-color: palette(highlight); }
"""


class _Link(QPushButton):
    """Enter opens it too, as it does a link; a plain button outside a dialog takes Space only."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not plain:
            self.click()
            return
        super().keyPressEvent(event)


def contact_url(contact: ContactView) -> QUrl | None:
    """`tel:` with the digits (and a leading +) of a phone, `mailto:` for an e-mail."""
    if contact.kind == ContactKind.PHONE:
        digits = re.sub(r"[^\d+]", "", contact.value)
        digits = digits[:1] + digits[1:].replace("+", "")
        return QUrl(f"tel:{digits}") if any(c.isdigit() for c in digits) else None
    if contact.kind == ContactKind.EMAIL:
        url = QUrl()
        url.setScheme("mailto")
        url.setPath(contact.value.strip())
        return url
    return None


class ReachList(QWidget):
    """The phones, e-mails and addresses of one person, one row each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(1, 1)
        self.links: list[QPushButton] = []
        self.empty = QLabel(self.tr("Nothing noted yet."), self)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # as every empty note

    def show_contacts(self, contacts: list[ContactView]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.empty:
                widget.deleteLater()
        self.links = []
        self.empty.setVisible(not contacts)
        if not contacts:
            self._grid.addWidget(self.empty, 0, 0, 1, 2)
        for row, contact in enumerate(contacts):
            caption = QLabel(self._caption(contact), self)
            # Level with the link's text, which sits inside a frame and padding.
            caption.setContentsMargins(0, 2, 0, 0)
            self._grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(self._value(contact), row, 1, Qt.AlignmentFlag.AlignTop)

    def _caption(self, contact: ContactView) -> str:
        kind = {
            ContactKind.PHONE: self.tr("Phone"),
            ContactKind.EMAIL: self.tr("E-mail"),
            ContactKind.ADDRESS: self.tr("Address"),
        }[contact.kind]
        if not contact.label:
            return kind
        return fill(self.tr("%1 (%2)"), kind, label_words(contact.label))

    def _value(self, contact: ContactView) -> QWidget:
        url = contact_url(contact)
        if url is None:
            value = QLabel(contact.value, self)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setContentsMargins(5, 2, 0, 0)  # where a link's text starts
            return value
        link = _Link(contact.value, self)
        link.setStyleSheet(_LINK_LOOK)
        link.setFlat(True)
        link.setCursor(Qt.CursorShape.PointingHandCursor)
        words = self.tr("Call %1") if contact.kind == ContactKind.PHONE else self.tr("Write to %1")
        link.setAccessibleName(fill(words, contact.value))
        link.setToolTip(link.accessibleName())
        link.clicked.connect(lambda: QDesktopServices.openUrl(url))
        copy = QAction(self.tr("Copy"), link)
        copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(contact.value))
        link.addAction(copy)
        link.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.links.append(link)
        return link


__all__ = ["ReachList", "contact_url"]
