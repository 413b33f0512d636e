"""Merging two people: their differing values side by side, one choice a row, then one person.

Each row is a pair of radio buttons (arrows move within a row, Tab to the next; the
field's mnemonic reaches it). Below, what the merged person will have, in plain counts.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kith.domain.errors import KithError
from kith.domain.merging import JOINABLE, MergeField, Side
from kith.domain.placeholders import fill
from kith.domain.values import Circle
from kith.services.app import Services
from kith.services.merging import Combined, MergePreview, MergeRecord
from kith.ui.dialogs.form import FieldProblem
from kith.ui.text import formatting as fmt
from kith.ui.text.day_format import day_month
from kith.ui.text.error_text import explain

_NOTES_SHOWN = 40
"""Characters of the notes shown in a row; all of them are in its tooltip."""


def field_label(field: MergeField) -> str:
    """The row's label, with its mnemonic letter."""
    labels = {
        MergeField.NAME: QCoreApplication.translate("MergeDialog", "&Name"),
        MergeField.NICKNAME: QCoreApplication.translate("MergeDialog", "Nic&kname"),
        MergeField.ORGANISATION: QCoreApplication.translate("MergeDialog", "Or&ganisation"),
        MergeField.CIRCLE: QCoreApplication.translate("MergeDialog", "&Circle"),
        MergeField.RHYTHM: QCoreApplication.translate("MergeDialog", "&Rhythm"),
        MergeField.LEAN_ON: QCoreApplication.translate("MergeDialog", "&Lean on"),
        MergeField.NOTES: QCoreApplication.translate("MergeDialog", "N&otes"),
        MergeField.BIRTHDAY: QCoreApplication.translate("MergeDialog", "&Birthday"),
    }
    return labels[field]


def value_words(field: MergeField, value: object) -> str:
    """A value as the row shows it; an empty one says so."""
    if field == MergeField.CIRCLE and isinstance(value, Circle):
        return fmt.circle_label(value)
    if field == MergeField.RHYTHM:
        return (
            fmt.rhythm_words(value)
            if isinstance(value, int)
            else QCoreApplication.translate("MergeDialog", "the circle's")
        )
    if field == MergeField.LEAN_ON:
        return (
            QCoreApplication.translate("MergeDialog", "yes")
            if value
            else QCoreApplication.translate("MergeDialog", "no")
        )
    if field == MergeField.BIRTHDAY and isinstance(value, tuple):
        year, month, day = value
        # 2000 is a leap year: a birthday on 29 February is shown as one.
        shown = day_month(date(year or 2000, month, day), with_year=year is not None)
        return (
            shown
            if year is not None
            else fill(QCoreApplication.translate("MergeDialog", "%1, year unknown"), shown)
        )
    if not value:
        return QCoreApplication.translate("MergeDialog", "(none)")
    text = " ".join(str(value).split())
    return text if len(text) <= _NOTES_SHOWN else text[: _NOTES_SHOWN - 1] + "…"


def combined_words(combined: Combined) -> str:
    """ "12 interactions, 2 meetups, 3 phones": only what there is."""
    # Plain names as the counts: the translation tools find a message only then.
    interactions, meetups, follow_ups = combined.interactions, combined.meetups, combined.follow_ups
    dates, interests, phones = combined.dates, combined.interests, combined.phones
    emails, addresses = combined.emails, combined.addresses
    ties, groups = combined.ties, combined.groups
    said = [
        _plural(text, count)
        for count, text in (
            (
                interactions,
                QCoreApplication.translate("MergeDialog", "%n interaction(s)", None, interactions),
            ),
            (meetups, QCoreApplication.translate("MergeDialog", "%n meetup(s)", None, meetups)),
            (
                follow_ups,
                QCoreApplication.translate("MergeDialog", "%n follow-up(s)", None, follow_ups),
            ),
            (dates, QCoreApplication.translate("MergeDialog", "%n date(s)", None, dates)),
            (
                interests,
                QCoreApplication.translate("MergeDialog", "%n interest(s)", None, interests),
            ),
            (phones, QCoreApplication.translate("MergeDialog", "%n phone(s)", None, phones)),
            (emails, QCoreApplication.translate("MergeDialog", "%n e-mail(s)", None, emails)),
            (
                addresses,
                QCoreApplication.translate("MergeDialog", "%n address(es)", None, addresses),
            ),
            (ties, QCoreApplication.translate("MergeDialog", "%n tie(s)", None, ties)),
            (groups, QCoreApplication.translate("MergeDialog", "%n group(s)", None, groups)),
        )
        if count
    ]
    if not said:
        return QCoreApplication.translate("MergeDialog", "nothing more")
    return QCoreApplication.translate("MergeDialog", ", ").join(said)


def _plural(text: str, n: int) -> str:
    """English forms where no translation gives them: "address(es)" as well as "(s)"."""
    if "(es)" in text:
        return text.replace("(es)", "" if n == 1 else "es")
    return fmt.plural_fallback(text, n)


