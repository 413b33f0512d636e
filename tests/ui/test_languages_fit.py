"""In Indonesian nothing a user must read is clipped, and dates, times and labels follow
the language: one menu title each, People's headings and Today's buttons whole at 1280×800,
"09.00" for nine o'clock, phone labels in Indonesian."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QStyle, QToolButton
from pytestqt.qtbot import QtBot

from kith.clock import FixedClock
from kith.domain.values import Circle, ContactKind
from kith.services.app import Services
from kith.services.views import ContactView, MeetupInput, PersonInput
from kith.system.autostart import XdgAutostart
from kith.ui.dialogs.meetup import MeetupDialog
from kith.ui.dialogs.settings import SettingsDialog
from kith.ui.shell.main_window import MainWindow
from kith.ui.text.i18n import ui_locale
from kith.ui.text.zone_words import zone_words
from tests.ui.conftest import shown_window
from tests.ui.plans_support import plan


@pytest.fixture
def indonesian_window(
    indonesian: None, qtbot: QtBot, services: Services, people: dict[str, int]
) -> Iterator[MainWindow]:
    with shown_window(qtbot, services) as win:
        win.resize(1280, 800)
        qtbot.waitUntil(lambda: win.width() == 1280)
        yield win


def _button_room(button: QAbstractButton) -> int:
    """What the button's text and icon need, as the style lays them out."""
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    text = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
    return text + icon


def test_menu_titles_appear_once(indonesian_window: MainWindow) -> None:
    titles = [a.text().replace("&", "") for a in indonesian_window.menuBar().actions()]
    assert "Sunting" in titles
    assert len(titles) == len(set(titles)), titles


def test_people_headings_are_whole_at_1280(indonesian_window: MainWindow, qtbot: QtBot) -> None:
    win = indonesian_window
    win.show_place("people")
    qtbot.waitUntil(lambda: not win.people.loading)
    header = win.people.table.horizontalHeader()
    style = header.style()
    margins = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    model = win.people.table.model()
    headings = []
    for section in range(header.count()):
        text = str(model.headerData(section, Qt.Orientation.Horizontal))
        headings.append(text)
        needed = header.fontMetrics().horizontalAdvance(text) + margins + arrow
        assert needed <= header.sectionSize(section), (text, needed, header.sectionSize(section))
    assert "Terakhir bertemu langsung" in headings
    # Nothing sideways: the columns together fit the table.
    assert header.length() <= win.people.table.viewport().width()


def test_people_fit_1024_without_scrolling_sideways_and_states_whole(
    indonesian_window: MainWindow, qtbot: QtBot
) -> None:
    win = indonesian_window
    win.resize(1024, 700)
    win.show_place("people")
    qtbot.waitUntil(lambda: not win.people.loading and win.width() == 1024)
    table = win.people.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= table.viewport().width())
    metrics = table.fontMetrics()
    for row in range(table.model().rowCount()):
        for column in (1, 2):  # the circle and the tending state are read, never cut
            text = str(table.model().index(row, column).data())
            assert metrics.horizontalAdvance(text) < header.sectionSize(column), text
    # The heading that no longer fits says itself whole in its tooltip.
    assert table.model().headerData(3, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "Terakhir bertemu langsung"
    )


def test_today_buttons_are_whole_at_1280(indonesian_window: MainWindow) -> None:
    rows = indonesian_window.today.due_rows
    assert rows
    for row in rows:
        for button in (row.saw_button, row.plan_button, row.snooze_button):
            assert button.isVisible()
            needed = _button_room(button)
            if isinstance(button, QToolButton) and button.menu() is not None:
                needed += button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
            assert needed <= button.width(), (button.text(), needed, button.width())
    # One look in a row: every button framed alike.
    assert not any(isinstance(b, QToolButton) and b.autoRaise() for b in _row_buttons(rows[0]))


def _row_buttons(row: object) -> list[QAbstractButton]:
    return [getattr(row, n) for n in ("saw_button", "plan_button", "snooze_button")]


