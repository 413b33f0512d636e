"""Where Today's right-hand column goes: beside the list when both get their room,
below it when not. One rule for the live page and for its snapshot painted at start-up,
so the first paint and the live read are laid out alike."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

SIDE_COLUMN_WIDTH = 300
"""The least room Together, Coming up and Important dates get beside the list."""


def two_columns(
    section: QWidget, buttons: Iterable[QWidget], side: Iterable[QWidget]
) -> QBoxLayout:
    """The list's section with its quiet buttons under it, and the side column's sections:
    side by side to begin with, as `arrange` then decides."""
    left = QVBoxLayout()
    left.addWidget(section)
    for button in buttons:
        left.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
    left.addStretch(1)
    right = QVBoxLayout()
    for widget in side:
        right.addWidget(widget)
    right.addStretch(1)
    columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
    columns.setSpacing(28)
    columns.addLayout(left, 2)
    columns.addLayout(right, 1)
    return columns


def arrange(columns: QBoxLayout, page: QBoxLayout, rows: Iterable[QWidget], width: int) -> None:
    """Side by side only when both columns get their room; stacked, nothing is squeezed."""
    # Rows as wide as their names and buttons want (long names may shorten a little).
    wanted = min(max((row.sizeHint().width() for row in rows), default=0), 640)
    margins = page.contentsMargins()
    needed = max(wanted, 360) + columns.spacing() + SIDE_COLUMN_WIDTH
    needed += margins.left() + margins.right()
    direction = (
        QBoxLayout.Direction.TopToBottom if width < needed else QBoxLayout.Direction.LeftToRight
    )
    if direction != columns.direction():
        columns.setDirection(direction)
