from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from kith.domain.values import Circle, ContactKind, DateKind, Mode
from kith.services.app import Services
from kith.ui.dialogs.follow_up import FollowUpDialog
from kith.ui.dialogs.interaction import InteractionDialog
from kith.ui.dialogs.me import MeDialog
from kith.ui.dialogs.person import PersonDialog
from kith.ui.shell.main_window import MainWindow
from kith.ui.text import formatting as fmt


def test_add_person_refuses_an_empty_name_next_to_the_field_and_keeps_the_rest(
    qtbot: QtBot, services: Services
) -> None:
    dialog = PersonDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.nickname, "Sunny")
    qtbot.keyClicks(dialog.interests, "climbing, jazz")
    dialog.accept()
    name_problem = dialog.problems.problem_for("name")
    assert name_problem is not None and name_problem.isVisible()
    assert "Name cannot be empty" in name_problem.label.text()
    assert dialog.isVisible() and dialog.nickname.text() == "Sunny"
    assert services.people.count() == 0

    qtbot.keyClicks(dialog.name, "Sol Reyes")
    dialog.circle.setCurrentIndex(list(Circle).index(Circle.CLOSE))
    dialog.accept()
    assert not dialog.isVisible()
    saved = services.people.summary(dialog.saved.id)  # type: ignore[union-attr]
    assert (saved.name, saved.nickname, saved.circle) == ("Sol Reyes", "Sunny", Circle.CLOSE)
    assert saved.interests == ("climbing", "jazz")


def test_impossible_birthday_is_named_at_the_birthday(qtbot: QtBot, services: Services) -> None:
    dialog = PersonDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Feb Thirty")
    dialog.birthday_known.setChecked(True)
    dialog.birth_month.setCurrentIndex(1)
    dialog.birth_day.setValue(30)
    dialog.accept()
    problem = dialog.problems.problem_for("birthday")
    assert problem is not None and problem.isVisible()
    assert "not a date that exists" in problem.label.text()
    assert services.people.count() == 0


