"""The meetup dialog keeps what was typed and names the problem next to its field."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from kith.clock import FixedClock
from kith.domain.values import MeetupStatus
from kith.services.app import Services
from kith.ui.dialogs.form import FieldProblem
from kith.ui.dialogs.meetup import MeetupDialog
from tests.ui.plans_support import add_person, plan


def _save(qtbot: QtBot, dialog: MeetupDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_empty_title_is_refused_next_to_the_title(qtbot: QtBot, services: Services) -> None:
    ana = add_person(services, "Ana Sari")
    dialog = MeetupDialog(services, person_ids=[ana])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.place_edit, "Corner cafe")
    qtbot.keyClicks(dialog.notes_edit, "Bring the book")
    _save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.error_text("title") == "A meetup needs a title."
    assert dialog.error_text() == ""
    assert dialog.focusWidget() is dialog.title_edit
    # Nothing typed is lost, nothing is written.
    assert dialog.place_edit.text() == "Corner cafe"
    assert dialog.notes_edit.toPlainText() == "Bring the book"
    assert dialog.people.person_ids() == (ana,)
    assert services.meetups.list() == []

    qtbot.keyClicks(dialog.title_edit, "Coffee")
    assert dialog.error_text("title") == ""
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert [m.title for m in services.meetups.list()] == ["Coffee"]


def test_a_time_skipped_by_daylight_saving_is_refused(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    clock.set_zone("Europe/Berlin")
    clock.set(datetime(2027, 3, 20, 12, 0))
    dialog = MeetupDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title_edit, "Night walk")
    dialog.date_edit.setDate(QDate(2027, 3, 28))
    dialog.time_edit.setTime(QTime(2, 30))
    _save(qtbot, dialog)

    assert dialog.isVisible()
    assert "does not exist in Berlin" in dialog.error_text("when")
    assert dialog.title_edit.text() == "Night walk"
    assert services.meetups.list() == []

    dialog.time_edit.setTime(QTime(3, 30))
    assert dialog.error_text("when") == ""
    _save(qtbot, dialog)
    saved = services.meetups.list()
    assert [(m.title, m.starts_at) for m in saved] == [
        ("Night walk", datetime(2027, 3, 28, 3, 30, tzinfo=clock.zone()))
    ]


def test_a_problem_shows_on_the_shared_form_line_under_its_field(
    qtbot: QtBot, services: Services
) -> None:
    dialog = MeetupDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    _save(qtbot, dialog)

    problem = dialog.problems.problem_for("title")
    assert isinstance(problem, FieldProblem) and problem.isVisible()
    assert problem.label.text() == "A meetup needs a title."
    # Right under the title, and told to screen readers through the field itself.
    title_bottom = dialog.title_edit.mapTo(dialog, dialog.title_edit.rect().bottomLeft()).y()
    assert 0 <= problem.mapTo(dialog, problem.rect().topLeft()).y() - title_bottom < 12
    assert dialog.title_edit.accessibleDescription() == "A meetup needs a title."
    assert not dialog.general_error.isVisible()

    qtbot.keyClicks(dialog.title_edit, "Coffee")
    assert not problem.isVisible()
    assert dialog.title_edit.accessibleDescription() == ""


def test_a_time_problem_points_at_the_day_and_a_lost_meetup_at_the_dialog(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    clock.set_zone("Europe/Berlin")
    clock.set(datetime(2027, 3, 20, 12, 0))
    meetup = plan(services, "Night walk", (), at=datetime(2027, 3, 27, 21, 0))
    dialog = MeetupDialog(services, meetup_id=meetup)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date_edit.setDate(QDate(2027, 3, 28))
    dialog.time_edit.setTime(QTime(2, 30))
    _save(qtbot, dialog)
    assert dialog.problems.problem_for("starts_at") is dialog.problems.problem_for("when")
    assert "does not exist in Berlin" in dialog.error_text("when")
    assert dialog.focusWidget() is dialog.date_edit

    # Deleted elsewhere meanwhile: said above the buttons, what was typed stays.
    services.meetups.delete(meetup)
    dialog.time_edit.setTime(QTime(3, 30))
    dialog.place_edit.setText("Riverside")
    _save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_text("when") == ""
    assert dialog.error_text() == f"There is no meetup #{meetup}."
    assert dialog.general_error.isVisible()
    assert (dialog.title_edit.text(), dialog.place_edit.text()) == ("Night walk", "Riverside")


def test_an_idea_without_a_day_and_an_all_day_meetup(qtbot: QtBot, services: Services) -> None:
    ana = add_person(services, "Ana Sari")
    dialog = MeetupDialog(services, person_ids=[ana])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title_edit, "Pottery class")
    dialog.idea_radio.setChecked(True)
    assert not dialog.date_edit.isEnabled()
    _save(qtbot, dialog)
    idea = services.meetups.list()[0]
    assert (idea.status, idea.is_dated) == (MeetupStatus.IDEA, False)

    edit = MeetupDialog(services, meetup_id=idea.id)
    qtbot.addWidget(edit)
    edit.show()
    assert edit.idea_radio.isChecked() and edit.title_edit.text() == "Pottery class"
    edit.dated_radio.setChecked(True)
    edit.all_day_check.setChecked(True)
    assert not edit.time_edit.isEnabled()
    edit.date_edit.setDate(QDate(2026, 12, 5))
    edit.duration_combo.setCurrentIndex(edit.duration_combo.findData(2 * 24 * 60))
    edit.alarm_combo.setCurrentIndex(edit.alarm_combo.findData(24 * 60))
    _save(qtbot, edit)
    planned = services.meetups.get(idea.id)
    assert (planned.status, planned.on_day, planned.duration_minutes, planned.alarm_minutes) == (
        MeetupStatus.PLANNED,
        date(2026, 12, 5),
        2 * 24 * 60,
        24 * 60,
    )


def test_editing_shows_the_saved_meetup(qtbot: QtBot, services: Services) -> None:
    ana = add_person(services, "Ana Sari", interests=("chess",))
    services.profile.set_interests(["chess"])
    meetup = plan(services, "Lunch", (ana,), at=datetime(2026, 11, 24, 12, 15))
    dialog = MeetupDialog(services, meetup_id=meetup)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Edit meetup"
    assert dialog.date_edit.date() == QDate(2026, 11, 24)
    assert dialog.time_edit.time() == QTime(12, 15)
    assert dialog.people.person_ids() == (ana,)
    assert [b.text() for b in dialog.idea_buttons()] == ["Chess afternoon"]


def test_unknown_interest_gets_a_plain_idea(qtbot: QtBot, services: Services) -> None:
    services.profile.set_interests(["origami"])
    ana = add_person(services, "Ana Sari", interests=("origami",))
    dialog = MeetupDialog(services, person_ids=[ana])
    qtbot.addWidget(dialog)
    assert [b.text() for b in dialog.idea_buttons()] == ["Something with origami"]


def test_people_model_passes_checks(
    qtbot: QtBot, services: Services, qtmodeltester: object
) -> None:
    add_person(services, "Ana Sari")
    add_person(services, "Ana Sari", interests=("jazz",))
    dialog = MeetupDialog(services)
    qtbot.addWidget(dialog)
    model = dialog.people.people_model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    labels = sorted(model.index(r, 0).data() for r in range(model.rowCount()))
    assert labels == ["Ana Sari · friends", "Ana Sari · jazz"]


def _dialog_in_berlin(qtbot: QtBot, services: Services, clock: FixedClock) -> MeetupDialog:
    clock.set_zone("Europe/Berlin")
    clock.set(datetime(2026, 10, 1, 12, 0))
    dialog = MeetupDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title_edit, "Late night")
    return dialog


def test_a_time_that_happens_twice_asks_which_and_saves_the_one_picked(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    dialog = _dialog_in_berlin(qtbot, services, clock)
    assert not dialog.repeated_box.isVisible()  # an ordinary evening asks nothing
    dialog.date_edit.setDate(QDate(2026, 10, 25))
    dialog.time_edit.setTime(QTime(2, 30))

    assert dialog.repeated_box.isVisible()
    assert "happens twice that night" in dialog.repeated_hour_text()
    assert dialog.first_radio.text() == "The first time (CEST, UTC+2)"
    assert dialog.second_radio.text() == "The second time (CET, UTC+1)"
    assert dialog.first_radio.isChecked()  # said, not hidden: the first unless changed
    qtbot.mouseClick(dialog.second_radio, Qt.MouseButton.LeftButton)
    _save(qtbot, dialog)

    assert not dialog.isVisible()
    [saved] = services.meetups.list()
    assert saved.starts_at is not None
    assert saved.starts_at.astimezone(UTC) == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)

    # Opened again, the dialog shows the same choice, and keeps it when saved unchanged.
    again = MeetupDialog(services, meetup_id=saved.id)
    qtbot.addWidget(again)
    again.show()
    assert again.repeated_box.isVisible() and again.second_radio.isChecked()
    _save(qtbot, again)
    [kept] = services.meetups.list()
    assert kept.starts_at == saved.starts_at


def test_the_first_time_is_saved_when_left_as_shown(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    dialog = _dialog_in_berlin(qtbot, services, clock)
    dialog.date_edit.setDate(QDate(2026, 10, 25))
    dialog.time_edit.setTime(QTime(2, 30))
    _save(qtbot, dialog)
    [saved] = services.meetups.list()
    assert saved.starts_at is not None
    assert saved.starts_at.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


def test_a_skipped_time_is_named_as_soon_as_it_is_typed(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    dialog = _dialog_in_berlin(qtbot, services, clock)
    dialog.date_edit.setDate(QDate(2027, 3, 28))
    dialog.time_edit.setTime(QTime(2, 30))
    assert dialog.repeated_hour_text() == (
        "02:30 does not happen that day in Berlin: the clocks skip it."
    )
    assert not dialog.first_radio.isVisible() and not dialog.second_radio.isVisible()
    dialog.time_edit.setTime(QTime(3, 30))
    assert dialog.repeated_hour_text() == ""
    dialog.all_day_check.setChecked(True)
    dialog.time_edit.setTime(QTime(2, 30))  # all day: no time, so no clock change to mention
    assert dialog.repeated_hour_text() == ""
