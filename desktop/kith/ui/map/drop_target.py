"""While someone is dragged on the map: the ring they would land on, lit, and its name by
the pointer, so the user knows where the dot goes before letting go.

The band is its own cached item, redrawn only when the pointer crosses into another ring;
following the pointer moves just the small label, so a drag over 5,000 people stays smooth.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from kith.domain.map_layout import MapLayout, Ring
from kith.domain.values import Circle
from kith.ui.map.tag import Tag

_EDGE = 4.0
"""How far the lit band reaches past the ring's outermost lanes (scene units)."""


class DropTarget(QGraphicsItem):
    """The ring under a dragged dot, lit in the selection colour; None lights nothing.

    Its `label` is an item of its own, to be added to the scene too: it must lie above the
    people, the band below them.
    """

    def __init__(self, layout: MapLayout, labels: Mapping[Circle, str]) -> None:
        super().__init__()
        self._rings = {ring.circle: ring for ring in layout.rings}
        self._labels = labels
        self._palette = QPalette()
        self._circle: Circle | None = None
        self.setZValue(0.5)  # over the rings' bands, under the people
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.label = Tag(strong=True)

    @property
    def circle(self) -> Circle | None:
        """The circle a drop here would move the dragged person to."""
        return self._circle

    @property
    def label_text(self) -> str:
        return self.label.text if self.label.isVisible() else ""

    def set_palette(self, palette: QPalette) -> None:
        self._palette = palette
        self.label.set_palette(palette)
        self.update()

    def show_at(self, circle: Circle | None, pointer: QPointF) -> None:
        """Light `circle`'s ring (None: no ring) and name it beside `pointer` (scene units)."""
        if circle not in self._rings:
            circle = None
        if circle != self._circle:
            self.prepareGeometryChange()
            self._circle = circle
            self.update()
        if circle is None:
            self.label.hide()
            return
        self.label.show_at(self._labels[circle], pointer)

    def clear(self) -> None:
        self.show_at(None, QPointF())

    def _ring(self) -> Ring | None:
        return None if self._circle is None else self._rings[self._circle]

    def boundingRect(self) -> QRectF:
        ring = self._ring()
        if ring is None:
            return QRectF()
        r = ring.outer + _EDGE + 2
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,  # noqa: ARG002 (Qt's signature)
        widget: QWidget | None = None,  # noqa: ARG002 (Qt's signature)
    ) -> None:
        ring = self._ring()
        if ring is None:
            return
        accent = self._palette.color(QPalette.ColorRole.Highlight)
        band = QColor(accent)
        band.setAlphaF(0.2)
        inner, outer = ring.inner - _EDGE, ring.outer + _EDGE
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(band, outer - inner))
        middle = (inner + outer) / 2
        painter.drawEllipse(QPointF(0, 0), middle, middle)
        edge = QPen(accent, 1.5)
        edge.setCosmetic(True)
        painter.setPen(edge)
        for radius in (inner, outer):
            painter.drawEllipse(QPointF(0, 0), radius, radius)
