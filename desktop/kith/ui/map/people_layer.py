"""Everyone on the map as one cheap layer: dots, names where they fit, and hit-testing.

A single item stamps a small pre-drawn sprite per person, so 5,000 people stay smooth;
finding who is under the mouse uses a grid, not the scene's index.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from kith.domain.map_layout import NODE_SPACING, MapLayout, ring_at
from kith.domain.values import Circle, TendingState
from kith.ui.map.rings import NAME_ROOM, RingsItem
from kith.ui.widgets.tending_palette import HOLLOW, paint_glyph, state_colour

NODE_SIZE = 12.0
"""Every person's dot has this diameter: nobody is drawn bigger than anybody else."""
MIN_LABEL_GAP_PX = 6.0
MAX_LABELLED = 700
"""Above this many dots in view, names would be unreadable anyway: skip laying them out."""
MAX_LABELLED_CROWDED = 300
"""On a crowded map, how many of the closest people are tried for a name."""
LABEL_ROOM = 60.0
"""Scene units beside the outer ring kept for names (drawing beyond an item gets cut)."""
_RIM = 1.0
"""Outline in the base colour around each dot, so neighbours stay apart."""
_NAMED_WHEN_CROWDED = frozenset({Circle.INNER, Circle.CLOSE})
"""Whose names a crowded or far-out map still shows."""
_DIM = "dim"
_LIT = "lit:"
"""Prefix of a look that the interest filter lights up: it gets a wide rim."""


@dataclass(frozen=True, slots=True)
class MapPerson:
    id: int
    name: str
    circle: Circle
    state: TendingState
    last_in_person: date | None
    interests: frozenset[str]


