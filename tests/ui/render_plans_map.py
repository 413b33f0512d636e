"""Render Plans, the meetup dialog and the relationship map to PNG files, with demo data.

Not a test: a way to look at the screens and time the map. Run offscreen:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/render_plans_map.py [OUT_DIR]

Writes plans_<n>.png, meetup_<n>.png, map_<n>.png, map_<n>_filtered.png,
map_<n>_zoomed.png, map_<n>_dark.png, map_<n>_keyboard.png (someone marked by the keys) and
map_<n>_dragging.png (a dot held over another ring) for 50 and 5,000 people, and prints
timings.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kith.bootstrap import open_services
from kith.clock import FixedClock
from kith.services.views import MeetupInput
from kith.ui.dialogs.meetup import MeetupDialog
from kith.ui.map.people_layer import PeopleLayer
from kith.ui.map.view import RelationshipMap
from kith.ui.plans.page import PlansPage
from kith.ui.shell.changes import DataChanges


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2d30",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1f2023",
        QPalette.ColorRole.AlternateBase: "#2b2d30",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#35373b",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#4a88c7",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#35373b",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    return palette


def shoot(widget: QWidget, path: Path) -> None:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(f"  wrote {path}")


def ms(action: Callable[[], object], rounds: int = 1) -> str:
    started = time.perf_counter()
    for _ in range(rounds):
        action()
    return f"{(time.perf_counter() - started) / rounds * 1000:.1f}"


def answer_question() -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        print(f"  asked: {box.text()} {box.informativeText()}")
        box.buttons()[0].click()
    else:
        QTimer.singleShot(10, answer_question)


def repaint_anew(world: RelationshipMap) -> None:
    """Throw the cached drawing away and paint everything again."""
    for item in world.scene.items():
        item.update()
    world.view.viewport().repaint()


def zoom_and_paint(world: RelationshipMap) -> None:
    world.view.zoom_by(1.25)
    world.view.viewport().repaint()
    world.view.zoom_by(1 / 1.25)
    world.view.viewport().repaint()


def hover(layer: PeopleLayer, person_id: int, flip: int) -> None:
    layer.set_hovered(person_id if flip % 2 else None)
    QApplication.processEvents()


def keyboard_and_drag(world: RelationshipMap, people: int, out: Path) -> None:
    """Someone marked by the arrow keys, then a dot carried from the outer ring inwards."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtTest import QTest

    view = world.view
    view.setFocus()
    QApplication.processEvents()
    for _ in range(3):
        QTest.keyClick(view, Qt.Key.Key_Left)
    shoot(world, out / f"map_{people}_keyboard.png")
    layer = world.layer
    assert layer is not None and layer.hovered is not None
    dragged = layer.hovered
    rings = {r.circle: r for r in layer._layout.rings}
    start = view.mapFromScene(layer.position(dragged))
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(viewport, start + QPoint(10, 10))
    targets = [view.mapFromScene(QPointF(0, -(r.inner + r.outer) / 2)) for r in rings.values()]
    steps = iter(range(10_000))

    def carry() -> None:
        # Back and forth across the rings, as a hand looking for the right one does.
        step = next(steps)
        QTest.mouseMove(viewport, targets[step % len(targets)] + QPoint(step % 7, 0))
        viewport.repaint()

    print(f"  map: drag step with the ring lit {ms(carry, 20)} ms")
    ring = next(c for c in rings if c != layer.person(dragged).circle)
    QTest.mouseMove(
        viewport, view.mapFromScene(QPointF(0, -(rings[ring].inner + rings[ring].outer) / 2))
    )
    QApplication.processEvents()
    shoot(world, out / f"map_{people}_dragging.png")
    print(f"  map: while dragging, the lit ring is {view.drop_target}")
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))


def render(people: int, out: Path, folder: Path) -> None:
    clock = FixedClock(datetime(2026, 11, 22, 12, 0), "Asia/Jakarta")
    services = open_services(folder / f"demo{people}.sqlite3", clock)
    services.demo.fill(people, seed=1)
    print(f"{people} people:")

    services.meetups.plan(
        MeetupInput(title="Pottery class, some Saturday", person_ids=(1, 2), place="Clay studio")
    )
    page = PlansPage(services, DataChanges(services.changes))
    page.resize(1100, 640)
    shoot(page, out / f"plans_{people}.png")

    # Mark the first meetup done the way a user does, answering the question it asks.
    first = page.model.index(0, 0, page.model.index(0, 0))
    page.tree.setCurrentIndex(first)
    QTimer.singleShot(0, answer_question)
    page.done_action.trigger()
    page.past_action.setChecked(True)
    shoot(page, out / f"plans_{people}_past.png")

    chosen = [p.id for p in services.people.list() if p.shared_interests][:3]
    dialog = MeetupDialog(services, person_ids=chosen)
    dialog.title_edit.setText("")
    shoot(dialog, out / f"meetup_{people}.png")
    dialog.place_edit.setText("Corner café")
    dialog.accept()  # no title: refused, shown next to the field
    shoot(dialog, out / f"meetup_{people}_refused.png")
    dialog.close()
    page.close()

    started = time.perf_counter()
    world = RelationshipMap(services, DataChanges(services.changes))
    world.reload()  # what showing it the first time does
    built = time.perf_counter() - started
    world.resize(1200, 820)
    world.show()
    QApplication.processEvents()
    viewport = world.view.viewport()
    print(f"  map: built in {built * 1000:.0f} ms (reading {people} people included)")
    print(
        f"  map: full paint {ms(lambda: repaint_anew(world), 5)} ms, "
        f"repaint from cache {ms(viewport.repaint, 10)} ms "
        f"({viewport.width()}×{viewport.height()} px)"
    )
    print(f"  map: zoom step (paints anew) {ms(lambda: zoom_and_paint(world), 6)} ms")
    bar = world.view.horizontalScrollBar()
    print(
        f"  map: pan step {ms(lambda: (bar.setValue(bar.value() + 20), viewport.repaint()), 10)} ms"
    )
    layer = world.layer
    assert layer is not None
    someone = next(iter(world.highlighted_people()))
    flips = iter(range(1000))
    print(f"  map: hover change {ms(lambda: hover(layer, someone, next(flips)), 10)} ms")
    world.fit()
    print(f"  map: reload after a change {ms(world.reload)} ms")
    shoot(world, out / f"map_{people}.png")

    mine = services.profile.interests()
    world.set_interest(mine[0])
    shoot(world, out / f"map_{people}_filtered.png")
    world.set_interest(None)

    world.view.centerOn(world.node_position(someone))
    world.view.zoom_by(4.5 if people > 1000 else 1.8)
    print(f"  map: paint zoomed in, with names {ms(viewport.repaint)} ms")
    assert world.layer is not None
    world.layer.set_hovered(someone)
    shoot(world, out / f"map_{people}_zoomed.png")

    world.fit()
    keyboard_and_drag(world, people, out)

    world.fit()
    world.setPalette(dark_palette())
    world.setAutoFillBackground(True)
    shoot(world, out / f"map_{people}_dark.png")
    world.close()
    services.close()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        for people in (50, 5000):
            render(people, out, Path(folder))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
