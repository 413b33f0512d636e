"""Adding or changing one tie: who (found by typing a few letters), how, and a note."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kith.domain.errors import KithError
from kith.domain.name_search import fold
from kith.domain.placeholders import fill
from kith.domain.ties import TieKind
from kith.services.app import Services
from kith.services.ties import TieFact, TieView
from kith.services.views import PersonRef, PersonSummary
from kith.ui.dialogs.form import FieldProblem, FieldProblems, with_problem
from kith.ui.text.collation import sorted_by_name
from kith.ui.text.tie_words import tie_word
from kith.ui.widgets.name_completer import FoldedCompleter, folded_model


class TieDialog(QDialog):
    """`person` is tied to someone: the kind is what that someone is to them. Saving
    leaves `saved` as (the other person's id, the tie it replaced) for the undo history."""

    def __init__(
        self,
        services: Services,
        person: PersonRef,
        people: Sequence[PersonSummary],
        parent: QWidget | None = None,
        *,
        tie: TieView | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._person = person
        self._tie = tie
        self.saved: tuple[int, TieFact | None] | None = None
        self.setWindowTitle(
            fill(self.tr("Tie of %1"), person.name) if tie else self.tr("Add a tie")
        )
        others = [p for p in people if p.id != person.id and not p.archived]
        counts: dict[str, int] = {}
        for p in others:
            counts[p.name.casefold()] = counts.get(p.name.casefold(), 0) + 1
        # Two people of one name are told apart by their number.
        self._labels = {
            p.id: p.name if counts[p.name.casefold()] == 1 else f"{p.name} (#{p.id})"
            for p in others
        }
        self._ids = {label.casefold(): pid for pid, label in self._labels.items()}

        self.who = QLineEdit(self)
        self.who.setAccessibleName(self.tr("Who"))
        self.who.setPlaceholderText(self.tr("Type a few letters of a name"))
        completer = FoldedCompleter(self)
        completer.setModel(
            folded_model(sorted_by_name(list(self._labels.values()), str), completer)
        )
        self.who.setCompleter(completer)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(fill(self.tr("What they are to %1"), person.name))
        for kind in TieKind:
            self.kind.addItem(tie_word(kind), kind.value)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Met at university, neighbours…"))
        if tie is not None:
            self.who.setText(tie.other.name)
            self.who.setEnabled(False)
            self.kind.setCurrentIndex(self.kind.findData(tie.kind.value))
            self.note.setText(tie.note)

        self.general = FieldProblem(self)
        self.problems = FieldProblems(self.general)
        form = QFormLayout()
        who_label = QLabel(self.tr("&Who:"), self)
        who_label.setBuddy(self.who)
        form.addRow(who_label, with_problem(self.who, self.problems.add(("other",), self.who)))
        kind_label = QLabel(fill(self.tr("&To %1 they are:"), person.name), self)
        kind_label.setTextFormat(Qt.TextFormat.PlainText)
        kind_label.setBuddy(self.kind)
        form.addRow(kind_label, self.kind)
        note_label = QLabel(self.tr("&Note:"), self)
        note_label.setBuddy(self.note)
        form.addRow(note_label, with_problem(self.note, self.problems.add(("note",), self.note)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.general)
        column.addLayout(form)
        column.addWidget(buttons)
        (self.note if tie is not None else self.who).setFocus()

    def other_id(self) -> int | None:
        if self._tie is not None:
            return self._tie.other.id
        text = " ".join(self.who.text().split()).casefold()
        if text in self._ids:
            return self._ids[text]
        wanted = fold(text)
        matches = {pid for pid, label in self._labels.items() if wanted and wanted in fold(label)}
        return matches.pop() if len(matches) == 1 else None

    def _on_save(self) -> None:
        other = self.other_id()
        if other is None:
            self.problems.say(
                "other",
                self.tr("Choose someone from the list: type a few letters of their name.")
                if self.who.text().strip()
                else self.tr("Type the name of the one they are tied to."),
            )
            return
        kind = TieKind(self.kind.currentData())
        try:
            with self._services.changes.origin(self):
                before = self._services.ties.tie(other, self._person.id, kind, self.note.text())
        except KithError as error:
            self.problems.show(error)
            return
        self.saved = (other, before)
        self.accept()
