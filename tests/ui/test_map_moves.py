"""Moving people on the map from the main window: the move goes through, with Undo."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from kith.domain.values import Circle
from kith.services.app import Services
from kith.ui.shell.main_window import MainWindow


def test_dragging_someone_to_the_inner_ring_moves_them_with_undo(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    window.show_place("map")
    world = window.map
    assert world.layer is not None
    ring = next(r for r in world.layer._layout.rings if r.circle == Circle.INNER)
    start = world.view.mapFromScene(world.node_position(people["Eli"]))
    end = world.view.mapFromScene(QPointF(0, -(ring.inner + ring.outer) / 2))
    viewport = world.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(20, 20))
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert services.people.summary(people["Eli"]).circle == Circle.INNER
    assert window.statusBar().currentMessage() == "Moved Eli Berg to Inner circle."
    qtbot.waitUntil(
        lambda: world.layer is not None and world.layer.person(people["Eli"]).circle == Circle.INNER
    )
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)
    assert services.people.summary(people["Eli"]).circle == Circle.WIDER
