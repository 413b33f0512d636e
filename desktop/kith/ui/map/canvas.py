"""The map's canvas: a graphics view that pans by dragging, zooms, and picks people."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsScene,
    QGraphicsView,
    QToolTip,
    QWidget,
)

from kith.domain.values import RINGS, Circle
from kith.ui.map.drop_target import DropTarget
from kith.ui.map.people_layer import PeopleLayer
from kith.ui.map.tag import Tag
from kith.ui.text import formatting as fmt

MIN_SCALE = 0.05
MAX_SCALE = 8.0
ZOOM_STEP = 1.25


class MapView(QGraphicsView):
    """Drag to pan, Ctrl+wheel to zoom; a click (not a drag) on a dot picks that person,
    and dragging a dot onto another ring (or Ctrl+Up/Down on the one marked) asks to move
    them to that circle."""

    person_clicked = Signal(int)
    move_asked = Signal(int, object)
    """A person's dot was dropped on another circle's ring, or stepped in or out by the
    keyboard: (person id, Circle)."""
    menu_asked = Signal(int, QPoint)
    """The context menu for a person: (person id, where to show it on screen)."""
    moved_by_user = Signal()
    resized = Signal()
    """The view's own size changed (the legend below it may wrap onto more lines)."""
    """Zoomed or dragged: the user now chooses what is in view."""

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.layer: PeopleLayer | None = None
        self.drop: DropTarget | None = None
        """Lights the ring a dragged dot would land on."""
        self.marked_tag: Tag | None = None
        """Names the one the keyboard marks, who may have no name shown on a crowded map."""
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

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

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
            if self.drop is not None:
                self.drop.clear()
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
            if not moved:
                self.person_clicked.emit(dragged)
                return
            circle = self._landing(dragged, at)
            if circle is not None:
                self.move_asked.emit(dragged, circle)
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
                self._untag()
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
                point = self.mapToScene(at)
                self.layer.set_carried(self._dragged, point)
                if self.drop is not None:
                    self.drop.show_at(self._landing(self._dragged, at), point)
            event.accept()
            return
        super().mouseMoveEvent(event)
        if event.buttons() != Qt.MouseButton.NoButton or self.layer is None:
            return
        person = self.layer.person_at(self.mapToScene(event.position().toPoint()))
        if person != self.layer.hovered:
            self._untag()
        self.layer.set_hovered(person)
        if person is None:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            QToolTip.hideText()
            return
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        tip = fmt.plain_tooltip(self.describe(person))
        QToolTip.showText(event.globalPosition().toPoint(), tip, self.viewport())

    def _landing(self, person_id: int, at: QPoint) -> Circle | None:
        """The circle a drop at `at` (viewport pixels) moves them to; None for no move."""
        assert self.layer is not None
        circle = self.layer.circle_at(self.mapToScene(at))
        return None if circle == self.layer.person(person_id).circle else circle

    @property
    def drop_target(self) -> Circle | None:
        """The circle lit under the dot being dragged, None when a drop would move nobody."""
        return None if self.drop is None else self.drop.circle

    def _untag(self) -> None:
        if self.marked_tag is not None:
            self.marked_tag.hide()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()  # the focus frame

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # its own menu keeps it
            self._untag()
        self.viewport().update()

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        """A thin frame in the accent colour while the map has the keyboard's focus."""
        super().drawForeground(painter, rect)
        if not self.hasFocus():
            return
        painter.save()
        painter.setWorldTransform(QTransform())
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.viewport().rect().adjusted(1, 1, -1, -1))
        painter.restore()

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        if self.layer is not None and not self.hasFocus():
            self.layer.set_hovered(None)

    # --- keyboard ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows walk from person to person (ring by ring), Ctrl+Up and Ctrl+Down move the
        one marked a circle in or out, Enter opens them, the Menu key or Shift+F10 offers
        what can be done with them, + and - zoom."""
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        steps = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}
        marked = self.layer.hovered if self.layer is not None else None
        ctrl = modifiers == Qt.KeyboardModifier.ControlModifier
        if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            if marked is not None:
                self._step_circle(marked, -1 if key == Qt.Key.Key_Up else 1)
        elif key == Qt.Key.Key_Menu or (
            key == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier
        ):
            if marked is not None:
                self._ask_menu(marked)
        elif key in steps and self.layer is not None:
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

    def _step_circle(self, person_id: int, step: int) -> None:
        """One circle in (-1) or out (+1); someone not sorted yet steps in to the wider
        circle. Past the innermost or the outermost ring nothing moves."""
        assert self.layer is not None
        circle = self.layer.person(person_id).circle
        if not circle.is_sorted:
            target = RINGS[-1] if step < 0 else None
        else:
            index = RINGS.index(circle) + step
            target = RINGS[index] if 0 <= index < len(RINGS) else None
        if target is not None:
            self.move_asked.emit(person_id, target)

    def _ask_menu(self, person_id: int) -> None:
        assert self.layer is not None
        at = self.mapFromScene(self.layer.position(person_id))
        self.menu_asked.emit(person_id, self.viewport().mapToGlobal(at))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.layer is None:
            return
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            # A mouse's menu comes through the viewport: its position is the viewport's.
            person = self.layer.person_at(self.mapToScene(event.pos()))
            if person is not None:
                self.mark_person(person)
                self.menu_asked.emit(person, event.globalPos())
        elif self.layer.hovered is not None:
            self._ask_menu(self.layer.hovered)
        event.accept()

    def step_person(self, step: int) -> None:
        assert self.layer is not None
        order = self.layer.keyboard_order()
        if not order:
            return
        current = self.layer.hovered
        index = order.index(current) + step if current in order else (0 if step > 0 else -1)
        self.mark_person(order[index % len(order)])

    def mark_person(self, person: int) -> None:
        """Mark `person` as the one the keyboard acts on, in view and told in a tooltip."""
        assert self.layer is not None
        self.layer.set_hovered(person)
        point = self.layer.position(person)
        if self.marked_tag is not None:
            self.marked_tag.show_at(self.layer.person(person).name, point)
        self.ensureVisible(QRectF(point.x() - 40, point.y() - 40, 80, 80))
        text = self.describe(person)
        self.setAccessibleDescription(text)
        centre = self.viewport().mapToGlobal(self.mapFromScene(point))
        QToolTip.showText(centre, fmt.plain_tooltip(text), self.viewport())
