"""The circles as soft concentric bands on the map, each named, and "you" in the middle."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from kith.domain.map_layout import NODE_SPACING, MapLayout
from kith.domain.values import Circle

YOU_SIZE = 30.0
NAME_ROOM = 40.0
"""Scene units above the outer ring kept for its name (drawing beyond an item gets cut)."""


class RingsItem(QGraphicsItem):
    """The circles as soft concentric bands, each named, and "you" in the middle."""

    def __init__(self, layout: MapLayout, names: Mapping[Circle, str], you: str) -> None:
        super().__init__()
        self._layout = layout
        self._names = names
        self._you = you
        self._palette = QPalette()
        self.setZValue(0)

    def set_palette(self, palette: QPalette) -> None:
        self._palette = palette
        self.update()

    def boundingRect(self) -> QRectF:
        r = self._layout.radius + NODE_SPACING
        return QRectF(-r, -r - NAME_ROOM, 2 * r, 2 * r + NAME_ROOM)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,  # noqa: ARG002 (Qt's signature)
        widget: QWidget | None = None,  # noqa: ARG002 (Qt's signature)
    ) -> None:
        base = self._palette.color(QPalette.ColorRole.Base)
        text = self._palette.color(QPalette.ColorRole.Text)
        dark = base.lightness() < 128
        band = QColor(text)
        band.setAlphaF(0.05 if dark else 0.045)
        edge = QColor(text)
        edge.setAlphaF(0.16)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for ring in self._layout.rings:
            middle = (ring.inner + ring.outer) / 2
            width = ring.outer - ring.inner + 8
            painter.setPen(QPen(band, width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), middle, middle)
            # The band of people not sorted yet is no ring: its edges are dashed.
            painter.setPen(
                QPen(
                    edge,
                    0,
                    Qt.PenStyle.SolidLine if ring.circle.is_sorted else Qt.PenStyle.DashLine,
                )
            )
            for radius in (ring.inner - 4, ring.outer + 4):
                painter.drawEllipse(QPointF(0, 0), radius, radius)
        self._paint_you(painter, text)

    @staticmethod
    def name_font(base: QFont) -> QFont:
        font = QFont(base)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.92))
        font.setBold(True)
        return font

    def name_boxes(self, world: QTransform, base: QFont) -> list[tuple[QRectF, str]]:
        """Where each ring's name goes on screen: in the gap just outside the ring, on top.

        Far zoomed out the gap is thinner than the name, which then sits just inside the
        ring's top edge over a backing (`paint_names`): every ring stays named at any zoom.
        """
        metrics = QFontMetricsF(self.name_font(base))
        scale = world.m11()
        rings = self._layout.rings
        boxes = []
        for index, ring in enumerate(rings):
            label = self._names[ring.circle]
            width = metrics.horizontalAdvance(label)
            gap = (
                rings[index + 1].inner if index + 1 < len(rings) else ring.outer + 40
            ) - ring.outer
            if metrics.height() < gap * scale:
                top = world.map(QPointF(0, -(ring.outer + 4))).y() - metrics.height() - 1
            else:
                top = world.map(QPointF(0, -ring.outer)).y() + 1
            centre = world.map(QPointF(0, 0)).x()
            boxes.append((QRectF(centre - width / 2, top, width, metrics.height()), label))
        return boxes

    def paint_names(self, painter: QPainter) -> None:
        """The rings' names, painted by the people layer above its dots: far zoomed out a
        name sits on its ring and must not be hidden under the dots there."""
        world = painter.worldTransform()
        colour = QColor(self._palette.color(QPalette.ColorRole.Text))
        colour.setAlphaF(0.62)
        boxes = self.name_boxes(world, painter.font())
        painter.save()
        painter.setWorldTransform(QTransform())
        painter.setFont(self.name_font(painter.font()))
        backing = QColor(self._palette.color(QPalette.ColorRole.Base))
        backing.setAlphaF(0.8)
        for box, label in boxes:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(backing)
            painter.drawRoundedRect(box.adjusted(-4, 0, 4, 0), 4, 4)
            painter.setPen(colour)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()

    def _paint_you(self, painter: QPainter, text: QColor) -> None:
        accent = self._palette.color(QPalette.ColorRole.Highlight)
        world = painter.worldTransform()
        centre = world.map(QPointF(0, 0))
        painter.save()
        # Drawn on screen, not in the map's units: the word keeps its size at any zoom, so
        # the circle grows to hold it rather than shrinking under it.
        painter.setWorldTransform(QTransform())
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        radius = self.you_radius(world, font)
        painter.setPen(QPen(accent, 2))
        fill = QColor(accent)
        fill.setAlphaF(0.18)
        painter.setBrush(QBrush(fill))
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(text)
        box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self._you)
        painter.restore()

    def you_radius(self, world: QTransform, bold: QFont) -> float:
        """The "you" circle's radius on screen: its size on the map, or more when the word
        (in `bold`, as it is written) would not fit inside it at this zoom."""
        metrics = QFontMetricsF(bold)
        centre = world.map(QPointF(0, 0))
        scaled = world.map(QPointF(YOU_SIZE / 2, 0)).x() - centre.x()
        return max(scaled, metrics.horizontalAdvance(self._you) / 2 + 6, metrics.height() / 2 + 4)

    def you_box(self, world: QTransform, base: QFont) -> QRectF:
        """Where "you" is written on screen, so no one's name is written over it."""
        font = QFont(base)
        font.setBold(True)
        metrics = QFontMetricsF(font)
        centre = world.map(QPointF(0, 0))
        width = metrics.horizontalAdvance(self._you) + 4
        return QRectF(
            centre.x() - width / 2, centre.y() - metrics.height() / 2, width, metrics.height()
        )
