"""Titled sections and quiet placeholders shared by the pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class Section(QWidget):
    """A small heading, an optional quiet note, and the content below."""

    def __init__(self, title: str, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title, self)
        font = QFont(self.title.font())
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.note.hide()
        self.content = content
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 10)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(content)
        self.setAccessibleName(title)

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))


def say_or_quiet(label: QLabel, text: str, empty: str) -> None:
    """`text` in the label's own colour, or the quiet `empty` note every section shows the
    same way (the placeholder colour) when there is nothing to say."""
    label.setText(text or empty)
    role = QPalette.ColorRole.WindowText if text else QPalette.ColorRole.PlaceholderText
    label.setForegroundRole(role)


def placeholder(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setMargin(40)
    return label


def setting_labels(title: str, explanation: str) -> tuple[QLabel, QLabel, QLabel, QLabel]:
    """A settings section's title, its explanation, a status line that can be copied, and
    a problem line hidden until there is one to say."""
    heading = QLabel(title)
    words = QLabel(explanation)
    words.setWordWrap(True)
    status = QLabel()
    status.setWordWrap(True)
    status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    problem = QLabel()
    problem.setWordWrap(True)
    problem.setVisible(False)
    return heading, words, status, problem
