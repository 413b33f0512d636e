"""Me: your own interests (they make shared interests) and each circle's rhythm."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kith.domain.errors import KithError
from kith.domain.placeholders import fill
from kith.domain.values import RINGS, Circle
from kith.services.app import Services
from kith.ui.dialogs.completion import ListItemCompleter, split_list
from kith.ui.dialogs.form import FieldProblem, FieldProblems, with_problem
from kith.ui.dialogs.tab_order import follow_layout
from kith.ui.text import formatting as fmt


class MeDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(self.tr("Me"))
        self.setMinimumWidth(480)
        self.general = FieldProblem(self)
        self.problems = FieldProblems(self.general)

        intro = QLabel(
            self.tr(
                "Your interests are what you share with people: Kith highlights them and "
                "suggests meeting friends who like the same things."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.interests = QLineEdit(", ".join(services.profile.interests()), self)
        self.interests.setAccessibleName(self.tr("My interests, separated by commas"))
        self.interests.setPlaceholderText(self.tr("climbing, board games, jazz"))
        ListItemCompleter(services.profile.all_interests(), self.interests)

        rhythms = services.profile.circle_rhythms()
        self.rhythms: dict[Circle, QSpinBox] = {}
        circles = QGroupBox(self.tr("How often to see each circle in person"), self)
        form = QFormLayout(circles)
        for circle in RINGS:
            spin = QSpinBox(circles)
            spin.setRange(1, 3650)
            spin.setSuffix(self.tr(" days"))
            spin.setValue(rhythms[circle])
            spin.setAccessibleName(fill(self.tr("Rhythm of %1"), fmt.circle_label(circle)))
            self.rhythms[circle] = spin
            form.addRow(
                fmt.circle_label(circle),
                with_problem(spin, self.problems.add((f"rhythm-{circle.value}",), spin)),
            )

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QFormLayout()
        top.addRow(
            self.tr("My &interests"),
            with_problem(
                self.interests, self.problems.add(("interest", "interests"), self.interests)
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(circles)
        layout.addWidget(buttons)
        follow_layout(self)
        self.interests.setFocus()

    def accept(self) -> None:
        self.problems.clear()
        profile = self._services.profile
        try:
            wanted = split_list(self.interests.text())
            if sorted(wanted) != sorted(profile.interests()):
                profile.set_interests(wanted)
            current = profile.circle_rhythms()
            for circle, spin in self.rhythms.items():
                if spin.value() != current[circle]:
                    profile.set_circle_rhythm(circle, spin.value())
        except KithError as error:
            self.problems.show(error)
            return
        super().accept()
