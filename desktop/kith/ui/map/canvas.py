"""The map's canvas: a graphics view that pans by dragging, zooms, and picks people."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsScene,
    QGraphicsView,
    QToolTip,
    QWidget,
)

from kith.ui.map.people_layer import PeopleLayer
from kith.ui.text import formatting as fmt

MIN_SCALE = 0.05
MAX_SCALE = 8.0
ZOOM_STEP = 1.25


class MapView(QGraphicsView):
    """Drag to pan, Ctrl+wheel to zoom; a click (not a drag) on a dot picks that person,
    and dragging a dot onto another ring asks to move them to that circle."""

    person_clicked = Signal(int)
    person_dropped = Signal(int, object)
    """A person's dot was dropped on the ring of another circle: (person id, Circle)."""
    moved_by_user = Signal()
    """Zoomed or dragged: the user now chooses what is in view."""

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.layer: PeopleLayer | None = None
        self.describe: Callable[[int], str] = str
        """What the hover tip says about a person."""
        self._press: QPoint | None = None
        self._dragged: int | None = None
        """Whose dot the pressed button holds; None while the drag pans the view."""
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Dragging pans; scroll bars would only crowd the drawing.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def scale_factor(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float, anchor: QPoint | None = None) -> None:
        target = min(MAX_SCALE, max(MIN_SCALE, self.scale_factor() * factor))
        factor = target / self.scale_factor()
        if abs(factor - 1) < 1e-6:
            return
        if anchor is None:
            old = self.transformationAnchor()
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
            self.scale(factor, factor)
            self.setTransformationAnchor(old)
        else:
            self.scale(factor, factor)
        self.moved_by_user.emit()

    def fit(self, rect: QRectF) -> None:
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    # --- mouse -------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(ZOOM_STEP**steps, event.position().toPoint())
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            if self.layer is not None:
                self._dragged = self.layer.person_at(self.mapToScene(self._press))
                if self._dragged is not None:
                    # Pressed on someone: this drag carries them, it does not pan.
                    event.accept()
                    return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, self._press = self._press, None
        dragged, self._dragged = self._dragged, None
        if dragged is None:
            super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or press is None or self.layer is None:
            return
        at = event.position().toPoint()
        moved = (at - press).manhattanLength() > QApplication.startDragDistance()
        if dragged is not None:
            self.layer.set_carried(None)
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
            if not moved:
                self.person_clicked.emit(dragged)
                return
            circle = self.layer.circle_at(self.mapToScene(at))
            if circle is not None and circle != self.layer.person(dragged).circle:
                self.person_dropped.emit(dragged, circle)
            return
        if moved:
            self.moved_by_user.emit()
            return
        person = self.layer.person_at(self.mapToScene(at))
        if person is not None:
            self.person_clicked.emit(person)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragged is not None and self.layer is not None and self._press is not None:
            at = event.position().toPoint()
            if (at - self._press).manhattanLength() > QApplication.startDragDistance():
                QToolTip.hideText()
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
                self.layer.set_carried(self._dragged, self.mapToScene(at))
            event.accept()
            return
        super().mouseMoveEvent(event)
        if event.buttons() != Qt.MouseButton.NoButton or self.layer is None:
            return
        person = self.layer.person_at(self.mapToScene(event.position().toPoint()))
        self.layer.set_hovered(person)
        if person is None:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            QToolTip.hideText()
            return
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        tip = fmt.plain_tooltip(self.describe(person))
        QToolTip.showText(event.globalPosition().toPoint(), tip, self.viewport())

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        if self.layer is not None and not self.hasFocus():
            self.layer.set_hovered(None)

    # --- keyboard ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows walk from person to person (ring by ring), Enter opens the one marked,
        + and - zoom."""
        key = event.key()
        steps = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}
        if key in steps and self.layer is not None:
            self.step_person(steps[Qt.Key(key)])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self.layer is not None and self.layer.hovered is not None:
                self.person_clicked.emit(self.layer.hovered)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / ZOOM_STEP)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def step_person(self, step: int) -> None:
        assert self.layer is not None
        order = self.layer.keyboard_order()
        if not order:
            return
        current = self.layer.hovered
        index = order.index(current) + step if current in order else (0 if step > 0 else -1)
        person = order[index % len(order)]
        self.layer.set_hovered(person)
        point = self.layer.position(person)
        self.ensureVisible(QRectF(point.x() - 40, point.y() - 40, 80, 80))
        text = self.describe(person)
        self.setAccessibleDescription(text)
        centre = self.viewport().mapToGlobal(self.mapFromScene(point))
        QToolTip.showText(centre, fmt.plain_tooltip(text), self.viewport())
