"""The one colour, word and mark of each tending state, wherever a state is shown.

People, the map and its legend, Today, the person page and the tray all draw from here,
so "overdue" looks and reads the same everywhere. The colours are calm mid-tones that
grow warmer as a person needs attention; dark themes get lighter shades of the same
hues. Colour is never the only signal: every state has its word, and "never met" is a
hollow ring rather than a filled dot.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPen, QPixmap

from kith.domain.values import TendingState

_LIGHT: dict[TendingState, str] = {
    TendingState.OK: "#6fa77f",
    TendingState.SOON: "#d1ad55",
    TendingState.DUE: "#dc8a56",
    TendingState.OVERDUE: "#c4675f",
    TendingState.PLANNED: "#5d8fcc",
    TendingState.NEVER_MET: "#9a9aa6",
    TendingState.UNSORTED: "#aaa59c",
}
_DARK: dict[TendingState, str] = {
    TendingState.OK: "#7fbb8f",
    TendingState.SOON: "#dcbd6c",
    TendingState.DUE: "#e69b6a",
    TendingState.OVERDUE: "#df8077",
    TendingState.PLANNED: "#7eaae0",
    TendingState.NEVER_MET: "#a9a9b5",
    TendingState.UNSORTED: "#c2bdb4",
}

HOLLOW = frozenset({TendingState.NEVER_MET, TendingState.UNSORTED})
"""States drawn as a ring: they differ from the others by shape, not only by hue."""

GLYPHS = frozenset(
    {TendingState.SOON, TendingState.DUE, TendingState.OVERDUE, TendingState.PLANNED}
)
"""Filled states with a sign inside (`paint_glyph`); ok is the plain dot."""

ORDER: tuple[TendingState, ...] = (
    TendingState.OK,
    TendingState.PLANNED,
    TendingState.SOON,
    TendingState.DUE,
    TendingState.OVERDUE,
    TendingState.NEVER_MET,
    TendingState.UNSORTED,
)
"""From calm to needing attention, then the ones that have no rhythm yet: legend order."""


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def state_colour(state: TendingState, palette: QPalette | None = None) -> QColor:
    """The state's colour for this palette (the application's when None)."""
    shown = palette if palette is not None else QGuiApplication.palette()
    return QColor((_DARK if is_dark(shown) else _LIGHT)[state])


def state_word(state: TendingState) -> str:
    """The state's name, as People's column and filter, the map and its legend say it."""
    return {
        TendingState.OK: lambda: QCoreApplication.translate("TendingState", "In rhythm"),
        TendingState.SOON: lambda: QCoreApplication.translate("TendingState", "Soon"),
        TendingState.DUE: lambda: QCoreApplication.translate("TendingState", "Due"),
        TendingState.OVERDUE: lambda: QCoreApplication.translate("TendingState", "Overdue"),
        TendingState.PLANNED: lambda: QCoreApplication.translate("TendingState", "Meetup planned"),
        TendingState.NEVER_MET: lambda: QCoreApplication.translate(
            "TendingState", "Not met in person yet"
        ),
        TendingState.UNSORTED: lambda: QCoreApplication.translate("TendingState", "Not sorted yet"),
    }[state]()


def paint_mark(painter: QPainter, rect: QRectF, state: TendingState, palette: QPalette) -> None:
    """The state's mark in `rect`: a filled dot, or a ring for the hollow states."""
    colour = state_colour(state, palette)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if state in HOLLOW:
        width = max(1.5, rect.width() / 6)
        inset = width / 2
        pen = QPen(colour, width)
        if state == TendingState.UNSORTED:
            # Broken, where never met is whole: the two rings differ by more than hue.
            pen.setDashPattern([1.2, 1.2])
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect.adjusted(inset, inset, -inset, -inset))
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(rect)
        paint_glyph(painter, rect, state, palette.color(QPalette.ColorRole.Base))
    painter.restore()


def paint_glyph(painter: QPainter, dot: QRectF, state: TendingState, ink: QColor) -> None:
    """The sign inside a filled dot, so no state is told by its colour alone: none for
    ok, a small dot for soon, a bar for due, "!" for overdue, a tick for planned."""
    if state not in GLYPHS:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    w = dot.width()
    centre = dot.center()
    pen = QPen(ink, max(1.2, w / 7))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    x, y = centre.x(), centre.y()
    if state == TendingState.SOON:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        r = w / 7
        painter.drawEllipse(centre, r, r)
    elif state == TendingState.DUE:
        painter.drawLine(QPointF(x - w * 0.22, y), QPointF(x + w * 0.22, y))
    elif state == TendingState.OVERDUE:
        painter.drawLine(QPointF(x, y - w * 0.24), QPointF(x, y + w * 0.04))
        painter.drawPoint(QPointF(x, y + w * 0.22))
    elif state == TendingState.PLANNED:
        painter.drawPolyline(
            [
                QPointF(x - w * 0.2, y + w * 0.01),
                QPointF(x - w * 0.05, y + w * 0.16),
                QPointF(x + w * 0.22, y - w * 0.14),
            ]
        )
    painter.restore()


def mark_pixmap(
    state: TendingState, size: int, palette: QPalette, device_pixel_ratio: float = 1.0
) -> QPixmap:
    """The state's mark as a `size`-pixel image, sharp on high-density screens."""
    pixmap = QPixmap(round(size * device_pixel_ratio), round(size * device_pixel_ratio))
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_mark(painter, QRectF(1, 1, size - 2, size - 2), state, palette)
    painter.end()
    return pixmap


_icons: dict[tuple[TendingState, bool], QIcon] = {}


def state_icon(state: TendingState, palette: QPalette | None = None) -> QIcon:
    """The state's mark as an icon (for a table cell or a menu), with room around it."""
    shown = palette if palette is not None else QGuiApplication.palette()
    key = (state, is_dark(shown))
    if key not in _icons:
        pixmap = QPixmap(32, 32)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        # Three quarters of the icon: at a table's 16 px the sign inside still reads.
        paint_mark(painter, QRectF(4, 4, 24, 24), state, shown)
        painter.end()
        _icons[key] = QIcon(pixmap)
    return _icons[key]