class MergeDialog(QDialog):
    """Merges on "Merge" through the services; a refusal is said at the top, nothing merged."""

    def __init__(
        self, services: Services, keep_id: int, other_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.preview: MergePreview = services.merging.preview(keep_id, other_id)
        self.record: MergeRecord | None = None
        self.choices: dict[MergeField, QButtonGroup] = {}
        self.setWindowTitle(self.tr("Merge two people"))
        self._build()
        self._on_choice()

    def _build(self) -> None:
        p = self.preview
        self.general = FieldProblem(self)
        intro = QLabel(
            fill(
                self.tr("%1 and %2 become one person. Where they differ, choose which to keep."),
                p.keep.name,
                p.other.name,
            ),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setColumnStretch(4, 1)
        for column, ref in ((1, p.keep), (2, p.other)):
            heading = QLabel(ref.name, self)
            heading.setTextFormat(Qt.TextFormat.PlainText)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            grid.addWidget(heading, 0, column)
        for row, field in enumerate(p.defaults, start=1):
            label = QLabel(field_label(field), self)
            group = QButtonGroup(self)
            for column, (side, values) in enumerate(
                ((Side.KEEP, p.keep_values), (Side.OTHER, p.other_values)), start=1
            ):
                value = values.get(field)
                button = QRadioButton(fmt.shown_as_typed(value_words(field, value)), self)
                button.setToolTip(
                    fmt.plain_tooltip(str(value)) if field == MergeField.NOTES else ""
                )
                button.setChecked(p.defaults[field] == side)
                group.addButton(button)
                button.setProperty("side", side.value)
                grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignLeft)
            if field in JOINABLE and p.keep_values.get(field) and p.other_values.get(field):
                both = QRadioButton(self.tr("Both"), self)
                both.setToolTip(
                    fmt.plain_tooltip(fill(self.tr("Keep both, %1's first."), p.keep.name))
                )
                both.setProperty("side", Side.BOTH.value)
                group.addButton(both)
                grid.addWidget(both, row, 3, Qt.AlignmentFlag.AlignLeft)
            self._point_at_choice(label, group)
            group.buttonToggled.connect(
                lambda _button, _on, g=group, shown=label: self._on_toggled(g, shown)
            )
            grid.addWidget(label, row, 0)
            self.choices[field] = group
        if not p.defaults:
            same = QLabel(self.tr("They have the same name and details; nothing to choose."), self)
            same.setWordWrap(True)
            grid.addWidget(same, 1, 0, 1, 3)

        self.combined = QLabel(self)
        self.combined.setWordWrap(True)
        self.combined.setTextFormat(Qt.TextFormat.PlainText)
        self.combined.setAccessibleName(self.tr("What the merged person will have"))
        after = QLabel(
            fill(
                self.tr(
                    "%1 will be gone from People, the map and Today. Edit → Undo brings both "
                    "back as they were."
                ),
                p.other.name,
            ),
            self,
        )
        after.setTextFormat(Qt.TextFormat.PlainText)
        after.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = QPushButton(self.tr("&Merge"), self)
        self.merge_button.setDefault(True)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addSpacing(6)
        layout.addWidget(self.combined)
        layout.addWidget(after)
        layout.addStretch(1)
        layout.addWidget(buttons)
        # As wide as the values need (in any language), within a small screen.
        margins = layout.contentsMargins()
        needed = grid.sizeHint().width() + margins.left() + margins.right()
        self.setMinimumWidth(min(1000, max(560, needed)))
        first = next(iter(self.choices.values()), None)
        chosen = first.checkedButton() if first is not None else None
        (chosen or self.merge_button).setFocus()

    def _on_toggled(self, group: QButtonGroup, label: QLabel) -> None:
        self._point_at_choice(label, group)
        self._on_choice()

    @staticmethod
    def _point_at_choice(label: QLabel, group: QButtonGroup) -> None:
        # The mnemonic goes to the row's chosen value, where the arrows start from.
        chosen = group.checkedButton()
        if chosen is not None:
            label.setBuddy(chosen)

    def _on_choice(self) -> None:
        combined = self._services.merging.preview(
            self.preview.keep.id, self.preview.other.id, self.chosen()
        ).combined
        self.combined.setText(
            fill(
                self.tr("The merged person will have %1."),
                combined_words(combined),
            )
        )

    def chosen(self) -> Mapping[MergeField, Side]:
        chosen = {}
        for field, group in self.choices.items():
            button = group.checkedButton()
            if button is not None:
                chosen[field] = Side(str(button.property("side")))
        return chosen

    def choose(self, field: MergeField, side: Side) -> None:
        """Pick a row's side, as a click on it would."""
        for button in self.choices[field].buttons():
            if button.property("side") == side.value:
                button.setChecked(True)

    def accept(self) -> None:
        self.general.clear()
        try:
            with self._services.changes.origin(self):
                self.record = self._services.merging.merge(
                    self.preview.keep.id, self.preview.other.id, self.chosen()
                )
        except KithError as error:
            self.general.say(explain(error))
            return
        super().accept()


__all__ = ["MergeDialog", "combined_words", "field_label", "value_words"]
