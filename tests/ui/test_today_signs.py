"""Today's rows tell each person's state by its sign as well as by its colour."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kith.domain.values import TendingState
from kith.ui.shell.main_window import MainWindow
from kith.ui.widgets.state_stripe import StateStripe
from kith.ui.widgets.tending_palette import ORDER, paint_mark


def _mark_of(stripe: StateStripe) -> QImage:
    """The stripe's mark area as drawn on screen."""
    return stripe.grab(stripe.mark_rect().toAlignedRect()).toImage()


def _expected(stripe: StateStripe, state: TendingState) -> QImage:
    """The mark People and the map draw for `state`, on the stripe's own background."""
    area = stripe.mark_rect().toAlignedRect()
    image = stripe.grab(area).toImage()  # the background the mark is drawn on
    blank = QImage(image.size(), image.format())
    blank.fill(stripe.palette().color(stripe.backgroundRole()))
    painter = QPainter(blank)
    paint_mark(painter, QRectF(0, 0, area.width(), area.height()), state, stripe.palette())
    painter.end()
    return blank


def test_every_state_has_its_own_sign_on_the_stripe(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    stripes = {state: StateStripe(state, host) for state in ORDER}
    for n, stripe in enumerate(stripes.values()):
        stripe.setGeometry(n * 40, 0, stripe.width(), 40)
    host.resize(400, 40)
    host.show()
    qtbot.waitExposed(host)
    for state, stripe in stripes.items():
        assert _mark_of(stripe) == _expected(stripe, state), state
        assert stripe.toolTip()  # the state's word on hover too


def test_live_today_rows_carry_their_states_sign(window: MainWindow, qtbot: QtBot) -> None:
    window.show_place("today")
    qtbot.waitUntil(lambda: bool(window.today.due_rows))
    for row in window.today.due_rows:
        stripe = row.stripe
        assert isinstance(stripe, StateStripe)
        assert stripe.state == row.person.tending.state
        assert _mark_of(stripe) == _expected(stripe, row.person.tending.state)
        assert stripe.height() >= stripe.mark_rect().bottom()
