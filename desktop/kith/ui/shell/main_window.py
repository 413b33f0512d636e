"""The main window's frame: a sidebar of places and the page of the chosen place, each
page built when first wanted.

The rest lives beside it: the places in `places`, the menus in `menus`, what they do in
`commands`, the status bar's Undo in `undo_bar`, what is remembered in `window_state`.
Public API others build on: `show_place(name)`, `open_person(id)`, `menuBar()` with the
File/Edit/View/Help menus in `self.menus`, `services`, `changes` (DataChanges),
`person_actions` (PersonActions), `commands`, `undo` (the UndoHistory behind Edit →
Undo/Redo: `undo.push(description, undo=..., redo=...)`) and `tell(message, undo)`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kith.ui.shell import window_state
from kith.ui.shell.menus import MenuActions, add_menus, fill_menus
from kith.ui.shell.places import PLACE_LIST, PLACES, index_of, place
from kith.ui.shell.saved_note import SavedNote
from kith.ui.shell.undo_bar import UndoBar
from kith.ui.shell.undo_history import UndoEntry, UndoHistory
from kith.ui.widgets.icons import app_icon, icon

if TYPE_CHECKING:
    from kith.services.app import Services
    from kith.services.changes import Change
    from kith.ui.map.view import RelationshipMap
    from kith.ui.people.page import PeoplePage
    from kith.ui.person.page import PersonPage
    from kith.ui.plans.page import PlansPage
    from kith.ui.shell.changes import DataChanges
    from kith.ui.shell.commands import WindowCommands
    from kith.ui.today.snapshot import TodaySnapshot

__all__ = ["PLACES", "MainWindow"]


class MainWindow(QMainWindow):
    sample_data_requested = Signal()
    first_painted = Signal()
    """The window is on screen (emitted once, right after its first paint)."""

    def __init__(
        self, services: Services | None, *, sample: bool = False, parent: QWidget | None = None
    ) -> None:
        """With services, the whole window; with None, only its frame (sidebar, menu bar,
        size), so it can be on screen before the database is open: `attach` the rest."""
        super().__init__(parent)
        self.sample = sample
        self.attached = False
        self.loaded = False
        self._painted = False
        self.quit_handler: Callable[[], object] = self.close
        """What File → Quit does: closing this window, or (wired to reminders) ending Kith."""
        self._database_title: str | None = None
        self.known_today: QWidget | None = None
        """Today as last shown, on screen until the live Today has read its data."""
        self.setWindowIcon(app_icon())
        self.setWindowTitle(self._app_title())
        self._build_frame()
        self.menus: dict[str, QMenu] = add_menus(self.menuBar())
        self._commands: WindowCommands | None = None
        window_state.restore_geometry(self, self.splitter, sample=sample)
        if services is not None:
            self.attach(services)

    def attach(self, services: Services, changes: DataChanges | None = None) -> None:
        """Build the places on these services; the remembered one shows once painted.

        `changes` is the app's one bridge from the services' change bus (built here when
        the window is alone, as in tests and the sample window).
        """
        # Imported here: the pages pull in the services and their libraries, which the
        # window's frame does not need to appear.
        from kith.ui.people.cache import PeopleCache
        from kith.ui.person.actions import PersonActions
        from kith.ui.shell.changes import DataChanges

        self.services = services
        from kith.ui.shell.database_name import kith_title

        self._database_title = kith_title(services.ctx.db.path)
        if not self.attached:
            self.setWindowTitle(self._app_title())
        self._owns_changes = changes is None
        self.changes = changes or DataChanges(services.changes, self)
        self.people_cache = PeopleCache(services, self.changes, self)
        self.person_actions = PersonActions(services, self.people_cache, self, self.undo)
        self._restore_place()
        self._build_pages()
        self._fill_menus()
        self._connect_signals()
        self.attached = True
        if self._painted:
            QTimer.singleShot(0, self._finish_loading)

    @property
    def commands(self) -> WindowCommands:
        """What the menus and buttons do; made when first wanted (its module brings the
        dialogs' classes, which the window's first paint does not need)."""
        if self._commands is None:
            from kith.ui.shell.commands import WindowCommands

            self._commands = WindowCommands(self)
        return self._commands

    # --- building ---------------------------------------------------------------------
    def _build_frame(self) -> None:
        """Sidebar, an empty content area and the status bar: all that needs no data."""
        self.stack = QStackedWidget(self)
        # Until the window has painted once, the content area stays empty, so the window
        # appears at once and the first place loads its data right after.
        self._blank = QWidget(self)
        self.stack.addWidget(self._blank)
        self.stack.setCurrentWidget(self._blank)
        self._pending = window_state.OpeningPlace("today")

        self.sidebar = QListWidget(self)
        self.sidebar.setAccessibleName(self.tr("Places"))
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        for each in PLACE_LIST:
            item = QListWidgetItem(icon(each.icon), each.title())
            item.setData(Qt.ItemDataRole.UserRole, each.name)
            keys = QKeySequence(each.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(f"{each.title()} ({keys})")
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 18))
            self.sidebar.addItem(item)
        self.me_button = QPushButton(icon("me"), self.tr("Me"), self)
        self.me_button.setFlat(True)
        self.me_button.setToolTip(self.tr("Your interests and the rhythm of each circle"))
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 8, 6, 8)
        side_layout.addWidget(self.sidebar, 1)
        side_layout.addWidget(self.me_button, 0, Qt.AlignmentFlag.AlignLeft)
        side.setMinimumWidth(120)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(side)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([170, 1000])

        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        if self.sample:
            column.addWidget(self._sample_banner())
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.undo = UndoHistory(self)
        self.undo_bar = UndoBar(self.statusBar(), self.undo)
        self.undo_button = self.undo_bar.button
        self.saved_note = SavedNote(self.statusBar())

    def show_known_today(self, snapshot: TodaySnapshot) -> None:
        """Paint Today from its snapshot in the empty content area, read-only, until the
        live Today has its data (only when Today is the place that opens)."""
        if self.attached or window_state.opening_place(greet=False).place != "today":
            return
        from kith.ui.today.known_page import KnownToday

        self.known_today = KnownToday(snapshot, self)
        self.stack.addWidget(self.known_today)
        self.stack.setCurrentWidget(self.known_today)
        # Today selected in the sidebar, as the live window shows it: nothing changes colour.
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(index_of("today"))
        self.sidebar.item(index_of("today")).setSelected(True)
        self.sidebar.blockSignals(False)

    def _let_known_today_go(self) -> None:
        known, self.known_today = self.known_today, None
        if known is None:
            return
        if self.stack.currentWidget() is known:
            self.show_place("today")
        self.stack.removeWidget(known)
        known.deleteLater()

    def _sample_banner(self) -> QWidget:
        banner = QWidget(self)
        banner.setAutoFillBackground(True)
        banner.setBackgroundRole(banner.backgroundRole().AlternateBase)
        row = QHBoxLayout(banner)
        row.setContentsMargins(14, 8, 14, 8)
        label = QLabel(
            self.tr(
                "<b>Sample data.</b> These people are made up, and this window's changes are "
                "thrown away when you close it. Your own Kith is untouched."
            ),
            banner,
        )
        label.setWordWrap(True)
        row.addWidget(QLabel(banner))
        row.itemAt(0).widget().setPixmap(icon("sample").pixmap(20, 20))  # type: ignore[union-attr]
        row.addWidget(label, 1)
        return banner

    def _build_pages(self) -> None:
        """Today now; the other places when first wanted (their modules, too)."""
        from kith.ui.shell.first_run import FirstRunPage
        from kith.ui.today.page import TodayPage

        self.first_run = FirstRunPage(self)
        self.today = TodayPage(self.services, self.changes, self.person_actions, self)
        if self.known_today is not None:
            self.today.settled.connect(
                self._let_known_today_go, Qt.ConnectionType.SingleShotConnection
            )
        if self._painted and self._pending.place == "today":
            # The frame is on screen and Today is what opens: its read runs while the
            # rest of the window is wired up.
            self.today.refresh()
        self.today_stack = QStackedWidget(self)
        self.today_stack.addWidget(self.first_run)
        self.today_stack.addWidget(self.today)
        # Today's place: a slot for the reminder banner above Today (or the first run).
        self.today_place = QWidget(self)
        self._today_column = QVBoxLayout(self.today_place)
        self._today_column.setContentsMargins(0, 0, 0, 0)
        self._today_column.setSpacing(0)
        self._today_column.addWidget(self.today_stack, 1)
        self._built: dict[str, QWidget] = {"today": self.today_place}
        for name in PLACES:
            # Empty stand-ins keep each place at its index until it is built.
            self.stack.insertWidget(
                self.stack.indexOf(self._blank), self._built.get(name) or QWidget()
            )

    def _fill_menus(self) -> None:
        actions: MenuActions = fill_menus(self.menus, self.commands, self.services, self, self.undo)
        self.menu_actions = actions
        # The names tests and other parts of the window have always used.
        self.new_person_action = actions.new_person
        self.log_action = actions.log
        self.plan_action = actions.plan
        self.import_action = actions.import_contacts
        self.export_contacts_action = actions.export_contacts
        self.export_calendar_action = actions.export_calendar
        self.quit_action = actions.quit
        self.find_action = actions.find
        self.me_action = actions.me
        self.place_actions = actions.places
        self.undo_action = actions.undo
        self.redo_action = actions.redo

    def _connect_signals(self) -> None:
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row)
        self.me_button.clicked.connect(self.commands.open_me)
        self.today.person_requested.connect(self.open_person)
        self.today.more_requested.connect(self._on_more_due)
        self.today.sort_requested.connect(self.commands.sort_people)
        # Everyone's summaries are read when People is first shown (it asks the cache), not
        # with Today: a session that never opens People never holds them.
        self.first_run.add_requested.connect(self.person_actions.new_person)
        self.first_run.import_requested.connect(lambda: self.commands.import_contacts())
        self.first_run.sample_requested.connect(self.sample_data_requested)
        self.changes.changed.connect(self._on_data_changed)
        self.person_actions.told.connect(self.tell)
        self.person_actions.person_added.connect(self._on_person_added)

    def embed_reminder_banner(self, banner: QWidget) -> None:
        """Reminders that could not reach the desktop show at the top of Today."""
        self._today_column.insertWidget(0, banner)

    # --- places -----------------------------------------------------------------------
    def page(self, name: str) -> QWidget:
        """The page of a place, built on first use."""
        index = index_of(name)
        built = self._built.get(name)
        if built is None:
            built = self._built[name] = self._build_page(name)
            stand_in = self.stack.widget(index)
            self.stack.insertWidget(index, built)
            if stand_in is not None:
                self.stack.removeWidget(stand_in)
                stand_in.deleteLater()
        return built

    def _build_page(self, name: str) -> QWidget:
        services, actions = self.services, self.person_actions
        page: PeoplePage | PersonPage | PlansPage | RelationshipMap
        if name == "people":
            from kith.ui.people.page import PeoplePage

            page = PeoplePage(services, self.people_cache, actions, self)
            page.sort_requested.connect(self.commands.sort_people)
        elif name == "person":
            from kith.ui.person.page import PersonPage

            page = PersonPage(services, self.changes, actions, self)
            # A rename shows in the title once the page has read it, not before.
            page.refresher.reloaded.connect(self._on_person_reloaded)
        elif name == "plans":
            from kith.ui.plans.page import PlansPage

            page = PlansPage(services, self.changes, self, self.undo)
        else:
            from kith.ui.map.view import RelationshipMap

            page = RelationshipMap(services, self.changes, self)
            page.move_requested.connect(
                lambda person_id, circle: actions.move_to_circle([person_id], circle)
            )
        page.person_requested.connect(self.open_person)
        return page

    @property
    def people(self) -> PeoplePage:
        return cast("PeoplePage", self.page("people"))

    @property
    def person(self) -> PersonPage:
        return cast("PersonPage", self.page("person"))

    @property
    def plans(self) -> PlansPage:
        return cast("PlansPage", self.page("plans"))

    @property
    def map(self) -> RelationshipMap:
        return cast("RelationshipMap", self.page("map"))

    def show_place(self, name: str) -> None:
        row = index_of(name)
        self.loaded = True
        if name == "today":
            self._choose_today_page()
        self.stack.setCurrentWidget(self.page(name))
        self._update_title()
        if self.sidebar.currentRow() != row:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(row)
            self.sidebar.blockSignals(False)

    def current_place(self) -> str:
        if self.stack.currentWidget() in (self._blank, self.known_today):
            return self._pending.place
        return PLACES[self.stack.currentIndex()]

    def open_person(self, person_id: int) -> None:
        self.person.show_person(person_id)
        self.show_place("person")

    def focus_search(self) -> None:
        self.commands.find_people()

    def tell(self, message: str, undo: UndoEntry | Callable[[], object] | None = None) -> None:
        """A quiet note in the status bar, with Undo for a little while when possible.

        `undo` is the entry already pushed on `self.undo`, or a bare way to take the
        action back, which then joins the history (named by the message, not redoable)."""
        if undo is not None and not isinstance(undo, UndoEntry):
            undo = self.undo.push(message, undo=undo)
        self.undo_bar.tell(message, undo)

    def _app_title(self) -> str:
        """ "Kith", or "Kith — work.sqlite3" on a database other than the usual one."""
        if self.sample:
            return self.tr("Kith — sample data")
        return self._database_title or self.tr("Kith")

    def _update_title(self) -> None:
        """ "Ana Silva — Kith": the window list and task bar say where you are."""
        current = self.current_place()
        detail = self.person.detail if "person" in self._built else None
        if current == "person":
            where = detail.summary.name if detail is not None else ""
        else:
            where = place(current).title()
        person_item = self.sidebar.item(index_of("person"))
        person_item.setText(detail.summary.name if detail is not None else place("person").title())
        app = self._app_title()
        self.setWindowTitle(f"{where} — {app}" if where else app)

    def _choose_today_page(self) -> None:
        empty = self.services.people.count() == 0
        self.today_stack.setCurrentWidget(self.first_run if empty else self.today)

    # --- reacting ---------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
            QTimer.singleShot(0, self._finish_loading)
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self.attached:
            self.today.refresh_if_stale()
        super().changeEvent(event)

    def _finish_loading(self) -> None:
        """Show the remembered place, now that the window is on screen."""
        if self.loaded or not self.attached:
            return
        if self.known_today is not None:
            self.loaded = True  # the snapshot stays on screen until the live Today settles
            if not self.today.loading:
                self.today.refresh()
            return
        if self._pending.place == "person" and self._pending.person_id is not None:
            self.open_person(self._pending.person_id)
        else:
            self.show_place(self._pending.place)

    def _on_sidebar_row(self, row: int) -> None:
        if 0 <= row < len(PLACES):
            self.show_place(PLACES[row])

    def _on_data_changed(self, _what: Change) -> None:
        if self.loaded and self.current_place() == "today":
            self._choose_today_page()
        if self.loaded and self.current_place() == "person":
            self._update_title()

    def _on_person_reloaded(self) -> None:
        if self.loaded and self.current_place() == "person":
            self._update_title()

    def _on_person_added(self, person_id: int) -> None:
        """Adding from People keeps you in the list, with them selected; elsewhere, their page."""
        if self.current_place() == "people":
            self.people.select_when_listed(person_id)
        else:
            self.open_person(person_id)

    def _on_more_due(self) -> None:
        self.people.show_needing_attention()
        self.show_place("people")

    # --- remembering ------------------------------------------------------------------
    def _restore_place(self) -> None:
        # A new user is greeted by Today, whatever the last database showed.
        greet = self.sample or self.services.people.count() == 0
        self._pending = window_state.opening_place(greet=greet)
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(index_of(self._pending.place))
        self.sidebar.blockSignals(False)

    def save_state(self) -> None:
        if self.sample or not self.attached:
            return  # the sample window must not change how the real one opens
        shown = self.person.person_id if "person" in self._built else None
        if "people" in self._built:
            self.people.save_state()
        window_state.save(
            self, self.splitter, window_state.OpeningPlace(self.current_place(), shown)
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.attached:
            self.today.wait()
            self.people_cache.wait()
            if self._owns_changes:
                self.changes.detach()
        super().closeEvent(event)