def test_edit_person_shows_and_keeps_what_is_stored(
    qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    services.people.add_date(people["Ana"], DateKind.BIRTHDAY, 5, 17, 1990)
    dialog = PersonDialog(services, person_id=people["Ana"])
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Ana Silva"
    assert dialog.interests.text() == "climbing, jazz"
    assert dialog.birthday_known.isChecked() and dialog.birth_year.value() == 1990
    dialog.email.setText("ana@example.org")
    dialog.accept()
    detail = services.people.detail(people["Ana"])
    assert [(c.kind, c.value) for c in detail.contacts] == [(ContactKind.EMAIL, "ana@example.org")]
    assert [(d.month, d.day, d.year) for d in detail.dates] == [(5, 17, 1990)]


def test_the_organisation_is_edited_and_kept_by_an_edit_of_something_else(
    qtbot: QtBot, services: Services
) -> None:
    dialog = PersonDialog(services)
    qtbot.addWidget(dialog)
    dialog.name.setText("Rui Costa")
    QTest.keyClicks(dialog.organisation, "Taxi  Lisboa")
    dialog.accept()
    assert dialog.saved is not None
    rui = dialog.saved.id
    assert services.people.detail(rui).organisation == "Taxi Lisboa"
    again = PersonDialog(services, person_id=rui)
    qtbot.addWidget(again)
    assert again.organisation.text() == "Taxi Lisboa"
    again.nickname.setText("Ruizinho")
    again.accept()
    assert services.people.detail(rui).organisation == "Taxi Lisboa"
    too_long = PersonDialog(services, person_id=rui)
    qtbot.addWidget(too_long)
    too_long.show()
    too_long.organisation.setText("x" * 201)
    too_long.accept()
    problem = too_long.problems.problem_for("organisation")
    assert problem is not None and problem.isVisible()
    assert services.people.detail(rui).organisation == "Taxi Lisboa"


def test_bad_email_is_refused_at_the_email_field(qtbot: QtBot, services: Services) -> None:
    dialog = PersonDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Mo")
    dialog.email.setText("not-an-address")
    dialog.accept()
    problem = dialog.problems.problem_for("email")
    assert problem is not None and problem.isVisible()
    assert dialog.email.text() == "not-an-address"


def test_log_interaction_defaults_to_in_person_today(
    qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    dialog = InteractionDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.mode.currentData() == Mode.IN_PERSON
    assert fmt.pydate(dialog.day.date()) == services.ctx.today()
    qtbot.keyClicks(dialog.picker.search, "Eli")
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.picker.search, "Clo")  # by nickname; added on Log
    dialog.place.setText("Harbour café")
    dialog.note.setPlainText("Talked about boats")
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.saved is not None
    assert sorted(p.name for p in dialog.saved.people) == ["Chloé Martin", "Eli Berg"]
    assert services.people.summary(people["Chloé"]).last_in_person == services.ctx.today()


def test_log_interaction_needs_someone_and_keeps_the_note(
    qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    dialog = InteractionDialog(services, mode=Mode.CALL)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.note.setPlainText("Long call")
    dialog.accept()
    problem = dialog.problems.problem_for("people")
    assert problem is not None and problem.isVisible()
    assert dialog.note.toPlainText() == "Long call"
    dialog.picker.search.setText("nobody like this")
    dialog.accept()
    assert "nobody called" in problem.label.text()


def test_logging_a_call_does_not_reset_the_rhythm(
    qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    dialog = InteractionDialog(services, person_ids=[people["Ana"]], mode=Mode.CALL)
    qtbot.addWidget(dialog)
    dialog.day.setDate(fmt.qdate(services.ctx.today() - timedelta(days=1)))
    dialog.accept()
    ana = services.people.summary(people["Ana"])
    assert ana.last_talked == services.ctx.today() - timedelta(days=1)
    assert ana.last_in_person == services.ctx.today() - timedelta(days=40)


def test_follow_up_dialog(qtbot: QtBot, services: Services, people: dict[str, int]) -> None:
    dialog = FollowUpDialog(services, people["Ben"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    problem = dialog.problems.problem_for("text")
    assert problem is not None and problem.isVisible()
    qtbot.keyClicks(dialog.text, "Ask how the marathon went")
    dialog.accept()
    assert [f.text for f in services.follow_ups.open_for([people["Ben"]])] == [
        "Ask how the marathon went"
    ]


def test_me_sets_interests_and_circle_rhythms(
    qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    dialog = MeDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.interests.text() == "board games, climbing"
    dialog.interests.setText("board games, climbing, sailing")
    dialog.rhythms[Circle.WIDER].setValue(60)
    dialog.accept()
    assert services.profile.interests() == ["board games", "climbing", "sailing"]
    assert services.profile.circle_rhythms()[Circle.WIDER] == 60
    assert services.people.summary(people["Eli"]).shared_interests == ("sailing",)


def test_new_person_shortcut_opens_the_dialog_and_saving_shows_them(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.new_person_action.shortcut().toString() == "Ctrl+N"
    window.new_person_action.trigger()
    dialog = window.findChild(PersonDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.name.setText("Farah Haddad")
    dialog.accept()
    # Added from Today: their page opens.
    assert window.current_place() == "person"
    assert window.person.name.text() == "Farah Haddad"
    assert "Farah Haddad" in window.windowTitle()


def test_adding_from_people_selects_the_new_row(window: MainWindow, qtbot: QtBot) -> None:
    window.show_place("people")
    qtbot.waitUntil(lambda: not window.people.loading)
    qtbot.mouseClick(window.people.add_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(PersonDialog)
    assert dialog is not None
    dialog.name.setText("Gus Ortega")
    dialog.accept()
    assert window.current_place() == "people"
    qtbot.waitUntil(lambda: len(window.people.selected_ids()) == 1)
    selected = window.people.selected_ids()[0]
    assert window.people.model.person_at(window.people.model.row_of(selected)).name == (
        "Gus Ortega"
    )


def test_interest_completion_finishes_the_last_item(
    qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    dialog = PersonDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    completer = dialog.interests.completer()
    qtbot.keyClicks(dialog.interests, "jazz, cli")
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "jazz, climbing, "


def test_people_with_the_same_name_can_be_told_apart(
    qtbot: QtBot, services: Services, people: dict[str, int]
) -> None:
    from kith.services.views import PersonInput
    from kith.ui.dialogs.people_picker import PeoplePicker

    twin = services.people.add(
        PersonInput(name="Ana Silva", circle=Circle.WIDER, interests=("rowing",))
    )
    picker = PeoplePicker(services.people.list())
    qtbot.addWidget(picker)
    assert picker.add_by_label("Ana Silva — Wider circle, rowing")
    assert picker.person_ids() == [twin.id]
    assert not picker.add_by_label("Ana Silva")  # ambiguous: nobody is guessed
    assert picker.add_by_label("Ana Silva — Friends, climbing, jazz")
    assert picker.person_ids() == [twin.id, people["Ana"]]
    completer = picker.search.completer()
    qtbot.keyClicks(picker.search, "silva")
    assert completer.completionCount() == 2  # both Anas are offered
