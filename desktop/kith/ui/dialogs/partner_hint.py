"""Planning with someone whose partner is due too: one click adds the partner."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from kith.domain.errors import NotFound
from kith.domain.placeholders import fill
from kith.domain.tending import PRESSING_STATES
from kith.domain.ties import TieKind
from kith.services.app import Services
from kith.services.views import PersonSummary
from kith.ui.dialogs.meetup_people import PeoplePicker
from kith.ui.text.formatting import shown_as_typed


class PartnerHint(QWidget):
    """ "Add Bruno too — Ana's partner, also due": shown only while someone chosen is due
    and so is their partner, who is not chosen yet."""

    def __init__(
        self, services: Services, picker: PeoplePicker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._picker = picker
        self.buttons: list[QToolButton] = []
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addStretch(1)
        self.hide()

    def update_for(self, chosen: Sequence[PersonSummary]) -> None:
        for button in self.buttons:
            self._row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        ids = {p.id for p in chosen}
        offered: set[int] = set()
        for person in chosen:
            if person.tending.state not in PRESSING_STATES:
                continue
            for tie in self._services.ties.ties_of(person.id):
                partner = tie.other.id
                if tie.kind != TieKind.PARTNER or partner in ids or partner in offered:
                    continue
                try:
                    due = self._services.people.summary(partner).tending.state
                except NotFound:
                    continue
                if due not in PRESSING_STATES:
                    continue
                offered.add(partner)
                button = QToolButton(self)
                button.setText(
                    shown_as_typed(
                        fill(
                            self.tr("Add %1 too — %2's partner, also due"),
                            tie.other.name,
                            person.name,
                        )
                    )
                )
                button.setAutoRaise(True)
                button.clicked.connect(lambda _=False, pid=partner: self._picker.add_person(pid))
                self._row.insertWidget(len(self.buttons), button)
                self.buttons.append(button)
        self.setVisible(bool(self.buttons))
