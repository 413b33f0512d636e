"""Moving people on the map without a mouse, and seeing where a dragged dot will land."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from kith.domain.values import Circle
from kith.services.app import Services
from kith.ui.map.view import RelationshipMap
from kith.ui.shell.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def _map_with_focus(window: MainWindow, qtbot: QtBot) -> RelationshipMap:
    window.show_place("map")
    world = window.map
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    world.view.setFocus()
    qtbot.waitUntil(world.view.hasFocus)
    return world


def _marked(world: RelationshipMap) -> int | None:
    return None if world.layer is None else world.layer.hovered


def test_ctrl_up_moves_the_marked_person_one_circle_in_with_undo(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    world = _map_with_focus(window, qtbot)
    eli = people["Eli"]
    qtbot.keyClick(world.view, Qt.Key.Key_Left)  # backwards from the start: the outer ring
    assert _marked(world) == eli

    qtbot.keyClick(world.view, Qt.Key.Key_Up, CTRL)

    assert services.people.summary(eli).circle == Circle.FRIENDS
    assert window.statusBar().currentMessage() == "Moved Eli Berg to Friends."
    # Redrawn at once with Eli on the friends' ring, still the one the keys act on.
    assert world.layer is not None and world.layer.person(eli).circle == Circle.FRIENDS
    assert _marked(world) == eli
    # Named beside their dot, since a crowded map names only the closest people.
    tag = world.view.marked_tag
    assert tag is not None and tag.isVisible() and tag.text == "Eli Berg"
    assert tag.pos() == world.node_position(eli)
    qtbot.keyClick(world.view, Qt.Key.Key_Up, CTRL)
    assert services.people.summary(eli).circle == Circle.CLOSE

    qtbot.keyClick(world.view, Qt.Key.Key_Z, CTRL)
    assert services.people.summary(eli).circle == Circle.FRIENDS
    qtbot.keyClick(world.view, Qt.Key.Key_Z, CTRL)
    assert services.people.summary(eli).circle == Circle.WIDER


def test_ctrl_down_moves_out_and_stops_at_the_outer_ring(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    world = _map_with_focus(window, qtbot)
    dana, eli = people["Dana"], people["Eli"]
    qtbot.keyClick(world.view, Qt.Key.Key_Right)  # from the start: the inner circle
    assert _marked(world) == dana
    qtbot.keyClick(world.view, Qt.Key.Key_Down, CTRL)
    assert services.people.summary(dana).circle == Circle.CLOSE

    qtbot.waitUntil(
        lambda: world.layer is not None and world.layer.person(dana).circle == Circle.CLOSE
    )
    for _ in range(len(people)):
        if _marked(world) == eli:
            break
        qtbot.keyClick(world.view, Qt.Key.Key_Left)
    assert _marked(world) == eli
    qtbot.keyClick(world.view, Qt.Key.Key_Down, CTRL)
    assert services.people.summary(eli).circle == Circle.WIDER  # nothing beyond the wider ring


def _open_menu(qtbot: QtBot, world: RelationshipMap, key: Qt.Key, mods: object) -> QMenu:
    qtbot.keyClick(world.view, key, mods)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def test_the_menu_key_offers_move_to_circle(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    world = _map_with_focus(window, qtbot)
    dana = people["Dana"]
    qtbot.keyClick(world.view, Qt.Key.Key_Right)
    assert _marked(world) == dana

    menu = _open_menu(qtbot, world, Qt.Key.Key_Menu, Qt.KeyboardModifier.NoModifier)
    texts = [a.text() for a in menu.actions()]
    assert texts == ["Open Dana Wu", "Move to circle"]
    move = menu.actions()[1].menu()
    assert isinstance(move, QMenu)
    choices = {a.text(): a for a in move.actions()}
    assert list(choices) == ["Inner circle", "Close", "Friends", "Wider circle"]
    assert choices["Inner circle"].isChecked() and not choices["Inner circle"].isEnabled()
    choices["Friends"].trigger()
    menu.close()
    assert services.people.summary(dana).circle == Circle.FRIENDS
    window.undo_action.trigger()
    assert services.people.summary(dana).circle == Circle.INNER
    window.redo_action.trigger()
    assert services.people.summary(dana).circle == Circle.FRIENDS
    window.undo_action.trigger()

    # Shift+F10 opens the same menu.
    menu = _open_menu(qtbot, world, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert [a.text() for a in menu.actions()] == ["Open Dana Wu", "Move to circle"]
    menu.close()


def _ring_point(world: RelationshipMap, circle: Circle) -> QPoint:
    assert world.layer is not None
    ring = next(r for r in world.layer._layout.rings if r.circle == circle)
    return world.view.mapFromScene(QPointF(0, -(ring.inner + ring.outer) / 2))


def test_while_dragging_the_ring_it_would_land_on_is_lit_and_named(
    window: MainWindow, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    world = _map_with_focus(window, qtbot)
    eli = people["Eli"]
    viewport = world.view.viewport()
    start = world.view.mapFromScene(world.node_position(eli))
    assert world.view.drop_target is None

    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(12, 12))
    qtbot.mouseMove(viewport, _ring_point(world, Circle.CLOSE))
    assert world.view.drop_target == Circle.CLOSE
    assert world.view.drop is not None and world.view.drop.label_text == "Move to Close"
    qtbot.mouseMove(viewport, _ring_point(world, Circle.INNER))
    assert world.view.drop_target == Circle.INNER
    assert world.view.drop.label_text == "Move to Inner circle"
    # Back on their own ring: a drop there moves nobody, so nothing is lit.
    qtbot.mouseMove(viewport, _ring_point(world, Circle.WIDER))
    assert world.view.drop_target is None and world.view.drop.label_text == ""
    qtbot.mouseMove(viewport, _ring_point(world, Circle.FRIENDS))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=_ring_point(world, Circle.FRIENDS))

    assert world.view.drop_target is None
    assert services.people.summary(eli).circle == Circle.FRIENDS
