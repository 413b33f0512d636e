"""One look across the window: names read as names, Kith's own icons whatever the desktop
theme, one quiet colour for every empty note, and "You" inside its circle at any zoom."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QEnterEvent,
    QFont,
    QFontMetricsF,
    QIcon,
    QImage,
    QPalette,
    QTransform,
)
from PySide6.QtWidgets import QApplication, QGraphicsView, QToolButton
from pytestqt.qtbot import QtBot

from kith.ui.map.rings import RingsItem
from kith.ui.shell.main_window import MainWindow


def _text_colour(widget_palette: QPalette) -> str:
    return widget_palette.color(QPalette.ColorRole.WindowText).name()


def test_names_on_today_are_names_underlined_only_under_the_pointer(
    window: MainWindow, qtbot: QtBot
) -> None:
    row = window.today.due_rows[0]
    shown = row.name.text()
    colour = _text_colour(row.name.palette())
    assert f"color:{colour}" in shown and "text-decoration:none" in shown
    point = QPointF(2, 2)
    QApplication.sendEvent(row.name, QEnterEvent(point, point, row.name.mapToGlobal(point)))
    assert "text-decoration:underline" in row.name.text()
    # The names under "Coming up" and the like follow the same rule.
    for label in (window.today.meetups, window.today.dates, window.today.follow_ups):
        assert "text-decoration:underline" not in label.text()
        if "<a " in label.text():
            assert f"color:{_text_colour(label.palette())}" in label.text()


def test_names_follow_a_dark_palette(window: MainWindow, qtbot: QtBot) -> None:
    row = window.today.due_rows[0]
    dark = QPalette(row.name.palette())
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
    row.name.setPalette(dark)
    assert "color:#e6e6e6" in row.name.text()


def test_plans_and_the_map_use_kiths_icons_whatever_the_theme(
    window: MainWindow, qtbot: QtBot
) -> None:
    before = QIcon.themeName()
    QIcon.setThemeName("no-such-theme")  # a desktop without icons: Kith's still draw
    try:
        plans = window.plans
        tools = [plans.toolbar.widgetForAction(a) for a in plans.toolbar.actions()]
        buttons = [t for t in tools if isinstance(t, QToolButton) and t.text()]
        assert len(buttons) >= 7
        for button in buttons:
            assert _has_ink(button.icon().pixmap(16, 16).toImage()), button.text()
        zoom = window.map
        for button in (zoom.zoom_out_button, zoom.zoom_in_button, zoom.fit_button):
            assert _has_ink(button.icon().pixmap(16, 16).toImage()), button.accessibleName()
        assert zoom.zoom_in_button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        assert isinstance(zoom.zoom_in_button, QToolButton)
    finally:
        QIcon.setThemeName(before)


def _has_ink(image: QImage) -> bool:
    return any(
        image.pixelColor(x, y).alpha() > 0
        for x in range(image.width())
        for y in range(image.height())
    )


def test_empty_notes_are_quiet_and_filled_ones_are_not(
    window: MainWindow, people: dict[str, int]
) -> None:
    window.open_person(people["Ana"])
    page = window.person
    assert page.notes.foregroundRole() == QPalette.ColorRole.PlaceholderText
    assert page.reach.empty.isVisibleTo(page)
    assert page.reach.empty.foregroundRole() == QPalette.ColorRole.PlaceholderText
    assert page.interests.foregroundRole() == QPalette.ColorRole.WindowText
    plans_empty = window.plans.empty_label
    assert plans_empty.foregroundRole() == QPalette.ColorRole.PlaceholderText
    assert plans_empty.isEnabled()


def test_you_stays_inside_its_circle_at_any_zoom(window: MainWindow, qtbot: QtBot) -> None:
    window.show_place("map")
    views = window.map.findChildren(QGraphicsView)
    qtbot.waitUntil(lambda: any(_rings(v) for v in views))
    rings = next(r for v in views for r in _rings(v))
    bold = QFont(window.map.font())
    bold.setBold(True)
    word = QFontMetricsF(bold).horizontalAdvance(window.map.tr("You"))
    for zoom in (0.2, 0.5, 1.0, 3.0):
        radius = rings.you_radius(QTransform.fromScale(zoom, zoom), bold)
        assert 2 * radius > word, zoom
    # Zoomed in, the circle is the map's own size, bigger than the word needs.
    assert rings.you_radius(QTransform.fromScale(3.0, 3.0), bold) == 45.0


def _rings(view: QGraphicsView) -> list[RingsItem]:
    scene = view.scene()
    return [i for i in scene.items() if isinstance(i, RingsItem)] if scene else []
