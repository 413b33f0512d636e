"""Today, the digest, the tray and the People filter Today opens count the same people."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kith.domain.reminders import digest_text
from kith.domain.values import Circle, Mode
from kith.services.app import Services
from kith.services.today import DUE_ROWS
from kith.services.views import PersonInput
from kith.ui.shell.main_window import MainWindow
from tests.ui.conftest import wired_reminders


def test_today_digest_tray_and_people_report_one_count(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path, people: dict[str, int]
) -> None:
    today = services.ctx.today()
    # Overdue, due, soon and never-met people in every circle; one snoozed, one archived.
    for n, circle in enumerate([*Circle] * 3):
        pid = services.people.add(PersonInput(name=f"{circle.value} {n}", circle=circle)).id
        services.interactions.log([pid], Mode.IN_PERSON, today - timedelta(days=5 + 9 * n))
    snoozed = services.people.add(PersonInput(name="Snoozed", circle=Circle.INNER)).id
    services.people.snooze_for(snoozed, 7)
    services.people.archive(services.people.add(PersonInput(name="Archived")).id)
    due = services.tending.due()
    total = len(due.people)
    assert total > DUE_ROWS + 2

    with wired_reminders(window, tmp_path / "config") as wiring:
        qtbot.waitUntil(lambda: window.today.due_total == total)
        qtbot.waitUntil(lambda: wiring.tray.icon.toolTip() == f"{total} people to see")
        title, _, named = digest_text(services.reminders.nudges(), today)
        assert title == f"{total} people to see in person"
        # The digest names the first people Today shows, in the same order.
        shown = window.today.due_ids()
        assert len(shown) == DUE_ROWS and list(named) == shown[: len(named)]
        assert window.today.more_button.text() == f"and {total - DUE_ROWS} more…"

        qtbot.mouseClick(window.today.more_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.people.proxy.rowCount() == total)
        listed = {window.people.model.person_at(r).id for r in range(total)}
        assert listed == {p.id for p in due.people} and snoozed not in listed