class PeopleLayer(QGraphicsItem):
    """Everyone on the map, painted from a few small sprites; knows who is where.

    One dot image per look (tending state, dimmed, hovered) is drawn at the current zoom,
    then stamped at each visible person's place: far cheaper than stroking 5,000 circles,
    and a hover repaints only the few dots under the changed spot.
    """

    def __init__(
        self, layout: MapLayout, people: Sequence[MapPerson], rings: RingsItem | None = None
    ) -> None:
        super().__init__()
        self.setZValue(1)
        self._rings = rings
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self._layout = layout
        self._people = {p.id: p for p in people if p.id in layout.positions}
        self._pos = {pid: QPointF(*layout.positions[pid]) for pid in self._people}
        half = NODE_SIZE / 2 + _RIM
        self._rects = {
            pid: QRectF(p.x() - half, p.y() - half, 2 * half, 2 * half)
            for pid, p in self._pos.items()
        }
        self._highlight: frozenset[int] | None = None
        self._hovered: int | None = None
        self._carried: tuple[int, QPointF] | None = None
        """Someone being dragged to another ring, and where the pointer holds them."""
        self._palette = QPalette()
        self._sprites: dict[tuple[str, int], QPixmap] = {}
        self._grid: dict[tuple[int, int], list[int]] = {}
        for pid, point in self._pos.items():
            self._grid.setdefault(_cell(point.x(), point.y()), []).append(pid)
        # Names go to the closest rings first: an inner-circle name wins a tight spot.
        self._label_order = {
            pid: (list(Circle).index(p.circle), pid) for pid, p in self._people.items()
        }
        self._look: dict[int, str] = {}
        self._label_key: object = None
        self._labels: list[tuple[QRectF, str]] = []
        self._labels_over_dots = False
        self.on_hovered: Callable[[int | None], None] | None = None
        """Told whenever the hovered (or keyboard-marked) person changes."""
        self._rebuild()

    # --- state -------------------------------------------------------------------------

    def set_palette(self, palette: QPalette) -> None:
        self._palette = palette
        self._sprites.clear()
        self.update()

    def set_highlight(self, ids: Iterable[int] | None) -> None:
        """Light these people up and dim the rest; None shows everyone plainly."""
        self._highlight = None if ids is None else frozenset(ids)
        self._rebuild()
        self.update()

    def set_hovered(self, person_id: int | None) -> None:
        if person_id == self._hovered:
            return
        previous, self._hovered = self._hovered, person_id
        if self.on_hovered is not None:
            self.on_hovered(person_id)
        reach = self._marker_radius(self._scale()) + 2
        for pid in (previous, person_id):
            if pid is not None:
                point = self._pos[pid]
                self.update(QRectF(point.x() - reach, point.y() - reach, 2 * reach, 2 * reach))

    def _scale(self) -> float:
        scene = self.scene()
        views = scene.views() if scene is not None else []
        return views[0].transform().m11() if views else 1.0

    @staticmethod
    def _marker_radius(scale: float) -> float:
        """The ring around the one hovered or marked by the keys (scene units): just
        round the dot when zoomed in, never under a few pixels out from it far out."""
        return max(NODE_SIZE / 2 + 3, NODE_SIZE / 2 + 5 / max(scale, 1e-3))

    def set_carried(self, person_id: int | None, point: QPointF | None = None) -> None:
        """Draw `person_id`'s dot at `point` while it is dragged; None puts it down."""
        before = self._carried
        self._carried = None if person_id is None or point is None else (person_id, point)
        reach = self._marker_radius(self._scale()) + 3
        for carried in (before, self._carried):
            if carried is not None:
                p = carried[1]
                self.update(QRectF(p.x() - reach, p.y() - reach, 2 * reach, 2 * reach))

    @property
    def carried(self) -> int | None:
        return None if self._carried is None else self._carried[0]

    def circle_at(self, point: QPointF) -> Circle | None:
        """The circle whose ring is under `point` (scene units), None off the rings."""
        return ring_at(self._layout, point.x(), point.y())

    def person(self, person_id: int) -> MapPerson:
        return self._people[person_id]

    def position(self, person_id: int) -> QPointF:
        return QPointF(self._pos[person_id])

    def keyboard_order(self) -> list[int]:
        """Everyone ring by ring from the inside, clockwise from the top: the Tab-like
        order in which the keyboard walks the map."""

        def key(pid: int) -> tuple[int, float]:
            p = self._pos[pid]
            clockwise = (math.atan2(p.y(), p.x()) + math.pi / 2) % (2 * math.pi)
            return (list(Circle).index(self._people[pid].circle), clockwise)

        return sorted(self._pos, key=key)

    @property
    def hovered(self) -> int | None:
        return self._hovered

    def person_at(self, point: QPointF, reach: float = NODE_SIZE / 2 + 2) -> int | None:
        """Who is drawn at `point` (scene units), the nearest one if several are close."""
        cx, cy = _cell(point.x(), point.y())
        best, best_distance = None, reach
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for pid in self._grid.get((cx + dx, cy + dy), ()):
                    p = self._pos[pid]
                    distance = math.hypot(p.x() - point.x(), p.y() - point.y())
                    if distance <= best_distance:
                        best, best_distance = pid, distance
        return best

    def _rebuild(self) -> None:
        lit = self._highlight
        prefix = "" if lit is None else _LIT
        self._look = {
            pid: _DIM if lit is not None and pid not in lit else prefix + person.state.value
            for pid, person in self._people.items()
        }

    # --- painting ----------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        # Wider than the rings, so names of people at the far left and right fit too.
        r = self._layout.radius + NODE_SPACING
        return QRectF(
            -r - LABEL_ROOM, -r - NAME_ROOM, 2 * (r + LABEL_ROOM), 2 * r + LABEL_ROOM + NAME_ROOM
        )

    def _sprite(self, look: str, pixels: int) -> QPixmap:
        sprite = self._sprites.get((look, pixels))
        if sprite is None:
            sprite = _draw_sprite(look, pixels, self._palette)
            self._sprites[(look, pixels)] = sprite
        return sprite

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,  # noqa: ARG002 (Qt's signature)
    ) -> None:
        world = painter.worldTransform()
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        pixels = max(3, min(256, math.ceil((NODE_SIZE + 2 * _RIM) * world.m11() * ratio)))
        if len(self._sprites) > 64:
            self._sprites.clear()  # zoom levels come and go; keep only what is in use
        source = QRectF(0, 0, pixels, pixels)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        exposed = option.exposedRect
        visible = self._pids_in(exposed)
        sprites = {look: self._sprite(look, pixels) for look in {*self._look.values()}}
        look, rects = self._look, self._rects
        # Dimmed dots first, so lit ones are never hidden under them.
        for pid in visible:
            if look[pid] == _DIM:
                painter.drawPixmap(rects[pid], sprites[_DIM], source)
        for pid in visible:
            if look[pid] != _DIM:
                painter.drawPixmap(rects[pid], sprites[look[pid]], source)
        if self._rings is not None:
            self._rings.paint_names(painter)
        self._paint_labels(painter)
        # Last, over the names: the one marked and the one carried are never hidden.
        if self._hovered is not None and self._hovered in self._pos:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            # Two pixels at any zoom, so the one marked is found on a crowded map too.
            pen = QPen(self._palette.color(QPalette.ColorRole.Text), 2)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            ring = self._marker_radius(world.m11())
            painter.drawEllipse(self._pos[self._hovered], ring, ring)
        if self._carried is not None:
            pid, point = self._carried
            half = NODE_SIZE / 2 + _RIM
            box = QRectF(point.x() - half, point.y() - half, 2 * half, 2 * half)
            painter.drawPixmap(box, sprites[look[pid]], source)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(self._palette.color(QPalette.ColorRole.Highlight), 2)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            ring = self._marker_radius(world.m11())
            painter.drawEllipse(point, ring, ring)

    def _paint_labels(self, painter: QPainter) -> None:
        """Names under the dots where they fit without touching another; none when far out.

        Which names fit is decided once for everything in view and kept until the view
        moves, so a small repaint (a hover) draws exactly the names a full one would.
        """
        world = painter.worldTransform()
        scene = self.scene()
        views = scene.views() if scene is not None else []
        if not views:
            return
        view = views[0]
        in_view = view.mapToScene(view.viewport().rect()).boundingRect()
        font = QFont(painter.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        key = (
            world.m11(),
            world.dx(),
            world.dy(),
            in_view.getRect(),
            self._highlight,
            font.key(),
        )
        if self._label_key != key:
            self._label_key = key
            self._labels = self._place_labels(world, in_view, font, painter.font())
        if not self._labels:
            return
        painter.save()
        painter.setWorldTransform(QTransform())
        painter.setFont(font)
        text = self._palette.color(QPalette.ColorRole.Text)
        backing = QColor(self._palette.color(QPalette.ColorRole.Base))
        backing.setAlphaF(0.85)
        for box, label in self._labels:
            if self._labels_over_dots:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(backing)
                painter.drawRoundedRect(box.adjusted(-3, 0, 3, 0), 3, 3)
            painter.setPen(text)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()

    def _place_labels(
        self, world: QTransform, in_view: QRectF, font: QFont, base: QFont
    ) -> list[tuple[QRectF, str]]:
        candidates = self._pids_in(in_view)
        if self._highlight is not None:
            candidates = [pid for pid in candidates if pid in self._highlight]
        crowded = len(candidates) > MAX_LABELLED or NODE_SIZE * world.m11() < 7
        self._labels_over_dots = crowded
        if crowded:
            # Too many or too small to name all: name the closest people, the rest on hover.
            people = self._people
            candidates = [pid for pid in candidates if people[pid].circle in _NAMED_WHEN_CROWDED]
        candidates.sort(key=self._label_order.__getitem__)
        # Inner circle first, so they keep their names; a crowded map has room for a few
        # dozen names, so trying hundreds more would only slow each zoom step.
        del candidates[MAX_LABELLED_CROWDED if crowded else MAX_LABELLED :]
        scale = world.m11()
        metrics = QFontMetricsF(font)
        taken = _Occupied()
        if self._rings is not None:
            for box, _name in self._rings.name_boxes(world, base):
                taken.add(box)
            taken.add(self._rings.you_box(world, base))
        half = NODE_SIZE * scale / 2
        if not crowded:
            # Names keep off the dots; on a crowded map no spot would be free, so names
            # there go over the dots on a backing (`_paint_labels`) and only avoid each other.
            for pid in candidates:
                centre = world.map(self._pos[pid])
                taken.add(QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half))
        max_width = max(110.0, NODE_SPACING * scale * 3)
        placed: list[tuple[QRectF, str]] = []
        # A name cut by the edge of the view reads as a different name: leave it out.
        shown = world.mapRect(in_view.intersected(self.boundingRect()))
        for pid in candidates:
            label = metrics.elidedText(
                self._people[pid].name, Qt.TextElideMode.ElideRight, max_width
            )
            width = metrics.horizontalAdvance(label)
            centre = world.map(self._pos[pid])
            # Below the dot if there is room, else above it, else no name (hover tells).
            for top in (centre.y() + half + 1, centre.y() - half - 1 - metrics.height()):
                box = QRectF(centre.x() - width / 2, top, width, metrics.height())
                padded = box.adjusted(-MIN_LABEL_GAP_PX / 2, 0, MIN_LABEL_GAP_PX / 2, 0)
                if shown.contains(box) and not taken.hits(padded):
                    taken.add(padded)
                    placed.append((box, label))
                    break
        return placed

    def _pids_in(self, rect: QRectF) -> list[int]:
        x0, y0 = _cell(rect.left() - NODE_SPACING, rect.top() - NODE_SPACING)
        x1, y1 = _cell(rect.right() + NODE_SPACING, rect.bottom() + NODE_SPACING)
        found: list[int] = []
        if (x1 - x0 + 1) * (y1 - y0 + 1) > 2 * len(self._grid):
            return list(self._pos)
        for cx in range(x0, x1 + 1):
            for cy in range(y0, y1 + 1):
                found.extend(self._grid.get((cx, cy), ()))
        return found


