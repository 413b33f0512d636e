"""Planning, completing, cancelling and reopening meetups through the real Plans page."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, QTime
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from kith.domain.values import Circle, MeetupStatus, Mode
from kith.services.app import Services
from kith.ui.dialogs.meetup import MeetupDialog
from kith.ui.plans.page import PlansPage
from kith.ui.shell.changes import DataChanges
from tests.ui.plans_support import add_person, answer_next_box, plan


@pytest.fixture(autouse=True)
def british_locale() -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(QLocale.c())


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> PlansPage:
    widget = PlansPage(services, DataChanges(services.changes))
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    return widget


def _group_of(page: PlansPage, title: str) -> str | None:
    model = page.model
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            if model.index(r, 0, group).data() == title:
                return model.group_title(g)
    return None


def _pick_from_completer(qtbot: QtBot, dialog: MeetupDialog, typed: str) -> None:
    edit = dialog.people.edit
    qtbot.keyClicks(edit, typed)
    popup = dialog.people.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_plan_a_meetup_through_the_dialog(
    qtbot: QtBot, services: Services, page: PlansPage
) -> None:
    services.profile.set_interests(["climbing", "jazz"])
    ana = add_person(services, "Ana Sari", Circle.CLOSE, ("climbing", "pottery"))
    budi = add_person(services, "Budi Santoso", Circle.FRIENDS, ("climbing", "jazz"))
    add_person(services, "Citra Dewi")
    assert page.stack.currentWidget() is page.empty

    page.new_meetup()
    dialog = page.findChild(MeetupDialog)
    assert dialog is not None and dialog.isVisible()
    _pick_from_completer(qtbot, dialog, "ana")
    _pick_from_completer(qtbot, dialog, "santo")
    assert dialog.people.person_ids() == (ana, budi)
    assert dialog.people.edit.text() == ""

    ideas = {b.text(): b for b in dialog.idea_buttons()}
    # Both share climbing with you; only Budi shares jazz: the most shared comes first.
    assert list(ideas) == ["Climbing session", "Jazz evening"]
    qtbot.mouseClick(ideas["Climbing session"], Qt.MouseButton.LeftButton)
    assert dialog.title_edit.text() == "Climbing session"

    dialog.date_edit.setDate(QDate(2026, 11, 26))
    dialog.time_edit.setTime(QTime(19, 30))
    qtbot.keyClicks(dialog.place_edit, "Climbing gym")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    assert dialog.result() == MeetupDialog.DialogCode.Accepted
    saved = services.meetups.list()
    assert [(m.title, m.place, m.status) for m in saved] == [
        ("Climbing session", "Climbing gym", MeetupStatus.PLANNED)
    ]
    assert saved[0].starts_at == datetime(2026, 11, 26, 19, 30, tzinfo=services.ctx.clock.zone())
    # Today is Sunday 22 November; in a Monday-first week Thursday 26th is next week.
    assert _group_of(page, "Climbing session") == "Next week"
    assert page.selected_meetup() is not None
    assert page.selected_meetup().id == saved[0].id  # type: ignore[union-attr]


def test_typing_a_full_name_and_enter_adds_the_person(qtbot: QtBot, services: Services) -> None:
    ana = add_person(services, "Ana Sari")
    dialog = MeetupDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.people.edit, "ana sari")
    dialog.people.completer.popup().hide()
    qtbot.keyClick(dialog.people.edit, Qt.Key.Key_Return)
    assert dialog.people.person_ids() == (ana,)
    assert dialog.isVisible(), "Enter in the name field must not submit the dialog"
    qtbot.keyClicks(dialog.people.edit, "Nobody Here")
    dialog.people.completer.popup().hide()
    qtbot.keyClick(dialog.people.edit, Qt.Key.Key_Return)
    assert "No one called “Nobody Here”" in dialog.error_text("people")
    chip = dialog.people.chip(ana)
    assert chip is not None
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert dialog.people.person_ids() == ()


def test_mark_done_logs_in_person_with_everyone(
    qtbot: QtBot, services: Services, page: PlansPage
) -> None:
    ana = add_person(services, "Ana Sari", Circle.INNER)
    budi = add_person(services, "Budi Santoso", Circle.INNER)
    # Never met yet: both are on the due list.
    assert {p.id for p in services.tending.due().people} == {ana, budi}
    meetup = plan(services, "Dinner", (ana, budi), at=datetime(2026, 11, 22, 11, 0))
    qtbot.waitUntil(lambda: _group_of(page, "Dinner") == "This week")
    assert page.select_meetup(meetup)

    asked = answer_next_box("Mark done")
    page.done_action.trigger()

    assert "met Ana Sari and Budi Santoso in person on Sunday, 22 November" in asked[0]
    detail = services.people.detail(ana)
    assert [(i.mode, {p.id for p in i.people}, i.on) for i in detail.interactions] == [
        (Mode.IN_PERSON, {ana, budi}, date(2026, 11, 22))
    ]
    assert services.people.summary(budi).last_in_person == date(2026, 11, 22)
    assert not {ana, budi} & {p.id for p in services.tending.due().people}
    # Shown done, still in view, with a word on what happened.
    assert _group_of(page, "Dinner") == "This week"
    assert services.meetups.get(meetup).status == MeetupStatus.DONE
    assert page.model.status_text(page.selected_meetup()) == "Done"  # type: ignore[arg-type]
    assert page.notice_bar.isVisible() and "Dinner" in page.notice.text()
    assert not page.done_action.isEnabled()
    assert not page.edit_action.isEnabled()
    # Opening it shows it, read-only.
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    shown = page.findChild(MeetupDialog)
    assert shown is not None and shown.windowTitle() == "Meetup (done)"
    assert not shown.title_edit.isEnabled() and shown.title_edit.text() == "Dinner"
    shown.reject()


def test_cancel_asks_then_reopen_brings_it_back(
    qtbot: QtBot, services: Services, page: PlansPage, qtmodeltester: object
) -> None:
    ana = add_person(services, "Ana Sari")
    meetup = plan(services, "Cinema", (ana,), at=datetime(2026, 11, 28, 19, 0))
    qtbot.waitUntil(lambda: _group_of(page, "Cinema") is not None)
    page.select_meetup(meetup)

    answer_next_box("Keep it")
    page.cancel_action.trigger()
    assert services.meetups.get(meetup).status == MeetupStatus.PLANNED

    answer_next_box("Cancel meetup")
    page.cancel_action.trigger()
    assert services.meetups.get(meetup).status == MeetupStatus.CANCELLED
    assert page.reopen_action.isEnabled()

    page.reopen_action.trigger()
    assert services.meetups.get(meetup).status == MeetupStatus.PLANNED
    assert _group_of(page, "Cinema") is not None

    # Cancelled meetups are hidden until asked for.
    answer_next_box("Cancel meetup")
    page.cancel_action.trigger()
    page.hide()
    page.show()
    assert _group_of(page, "Cinema") is None
    page.past_action.setChecked(True)
    assert _group_of(page, "Cinema") is not None
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]


def test_delete_asks_first(qtbot: QtBot, services: Services, page: PlansPage) -> None:
    ana = add_person(services, "Ana Sari")
    meetup = plan(services, "Brunch", (ana,))
    qtbot.waitUntil(lambda: _group_of(page, "Brunch") == "Ideas without a day")
    page.select_meetup(meetup)
    answer_next_box("Cancel")
    page.delete_action.trigger()
    assert len(services.meetups.list()) == 1
    answer_next_box("Delete")
    page.delete_action.trigger()
    assert services.meetups.list() == []
    assert page.stack.currentWidget() is page.empty


def test_double_click_edits(qtbot: QtBot, services: Services, page: PlansPage) -> None:
    ana = add_person(services, "Ana Sari")
    meetup = plan(services, "Walk", (ana,), at=datetime(2026, 11, 25, 9, 0))
    qtbot.waitUntil(lambda: _group_of(page, "Walk") is not None)
    index = page.model.index_of(meetup)
    rect = page.tree.visualRect(index)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.findChild(MeetupDialog)
    assert dialog is not None and dialog.title_edit.text() == "Walk"
    dialog.title_edit.setText("Long walk")
    dialog.accept()
    assert services.meetups.get(meetup).title == "Long walk"
    qtbot.waitUntil(lambda: _group_of(page, "Long walk") == "Next week")

    # Enter on the selected row edits too.
    qtbot.waitUntil(lambda: page.findChild(MeetupDialog) is None)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    again = page.findChild(MeetupDialog)
    assert again is not None and again.title_edit.text() == "Long walk"
    again.reject()


def test_context_menu_offers_the_people(qtbot: QtBot, services: Services, page: PlansPage) -> None:
    ana = add_person(services, "Ana Sari")
    meetup = plan(services, "Tea", (ana,), at=datetime(2026, 11, 25, 16, 0))
    qtbot.waitUntil(lambda: _group_of(page, "Tea") is not None)
    menu = page.context_menu(page.model.index_of(meetup))
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "Edit…",
        "Mark done",
        "Cancel meetup",
        "Open Ana Sari",
        "Export to calendar…",
        "Delete",
        "Show past and cancelled",
    ]
    open_ana = next(a for a in menu.actions() if a.text() == "Open Ana Sari")
    with qtbot.waitSignal(page.person_requested) as requested:
        open_ana.trigger()
    assert requested.args == [ana]


def test_a_deleted_page_no_longer_listens(qapp: QApplication, services: Services) -> None:
    page = PlansPage(services, DataChanges(services.changes))
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # A write after the page is gone must still succeed.
    add_person(services, "Ana Sari")
    assert [p.name for p in services.people.list()] == ["Ana Sari"]


def test_editing_a_meetup_deleted_elsewhere_says_so(
    qtbot: QtBot, services: Services, page: PlansPage
) -> None:
    ana = add_person(services, "Ana Sari")
    meetup = plan(services, "Picnic", (ana,), at=datetime(2026, 11, 29, 11, 0))
    qtbot.waitUntil(lambda: _group_of(page, "Picnic") is not None)
    page.select_meetup(meetup)
    page.hide()  # a hidden page reads again only when shown: its list is behind
    services.meetups.delete(meetup)
    asked = answer_next_box("OK")
    page.edit_action.trigger()
    assert asked == [f"There is no meetup #{meetup}.\n"]
    assert page.findChild(MeetupDialog) is None
    page.show()
    assert _group_of(page, "Picnic") is None


def test_new_meetup_comes_prefilled_with_the_people_given(
    qtbot: QtBot, services: Services, page: PlansPage
) -> None:
    services.profile.set_interests(["board games"])
    ana = add_person(services, "Ana Sari", interests=("board games",))
    budi = add_person(services, "Budi Santoso", interests=("board games",))
    page.new_meetup([ana, budi])
    dialog = page.findChild(MeetupDialog)
    assert dialog is not None and dialog.windowTitle() == "Plan a meetup"
    assert dialog.people.person_ids() == (ana, budi)
    assert [b.text() for b in dialog.idea_buttons()] == ["Board game night"]
    dialog.reject()
    assert services.meetups.list() == []
