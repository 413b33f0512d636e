"""People: everyone in a sortable, searchable table that stays quick at thousands of rows."""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPoint,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kith.domain.placeholders import fill
from kith.domain.values import Circle, TendingState
from kith.services.app import Services
from kith.services.views import PersonSummary
from kith.ui.people.cache import PEOPLE_KINDS, PeopleCache
from kith.ui.people.circle_delegate import CircleDelegate
from kith.ui.people.circle_menu import circle_menu
from kith.ui.people.columns import FittedTable, column_rooms
from kith.ui.people.group_bar import GroupBar
from kith.ui.people.group_filter import GroupFilter
from kith.ui.people.interests_delegate import InterestsDelegate
from kith.ui.people.model import Column, PeopleTableModel, Role
from kith.ui.people.no_match import NoMatchNotice
from kith.ui.people.proxy import PeopleFilterProxy
from kith.ui.person.actions import PersonActions
from kith.ui.shell.changes import RefreshWhenVisible
from kith.ui.text import formatting as fmt
from kith.ui.widgets.icons import icon
from kith.ui.widgets.tending_palette import state_word

_HEADER_KEY = "people/header"
ATTENTION = "attention"


class PeoplePage(QWidget):
    person_requested = Signal(int)
    sort_requested = Signal()
    """The user asked to sort the people not sorted into a circle yet."""

    def __init__(
        self,
        services: Services,
        cache: PeopleCache,
        actions: PersonActions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._cache = cache
        self._actions = actions
        self._select_next: int | None = None
        self._waiting = False
        """A read of everyone was asked for; its rows are not in the table yet."""
        self.model = PeopleTableModel(services.ctx.today(), self)
        self.proxy = PeopleFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.refresher = RefreshWhenVisible(
            self, cache.changes, self._read_again, kinds=PEOPLE_KINDS
        )
        self._connect_signals()

    # --- building ---------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search names, nicknames and interests"))
        self.search.setAccessibleName(self.tr("Search people"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)

        self.circle = QComboBox(self)
        self.circle.setAccessibleName(self.tr("Circle filter"))
        self.circle.addItem(self.tr("All circles"), "")
        for circle in Circle:
            self.circle.addItem(fmt.circle_label(circle), circle.value)

        self.state = QComboBox(self)
        self.state.setAccessibleName(self.tr("Tending filter"))
        self.state.addItem(self.tr("Any tending"), "")
        self.state.addItem(self.tr("Worth seeing soon"), ATTENTION)
        for state in TendingState:
            self.state.addItem(state_word(state), state.value)

        self.show_archived = QCheckBox(self.tr("Show archived"), self)
        self.group = GroupFilter(self._services, self._cache.changes, self)
        self.group_bar = GroupBar(self)

        self.table = FittedTable(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("People"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Only the Circle cell is editable: a double-click on it, or Shift+F2 anywhere in
        # the row (the "Edit circle" action below), opens its chooser; F2 edits the person.
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        self.circle_delegate = CircleDelegate(
            lambda person_id, circle: self._actions.move_to_circle([person_id], circle),
            self.table,
        )
        self.table.setItemDelegateForColumn(Column.CIRCLE, self.circle_delegate)
        self.table.setAlternatingRowColors(True)
        self.table.setItemDelegateForColumn(Column.INTERESTS, InterestsDelegate(self.table))
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.no_match = NoMatchNotice(self.table)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        saved = QSettings().value(_HEADER_KEY)
        if saved is not None:
            header.restoreState(saved)
        # Restored for the order and the sorting; the widths follow the window and the words.
        self.table.fit_columns(column_rooms(self.model, header), (Column.NAME, Column.INTERESTS))

        self.add_button = QPushButton(icon("add-person"), self.tr("Add someone"), self)
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit"), self)
        self.log_button = QPushButton(icon("log"), self.tr("Log interaction"), self)
        self.archive_button = QPushButton(icon("archive"), self.tr("Archive"), self)
        self.restore_button = QPushButton(icon("restore"), self.tr("Restore"), self)
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete…"), self)
        self.sort_button = QPushButton(self.tr("Sort people not sorted yet…"), self)
        self.sort_button.setFlat(True)
        self.sort_button.clicked.connect(self.sort_requested)
        self.shown = QLabel(self)
        self.shown.setAccessibleName(self.tr("How many people are shown"))

        filters = QHBoxLayout()
        # The filters give way before the search field does: each shows at least a
        # dozen letters of its choice (the whole of it in its list), whatever the language.
        letters = self.search.fontMetrics().horizontalAdvance("M")
        self.search.setMinimumWidth(letters * 12)
        for choice in (self.circle, self.state, self.group):
            choice.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            choice.setMinimumContentsLength(12)
        filters.addWidget(self.search, 3)
        filters.addWidget(self.circle, 1)
        filters.addWidget(self.state, 1)
        filters.addWidget(self.group, 1)
        filters.addWidget(self.show_archived)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.log_button,
            self.archive_button,
            self.restore_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.sort_button)
        buttons.addWidget(self.shown)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.group_bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        open_action = QAction(self.tr("Open"), self.table)
        open_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(self._on_open_current)
        self.table.addAction(open_action)
        edit_action = QAction(self.tr("Edit person…"), self.table)
        edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit_action.triggered.connect(self._on_edit_current)
        self.table.addAction(edit_action)
        circle_action = QAction(self.tr("Edit circle"), self.table)
        circle_action.setShortcut(QKeySequence("Shift+F2"))
        circle_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        circle_action.triggered.connect(self._on_edit_circle)
        self.table.addAction(circle_action)
        delete_action = QAction(self.tr("Delete…"), self.table)
        delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self._on_delete_key)
        self.table.addAction(delete_action)
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.search.installEventFilter(self)
        self.search.returnPressed.connect(self._on_search_entered)
        self.search.textChanged.connect(self._on_search_edited)
        self.circle.currentIndexChanged.connect(self._on_circle_chosen)
        self.state.currentIndexChanged.connect(self._on_state_chosen)
        self.show_archived.toggled.connect(self._on_show_archived)
        self.group.members_chosen.connect(self._on_group_chosen)
        self.group_bar.plan_requested.connect(self._actions.plan_meetup)
        self.group_bar.edit_requested.connect(self._actions.manage_groups)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self._actions.new_person)
        self.edit_button.clicked.connect(self._on_edit)
        self.log_button.clicked.connect(lambda: self._actions.log_interaction(self.selected_ids()))
        self.archive_button.clicked.connect(lambda: self._actions.archive(self.selected_ids()))
        self.restore_button.clicked.connect(
            lambda: self._actions.restore(self.selected_ids(), offer_undo=True)
        )
        self.delete_button.clicked.connect(lambda: self._actions.delete(self.selected_ids()))
        self._cache.loaded.connect(self._on_cache_loaded)
        self._cache.failed.connect(self.shown.setText)

    # --- data -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Rebuild rows from the shared cache now (reading it if needed)."""
        self._cache.people()  # read now if needed, so the rows are there on return
        self.refresher.reload()

    def _read_again(self) -> None:
        """Ask the shared cache for everyone; the rows follow on `loaded`."""
        self._waiting = True
        if self._cache.cached() is None:
            self.shown.setText(self.tr("Reading…"))
        self._cache.request()

    def _apply(self, people: list[PersonSummary]) -> None:
        """New rows, keeping the selection, the current row and the filters."""
        keep = self.selected_ids()
        current = self.current_id()
        # Only the rows of the people written are redrawn, when that is all that changed.
        kept = self.model.update_people(people, self._services.ctx.today())
        self._waiting = False
        if not kept:
            self.select_ids(keep, current)
        self._update_shown()
        if self._select_next is not None:
            self._select_pending()

    @property
    def loading(self) -> bool:
        """The rows wait for a read: changes not shown yet, or everyone being read."""
        return self.refresher.stale or self._waiting

    def _on_cache_loaded(self) -> None:
        people = self._cache.cached()
        if people is not None and self._waiting:
            self._apply(people)

    # --- selection --------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [int(index.data(Role.PERSON_ID)) for index in rows]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return None if not index.isValid() else int(index.data(Role.PERSON_ID))

    def select_ids(self, ids: Collection[int], current: int | None = None) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for person_id in ids:
            index = self._proxy_index(person_id)
            if index.isValid():
                selection.select(index, flags)
        if current is not None:
            index = self._proxy_index(current)
            if index.isValid():
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.table.scrollTo(index)

    def select_when_listed(self, person_id: int) -> None:
        """Select someone as soon as the list holds them (after a background read)."""
        self._select_next = person_id
        if self.model.is_listed(person_id):
            self._select_pending()

    def _select_pending(self) -> None:
        person_id, self._select_next = self._select_next, None
        if person_id is not None and self.model.is_listed(person_id):
            self.select_ids([person_id], person_id)
        else:
            self._select_next = person_id

    def _proxy_index(self, person_id: int) -> QModelIndex:
        row = self.model.row_of(person_id)
        if row is None:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row, 0))

    # --- filters ----------------------------------------------------------------------
    def show_needing_attention(self) -> None:
        """People filtered to those worth seeing soon, as "and 1,234 more" on Today asks."""
        self.search.clear()
        self.circle.setCurrentIndex(0)
        self.state.setCurrentIndex(1)
        self.table.sortByColumn(Column.STATE, Qt.SortOrder.AscendingOrder)

    def _refilter(self, change: Callable[[], None]) -> None:
        """Apply a filter change, keeping whoever was selected and still shown."""
        keep = self.selected_ids()
        current = self.current_id()
        change()
        if keep or current is not None:
            self.select_ids(keep, current)
        self._update_shown()

    def _on_search_edited(self, text: str) -> None:
        self._refilter(lambda: self.proxy.set_search(text))

    def _on_circle_chosen(self) -> None:
        circle = self.circle.currentData()
        self._refilter(lambda: self.proxy.set_circle(Circle(circle) if circle else None))

    def _on_state_chosen(self) -> None:
        chosen = self.state.currentData()
        if chosen == ATTENTION:
            self._refilter(self.proxy.set_needing_attention)
        else:
            states = {TendingState(chosen)} if chosen else None
            self._refilter(lambda: self.proxy.set_states(states))

    def _on_group_chosen(self, members: frozenset[int] | None) -> None:
        self._refilter(lambda: self.proxy.set_members(members))
        self.group_bar.show_group(self.group.chosen())

    def _on_show_archived(self, show: bool) -> None:
        self._refilter(lambda: self.proxy.set_show_archived(show))

    def _update_shown(self) -> None:
        total = self.model.total(archived=self.proxy.show_archived)
        shown = self.proxy.rowCount()
        self.no_match.show_for(self.search.text(), shown)
        if shown == total:
            text = self.tr("%n people", "", total)
        else:
            locale = QLocale()
            text = fill(self.tr("%1 of %2 shown"), locale.toString(shown), locale.toString(total))
        self.shown.setText(text)

    def _update_buttons(self) -> None:
        ids = set(self.selected_ids())
        people = self.model.people_with(ids)
        some = bool(people)
        self.edit_button.setEnabled(len(people) == 1)
        self.log_button.setEnabled(True)
        self.archive_button.setEnabled(some and any(not p.archived for p in people))
        self.restore_button.setVisible(any(p.archived for p in people))
        self.delete_button.setEnabled(some)

    # --- acting -----------------------------------------------------------------------
    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.column() == Column.CIRCLE:
            return  # the Circle cell opens its chooser instead
        self.person_requested.emit(int(index.data(Role.PERSON_ID)))

    def _on_open_current(self) -> None:
        current = self.current_id()
        if current is not None:
            self.person_requested.emit(current)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down (or Page Down) from the search field goes into the results."""
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
            and self.proxy.rowCount() > 0
        ):
            self.enter_results()
            return True
        return super().eventFilter(watched, event)

    def enter_results(self) -> None:
        """Focus the table on its current row, or its first when none is current."""
        current = self.table.currentIndex()
        if not current.isValid():
            first = self.proxy.index(0, Column.NAME)
            self.table.selectionModel().setCurrentIndex(
                first,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.table.setFocus(Qt.FocusReason.TabFocusReason)

    def _on_search_entered(self) -> None:
        """Enter in the search field opens the one match, or the row chosen below."""
        if self.proxy.rowCount() == 1:
            self.person_requested.emit(int(self.proxy.index(0, 0).data(Role.PERSON_ID)))
            return
        selected = self.selected_ids()
        if len(selected) == 1:
            self.person_requested.emit(selected[0])
        elif self.proxy.rowCount() > 1:
            self.enter_results()

    def _on_edit_current(self) -> None:
        current = self.current_id()
        if current is not None:
            self._actions.edit_person(current)

    def _on_edit_circle(self) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            cell = current.siblingAtColumn(Column.CIRCLE)
            self.table.setCurrentIndex(cell)
            self.table.edit(cell)

    def _on_delete_key(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._actions.delete(ids)

    def _on_edit(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self._actions.edit_person(ids[0])

    def _on_context_menu(self, pos: QPoint) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        menu = QMenu(self)
        menu.aboutToHide.connect(menu.deleteLater)  # one menu per right-click, not kept
        if len(ids) == 1:
            menu.addAction(self.tr("Open"), lambda: self.person_requested.emit(ids[0]))
            menu.addAction(
                icon("edit"), self.tr("Edit…"), lambda: self._actions.edit_person(ids[0])
            )
        menu.addAction(
            icon("saw-today"), self.tr("Saw them today"), lambda: self._actions.saw_today(ids)
        )
        menu.addAction(
            icon("log"), self.tr("Log interaction…"), lambda: self._actions.log_interaction(ids)
        )
        menu.addAction(
            icon("plan"), self.tr("Plan a meetup…"), lambda: self._actions.plan_meetup(ids)
        )
        menu.addSeparator()
        menu.addMenu(circle_menu(menu, lambda circle: self._actions.move_to_circle(ids, circle)))
        menu.addAction(self.tr("Set Rhythm…"), lambda: self._actions.ask_rhythm(ids))
        menu.addAction(icon("archive"), self.tr("Archive"), lambda: self._actions.archive(ids))
        menu.addAction(
            icon("restore"),
            self.tr("Restore"),
            lambda: self._actions.restore(ids, offer_undo=True),
        )
        merge = menu.addAction(self.tr("Merge…"), lambda: self._actions.merge(ids))
        merge.setEnabled(len(ids) == 2)
        menu.addAction(self.tr("Delete…"), lambda: self._actions.delete(ids))
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def save_state(self) -> None:
        QSettings().setValue(_HEADER_KEY, self.table.horizontalHeader().saveState())
