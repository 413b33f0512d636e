"""Every place and every dialog, as a keyboard and screen-reader user meets it: each Tab
stop has a name, each underlined letter reaches a field, no letter is used twice, and a
dialog opens with the focus in its first field."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from kith.ui.reminders.closing_choice import ClosingChoiceDialog
from kith.ui.shell.main_window import MainWindow
from kith.ui.shell.places import PLACES
from tests.ui.conftest import wired_reminders
from tests.ui.keyboard_audit import mnemonic_problems, nameless

VCF = Path(__file__).parents[1] / "data" / "vcf"


@dataclass
class Context:
    tmp: Path
    stack: ExitStack


Opener = Callable[[MainWindow, dict[str, int], Context], object]


def _person_page(window: MainWindow, people: dict[str, int]) -> None:
    window.open_person(people["Ana"])


def _log_from_person(window: MainWindow, people: dict[str, int], _context: Context) -> None:
    _person_page(window, people)
    window.person.log_button.click()


def _follow_up(window: MainWindow, people: dict[str, int], _context: Context) -> None:
    _person_page(window, people)
    window.person.follow_up_button.click()


def _date(window: MainWindow, people: dict[str, int], _context: Context) -> None:
    _person_page(window, people)
    window.person.add_date_button.click()


def _settings(window: MainWindow, _people: dict[str, int], context: Context) -> None:
    wiring = context.stack.enter_context(wired_reminders(window, context.tmp / "config"))
    wiring.settings_action.trigger()


def _tray_log(window: MainWindow, _people: dict[str, int], context: Context) -> None:
    wiring = context.stack.enter_context(wired_reminders(window, context.tmp / "config"))
    wiring.tray.log_action.trigger()


def _import(window: MainWindow, _people: dict[str, int], _context: Context) -> None:
    window.commands.import_contacts(next(iter(sorted(VCF.glob("*.vcf")))))


DIALOGS: dict[str, tuple[Opener, str]] = {
    # name: (how a user opens it, the dialog's field that has the focus when it opens)
    "add someone": (lambda w, p, t: w.new_person_action.trigger(), "name"),
    "edit person": (lambda w, p, t: w.person_actions.edit_person(p["Ben"]), "name"),
    "log": (lambda w, p, t: w.log_action.trigger(), "picker.search"),
    "log from a person": (_log_from_person, "mode"),
    "plan": (lambda w, p, t: w.plan_action.trigger(), "title_edit"),
    "me": (lambda w, p, t: w.me_action.trigger(), "interests"),
    "follow-up": (_follow_up, "text"),
    "important date": (_date, "kind"),
    "rhythm": (lambda w, p, t: w.person_actions.ask_rhythm([p["Ben"]]), "days"),
    "merge": (lambda w, p, t: w.person_actions.merge([p["Ana"], p["Ben"]]), ""),
    "snooze until": (lambda w, p, t: w.person_actions.snooze_until(p["Ben"]), ""),
    "settings": (_settings, "digest_time"),
    "shortcuts": (lambda w, p, t: w.menu_actions.shortcuts.trigger(), "list"),
    "import": (_import, ""),
    "log from the tray": (_tray_log, "search"),
    "sorting": (lambda w, p, t: w.commands.sort_people(), ""),
}


def _field(dialog: QWidget, path: str) -> QWidget:
    found: object = dialog
    for name in path.split("."):
        found = getattr(found, name)
    assert isinstance(found, QWidget)
    return found


def _opened(window: MainWindow, before: set[QWidget]) -> QWidget:
    found = [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w is not window and w not in before and isinstance(w, QDialog)
    ]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("name", list(DIALOGS))
def test_each_dialog_by_keyboard(
    name: str,
    window: MainWindow,
    qtbot: QtBot,
    people: dict[str, int],
    tmp_path: Path,
    request: pytest.FixtureRequest,
) -> None:
    opener, first = DIALOGS[name]
    before = set(QApplication.topLevelWidgets())
    stack = ExitStack()
    request.addfinalizer(stack.close)
    opener(window, people, Context(tmp_path, stack))
    qtbot.waitUntil(
        lambda: (
            len([w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()])
            > 0
        )
    )
    dialog = _opened(window, before)
    if name == "import":  # its lists show once the file is read
        qtbot.waitUntil(lambda: dialog.findChild(QTabWidget).isEnabled())
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
    focused = dialog.focusWidget()
    wanted = _field(dialog, first) if first else None
    found = {
        "nameless": nameless(dialog),
        "mnemonics": mnemonic_problems(dialog),
        "focus": [] if wanted is None or focused is wanted else [repr(focused)],
    }
    dialog.close()
    assert found == {"nameless": [], "mnemonics": [], "focus": []}


def test_closing_choice_by_keyboard(qtbot: QtBot) -> None:
    dialog = ClosingChoiceDialog(at_login=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert nameless(dialog) == []
    assert mnemonic_problems(dialog) == []


@pytest.mark.parametrize("place", PLACES)
def test_each_place_by_keyboard(
    place: str, window: MainWindow, qtbot: QtBot, people: dict[str, int]
) -> None:
    if place == "person":
        window.open_person(people["Ana"])
    window.show_place(place)
    qtbot.waitUntil(lambda: not getattr(window.page(place), "loading", False))
    assert nameless(window) == []
    assert mnemonic_problems(window) == []
