"""Ties on the map as quiet lines: kinds told apart by line style, not colour alone.

Family (partner, parent, child, sibling, other family) is a solid line, a partner's a
little wider; friends are dashed, colleagues dotted, people who know each other
dash-dotted. Everyone's ties of the inner and close circles (the "Show ties" switch) are
one item painted from a cache; the hovered or marked person's ties are a few line items
of their own, redrawn as the pointer moves.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

from kith.domain.ties import TieKind
from kith.services.ties import TieLine

_STYLE = {
    TieKind.PARTNER: (Qt.PenStyle.SolidLine, 2.2),
    TieKind.PARENT: (Qt.PenStyle.SolidLine, 1.4),
    TieKind.CHILD: (Qt.PenStyle.SolidLine, 1.4),
    TieKind.SIBLING: (Qt.PenStyle.SolidLine, 1.4),
    TieKind.FAMILY: (Qt.PenStyle.SolidLine, 1.0),
    TieKind.FRIENDS: (Qt.PenStyle.DashLine, 1.2),
    TieKind.COLLEAGUES: (Qt.PenStyle.DotLine, 1.4),
    TieKind.KNOW: (Qt.PenStyle.DashDotLine, 1.0),
}
_QUIET = 120
"""Alpha of the lines of everyone's ties: there, but under the dots."""
_FOCUSED = 210
_FEW = 150
"""Up to this many lines, each is drawn at the quiet alpha; more are drawn fainter."""
_FAINTEST = 45


def tie_pen(kind: TieKind, palette: QPalette, alpha: int) -> QPen:
    """The pen of a kind of tie: its style and width say the kind; one quiet colour."""
    style, width = _STYLE[kind]
    colour = QColor(palette.color(QPalette.ColorRole.Text))
    colour.setAlpha(alpha)
    pen = QPen(colour, width, style)
    pen.setCosmetic(True)  # the same width in pixels at any zoom
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


class AllTies(QGraphicsItem):
    """Every tie between the people given, one path per kind, under the dots."""

    def __init__(self, positions: Mapping[int, QPointF], lines: Iterable[TieLine]) -> None:
        super().__init__()
        self.setZValue(0.5)
        self._palette = QPalette()
        self._paths: dict[TieKind, QPainterPath] = {}
        self.lines: list[TieLine] = []
        for line in lines:
            a, b = positions.get(line.low), positions.get(line.high)
            if a is None or b is None:
                continue
            path = self._paths.setdefault(_family_of(line.kind), QPainterPath())
            path.moveTo(a)
            path.lineTo(b)
            self.lines.append(line)
        self._bounds = QRectF()
        for path in self._paths.values():
            self._bounds = self._bounds.united(path.boundingRect())
        self._bounds.adjust(-3, -3, 3, 3)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_palette(self, palette: QPalette) -> None:
        self._palette = palette
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,  # noqa: ARG002 (Qt's signature)
        widget: QWidget | None = None,  # noqa: ARG002 (Qt's signature)
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The more lines, the fainter each: many ties stay a texture, not a blot.
        alpha = max(_FAINTEST, round(_QUIET * min(1.0, math.sqrt(_FEW / max(1, len(self.lines))))))
        for kind, path in self._paths.items():
            painter.setPen(tie_pen(kind, self._palette, alpha))
            painter.drawPath(path)


def _family_of(kind: TieKind) -> TieKind:
    """Parent and child draw alike (one path for both, as they look the same)."""
    return TieKind.PARENT if kind == TieKind.CHILD else kind


class FocusTies:
    """The ties of one person, as line items the scene holds while they are hovered."""

    def __init__(self) -> None:
        self.items: list[QGraphicsLineItem] = []
        self.person: int | None = None

    def show(
        self,
        scene: QGraphicsScene,
        person: int | None,
        ties: Sequence[TieLine],
        positions: Mapping[int, QPointF],
        palette: QPalette,
    ) -> None:
        self.clear()
        self.person = person
        for line in ties:
            a, b = positions.get(line.low), positions.get(line.high)
            if a is None or b is None:
                continue
            item = QGraphicsLineItem(QLineF(a, b))
            item.setPen(tie_pen(line.kind, palette, _FOCUSED))
            item.setZValue(0.8)
            item.setData(0, (line.low, line.high, line.kind.value))
            item.setAcceptHoverEvents(False)
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            scene.addItem(item)
            self.items.append(item)

    def clear(self) -> None:
        for item in self.items:
            scene = item.scene()
            if scene is not None:
                scene.removeItem(item)
        self.items = []
        self.person = None