def test_today_and_the_meetup_dialog_write_times_the_indonesian_way(
    indonesian: None, qtbot: QtBot, services: Services, clock: FixedClock, people: dict[str, int]
) -> None:
    nine = (clock.now().astimezone(clock.zone()) + timedelta(days=2)).replace(
        hour=9, minute=0, second=0, microsecond=0
    )
    meetup = plan(services, "Sarapan", (people["Ana"],), at=nine)
    with shown_window(qtbot, services) as win:
        qtbot.waitUntil(lambda: win.today.meetups.isVisible())
        text = win.today.meetups.text()
        assert "09.00" in text and "09:00" not in text
        assert "Sarapan" in text
    dialog = MeetupDialog(services, meetup_id=meetup)
    qtbot.addWidget(dialog)
    assert dialog.time_edit.text() == "09.00"
    weekday = QLocale(QLocale.Language.Indonesian).dayName(
        nine.isoweekday(), QLocale.FormatType.ShortFormat
    )
    assert dialog.date_edit.text().startswith(weekday)
    # Planned in the user's own zone: no zone is named at all.
    assert dialog.zone_label.isHidden()


def test_the_language_of_the_words_writes_the_dates_under_the_c_locale() -> None:
    assert ui_locale("id", QLocale.c()).language() == QLocale.Language.Indonesian
    british = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert ui_locale("en", british) == british  # the system's country kept when it fits
    indonesian = ui_locale("id", QLocale.c())
    assert indonesian.toString(QTime(9, 0), QLocale.FormatType.ShortFormat) == "09.00"


def test_a_meetup_in_another_zone_names_its_city(
    indonesian: None, qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    meetup = services.meetups.plan(
        MeetupInput(
            title="Makan malam",
            person_ids=(people["Ana"],),
            starts_at=datetime(2031, 5, 6, 18, 0),
            duration_minutes=120,
            tzid="Europe/Berlin",
        )
    ).id
    dialog = MeetupDialog(services, meetup_id=meetup)
    qtbot.addWidget(dialog)
    assert not dialog.zone_label.isHidden()
    assert dialog.zone_label.text() == "Jam di sini menurut waktu Berlin."
    assert zone_words(ZoneInfo("America/New_York")) == "waktu New York"
    assert zone_words(ZoneInfo("Etc/UTC")) == "UTC"


def test_phone_labels_are_in_indonesian(indonesian: None, qtbot: QtBot, services: Services) -> None:
    ana = services.people.add(
        PersonInput(
            name="Ana Silva",
            circle=Circle.FRIENDS,
            contacts=(
                ContactView(ContactKind.PHONE, "+62 812 3456 7890", "mobile"),
                ContactView(ContactKind.EMAIL, "ana@example.org", "work"),
            ),
        )
    ).id
    with shown_window(qtbot, services) as win:
        win.open_person(ana)
        qtbot.waitUntil(lambda: len(win.person.reach.links) == 2)
        reach = win.person.reach
        shown = [w.text() for w in (*reach.findChildren(QLabel), *reach.findChildren(QPushButton))]
        assert "Telepon (seluler)" in shown
        assert "+62 812 3456 7890" in shown
        assert any(t.endswith("(kantor)") for t in shown)
        assert not any("mobile" in t for t in shown)


def test_settings_write_their_times_the_indonesian_way(
    indonesian: None, qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    dialog = SettingsDialog(
        services, XdgAutostart(["kith"], tmp_path / "config"), lambda _t, _b: "", tray=False
    )
    qtbot.addWidget(dialog)
    assert dialog.digest_time.text() == "09.00"


def test_under_the_c_locale_with_language_id_dates_read_in_indonesian(
    indonesian_resources: Path,
) -> None:
    """As started from a minimal system: LC_ALL=C, the language asked for only by LANGUAGE."""
    script = (
        "from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime\n"
        "from kith.ui.text import i18n\n"
        "app = QCoreApplication([])\n"
        "print(i18n.install_translators(app))\n"
        "print(QLocale().toString(QTime(9, 0), QLocale.FormatType.ShortFormat))\n"
        "print(QLocale().toString(QDate(2026, 12, 1), 'ddd d MMMM yyyy'))\n"
    )
    env = {
        **os.environ,
        "LC_ALL": "C",
        "LANG": "C",
        "LANGUAGE": "id",
        "KITH_RESOURCES": str(indonesian_resources),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.split("\n")[:3] == ["id", "09.00", "Sel 1 Desember 2026"]
