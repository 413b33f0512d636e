"""The tray icon: a quiet count of people to see and a menu for one-click actions.

No red badge and no number on the icon: the count lives in the tooltip only.
Closing the window keeps Kith running here when the desktop has a tray
(`ui/reminders/closing`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from kith.domain.errors import QT_TRANSLATE_NOOP, KithError, Term
from kith.domain.placeholders import fill
from kith.domain.values import Mode
from kith.notify.base import NotifyError
from kith.services.app import Services
from kith.services.today import DUE_ROWS
from kith.ui.shell.changes import DataChanges, RefreshWhenVisible, shared_changes
from kith.ui.shell.database_name import database_label, kith_title
from kith.ui.shell.undo_history import UndoEntry, UndoHistory
from kith.ui.text import formatting as fmt
from kith.ui.text.error_text import explain
from kith.ui.widgets.quick_log import QuickLogDialog, spoken_list
from kith.ui.widgets.tending_palette import state_icon, state_word

DUE_SHOWN = 10
"""People listed in the "Who is due" submenu."""
REFRESH_DELAY_MS = 300


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


def bring_forward(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    window.raise_()
    window.activateWindow()


class KithTray(QObject):
    quit_requested = Signal()
    pause_changed = Signal(bool)

    def __init__(
        self,
        window: QWidget,
        services: Services,
        icon: QIcon | None = None,
        parent: QObject | None = None,
        *,
        refresh_now: bool = True,
        changes: DataChanges | None = None,
    ) -> None:
        """`refresh_now=False` leaves the count for `schedule_refresh`: at start-up the
        due list is read for Today first, and the tray need not hold up the window."""
        super().__init__(parent)
        self._window = window
        self._services = services
        # The window's own history, so Ctrl+Z there takes back what was logged here,
        # even when the window was hidden at the time.
        found = getattr(window, "undo", None)
        self.history = found if isinstance(found, UndoHistory) else UndoHistory(self)
        self.icon = QSystemTrayIcon(self)
        self.icon.setIcon(icon if icon is not None and not icon.isNull() else _fallback_icon())
        self.menu = QMenu(window)
        # Two Kiths on two databases must not look the same: the title names this one.
        self.title = kith_title(services.ctx.db.path)
        self.names_database = database_label(services.ctx.db.path) is not None
        self.database_action = QAction(self.title, self)
        self.database_action.setEnabled(False)
        self.database_action.setToolTip(str(services.ctx.db.path))
        self.open_action = QAction(self.tr("Open Kith"), self)
        self.due_menu = QMenu(self.tr("Who is due"), self.menu)
        self.log_action = QAction(self.tr("Log that you saw someone…"), self)
        self.undo_action = QAction(self)
        self.undo_action.setVisible(False)
        # How sync stands, when a sync folder is chosen: read each time the menu opens.
        self.sync_action = QAction(self)
        self.sync_action.setEnabled(False)
        self.sync_action.setVisible(False)
        self.pause_action = QAction(self.tr("Pause reminders for today"), self)
        self.pause_action.setCheckable(True)
        self.quit_action = QAction(self.tr("Quit Kith"), self)
        if self.names_database:
            self.menu.addAction(self.database_action)
        self.menu.addAction(self.open_action)
        self.menu.addMenu(self.due_menu)
        self.menu.addAction(self.log_action)
        self.menu.addAction(self.undo_action)
        self.menu.addAction(self.sync_action)
        self.menu.addSeparator()
        self.menu.addAction(self.pause_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.picker: QuickLogDialog | None = None
        self._to_see: list[int] | None = None
        """Who is due, as last read: Today's order, so its first rows are Today's list."""
        changes = changes or shared_changes(window, services.changes, self)
        # Many writes in a row (an import) refresh the count once, not once per write.
        self.refresher = RefreshWhenVisible(
            self, changes, self._read_again, stale=False, delay_ms=REFRESH_DELAY_MS
        )
        self._connect_signals()
        if refresh_now:
            self.refresh()

    def _connect_signals(self) -> None:
        self.open_action.triggered.connect(self._on_open_triggered)
        self.log_action.triggered.connect(self._on_log_triggered)
        self.undo_action.triggered.connect(self._on_undo_triggered)
        self.history.changed.connect(self._update_undo)
        self.pause_action.toggled.connect(self._on_pause_toggled)
        self.quit_action.triggered.connect(self.quit_requested)
        self.due_menu.aboutToShow.connect(self.refresh)
        self.menu.aboutToShow.connect(self.update_sync_line)
        self.icon.activated.connect(self._on_icon_activated)
        self.icon.messageClicked.connect(self._on_open_triggered)

    def show(self) -> None:
        self.icon.show()

    def schedule_refresh(self) -> None:
        """Refresh in a moment (a new day, reminders delivered): once for a burst."""
        self.refresher.mark_stale()

    def refresh(self) -> None:
        """Update the tooltip, the due submenu and the pause check from the data."""
        self.refresher.reload()

    def _read_again(self) -> None:
        people = self._services.reminders.people_to_see()
        self._to_see = [p.id for p in people]
        count = len(people)
        if count == 0:
            tip = self.tr("No one to see right now")
        elif count == 1:
            tip = self.tr("1 person to see")
        else:
            tip = self.tr("%n people to see", "", count)
        if self.names_database:
            tip = f"{self.title}\n{tip}"
        self.icon.setToolTip(tip)
        self.due_menu.clear()
        for person in people[:DUE_SHOWN]:
            action = self.due_menu.addAction(fmt.shown_as_typed(person.name))
            # The same mark as People and Today, and its word for whoever cannot tell hues apart.
            action.setIcon(state_icon(person.state))
            action.setToolTip(state_word(person.state))
            action.triggered.connect(lambda _=False, pid=person.id: self._open_person(pid))
        if count > DUE_SHOWN:
            more = self.due_menu.addAction(self.tr("%n more in Kith…", "", count - DUE_SHOWN))
            more.triggered.connect(self._on_open_triggered)
        if not people:
            none = self.due_menu.addAction(self.tr("No one is due"))
            none.setEnabled(False)
        paused = self._services.reminders.is_paused()
        if self.pause_action.isChecked() != paused:
            self.pause_action.blockSignals(True)
            self.pause_action.setChecked(paused)
            self.pause_action.blockSignals(False)

    def update_sync_line(self) -> None:
        from kith.ui.text.sync_words import status_line

        status = self._services.sync.status()
        self.sync_action.setVisible(status.folder is not None)
        if status.folder is not None:
            self.sync_action.setText(status_line(status, self._services.ctx.now()))

    def _open_person(self, person_id: int) -> None:
        bring_forward(self._window)
        opener: Callable[[int], None] | None = getattr(self._window, "open_person", None)
        if opener is not None:
            opener(person_id)

    def _on_open_triggered(self) -> None:
        bring_forward(self._window)

    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            bring_forward(self._window)

    def _on_log_triggered(self) -> None:
        if self.picker is None:
            try:
                first_ids = self._todays_people()
                everyone = self._services.people.names()
            except KithError as exc:
                self.icon.showMessage(self.title, explain(exc))
                return
            by_id = {p.id: p for p in everyone}
            first = [by_id[i] for i in first_ids if i in by_id]
            self.picker = QuickLogDialog(first, everyone, self._window)
            self.picker.chosen.connect(self._on_people_chosen)
            self.picker.finished.connect(self._on_picker_finished)
        self.picker.show()
        self.picker.raise_()
        self.picker.activateWindow()

    def _todays_people(self) -> list[int]:
        """The people Today lists first, in its order: the due list the tray keeps current
        (reading it again costs as much as the rest of opening the quick log at 5,000)."""
        if self._to_see is None or self.refresher.stale or self.refresher.pending:
            self.refresh()
        return (self._to_see or [])[:DUE_ROWS]

    def _on_picker_finished(self) -> None:
        if self.picker is not None:
            self.picker.deleteLater()
            self.picker = None

    def _on_people_chosen(self, person_ids: list[int]) -> None:
        """One interaction with everyone chosen, through the same call as the window."""
        interactions = self._services.interactions
        try:
            view = interactions.log(person_ids, Mode.IN_PERSON)
        except KithError as exc:
            self.icon.showMessage(self.title, explain(exc))
            return
        logged = [view.id]  # redoing logs a new entry: undo takes back the latest
        names = spoken_list([p.name for p in view.people])

        def redo() -> None:
            logged.append(interactions.log(person_ids, Mode.IN_PERSON, view.on).id)

        entry = self.history.push(
            fill(self.tr("Saw %1 today"), names),
            undo=lambda: interactions.delete(logged[-1]),
            redo=redo,
            person_ids=tuple(person_ids),
        )
        said = fill(self.tr("Logged: in person with %1 today."), names)
        tell: Callable[[str, UndoEntry], None] | None = getattr(self._window, "tell", None)
        if tell is not None:
            tell(said, entry)  # the window's status bar offers Undo too, once it is shown
        self.icon.showMessage(
            self.tr("Logged"),
            fill(self.tr("You saw %1 today."), names),
            QSystemTrayIcon.MessageIcon.Information,
            4000,
        )
        self.refresh()

    def _update_undo(self) -> None:
        """The menu's Undo names what it would take back, and is there only when it can."""
        entry = self.history.next_undo
        self.undo_action.setVisible(entry is not None)
        if entry is not None:
            self.undo_action.setText(
                fill(self.tr("Undo “%1”"), fmt.shown_as_typed(entry.description))
            )

    def _on_undo_triggered(self) -> None:
        entry = self.history.undo()
        if entry is not None:
            self.icon.showMessage(
                self.tr("Undone"),
                entry.description,
                QSystemTrayIcon.MessageIcon.Information,
                4000,
            )

    def _on_pause_toggled(self, paused: bool) -> None:
        if paused:
            self._services.reminders.pause_today()
        else:
            self._services.reminders.resume()
        self.pause_changed.emit(paused)


class TrayNotifier:
    """Shows a reminder as the tray icon's balloon message."""

    name = Term(QT_TRANSLATE_NOOP("Errors", "tray message"))

    def __init__(self, tray: KithTray, available: Callable[[], bool] = tray_available) -> None:
        self._tray = tray
        self._available = available

    def send(self, title: str, body: str) -> None:
        if not self._available() or not self._tray.icon.isVisible():
            raise NotifyError(
                QT_TRANSLATE_NOOP("Errors", "there is no system tray"), code="notify.tray.missing"
            )
        if not self._tray.icon.supportsMessages():
            raise NotifyError(
                QT_TRANSLATE_NOOP("Errors", "the system tray cannot show messages"),
                code="notify.tray.no_messages",
            )
        self._tray.icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 10_000)


def _fallback_icon() -> QIcon:
    themed = QIcon.fromTheme("org.kith.Kith")
    if not themed.isNull():
        return themed
    from PySide6.QtWidgets import QApplication, QStyle

    style = QApplication.style()
    return style.standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView)
