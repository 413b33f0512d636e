"""Names in a label that open the person, drawn as names: the text's own colour, no
underline until the pointer is on one (then the hand cursor and an underline, as the
desktop's own link-like names do), and the keyboard's focus frame when tabbed to."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

_ANCHOR = re.compile(r'<a href="([^"]*)"[^>]*>')


def as_names(html: str, palette: QPalette, hovered: str = "") -> str:
    """`html` with each <a href="…"> in the text colour, underlined only when hovered."""
    colour = palette.color(QPalette.ColorRole.WindowText).name()

    def styled(match: re.Match[str]) -> str:
        line = "underline" if match.group(1) == hovered else "none"
        return f'<a href="{match.group(1)}" style="color:{colour}; text-decoration:{line}">'

    return _ANCHOR.sub(styled, html)


class NameLinks(QObject):
    """Keeps a rich-text label's names styled as names, through hover and palette changes."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self._label = label
        self._html = ""
        self._hovered = ""
        label.linkHovered.connect(self._on_link_hovered)
        label.installEventFilter(self)

    def set_html(self, html: str) -> None:
        self._html = html
        self._hovered = ""
        self._show()

    def html(self) -> str:
        """The text as given, before styling."""
        return self._html

    def _show(self) -> None:
        self._label.setText(as_names(self._html, self._label.palette(), self._hovered))

    def _on_link_hovered(self, link: str) -> None:
        if link != self._hovered:
            self._hovered = link
            self._show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Leave and self._hovered:
            self._hovered = ""
            self._show()
        elif kind == QEvent.Type.PaletteChange:
            self._show()
        return super().eventFilter(watched, event)
