"""The main window: a sidebar of places, the page of the chosen place, and the menus.

Public API others build on: `show_place(name)`, `open_person(id)`, `menuBar()` with the
File/Edit/View/Help menus in `self.menus`, `services`, `changes` (DataChanges) and
`person_actions` (PersonActions).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kith.domain.errors import KithError
from kith.ui.text.error_text import explain
from kith.ui.widgets.icons import app_icon, icon

if TYPE_CHECKING:
    from kith.services.app import Services
    from kith.ui.dialogs.me import MeDialog
    from kith.ui.interchange.import_contacts import ImportContactsDialog
    from kith.ui.map.view import RelationshipMap
    from kith.ui.people.page import PeoplePage
    from kith.ui.person.page import PersonPage
    from kith.ui.plans.page import PlansPage

PLACES = ("today", "people", "person", "plans", "map")
UNDO_SECONDS = 15


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
        self.menus: dict[str, QMenu] = {}
        self.setWindowIcon(app_icon())
        self.setWindowTitle(self.tr("Kith — sample data") if sample else self.tr("Kith"))
        self._build_frame()
        self._build_menu_bar()
        self._restore_geometry()
        if services is not None:
            self.attach(services)

    def attach(self, services: Services) -> None:
        """Build the places on these services; the remembered one shows once painted."""
        # Imported here: the pages pull in the services and their libraries, which the
        # window's frame does not need to appear.
        from kith.ui.people.cache import PeopleCache
        from kith.ui.person.actions import PersonActions
        from kith.ui.shell.changes import DataChanges

        self.services = services
        self.changes = DataChanges(services.changes, self)
        self.people_cache = PeopleCache(services, self.changes, self)
        self.person_actions = PersonActions(services, self.people_cache, self)
        self._restore_place()
        self._build_pages()
        self._fill_menus()
        self._connect_signals()
        self.attached = True
        if self._painted:
            QTimer.singleShot(0, self._finish_loading)

    # --- building ---------------------------------------------------------------------
    def _build_pages(self) -> None:
        """Today now; the other places when first wanted (their modules, too)."""
        from kith.ui.shell.first_run import FirstRunPage
        from kith.ui.today.page import TodayPage

        self.first_run = FirstRunPage(self)
        self.today = TodayPage(self.services, self.changes, self.person_actions, self)
        if self._painted and self._pending[0] == "today":
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
            self.stack.insertWidget(self.stack.count() - 1, self._built.get(name) or QWidget())

    def page(self, name: str) -> QWidget:
        """The page of a place, built on first use."""
        if name not in PLACES:
            raise ValueError(f"unknown place {name!r}")
        built = self._built.get(name)
        if built is None:
            built = self._built[name] = self._build_page(name)
            index = PLACES.index(name)
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
        elif name == "person":
            from kith.ui.person.page import PersonPage

            page = PersonPage(services, self.changes, actions, self)
        elif name == "plans":
            from kith.ui.plans.page import PlansPage

            page = PlansPage(services, self)
        else:
            from kith.ui.map.view import RelationshipMap

            page = RelationshipMap(services, self)
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

    def _build_frame(self) -> None:
        """Sidebar, an empty content area and the status bar: all that needs no data."""
        self.stack = QStackedWidget(self)
        # Until the window has painted once, the content area stays empty, so the window
        # appears at once and the first place loads its data right after.
        self._blank = QWidget(self)
        self.stack.addWidget(self._blank)
        self.stack.setCurrentWidget(self._blank)
        self._pending: tuple[str, int | None] = ("today", None)

        self.sidebar = QListWidget(self)
        self.sidebar.setAccessibleName(self.tr("Places"))
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        labels = {
            "today": self.tr("Today"),
            "people": self.tr("People"),
            "person": self.tr("Person"),
            "plans": self.tr("Plans"),
            "map": self.tr("Map"),
        }
        for number, name in enumerate(PLACES, start=1):
            item = QListWidgetItem(icon(f"nav-{name}"), labels[name])
            item.setData(Qt.ItemDataRole.UserRole, name)
            keys = QKeySequence(f"Ctrl+{number}").toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(f"{labels[name]} ({keys})")
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

        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setFlat(True)
        self.undo_button.hide()
        self.statusBar().addPermanentWidget(self.undo_button)
        self.statusBar().setSizeGripEnabled(False)
        self._undo: Callable[[], object] | None = None
        self._undo_timer = QTimer(self)
        self._undo_timer.setSingleShot(True)
        self._undo_timer.setInterval(UNDO_SECONDS * 1000)
        self._undo_timer.timeout.connect(self._forget_undo)

    def embed_reminder_banner(self, banner: QWidget) -> None:
        """Reminders that could not reach the desktop show at the top of Today."""
        self._today_column.insertWidget(0, banner)

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

    def _build_menu_bar(self) -> None:
        """The menus, empty until `attach`: the bar is there from the first paint."""
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        edit_menu = bar.addMenu(self.tr("&Edit"))
        view_menu = bar.addMenu(self.tr("&View"))
        help_menu = bar.addMenu(self.tr("&Help"))
        self.menus = {"file": file_menu, "edit": edit_menu, "view": view_menu, "help": help_menu}

    def _fill_menus(self) -> None:
        from kith.ui.interchange.calendar_export import export_upcoming_action

        file_menu, edit_menu = self.menus["file"], self.menus["edit"]
        view_menu, help_menu = self.menus["view"], self.menus["help"]
        self.new_person_action = self._action(
            file_menu,
            self.tr("&Add Someone…"),
            "add-person",
            QKeySequence.StandardKey.New,
            self.person_actions.new_person,
        )
        self.log_action = self._action(
            file_menu,
            self.tr("&Log Interaction…"),
            "log",
            QKeySequence("Ctrl+L"),
            self._on_log_interaction,
        )
        self.plan_action = self._action(
            file_menu,
            self.tr("&Plan a Meetup…"),
            "plan",
            QKeySequence("Ctrl+M"),
            self._on_plan_meetup,
        )
        file_menu.addSeparator()
        self.import_action = self._action(
            file_menu,
            self.tr("&Import Contacts…"),
            None,
            QKeySequence("Ctrl+I"),
            lambda: self.import_contacts(),
        )
        self.export_contacts_action = self._action(
            file_menu, self.tr("Export &Contacts…"), None, None, self._on_export_contacts
        )
        self.export_calendar_action = export_upcoming_action(self.services, self)
        file_menu.addAction(self.export_calendar_action)
        file_menu.addSeparator()
        self.quit_action = self._action(
            file_menu, self.tr("&Quit"), None, QKeySequence.StandardKey.Quit, self.close
        )
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.find_action = self._action(
            edit_menu,
            self.tr("&Find People"),
            "search",
            QKeySequence.StandardKey.Find,
            self.focus_search,
        )
        self.me_action = self._action(edit_menu, self.tr("&Me…"), "me", None, self.open_me)

        labels = {
            "today": self.tr("&Today"),
            "people": self.tr("&People"),
            "person": self.tr("P&erson"),
            "plans": self.tr("P&lans"),
            "map": self.tr("&Map"),
        }
        self.place_actions: dict[str, QAction] = {}
        for number, name in enumerate(PLACES, start=1):
            self.place_actions[name] = self._action(
                view_menu,
                labels[name],
                f"nav-{name}",
                QKeySequence(f"Ctrl+{number}"),
                lambda _=False, name=name: self.show_place(name),
            )

        about = self._action(help_menu, self.tr("&About Kith"), None, None, self._on_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)

    def _action(
        self,
        menu: QMenu,
        text: str,
        icon_name: str | None,
        shortcut: QKeySequence | QKeySequence.StandardKey | None,
        slot: object,
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _connect_signals(self) -> None:
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row)
        self.me_button.clicked.connect(self.open_me)
        self.today.person_requested.connect(self.open_person)
        self.today.more_requested.connect(self._on_more_due)
        # With Today on screen, read everyone in the background so People opens at once.
        self.today.loaded.connect(self.people_cache.request)
        self.first_run.add_requested.connect(self.person_actions.new_person)
        self.first_run.import_requested.connect(lambda: self.import_contacts())
        self.first_run.sample_requested.connect(self.sample_data_requested)
        self.changes.changed.connect(self._on_data_changed)
        self.person_actions.told.connect(self.tell)
        self.person_actions.person_added.connect(self._on_person_added)
        self.undo_button.clicked.connect(self._on_undo)

    # --- places -----------------------------------------------------------------------
    def show_place(self, name: str) -> None:
        if name not in PLACES:
            raise ValueError(f"unknown place {name!r}")
        self.loaded = True
        if name == "today":
            self._choose_today_page()
        self.stack.setCurrentWidget(self.page(name))
        self._update_title()
        row = PLACES.index(name)
        if self.sidebar.currentRow() != row:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(row)
            self.sidebar.blockSignals(False)

    def current_place(self) -> str:
        if self.stack.currentWidget() is self._blank:
            return self._pending[0]
        return PLACES[self.stack.currentIndex()]

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
        place, person = self._pending
        if place == "person" and person is not None:
            self.open_person(person)
        else:
            self.show_place(place)

    def open_person(self, person_id: int) -> None:
        self.person.show_person(person_id)
        self.show_place("person")

    def _update_title(self) -> None:
        """ "Ana Silva — Kith": the window list and task bar say where you are."""
        place = self.current_place()
        names = {
            "today": self.tr("Today"),
            "people": self.tr("People"),
            "plans": self.tr("Plans"),
            "map": self.tr("Map"),
        }
        person_page = self._built.get("person")
        detail = self.person.detail if person_page is not None else None
        where = (
            detail.summary.name
            if place == "person" and detail is not None
            else names.get(place, "")
        )
        person_item = self.sidebar.item(PLACES.index("person"))
        person_item.setText(detail.summary.name if detail is not None else self.tr("Person"))
        app = self.tr("Kith — sample data") if self.sample else self.tr("Kith")
        self.setWindowTitle(f"{where} — {app}" if where else app)

    def focus_search(self) -> None:
        self.show_place("people")
        self.people.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.people.search.selectAll()

    def import_contacts(self, path: Path | None = None) -> ImportContactsDialog:
        """Ask for a vCard file, preview who would be added, then import off the GUI thread."""
        from kith.ui.interchange.import_contacts import ImportContactsDialog

        dialog = ImportContactsDialog(self.services, self, path)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _result: self.show_place("people"))
        dialog.open()
        return dialog

    def _on_export_contacts(self) -> None:
        from kith.ui.interchange.contacts_export import export_contacts

        export_contacts(self.services, self._selected_people() or None, self)

    def open_me(self) -> MeDialog:
        from kith.ui.dialogs.me import MeDialog

        dialog = MeDialog(self.services, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def tell(self, message: str, undo: Callable[[], object] | None = None) -> None:
        """A quiet note in the status bar, with Undo for a little while when possible."""
        self.statusBar().showMessage(message, UNDO_SECONDS * 1000)
        self._undo = undo
        self.undo_button.setVisible(undo is not None)
        if undo is not None:
            self._undo_timer.start()

    def _on_undo(self) -> None:
        undo, self._undo = self._undo, None
        self._forget_undo()
        if undo is not None:
            try:
                undo()
            except KithError as error:
                self.statusBar().showMessage(explain(error), UNDO_SECONDS * 1000)
                return
            self.statusBar().showMessage(self.tr("Undone."), 4000)

    def _forget_undo(self) -> None:
        self._undo = None
        self.undo_button.hide()

    def _choose_today_page(self) -> None:
        empty = self.services.people.count() == 0
        self.today_stack.setCurrentWidget(self.first_run if empty else self.today)

    def _on_sidebar_row(self, row: int) -> None:
        if 0 <= row < len(PLACES):
            self.show_place(PLACES[row])

    def _on_data_changed(self, kinds: frozenset[str]) -> None:  # noqa: ARG002 (every change refreshes)
        if self.loaded and self.current_place() == "today":
            self._choose_today_page()
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

    def _selected_people(self) -> list[int]:
        place = self.current_place()
        if place == "person" and self.person.person_id is not None:
            return [self.person.person_id]
        if place == "people":
            return self.people.selected_ids()
        return []

    def _on_log_interaction(self) -> None:
        self.person_actions.log_interaction(self._selected_people())

    def _on_plan_meetup(self) -> None:
        self.person_actions.plan_meetup(self._selected_people())

    def _on_about(self) -> None:
        from kith import __version__

        QMessageBox.about(
            self,
            self.tr("About Kith"),
            self.tr(
                "<b>Kith %1</b><p>Tend the relationships that matter, offline.</p>"
                "<p>Your data stays in one file on this computer.</p>"
            ).replace("%1", __version__),
        )

    # --- remembering ------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not self.sample:
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 760)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def _restore_place(self) -> None:
        settings = QSettings()
        place = str(settings.value("window/place", "today"))
        if place not in PLACES or self.sample or self.services.people.count() == 0:
            place = "today"  # a new user is greeted, whatever the last database showed
        person = str(settings.value("window/person", ""))
        if place == "person" and not person.isdigit():
            place = "today"
        self._pending = (place, int(person) if place == "person" else None)
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(PLACES.index(place))
        self.sidebar.blockSignals(False)

    def save_state(self) -> None:
        if self.sample or not self.attached:
            return  # the sample window must not change how the real one opens
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/place", self.current_place())
        if "person" in self._built and self.person.person_id is not None:
            settings.setValue("window/person", self.person.person_id)
        if "people" in self._built:
            self.people.save_state()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.attached:
            self.today.wait()
            self.people_cache.wait()
            self.changes.detach()
        super().closeEvent(event)
