"""The main window's File, Edit, View and Help menus.

The bar with its four empty menus is there from the first paint (`add_menus`); the
actions come once the services are open (`fill_menus`), each calling a window command.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from kith.domain.placeholders import fill
from kith.ui.shell.places import PLACE_LIST
from kith.ui.widgets.icons import icon

if TYPE_CHECKING:
    from kith.services.app import Services
    from kith.ui.shell.commands import WindowCommands
    from kith.ui.shell.undo_history import UndoHistory

Shortcut = QKeySequence | QKeySequence.StandardKey | None


@dataclass(frozen=True, slots=True)
class MenuActions:
    """The actions in the menus, for tests and for whoever adds a button doing the same."""

    new_person: QAction
    log: QAction
    plan: QAction
    import_contacts: QAction
    export_contacts: QAction
    export_calendar: QAction
    export_archive: QAction
    back_up: QAction
    restore: QAction
    data_folder: QAction
    quit: QAction
    find: QAction
    me: QAction
    move_to_circle: QMenu
    set_rhythm: QAction
    merge: QAction
    """Enabled only while exactly two people are chosen in People."""
    groups: QAction
    places: dict[str, QAction]
    about: QAction
    shortcuts: QAction
    """Help → Keyboard Shortcuts (F1)."""
    undo: QAction
    redo: QAction


def add_menus(bar: QMenuBar) -> dict[str, QMenu]:
    """The four menus, empty: the bar looks the same before and after the data is open."""
    return {
        "file": bar.addMenu(QCoreApplication.translate("Menus", "&File")),
        "edit": bar.addMenu(QCoreApplication.translate("Menus", "&Edit")),
        "view": bar.addMenu(QCoreApplication.translate("Menus", "&View")),
        "help": bar.addMenu(QCoreApplication.translate("Menus", "&Help")),
    }


def fill_menus(
    menus: dict[str, QMenu],
    commands: WindowCommands,
    services: Services,
    owner: QWidget,
    history: UndoHistory,
) -> MenuActions:
    """Every action of the menus; `owner` holds them, so their shortcuts work in its window."""
    from kith.ui.interchange.calendar_export import export_upcoming_action

    def add(
        menu: str, text: str, icon_name: str | None, shortcut: Shortcut, slot: Callable[[], object]
    ) -> QAction:
        return _action(owner, menus[menu], text, icon_name, shortcut, slot)

    new_person = add(
        "file",
        QCoreApplication.translate("Menus", "&Add Someone…"),
        "add-person",
        QKeySequence.StandardKey.New,
        commands.new_person,
    )
    log = add(
        "file",
        QCoreApplication.translate("Menus", "&Log Interaction…"),
        "log",
        QKeySequence("Ctrl+L"),
        commands.log_interaction,
    )
    plan = add(
        "file",
        QCoreApplication.translate("Menus", "&Plan a Meetup…"),
        "plan",
        QKeySequence("Ctrl+M"),
        commands.plan_meetup,
    )
    menus["file"].addSeparator()
    import_contacts = add(
        "file",
        QCoreApplication.translate("Menus", "&Import Contacts…"),
        None,
        QKeySequence("Ctrl+I"),
        lambda: commands.import_contacts(),
    )
    export_contacts = add(
        "file",
        QCoreApplication.translate("Menus", "Export &Contacts…"),
        None,
        None,
        commands.export_contacts,
    )
    export_calendar = export_upcoming_action(services, owner)
    # The menu's own text, with its underlined letter, so the keyboard reaches it too.
    export_calendar.setText(QCoreApplication.translate("Menus", "Export &Upcoming Meetups…"))
    menus["file"].addAction(export_calendar)
    export_archive = add(
        "file",
        QCoreApplication.translate("Menus", "Export &Everything (JSON)…"),
        None,
        None,
        commands.export_archive,
    )
    menus["file"].addSeparator()
    back_up = add(
        "file",
        QCoreApplication.translate("Menus", "&Back Up Now"),
        None,
        None,
        commands.back_up_now,
    )
    restore = add(
        "file",
        QCoreApplication.translate("Menus", "&Restore from a Backup…"),
        None,
        None,
        commands.restore_backup,
    )
    data_folder = add(
        "file",
        QCoreApplication.translate("Menus", "Show &Data Folder"),
        None,
        None,
        commands.show_data_folder,
    )
    menus["file"].addSeparator()
    quit_action = add(
        "file",
        QCoreApplication.translate("Menus", "&Quit"),
        None,
        QKeySequence.StandardKey.Quit,
        commands.quit,
    )
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    # Some platforms bind no key to Quit (Windows has none): Ctrl+Q works everywhere.
    quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    if QKeySequence("Ctrl+Q") not in quit_keys:
        quit_action.setShortcuts([*quit_keys, QKeySequence("Ctrl+Q")])

    undo = add("edit", "", None, QKeySequence.StandardKey.Undo, history.undo)
    redo = add("edit", "", None, QKeySequence("Ctrl+Shift+Z"), history.redo)
    if QKeySequence(QKeySequence.StandardKey.Redo) != QKeySequence("Ctrl+Shift+Z"):
        redo.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )

    def name_undo_and_redo() -> None:
        """ "Undo “Saw Ana today”": the menu says what it would take back."""
        to_undo, to_redo = history.next_undo, history.next_redo
        undo.setEnabled(to_undo is not None)
        redo.setEnabled(to_redo is not None and to_redo.redo is not None)
        undo.setText(
            fill(QCoreApplication.translate("Menus", "&Undo “%1”"), to_undo.description)
            if to_undo is not None
            else QCoreApplication.translate("Menus", "&Undo")
        )
        redo.setText(
            fill(QCoreApplication.translate("Menus", "&Redo “%1”"), to_redo.description)
            if to_redo is not None
            else QCoreApplication.translate("Menus", "&Redo")
        )

    history.changed.connect(name_undo_and_redo)
    name_undo_and_redo()
    menus["edit"].addSeparator()
    find = add(
        "edit",
        QCoreApplication.translate("Menus", "&Find People"),
        "search",
        QKeySequence.StandardKey.Find,
        commands.find_people,
    )
    menus["edit"].addSeparator()
    # Here, not at the top: the menus are filled after the first paint, and the circle
    # menu's words pull in the services' views.
    from kith.ui.people.circle_menu import circle_menu

    move_to_circle = circle_menu(owner, commands.move_to_circle, shortcuts=True)
    menus["edit"].addMenu(move_to_circle)
    set_rhythm = add(
        "edit",
        QCoreApplication.translate("Menus", "Set R&hythm…"),
        None,
        None,
        commands.set_rhythm,
    )
    merge = add(
        "edit",
        QCoreApplication.translate("Menus", "Mer&ge Two People…"),
        None,
        QKeySequence("Ctrl+Shift+M"),
        commands.merge_people,
    )
    commands.track_merge(merge)
    groups = add(
        "edit",
        QCoreApplication.translate("Menus", "Gr&oups…"),
        None,
        None,
        commands.manage_groups,
    )
    menus["edit"].addSeparator()
    me = add("edit", QCoreApplication.translate("Menus", "&Me…"), "me", None, commands.open_me)

    places = {
        place.name: add(
            "view",
            place.menu_text(),
            place.icon,
            QKeySequence(place.shortcut),
            partial(commands.show_place, place.name),
        )
        for place in PLACE_LIST
    }

    shortcuts = add(
        "help",
        QCoreApplication.translate("Menus", "&Keyboard Shortcuts"),
        None,
        QKeySequence.StandardKey.HelpContents,
        commands.keyboard_shortcuts,
    )
    # F1 wherever the platform binds Help to another key (macOS: Ctrl+?).
    help_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)
    if QKeySequence("F1") not in help_keys:
        shortcuts.setShortcuts([*help_keys, QKeySequence("F1")])
    about = add(
        "help", QCoreApplication.translate("Menus", "&About Kith"), None, None, commands.about
    )
    about.setMenuRole(QAction.MenuRole.AboutRole)
    return MenuActions(
        new_person=new_person,
        log=log,
        plan=plan,
        import_contacts=import_contacts,
        export_contacts=export_contacts,
        export_calendar=export_calendar,
        export_archive=export_archive,
        back_up=back_up,
        restore=restore,
        data_folder=data_folder,
        quit=quit_action,
        find=find,
        me=me,
        move_to_circle=move_to_circle,
        set_rhythm=set_rhythm,
        merge=merge,
        groups=groups,
        places=places,
        about=about,
        shortcuts=shortcuts,
        undo=undo,
        redo=redo,
    )


def _action(
    owner: QObject,
    menu: QMenu,
    text: str,
    icon_name: str | None,
    shortcut: Shortcut,
    slot: Callable[[], object],
) -> QAction:
    action = QAction(text, owner)
    if icon_name:
        action.setIcon(icon(icon_name))
    if shortcut is not None:
        action.setShortcut(shortcut)
    # triggered(bool) passes "checked": the commands take no such argument.
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action
