"""No tending state is told by its colour alone: each mark has a shape of its own."""

from __future__ import annotations

from itertools import combinations

from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from kith.domain.values import TendingState
from kith.ui.widgets.tending_palette import ORDER, mark_pixmap, state_icon


def _shape(state: TendingState, palette: QPalette) -> tuple[tuple[int, ...], ...]:
    """Where the mark has its colour, its ink or nothing: the mark seen without its hue."""
    image = mark_pixmap(state, 24, palette).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    ink = palette.color(QPalette.ColorRole.Base)
    rows = []
    for y in range(image.height()):
        row = []
        for x in range(image.width()):
            pixel = QColor(image.pixel(x, y))
            alpha = image.pixelColor(x, y).alpha()
            if alpha < 128:
                row.append(0)
            elif abs(pixel.lightness() - ink.lightness()) < 24:
                row.append(2)
            else:
                row.append(1)
        rows.append(tuple(row))
    return tuple(rows)


def test_each_state_has_its_own_shape_in_light_and_dark(qapp: QApplication) -> None:
    light = QPalette(QColor("#efefef"))
    dark = QPalette(QColor("#2b2b2b"))
    for palette in (light, dark):
        shapes = {state: _shape(state, palette) for state in ORDER}
        same = [(a, b) for a, b in combinations(ORDER, 2) if shapes[a] == shapes[b]]
        assert same == []


def test_a_table_sized_state_icon_keeps_its_sign_large_enough_to_read(qapp: QApplication) -> None:
    image = state_icon(TendingState.OVERDUE).pixmap(16, 16).toImage()
    drawn = [
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 128
    ]
    across = max(x for x, _ in drawn) - min(x for x, _ in drawn) + 1
    assert across >= 11  # a sign inside a dot of 8 px or so cannot be made out
