"""Names in a label that open the person, drawn as names: the text's own colour, no
underline until the pointer is on one (then the hand cursor and an underline, as the
desktop's own link-like names do), and the keyboard's focus frame when tabbed to."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

_ANCHOR = re.compile(r'<a href="([^"]*)"[^>]*>')


def as_names(html: str, palette: QPalette, hovered: str = "") -> str:
    """`html` with each <a href="…"> in the text colour, underlined only when hovered."""
    colour = palette.color(QPalette.ColorRole.WindowText).name()

    def styled(match: re.Match[str]) -> str:
        line = "underline" if match.group(1) == hovered else "none"
        return f'<a href="{match.group(1)}" style="color:{colour}; text-decoration:{line}">'

    return _ANCHOR.sub(styled, html)


class NamesLabel(QLabel):
    """A rich-text label whose names stay styled as names through hover and palette changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self._html = ""
        self._hovered = ""
        self.linkHovered.connect(self._on_link_hovered)

    def set_html(self, html: str) -> None:
        self._html = html
        self._hovered = ""
        self._show()

    def html(self) -> str:
        """The text as set, before names were styled for the current palette."""
        return self._html

    def _show(self) -> None:
        self.setText(as_names(self._html, self.palette(), self._hovered))

    def _on_link_hovered(self, link: str) -> None:
        if link != self._hovered:
            self._hovered = link
            self._show()

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self._on_link_hovered("")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._show()
