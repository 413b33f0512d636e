"""The "Import contacts" dialog: choose a .vcf, see who would be added, then add them.

Each new card can be unticked; only the ticked ones are added. A card that only resembles
someone (the same name, or a shared phone or e-mail) is a possible duplicate: its row says
of whom and why, and offers to add it as new, merge it into that person, or leave it out.

Reading the file and writing the people both run off the GUI thread; Cancel while
writing leaves the database exactly as it was (the service uses one transaction).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDir, QLocale, QStringListModel, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kith.domain.placeholders import fill
from kith.domain.values import Circle, ContactKind
from kith.interchange import charsets
from kith.interchange.vcard_read import CardFile, ContactCard
from kith.services.app import Services
from kith.services.card_merge import CardField, MergedCard
from kith.services.contacts import ImportCancelled, ImportPreview, ImportResult, SkippedCard
from kith.ui.interchange.import_choice import ImportChoiceModel, ImportChoiceView
from kith.ui.shell.background import BackgroundJob, Cancelled, Progress
from kith.ui.text.error_text import explain


class ImportContactsDialog(QDialog):
    """Asks for a file (natively) unless given one, previews, then imports with progress."""

    imported = Signal(object)  # ImportResult, once people were added
    sort_requested = Signal()
    """After an import: the user wants to sort the people just added into circles."""

    def __init__(
        self, services: Services, parent: QWidget | None = None, path: Path | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._path = path
        self._cards: CardFile | None = None
        self._encoding: str | None = None
        """The character set the user chose for this file, else None (the file's own)."""
        self._preview: ImportPreview | None = None
        self._job: BackgroundJob | None = None
        self._asked = False
        self._done = False
        self.setWindowTitle(self.tr("Import Contacts"))
        self.setMinimumSize(520, 480)
        self._build()
        self._connect_signals()
        if path is not None:
            QTimer.singleShot(0, self._read_preview)

    # --- building ------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self.tr("Choose a vCard (.vcf) file to import."))
        self.heading.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.tabs = QTabWidget()
        self.added_model = ImportChoiceModel(self)
        self.matched_model = QStringListModel(self)
        self.skipped_model = QStringListModel(self)
        self.added_view = ImportChoiceView(self.added_model)
        self.matched_view = self._list(self.matched_model)
        self.skipped_view = self._list(self.skipped_model)
        self.added_view.setAccessibleName(self.tr("Contacts to add; Space ticks or unticks"))
        self.matched_view.setAccessibleName(self.tr("Contacts already in Kith"))
        self.skipped_view.setAccessibleName(self.tr("Contacts skipped"))
        self.tabs.addTab(self._choosing_page(), self.tr("To add"))
        self.tabs.addTab(self.matched_view, self.tr("Already there"))
        self.tabs.addTab(self.skipped_view, self.tr("Skipped"))
        self.tabs.setEnabled(False)
        self.notices = QLabel()
        self.notices.setWordWrap(True)
        self.notices.setVisible(False)
        self.circle = QComboBox()
        for circle, label in (
            (Circle.INNER, self.tr("Inner")),
            (Circle.CLOSE, self.tr("Close")),
            (Circle.FRIENDS, self.tr("Friends")),
            (Circle.WIDER, self.tr("Wider")),
            (Circle.UNSORTED, self.tr("Not sorted yet")),
        ):
            self.circle.addItem(label, circle.value)
        # A phone's contacts mix friends and businesses: none is due until sorted.
        self.circle.setCurrentIndex(self.circle.findData(Circle.UNSORTED.value))
        # Shown only when the file does not say its character set: the guess can be wrong.
        self.encoding = QComboBox()
        for codec in charsets.ALL:
            self.encoding.addItem(charsets.shown(codec), codec)
        self.encoding.setToolTip(
            self.tr("Names look wrong? Choose the character set the file was written in.")
        )
        self.form = form = QFormLayout()
        form.addRow(self.tr("Add them to the circle"), self.circle)
        form.addRow(self.tr("Read the file as"), self.encoding)
        form.setRowVisible(self.encoding, False)
        self.buttons = QDialogButtonBox()
        self.choose_button = self.buttons.addButton(
            self.tr("Choose File…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button: QPushButton = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.sort_button = self.buttons.addButton(
            self.tr("Sort them now…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.sort_button.hide()
        self.sort_button.clicked.connect(self._on_sort_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notices)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _choosing_page(self) -> QWidget:
        self.select_all_button = QPushButton(self.tr("Select All"))
        self.select_none_button = QPushButton(self.tr("Select None"))
        self.leave_out_organisations = QCheckBox(self.tr("Leave out organisations"))
        self.leave_out_organisations.setToolTip(
            self.tr(
                "Cards that say they describe a business or an organisation "
                "rather than a person are not ticked."
            )
        )
        # On by default: a phone's export holds the shops, taxis and hotlines once called,
        # which are no one to see in person. Their rows stay listed, so one can be ticked again.
        self.leave_out_organisations.setChecked(True)
        row = QHBoxLayout()
        row.addWidget(self.select_all_button)
        row.addWidget(self.select_none_button)
        row.addStretch(1)
        row.addWidget(self.leave_out_organisations)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.added_view, 1)
        layout.addLayout(row)
        return page

    @staticmethod
    def _list(model: QStringListModel) -> QListView:
        view = QListView()
        view.setModel(model)
        view.setUniformItemSizes(True)
        view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        return view

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self._on_choose_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.select_all_button.clicked.connect(self._on_select_all_clicked)
        self.select_none_button.clicked.connect(self._on_select_none_clicked)
        self.leave_out_organisations.toggled.connect(self._on_leave_out_organisations_toggled)
        self.added_model.chosen_changed.connect(self._on_chosen_changed)
        self.encoding.activated.connect(self._on_encoding_activated)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._path is None and not self._asked:
            self._asked = True
            QTimer.singleShot(0, self._on_choose_clicked)

    # --- choosing and previewing ---------------------------------------------------

    @Slot()
    def _on_choose_clicked(self) -> None:
        start = str(self._path.parent) if self._path else QDir.homePath()
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import Contacts"),
            start,
            self.tr("vCard files (*.vcf *.vcard);;All files (*)"),
        )
        if not name:
            if self._path is None:
                self.reject()
            return
        self._path = Path(name)
        self._encoding = None
        self._read_preview()

    def _count(self, count: int, one: str, many: str) -> str:
        """ "1 phone" / "3 phones" with the number in the user's locale."""
        return fill(one if count == 1 else many, QLocale().toString(count))

    def _skip_reason(self, skipped: SkippedCard) -> str:
        reason = explain(skipped.reason)
        if skipped.name:
            return fill(self.tr("Card %1 (%2): %3"), str(skipped.position), skipped.name, reason)
        return fill(self.tr("Card %1: %2"), str(skipped.position), reason)

    def _describe(self, card: ContactCard) -> str:
        kinds = [c.kind for c in card.contacts]
        # A colleague's employer tells apart two people of the same name at a glance.
        bits = [card.organisation] if card.organisation and not card.is_organisation else []
        phones, emails = kinds.count(ContactKind.PHONE), kinds.count(ContactKind.EMAIL)
        if phones:
            bits.append(self._count(phones, self.tr("%1 phone"), self.tr("%1 phones")))
        if emails:
            bits.append(self._count(emails, self.tr("%1 e-mail"), self.tr("%1 e-mails")))
        if card.birthday:
            bits.append(self.tr("birthday"))
        text = f"{card.name} ({', '.join(bits)})" if bits else card.name
        if card.remarks:
            text += " — " + "; ".join(explain(remark) for remark in card.remarks)
        return text

    @Slot()
    def _read_preview(self) -> None:
        path = self._path
        assert path is not None
        self.heading.setText(fill(self.tr("Reading %1…"), path.name))
        self._set_busy(True)
        contacts = self._services.contacts
        encoding = self._encoding

        def job(progress: Progress, cancelled: Cancelled) -> tuple[CardFile, ImportPreview]:
            cards = contacts.read_file(path, progress, cancelled, encoding=encoding)
            return cards, contacts.preview_cards(cards)

        self._run(job, self._on_preview_ready)

    def _on_preview_ready(self, result: object) -> None:
        assert isinstance(result, tuple)
        cards, preview = result
        assert isinstance(cards, CardFile) and isinstance(preview, ImportPreview)
        self._cards, self._preview = cards, preview
        assert self._path is not None
        self.added_model.set_cards(preview.to_add, self._describe, preview.duplicate_of)
        if self.leave_out_organisations.isChecked():
            self.added_model.set_organisations_ticked(False)
        # A card with no name is listed under its number or e-mail, but not ticked.
        model = self.added_model
        model.set_ticked([r for r in range(model.rowCount()) if model.card(r).nameless], False)
        self._show_encoding(cards)
        self.matched_model.setStringList(
            [
                fill(
                    self.tr("%1 — already there as %2 (%3)"),
                    m.card.name,
                    m.person.name,
                    explain(m.reason),
                )
                for m in preview.matched
            ]
        )
        self.skipped_model.setStringList([self._skip_reason(s) for s in preview.skipped])
        self.tabs.setTabText(0, self.tr("To add (%n)", "", len(preview.to_add)))
        self.tabs.setTabText(1, self.tr("Already there (%n)", "", len(preview.matched)))
        self.tabs.setTabText(2, self.tr("Skipped (%n)", "", len(preview.skipped)))
        self.tabs.setEnabled(True)
        self.notices.setText("\n".join(explain(notice) for notice in preview.notices))
        self.notices.setVisible(bool(preview.notices))
        self._show_choice()

    def _show_encoding(self, cards: CardFile) -> None:
        guessed = cards.encoding_detected or cards.encoding_chosen
        self.form.setRowVisible(self.encoding, guessed)
        at = self.encoding.findData(cards.encoding)
        if at >= 0:
            self.encoding.setCurrentIndex(at)

    @Slot(int)
    def _on_encoding_activated(self, index: int) -> None:
        codec = self.encoding.itemData(index)
        if self._path is None or self._job is not None or self._done:
            return
        # Read again even for the same one: the last reading may have failed.
        self._encoding = codec
        self._read_preview()

    def _choosing_heading(self) -> str:
        assert self._path is not None
        total, chosen = self.added_model.rowCount(), self.added_model.chosen_count()
        merging = len(self.added_model.merges())
        if not total:
            return fill(self.tr("Nobody new to add from %1."), self._path.name)
        if not chosen:
            return self.tr("No one is ticked: tick the people to add.")
        if merging:
            return fill(
                self.tr("%n of the %1 new people will be added from %2", "", chosen - merging),
                QLocale().toString(total),
                self._path.name,
            ) + self.tr(", and %n merged into people already in Kith.", "", merging)
        if chosen == total:
            return fill(self.tr("%n new people will be added from %1.", "", total), self._path.name)
        return fill(
            self.tr("%n of the %1 new people will be added from %2.", "", chosen),
            QLocale().toString(total),
            self._path.name,
        )

    @Slot()
    def _on_chosen_changed(self) -> None:
        if self._preview is not None and self._job is None and not self._done:
            self._show_choice()

    def _show_choice(self) -> None:
        self.heading.setText(self._choosing_heading())
        self.import_button.setEnabled(self.added_model.chosen_count() > 0)

    @Slot()
    def _on_select_all_clicked(self) -> None:
        self.added_model.set_all_ticked(True)

    @Slot()
    def _on_select_none_clicked(self) -> None:
        self.added_model.set_all_ticked(False)

    @Slot(bool)
    def _on_leave_out_organisations_toggled(self, leave_out: bool) -> None:
        self.added_model.set_organisations_ticked(not leave_out)

    # --- importing -----------------------------------------------------------------

    @Slot()
    def _on_import_clicked(self) -> None:
        if self._cards is None:
            return
        cards = self._cards
        chosen = self.added_model.chosen()
        merge = self.added_model.merges()
        circle = Circle(self.circle.currentData())
        contacts = self._services.contacts
        self.heading.setText(self.tr("Adding people…"))
        self._set_busy(True)

        def job(progress: Progress, cancelled: Cancelled) -> ImportResult:
            return contacts.import_cards(
                cards,
                circle=circle,
                chosen=chosen,
                merge=merge,
                progress=progress,
                cancelled=cancelled,
            )

        self._run(job, self._on_imported)

    def _on_imported(self, result: object) -> None:
        assert isinstance(result, ImportResult)
        heading = self._count(
            len(result.added),
            self.tr("Added %1 person."),
            self.tr("Added %1 people."),
        )
        if result.organisations_left_out:
            heading += " " + self.tr(
                "%n organisations left out.", "", result.organisations_left_out
            )
        if result.duplicates_added:
            heading += " " + self.tr("%n of them possible duplicates.", "", result.duplicates_added)
        if result.merged:
            heading += " " + self.tr(
                "%n merged into people already in Kith.", "", len(result.merged)
            )
        if result.duplicates_left_out:
            heading += " " + self.tr(
                "%n possible duplicates left out.", "", result.duplicates_left_out
            )
        if result.matched:
            heading += " " + self.tr("%n already there.", "", len(result.matched))
        self.heading.setText(heading)
        if result.merged:
            self.notices.setText("\n".join(self._merged_text(m) for m in result.merged))
            self.notices.setVisible(True)
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Close"))
        if result.added:
            self._offer_sorting()
        self._done = True
        self.imported.emit(result)

    def _merged_text(self, merged: MergedCard) -> str:
        """What merging a card added to the person, and what of theirs was kept."""
        added = [c.value for c in merged.contacts_added]
        added += [self._field_name(f) for f in merged.filled]
        text = fill(
            self.tr("%1 merged into %2: added %3."),
            merged.card.name,
            merged.person.name,
            ", ".join(added) if added else self.tr("nothing new"),
        )
        if merged.kept:
            text += " " + fill(
                self.tr("Kept their own %1."), ", ".join(self._field_name(f) for f in merged.kept)
            )
        return text

    def _field_name(self, field: CardField) -> str:
        return {
            CardField.NICKNAME: self.tr("nickname"),
            CardField.NOTES: self.tr("notes"),
            CardField.BIRTHDAY: self.tr("birthday"),
            CardField.ANNIVERSARY: self.tr("anniversary"),
        }[field]

    def _offer_sorting(self) -> None:
        """People added as not sorted yet can be sorted into circles straight away."""
        if self.circle.currentData() == Circle.UNSORTED.value:
            self.sort_button.show()
            self.sort_button.setDefault(True)

    @Slot()
    def _on_sort_clicked(self) -> None:
        self.accept()
        self.sort_requested.emit()

    @Slot()
    def _on_cancel_clicked(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
        elif self._done:
            self.accept()
        else:
            self.reject()

    # --- the worker ----------------------------------------------------------------

    def _run(
        self, job: Callable[[Progress, Cancelled], object], on_done: Callable[[object], None]
    ) -> None:
        worker = BackgroundJob(job, self)
        worker.progressed.connect(self._on_progress)
        worker.succeeded.connect(on_done)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._on_finished)
        self._job = worker
        worker.start()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        if isinstance(error, ImportCancelled):
            self.heading.setText(self.tr("Cancelled. Nothing was added."))
            self.import_button.setEnabled(
                self._preview is not None and self.added_model.chosen_count() > 0
            )
        else:
            self.heading.setText(
                fill(
                    self.tr("Could not import: %1"),
                    explain(error) if isinstance(error, BaseException) else str(error),
                )
            )
            self.import_button.setEnabled(False)

    @Slot()
    def _on_finished(self) -> None:
        self._job = None
        self._set_busy(False)
        self.cancel_button.setEnabled(True)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)
        self.choose_button.setEnabled(not busy and not self._done)
        self.import_button.setEnabled(False if busy else self.import_button.isEnabled())
        self.circle.setEnabled(not busy)
        self.encoding.setEnabled(not busy and not self._done)
        for widget in (
            self.added_view,
            self.select_all_button,
            self.select_none_button,
            self.leave_out_organisations,
        ):
            widget.setEnabled(not busy and not self._done)

    def is_working(self) -> bool:
        return self._job is not None

    def reject(self) -> None:
        # Closing while working waits for the worker to stop; it writes nothing then.
        if self._job is not None:
            self._job.cancel()
            self._job.wait()
        super().reject()
