"""The Plans place: upcoming meetups by week, ideas without a day, and what to do with them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kith.clock import local_today
from kith.domain.errors import KithError
from kith.domain.meetup_status import AHEAD, NOTHING
from kith.domain.placeholders import fill
from kith.services.app import Services
from kith.services.changes import Kind
from kith.services.views import MeetupView
from kith.ui.dialogs.meetup import MeetupDialog
from kith.ui.interchange.calendar_export import export_meetup, export_upcoming
from kith.ui.plans.model import Column, PlansModel
from kith.ui.shell.changes import DataChanges, RefreshWhenVisible
from kith.ui.shell.undo_history import UndoEntry, UndoHistory
from kith.ui.text import formatting as fmt
from kith.ui.text.day_format import day_month
from kith.ui.text.error_text import explain
from kith.ui.widgets.icons import icon
from kith.ui.widgets.quiet_button import quiet_button

T = TypeVar("T")

_REFRESH_ON = (Kind.MEETUPS, Kind.PEOPLE)


class PlansPage(QWidget):
    """Meetups grouped by week; done and cancelled ones only when asked for."""

    person_requested = Signal(int)

    def __init__(
        self,
        services: Services,
        changes: DataChanges,
        parent: QWidget | None = None,
        history: UndoHistory | None = None,
    ) -> None:
        """`history` is the window's undo history; alone (in tests) the page keeps its own."""
        super().__init__(parent)
        self._services = services
        self.history = history or UndoHistory(self)
        self._notice_entry: UndoEntry | None = None
        """What the notice bar's Undo takes back, while it is still the latest action."""
        # Meetups finished or cancelled here stay in view until the page is left, so the
        # user sees the result and can reopen at once.
        self._kept_in_view: set[int] = set()
        clock = services.ctx.clock
        self.model = PlansModel(local_today(clock), clock.zone(), self)
        self._build()
        self.refresher = RefreshWhenVisible(self, changes, self._read_again, _REFRESH_ON)
        self._connect_signals()
        # Meetups are read when the page is first shown, not while the window starts.

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.setObjectName("plansPage")

        def action(
            text: str,
            icon_name: str,
            shortcut: QKeySequence | None = None,
        ) -> QAction:
            # Kith's own icons, as everywhere else: a theme's colour icons beside them
            # would make two looks in one window.
            act = QAction(icon(icon_name), text, self)
            if shortcut is not None:
                act.setShortcut(shortcut)
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(act)
            return act

        keys = QKeySequence.StandardKey
        # No key of its own: Ctrl+N adds someone everywhere, and File → Plan a Meetup
        # (Ctrl+M) is this from any place.
        self.new_action = action(self.tr("New meetup…"), "plan")
        self.new_action.setToolTip(self.tr("Plan a meetup in person"))
        self.edit_action = action(
            self.tr("Edit…"),
            "edit",
            QKeySequence(Qt.Key.Key_F2),
        )
        self.done_action = action(self.tr("Mark done"), "saw-today")
        self.done_action.setToolTip(self.tr("Log it as met in person with everyone in it"))
        self.cancel_action = action(self.tr("Cancel meetup"), "cancel")
        self.reopen_action = action(self.tr("Reopen"), "restore")
        self.delete_action = action(self.tr("Delete"), "delete", QKeySequence(keys.Delete))
        self.export_action = action(self.tr("Export to calendar…"), "export")
        self.export_action.setToolTip(
            self.tr("Save this meetup as an .ics file that any calendar can open")
        )
        self.export_all_action = action(self.tr("Export upcoming…"), "export")
        self.export_all_action.setToolTip(
            self.tr("Save every upcoming meetup as one .ics file for your calendar")
        )
        self.past_action = QAction(self.tr("Show past and cancelled"), self)
        self.past_action.setCheckable(True)
        self.past_action.setToolTip(self.tr("Also list meetups that are done or cancelled"))

        self.toolbar = QToolBar(self.tr("Plans"), self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # The size of the icons on People's buttons and Today's rows, not a toolbar's larger one.
        small = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.toolbar.setIconSize(QSize(small, small))
        self._toolbar_width: int | None = None
        """How wide the toolbar is with words beside its icons (measured once shown)."""
        for act in (
            self.new_action,
            self.edit_action,
            self.done_action,
            self.cancel_action,
            self.reopen_action,
            self.delete_action,
            self.export_all_action,
        ):
            self.toolbar.addAction(act)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.past_button = QCheckBox(self.past_action.text(), self.toolbar)
        self.past_button.setToolTip(self.past_action.toolTip())
        self.past_button.toggled.connect(self.past_action.setChecked)
        self.past_action.toggled.connect(self.past_button.setChecked)
        self.toolbar.addWidget(self.past_button)

        # What the last action did, said once, in a quiet bar the user can close.
        self.notice_bar = QFrame(self)
        self.notice_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice_bar.setAutoFillBackground(True)
        self.notice_bar.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.notice = QLabel(self.notice_bar)
        self.notice.setObjectName("plansNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.setAccessibleName(self.tr("Last action"))
        self.notice_undo = quiet_button(QPushButton(self.tr("Undo"), self.notice_bar))
        self.notice_undo.setAccessibleName(self.tr("Undo the last action"))
        self.notice_undo.hide()
        self.notice_close = QToolButton(self.notice_bar)
        self.notice_close.setAutoRaise(True)
        self.notice_close.setIcon(icon("close"))
        self.notice_close.setToolTip(self.tr("Close"))
        self.notice_close.setAccessibleName(self.tr("Close the message"))
        bar_layout = QHBoxLayout(self.notice_bar)
        bar_layout.setContentsMargins(10, 4, 4, 4)
        bar_layout.addWidget(self.notice, 1)
        bar_layout.addWidget(self.notice_undo)
        bar_layout.addWidget(self.notice_close)
        self.notice_bar.hide()

        self.tree = QTreeView(self)
        self.tree.setObjectName("plansList")
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Meetups by week"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setRootIsDecorated(False)
        # One focus frame around the whole row, as the row is what is chosen.
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setItemsExpandable(False)
        self.tree.setAlternatingRowColors(False)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The title and the place share the room; when, who and the status take what they need.
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.PLACE, QHeaderView.ResizeMode.Stretch)
        for column in (Column.WHEN, Column.PEOPLE, Column.STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.empty = QWidget(self)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        self.empty_label = QLabel(
            self.tr(
                "No plans yet.\nPlan a meetup with someone you would like to see in person,\n"
                "or keep an idea here until you find a day."
            ),
            self.empty,
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The quiet colour every empty section uses (a disabled label is greyer still).
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        empty_layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.empty_button = QPushButton(
            self.new_action.icon(), self.tr("Plan a meetup…"), self.empty
        )
        row.addWidget(self.empty_button)
        row.addStretch(1)
        empty_layout.addLayout(row)
        empty_layout.addStretch(2)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.notice_bar)
        layout.addWidget(self.stack, 1)
        self.setTabOrder(self.tree, self.past_button)
        self.setFocusProxy(self.tree)

    def _connect_signals(self) -> None:
        self.new_action.triggered.connect(lambda: self.new_meetup())
        self.empty_button.clicked.connect(lambda: self.new_meetup())
        self.edit_action.triggered.connect(self._on_edit)
        self.done_action.triggered.connect(self._on_mark_done)
        self.cancel_action.triggered.connect(self._on_cancel)
        self.reopen_action.triggered.connect(self._on_reopen)
        self.delete_action.triggered.connect(self._on_delete)
        self.export_action.triggered.connect(self._on_export)
        self.export_all_action.triggered.connect(
            lambda: export_upcoming(self._services, self.window())
        )
        self.past_action.toggled.connect(self._on_past_toggled)
        self.notice_close.clicked.connect(self.notice_bar.hide)
        self.notice_undo.clicked.connect(self._on_notice_undo)
        self.history.changed.connect(self._update_notice_undo)
        # Activation is double-click or Enter (or one click where the desktop says so).
        self.tree.activated.connect(self._on_activated)
        self.tree.customContextMenuRequested.connect(self._on_context_menu)
        self.tree.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)

    # --- public ------------------------------------------------------------------------

    def new_meetup(self, person_ids: Sequence[int] = ()) -> None:
        """Open the meetup dialog, with these people already in it."""
        self._open_dialog(MeetupDialog(self._services, self, person_ids=person_ids))

    def edit_meetup(self, meetup_id: int) -> None:
        # It may have been deleted elsewhere (the command line) since the list was read.
        dialog = self._run(lambda: MeetupDialog(self._services, self, meetup_id=meetup_id))
        if dialog is None:
            self.reload()
            return
        self._open_dialog(dialog)

    def selected_meetup(self) -> MeetupView | None:
        rows = self.tree.selectionModel().selectedRows()
        return self.model.meetup_at(rows[0]) if rows else None

    def select_meetup(self, meetup_id: int) -> bool:
        index = self.model.index_of(meetup_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def reload(self) -> None:
        """Read the meetups again now, keeping the selection."""
        self.refresher.reload()

    def _read_again(self) -> None:
        selected = self.selected_meetup()
        clock = self._services.ctx.clock
        if self.past_action.isChecked():
            meetups = self._services.meetups.list()
        else:
            meetups = [
                m
                for m in self._services.meetups.list()
                if m.status in AHEAD or m.id in self._kept_in_view
            ]
        self.model.load(meetups, local_today(clock), clock.zone())
        self.tree.expandAll()
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.stack.setCurrentWidget(self.tree if self.model.rowCount() else self.empty)
        if selected is None or not self.select_meetup(selected.id):
            # No row looks chosen until the user picks one.
            self.tree.setCurrentIndex(QModelIndex())

    # --- reacting ----------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_toolbar()

    def _fit_toolbar(self) -> None:
        """Words beside the icons when they all fit; else icons alone (their words in the
        tooltips) but for "New meetup", so nothing, "Show past" included, hides behind "»"."""
        beside = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        if self._toolbar_width is None:
            self.toolbar.setToolButtonStyle(beside)
            self._toolbar_width = self.toolbar.sizeHint().width()
        fits = self.width() >= self._toolbar_width
        wanted = beside if fits else Qt.ToolButtonStyle.ToolButtonIconOnly
        if self.toolbar.toolButtonStyle() != wanted:
            self.toolbar.setToolButtonStyle(wanted)
            new = self.toolbar.widgetForAction(self.new_action)
            if isinstance(new, QToolButton):
                new.setToolButtonStyle(beside)  # the page's first action keeps its words

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if not event.spontaneous():
            self.notice_bar.hide()
            if self._kept_in_view:
                self._kept_in_view.clear()
                self.refresher.stale = True

    def _on_past_toggled(self, checked: bool) -> None:
        self._kept_in_view.clear()
        self.reload()
        if checked:
            # Past weeks now sit above; keep the eye on this week.
            today = local_today(self._services.ctx.clock)
            group = self.model.group_of_week(today)
            if group.isValid():
                self.tree.scrollTo(group, QAbstractItemView.ScrollHint.PositionAtTop)

    def _update_actions(self) -> None:
        meetup = self.selected_meetup()
        can = NOTHING if meetup is None else meetup.allows
        self.edit_action.setEnabled(can.edit)
        self.done_action.setEnabled(can.complete)
        self.cancel_action.setEnabled(can.cancel)
        self.reopen_action.setEnabled(can.reopen)
        self.delete_action.setEnabled(can.delete)
        self.export_action.setEnabled(can.export)

    def _on_activated(self, index: QModelIndex) -> None:
        meetup = self.model.meetup_at(index)
        if meetup is not None:
            # A done meetup opens read-only: it is history now.
            self.edit_meetup(meetup.id)

    def _on_edit(self) -> None:
        meetup = self.selected_meetup()
        if meetup is not None:
            self.edit_meetup(meetup.id)

    def _open_dialog(self, dialog: MeetupDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._on_dialog_saved(dialog))
        dialog.open()

    def _on_dialog_saved(self, dialog: MeetupDialog) -> None:
        saved = dialog.saved_meetup
        if saved is None:
            return
        self.reload()
        self.select_meetup(saved.id)
        self.tree.setFocus()

    def _on_mark_done(self) -> None:
        meetup = self.selected_meetup()
        if meetup is None:
            return
        names = self._names(meetup)
        if not self._confirm(
            self.tr("Mark done"),
            fill(self.tr("Mark “%1” done?"), meetup.title),
            fill(
                self.tr("This logs that you met %1 in person on %2."), names, self._done_day(meetup)
            ),
            self.tr("Mark done"),
        ):
            return
        completion = self._run(lambda: self._services.meetups.mark_done(meetup.id))
        if completion is None:
            return
        done = completion.meetup
        # Redoing logs a new interaction: undo always takes back the latest.
        completions = [completion]
        meetups = self._services.meetups
        entry = self.history.push(
            fill(self.tr("Mark “%1” done"), done.title),
            undo=lambda: meetups.undo_done(completions[-1]),
            redo=lambda: completions.append(meetups.mark_done(done.id, completions[-1].on)),
            person_ids=tuple(p.id for p in done.people),
        )
        self._kept_in_view.add(done.id)
        self._say(
            fill(self.tr("“%1” is done: logged as met in person with %2."), done.title, names),
            entry,
        )
        self.reload()
        self.select_meetup(done.id)

    def _on_cancel(self) -> None:
        meetup = self.selected_meetup()
        if meetup is None:
            return
        if not self._confirm(
            self.tr("Cancel meetup"),
            fill(self.tr("Cancel “%1”?"), meetup.title),
            self.tr("It stays in your plans as cancelled; you can reopen it later."),
            self.tr("Cancel meetup"),
            keep_label=self.tr("Keep it"),
        ):
            return
        cancelled = self._run(lambda: self._services.meetups.cancel(meetup.id))
        if cancelled is None:
            return
        meetups = self._services.meetups
        # Reopening gives back what it was: planned when it has a day, else an idea.
        entry = self.history.push(
            fill(self.tr("Cancel “%1”"), cancelled.title),
            undo=lambda: meetups.reopen(cancelled.id),
            redo=lambda: meetups.cancel(cancelled.id),
            person_ids=tuple(p.id for p in cancelled.people),
        )
        self._kept_in_view.add(cancelled.id)
        self._say(fill(self.tr("“%1” is cancelled."), cancelled.title), entry)
        self.reload()
        self.select_meetup(cancelled.id)

    def _on_reopen(self) -> None:
        meetup = self.selected_meetup()
        if meetup is None:
            return
        reopened = self._run(lambda: self._services.meetups.reopen(meetup.id))
        if reopened is None:
            return
        meetups = self._services.meetups
        entry = self.history.push(
            fill(self.tr("Reopen “%1”"), reopened.title),
            undo=lambda: meetups.cancel(reopened.id),
            redo=lambda: meetups.reopen(reopened.id),
            person_ids=tuple(p.id for p in reopened.people),
        )
        self._say(fill(self.tr("“%1” is back in your plans."), reopened.title), entry)
        self.reload()
        self.select_meetup(reopened.id)

    def _on_delete(self) -> None:
        meetup = self.selected_meetup()
        if meetup is None:
            return
        if not self._confirm(
            self.tr("Delete meetup"),
            fill(self.tr("Delete “%1” for good?"), meetup.title),
            self.tr(
                "Interactions already logged from it stay. To keep it listed, cancel it instead."
            ),
            self.tr("Delete"),
            destructive=True,
        ):
            return
        if self._run(lambda: self._delete(meetup.id)) is None:
            return
        self._kept_in_view.discard(meetup.id)
        self._say(fill(self.tr("“%1” is deleted."), meetup.title))
        self.reload()

    def _on_export(self) -> None:
        meetup = self.selected_meetup()
        if meetup is not None:
            export_meetup(self._services, meetup.id, self.window())

    def _on_context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(self.tree.indexAt(pos))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    def context_menu(self, index: QModelIndex) -> QMenu:
        """The menu for a row (or for empty space when `index` is not a meetup)."""
        meetup = self.model.meetup_at(index)
        menu = QMenu(self)
        if meetup is not None:
            self.tree.setCurrentIndex(index)
            for act in (self.edit_action, self.done_action, self.cancel_action, self.reopen_action):
                if act.isEnabled():
                    menu.addAction(act)
            if meetup.people:
                menu.addSeparator()
                for person in meetup.people:
                    open_person = menu.addAction(
                        fmt.shown_as_typed(fill(self.tr("Open %1"), person.name))
                    )
                    open_person.triggered.connect(
                        lambda _=False, pid=person.id: self.person_requested.emit(pid)
                    )
            menu.addSeparator()
            if self.export_action.isEnabled():
                menu.addAction(self.export_action)
            menu.addAction(self.delete_action)
        else:
            menu.addAction(self.new_action)
        menu.addSeparator()
        menu.addAction(self.past_action)
        return menu

    # --- small pieces ------------------------------------------------------------------

    def _done_day(self, meetup: MeetupView) -> str:
        """The day completing logs: the meetup's own day, or today if that is still ahead."""
        today = local_today(self._services.ctx.clock)
        day = min(meetup.local_day or today, today)
        return day_month(day, self.locale(), weekday=True, with_year=day.year != today.year)

    def _names(self, meetup: MeetupView) -> str:
        return self.locale().createSeparatedList([p.name for p in meetup.people])

    def _say(self, text: str, entry: UndoEntry | None = None) -> None:
        self.notice.setText(text)
        self._notice_entry = entry
        self._update_notice_undo()
        self.notice_bar.show()

    def _update_notice_undo(self) -> None:
        """The bar's Undo is there only while its action is the latest one done."""
        entry = self._notice_entry
        live = entry is not None and self.history.next_undo is entry
        if not live:
            self._notice_entry = None
        self.notice_undo.setVisible(live)

    def _on_notice_undo(self) -> None:
        entry = self._notice_entry
        if entry is not None and self.history.revert(entry):
            self.notice.setText(fill(self.tr("Undone: %1."), entry.description))

    def _run(self, action: Callable[[], T]) -> T | None:
        """Run a service call; a refusal is told in a box and gives None.

        Its change says this page made it, so the page's own echo can be told apart."""
        try:
            with self._services.changes.origin(self):
                return action()
        except KithError as error:
            QMessageBox.warning(self, self.tr("Not possible"), explain(error))
            return None

    def _delete(self, meetup_id: int) -> bool:
        self._services.meetups.delete(meetup_id)
        return True

    def _confirm(
        self,
        title: str,
        question: str,
        detail: str,
        accept_label: str,
        *,
        keep_label: str | None = None,
        destructive: bool = False,
    ) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.NoButton, self
        )
        box.setInformativeText(detail)
        role = (
            QMessageBox.ButtonRole.DestructiveRole
            if destructive
            else QMessageBox.ButtonRole.AcceptRole
        )
        accept = box.addButton(accept_label, role)
        keep = box.addButton(keep_label or self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(accept if not destructive else keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is accept
