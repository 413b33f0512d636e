"""Render every place and dialog of Kith to PNG, offscreen, on demo data.

    python tests/screens/render.py --out build/screenshots --people 50 5000

Each size gets its own folder; a few places are also rendered in a dark palette,
to check that nothing is hard-coded for a light theme.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from kith.bootstrap import open_services
from kith.services.app import Services
from kith.ui.shell.main_window import MainWindow

SIZE = (1280, 800)


def settle(app: QApplication, rounds: int = 3) -> None:
    """Process events until no background read is running, then a few rounds more."""
    from kith.ui.shell.background import BackgroundRead

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        app.processEvents()
        windows = app.topLevelWidgets()
        busy = any(r.busy for w in windows for r in w.findChildren(BackgroundRead))
        waiting = any(isinstance(w, MainWindow) and w.isVisible() and not w.loaded for w in windows)
        if not busy and not waiting:
            break
        time.sleep(0.01)
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, path: Path, app: QApplication) -> None:
    settle(app)
    widget.grab().save(str(path))
    print(f"  {path}")


def dark_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2d30",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1f2022",
        QPalette.ColorRole.AlternateBase: "#27292c",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#35373b",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d6f9e",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#9a9ca0",
        QPalette.ColorRole.Link: "#8ab4e0",
        QPalette.ColorRole.ToolTipBase: "#35373b",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#77797d"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#77797d"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#77797d"))
    return p


def busiest_person(services: Services) -> int:
    """Someone with a full page: shared interests, follow-ups, a long timeline."""
    people = services.people.list()
    with_follow_ups = {f.person.id for f in services.follow_ups.open_for()}
    best = max(
        people,
        key=lambda p: (p.id in with_follow_ups, len(p.shared_interests), p.circle == "inner"),
    )
    return best.id


def render_dialog(
    dialog: QDialog, path: Path, app: QApplication, before: Callable[[QDialog], None] | None = None
) -> None:
    dialog.show()
    if before is not None:
        before(dialog)
    save(dialog, path, app)
    dialog.reject()
    dialog.deleteLater()


def render_window(services: Services, out: Path, app: QApplication) -> None:
    from kith.ui.dialogs.follow_up import FollowUpDialog
    from kith.ui.dialogs.important_date import ImportantDateDialog
    from kith.ui.dialogs.interaction import InteractionDialog
    from kith.ui.dialogs.me import MeDialog
    from kith.ui.dialogs.meetup import MeetupDialog
    from kith.ui.dialogs.person import PersonDialog

    started = time.perf_counter()
    window = MainWindow(services)
    window.resize(*SIZE)
    window.show()
    settle(app)
    print(f"  window built and shown in {time.perf_counter() - started:.2f} s")
    for place in ("today", "people", "plans", "map"):
        window.show_place(place)
        save(window, out / f"place-{place}.png", app)
    window.show_place("people")
    window.people.search.setText("climb")
    save(window, out / "place-people-search.png", app)
    window.people.search.clear()
    window.people.show_needing_attention()
    save(window, out / "place-people-worth-seeing.png", app)
    window.people.state.setCurrentIndex(0)
    window.people.show_archived.setChecked(True)
    window.people.table.sortByColumn(0, window.people.table.horizontalHeader().sortIndicatorOrder())
    save(window, out / "place-people-archived-shown.png", app)
    window.people.show_archived.setChecked(False)

    person_id = busiest_person(services)
    window.open_person(person_id)
    save(window, out / "place-person.png", app)

    render_dialog(PersonDialog(services, window), out / "dialog-person-new.png", app)

    def refuse_empty(dialog: QDialog) -> None:
        assert isinstance(dialog, PersonDialog)
        dialog.name.clear()
        dialog.accept()

    render_dialog(PersonDialog(services, window, person_id), out / "dialog-person-edit.png", app)
    render_dialog(
        PersonDialog(services, window, person_id),
        out / "dialog-person-problem.png",
        app,
        refuse_empty,
    )
    everyone = window.people_cache.people()
    render_dialog(
        InteractionDialog(services, window, [person_id], people=everyone),
        out / "dialog-interaction.png",
        app,
    )

    def refuse_nobody(dialog: QDialog) -> None:
        assert isinstance(dialog, InteractionDialog)
        dialog.picker.chosen.clear()
        dialog.note.setPlainText("Long walk by the river.")
        dialog.accept()

    render_dialog(
        InteractionDialog(services, window, people=everyone),
        out / "dialog-interaction-problem.png",
        app,
        refuse_nobody,
    )
    render_dialog(FollowUpDialog(services, person_id, window), out / "dialog-follow-up.png", app)
    render_dialog(MeDialog(services, window), out / "dialog-me.png", app)
    render_dialog(ImportantDateDialog(services, person_id, window), out / "dialog-date.png", app)
    render_dialog(
        MeetupDialog(services, window, person_ids=[person_id]), out / "dialog-meetup.png", app
    )

    def refuse_untitled(dialog: QDialog) -> None:
        assert isinstance(dialog, MeetupDialog)
        dialog.place_edit.setText("Corner cafe")
        dialog.accept()

    render_dialog(
        MeetupDialog(services, window, person_ids=[person_id]),
        out / "dialog-meetup-problem.png",
        app,
        refuse_untitled,
    )
    snooze = window.person_actions.snooze_until(person_id)
    save(snooze, out / "dialog-snooze-until.png", app)
    snooze.reject()
    box = window.person_actions.delete([person_id])
    save(box, out / "dialog-delete.png", app)
    box.reject()
    services.backups.backup_now()
    restore = window.commands.restore_backup()
    save(restore, out / "dialog-restore.png", app)
    restore.reject()

    window.show_place("today")
    settle(app)
    first_due = window.today.due_ids()[:1]
    if first_due:
        window.person_actions.saw_today(first_due)
        save(window, out / "place-today-after-saw-today.png", app)

    app.setPalette(dark_palette())
    settle(app)
    for place in ("today", "people", "map"):
        window.show_place(place)
        save(window, out / f"dark-place-{place}.png", app)
    window.open_person(person_id)
    save(window, out / "dark-place-person.png", app)
    render_dialog(
        PersonDialog(services, window, person_id),
        out / "dark-dialog-person-problem.png",
        app,
        refuse_empty,
    )
    render_dialog(
        MeetupDialog(services, window, person_ids=[person_id]),
        out / "dark-dialog-meetup-problem.png",
        app,
        refuse_untitled,
    )
    app.setPalette(QApplication.style().standardPalette())
    window.close()
    window.deleteLater()
    settle(app)


def render_first_run(out: Path, app: QApplication, folder: Path) -> None:
    from kith.ui.shell.first_run import SampleData

    services = open_services(folder / "empty.sqlite3")
    window = MainWindow(services)
    window.resize(*SIZE)
    window.show()
    save(window, out / "first-run.png", app)
    window.close()
    services.close()
    sample = SampleData.create()
    window = MainWindow(sample.services, sample=True)
    window.resize(*SIZE)
    window.show()
    save(window, out / "sample-data-window.png", app)
    window.close()
    sample.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("build/screenshots"))
    parser.add_argument("--people", type=int, nargs="+", default=[50, 5000])
    parser.add_argument(
        "--language", default=None, help="e.g. id: render in that language (default: the system's)"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kith-screens-") as tmp:
        folder = Path(tmp)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
        QCoreApplication.setOrganizationName("Kith")
        QCoreApplication.setApplicationName("Kith")
        app = QApplication(sys.argv[:1])
        app.setStyle("Fusion")
        from kith.ui.text.i18n import install_translators

        install_translators(app, args.language)
        for count in args.people:
            out = args.out / f"{count}-people"
            out.mkdir(parents=True, exist_ok=True)
            print(f"{count} people:")
            services = open_services(folder / f"demo-{count}.sqlite3")
            services.demo.fill(people=count, seed=1)
            render_window(services, out, app)
            services.close()
        render_first_run(args.out, app, folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