def _draw_sprite(look: str, pixels: int, palette: QPalette) -> QPixmap:
    """One dot at `pixels` size: a rim around the state's colour.

    Every look has the same outer size; a dot lit by the interest filter trades some of
    its fill for a wider dark (or, on dark themes, light) rim: it stands out, never grows.
    """
    sprite = QPixmap(pixels, pixels)
    sprite.fill(Qt.GlobalColor.transparent)
    base = palette.color(QPalette.ColorRole.Base)
    painter = QPainter(sprite)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    unit = pixels / (NODE_SIZE + 2 * _RIM)
    whole = QRectF(0, 0, pixels, pixels)
    if look == _DIM:
        faint = QColor(palette.color(QPalette.ColorRole.Text))
        faint.setAlphaF(0.11)
        painter.setBrush(faint)
        painter.drawEllipse(whole.adjusted(unit, unit, -unit, -unit))
    else:
        lit = look.startswith(_LIT)
        state = TendingState(look.removeprefix(_LIT))
        rim = (2.6 if lit else _RIM) * unit
        # A neutral rim in the text colour: an accent hue could pass for a tending state.
        painter.setBrush(palette.color(QPalette.ColorRole.Text) if lit else base)
        painter.drawEllipse(whole)
        dot = whole.adjusted(rim, rim, -rim, -rim)
        painter.setBrush(state_colour(state, palette))
        painter.drawEllipse(dot)
        if state in HOLLOW:
            inset = 2.6 * unit
            painter.setBrush(base)
            painter.drawEllipse(dot.adjusted(inset, inset, -inset, -inset))
        else:
            paint_glyph(painter, dot, state, base)  # the legend's sign, on the dot too
    painter.end()
    return sprite


def _cell(x: float, y: float) -> tuple[int, int]:
    return (math.floor(x / NODE_SPACING), math.floor(y / NODE_SPACING))


class _Occupied:
    """Screen rectangles already used by dots and names, bucketed so a check stays local."""

    CELL = 48.0

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list[QRectF]] = {}

    def _keys(self, rect: QRectF) -> Iterable[tuple[int, int]]:
        for cx in range(
            math.floor(rect.left() / self.CELL), math.floor(rect.right() / self.CELL) + 1
        ):
            for cy in range(
                math.floor(rect.top() / self.CELL), math.floor(rect.bottom() / self.CELL) + 1
            ):
                yield (cx, cy)

    def add(self, rect: QRectF) -> None:
        for key in self._keys(rect):
            self._cells.setdefault(key, []).append(rect)

    def hits(self, rect: QRectF) -> bool:
        return any(
            rect.intersects(other) for key in self._keys(rect) for other in self._cells.get(key, ())
        )
