"""One colour and one word per tending state, the same in People, the map's legend,
Today and the tray, on light and dark palettes alike."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from kith.domain.tending import Tending
from kith.domain.values import Circle, TendingState
from kith.services.app import Services
from kith.services.views import PersonSummary
from kith.ui.map.legend import Legend
from kith.ui.people.model import Column, PeopleTableModel
from kith.ui.shell.tray import KithTray
from kith.ui.today.due_row import DueRow
from kith.ui.widgets import tending_palette as palette

TODAY = date(2026, 12, 1)


def someone(number: int, state: TendingState) -> PersonSummary:
    met = None if state == TendingState.NEVER_MET else TODAY - timedelta(days=20)
    return PersonSummary(
        id=number,
        name=f"Person {number}",
        nickname=None,
        circle=Circle.FRIENDS,
        rhythm_days=30,
        rhythm_is_custom=False,
        interests=(),
        shared_interests=(),
        last_in_person=met,
        last_talked=met,
        next_planned=TODAY + timedelta(days=3) if state == TendingState.PLANNED else None,
        tending=Tending(state, TODAY + timedelta(days=10), 10 if met else None),
        snoozed_until=None,
        lean_on=False,
        archived=False,
    )


def colours_in(pixmap: QPixmap) -> set[str]:
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def dark_palette() -> QPalette:
    dark = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        dark.setColor(role, QColor("#202124"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        dark.setColor(role, QColor("#e8e8e8"))
    return dark


def test_people_legend_and_today_show_each_state_alike(qtbot: QtBot) -> None:
    states = list(TendingState)
    model = PeopleTableModel(TODAY)
    model.set_people([someone(n, s) for n, s in enumerate(states, start=1)], TODAY)
    legend = Legend()
    qtbot.addWidget(legend)
    for row in range(model.rowCount()):
        index = model.index(row, Column.STATE, QModelIndex())
        state = model.person_at(row).tending.state
        colour = palette.state_colour(state).name()
        word = palette.state_word(state)

        # People: the word in the State column and a mark of the state's colour beside it.
        assert index.data(Qt.ItemDataRole.DisplayRole) == word
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        assert colour in colours_in(icon.pixmap(32, 32))

        # The map's legend: the same word next to a mark of the same colour.
        mark, legend_word = legend.entries[state]
        assert colour in colours_in(mark.pixmap())
        assert legend_word.text() == word

        # Today: the row's stripe.
        due = DueRow(model.person_at(row), TODAY)
        qtbot.addWidget(due)
        assert due.stripe.palette().color(QPalette.ColorRole.Window).name() == colour


def test_the_words_are_the_clear_ones_and_never_met_is_a_ring(qtbot: QtBot) -> None:
    assert [palette.state_word(s) for s in palette.ORDER] == [
        "In rhythm",
        "Meetup planned",
        "Soon",
        "Due",
        "Overdue",
        "Not met in person yet",
        "Not sorted yet",
    ]
    assert set(palette.ORDER) == set(TendingState)
    # Colour is never the only signal: never met differs by shape (hollow in the middle).
    base = QApplication.palette()
    ring = palette.mark_pixmap(TendingState.NEVER_MET, 20, base).toImage()
    dot = palette.mark_pixmap(TendingState.OK, 20, base).toImage()
    assert ring.pixelColor(10, 10).alpha() == 0
    assert dot.pixelColor(10, 10).name() == palette.state_colour(TendingState.OK).name()


def test_dark_themes_get_lighter_shades_of_the_same_hues() -> None:
    light, dark = QApplication.palette(), dark_palette()
    assert not palette.is_dark(light) and palette.is_dark(dark)
    for state in TendingState:
        on_light, on_dark = palette.state_colour(state, light), palette.state_colour(state, dark)
        assert on_dark.lightness() > on_light.lightness()
        # Colour by colour, the hue stays (within a few degrees), so a state keeps its name.
        if state != TendingState.NEVER_MET:
            assert abs(on_dark.hslHue() - on_light.hslHue()) < 12
    hues = {palette.state_colour(s, dark).name() for s in TendingState}
    assert len(hues) == len(TendingState)


def test_the_tray_marks_who_is_due_with_the_same_colour_and_word(
    qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    tray = KithTray(window, services, parent=window)
    due = {p.name: p.state for p in services.reminders.people_to_see()}
    assert set(due.values()) >= {TendingState.OVERDUE, TendingState.DUE}
    tray.due_menu.aboutToShow.emit()
    for action in tray.due_menu.actions():
        state = due[action.text()]
        assert palette.state_colour(state).name() in colours_in(action.icon().pixmap(32, 32))
        assert action.toolTip() == palette.state_word(state)
