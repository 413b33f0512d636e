"""Ties on the map: hovering someone draws their ties, told apart by line style; "Show
ties" draws the near circles' ties from one cached item; a group lights up its members."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QGraphicsItem, QGraphicsLineItem
from pytestqt.qtbot import QtBot

from kith.domain.ties import TieKind
from kith.domain.values import Circle, Mode
from kith.services.app import Services
from kith.ui.map.ties_layer import AllTies
from kith.ui.map.view import RelationshipMap
from kith.ui.shell.changes import DataChanges
from tests.ui.plans_support import add_person


@pytest.fixture
def people(services: Services) -> dict[str, int]:
    services.profile.set_interests(["climbing"])
    ids = {
        "ana": add_person(services, "Ana Sari", Circle.INNER, ("climbing",)),
        "budi": add_person(services, "Budi Santoso", Circle.CLOSE, ()),
        "citra": add_person(services, "Citra Dewi", Circle.FRIENDS, ()),
        "dewi": add_person(services, "Dewi Lestari", Circle.WIDER, ()),
    }
    services.interactions.log([ids["ana"]], Mode.IN_PERSON, date(2026, 11, 20))
    services.ties.tie(ids["budi"], ids["ana"], TieKind.PARTNER)
    services.ties.tie(ids["ana"], ids["citra"], TieKind.FRIENDS)
    services.ties.tie(ids["citra"], ids["dewi"], TieKind.COLLEAGUES)
    services.ties.add_group("Book club", [ids["citra"], ids["dewi"]])
    return ids


@pytest.fixture
def world(qtbot: QtBot, services: Services, people: dict[str, int]) -> RelationshipMap:
    widget = RelationshipMap(services, DataChanges(services.changes))
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _hover(qtbot: QtBot, world: RelationshipMap, person_id: int) -> None:
    def pointing() -> bool:
        point = world.view.mapFromScene(world.node_position(person_id))
        qtbot.mouseMove(world.view.viewport(), point + QPoint(40, 40))
        qtbot.mouseMove(world.view.viewport(), point)
        return world.layer is not None and world.layer.hovered == person_id

    qtbot.waitUntil(pointing)


def _drawn(world: RelationshipMap) -> set[tuple[int, int, Qt.PenStyle]]:
    """The tie lines in the scene, by the people they join and how they are drawn."""
    return {
        (*sorted(item.data(0)[:2]), item.pen().style())
        for item in world.scene.items()
        if isinstance(item, QGraphicsLineItem) and item.data(0) is not None
    }


def test_hovering_a_person_draws_their_ties_by_kind(
    qtbot: QtBot, world: RelationshipMap, people: dict[str, int]
) -> None:
    ana, budi, citra = people["ana"], people["budi"], people["citra"]
    assert _drawn(world) == set()
    _hover(qtbot, world, ana)
    assert _drawn(world) == {
        (min(ana, budi), max(ana, budi), Qt.PenStyle.SolidLine),  # partners
        (min(ana, citra), max(ana, citra), Qt.PenStyle.DashLine),  # friends
    }
    # Each line joins the two dots.
    line = next(i for i in world.scene.items() if isinstance(i, QGraphicsLineItem))
    assert world.node_position(ana) in (line.line().p1(), line.line().p2())
    # Said in words too, for whoever cannot see the lines.
    assert world.describe(ana).endswith("\nTies: Budi Santoso (Partner), Citra Dewi (Friend)")
    _hover(qtbot, world, people["dewi"])
    assert _drawn(world) == {
        (min(citra, people["dewi"]), max(citra, people["dewi"]), Qt.PenStyle.DotLine)
    }


def test_show_ties_draws_the_near_circles_ties_from_one_cached_item(
    qtbot: QtBot, world: RelationshipMap, people: dict[str, int]
) -> None:
    assert world.all_ties is None
    world.ties_switch.click()
    layer = world.all_ties
    assert isinstance(layer, AllTies) and layer.scene() is world.scene
    assert layer.cacheMode() == QGraphicsItem.CacheMode.DeviceCoordinateCache
    # Ties between Ana (inner) and Budi (close); not those out to Citra and Dewi.
    assert {(line.low, line.high) for line in layer.lines} == {
        tuple(sorted((people["ana"], people["budi"]))),
    }
    world.ties_switch.click()
    assert world.all_ties is None and layer.scene() is None


def test_a_group_lights_up_like_an_interest(
    world: RelationshipMap, services: Services, people: dict[str, int]
) -> None:
    (group,) = services.ties.groups()
    world.set_group(group.id)
    assert world.highlighted_people() == {people["citra"], people["dewi"]}
    assert world.match_label.text() == "2 people in it"


def test_a_new_tie_shows_without_a_reload(
    qtbot: QtBot, world: RelationshipMap, services: Services, people: dict[str, int]
) -> None:
    services.ties.tie(people["dewi"], people["ana"], TieKind.KNOW)
    _hover(qtbot, world, people["dewi"])
    assert Qt.PenStyle.DashDotLine in {style for *_, style in _drawn(world)}
