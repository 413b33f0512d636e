"""Possible duplicates in the import preview: who and why on the row, and a choice per row
(add as new, merge into the person shown, leave out), by mouse or keyboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kith.domain.values import ContactKind
from kith.services.app import Services
from kith.services.contacts import ImportResult
from kith.services.views import ContactView, PersonInput
from kith.ui.interchange.import_choice import CHOICE, MARK, Choice
from kith.ui.interchange.import_contacts import ImportContactsDialog

DATA = Path(__file__).parent.parent / "data" / "vcf"


def shown_dialog(qtbot: QtBot, services: Services, path: Path) -> ImportContactsDialog:
    dialog = ImportContactsDialog(services, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.added_model.rowCount() > 0, timeout=20_000)
    qtbot.waitUntil(lambda: not dialog.is_working(), timeout=20_000)
    return dialog


def marks(dialog: ImportContactsDialog) -> list[str]:
    model = dialog.added_model
    return [model.index(row, MARK).data() or "" for row in range(model.rowCount())]


def import_now(qtbot: QtBot, dialog: ImportContactsDialog) -> ImportResult:
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as signal:
        dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.is_working(), timeout=20_000)
    result = signal.args[0]
    assert isinstance(result, ImportResult)
    return result


def test_a_shared_landline_is_flagged_and_everyone_is_added_by_default(
    qtbot: QtBot, services: Services
) -> None:
    dialog = shown_dialog(qtbot, services, DATA / "android_family.vcf")
    assert marks(dialog) == [
        "",
        "Possible duplicate of Anna Weber (card 1 of this file): same phone 030 1234567",
        "Possible duplicate of Anna Weber (card 1 of this file): same phone 030 1234567",
        "",
        "Possible duplicate of Jürgen Müller (card 4 of this file): same name",
    ]
    box = dialog.added_view.choice_box(1)
    assert box is not None and box.isVisible()
    assert [box.itemText(i) for i in range(box.count())] == [
        "Add as new",
        "Merge into Anna Weber (card 1)",
        "Leave out",
    ]
    assert dialog.added_view.choice_box(0) is None
    import_now(qtbot, dialog)
    assert services.people.count() == 5
    assert dialog.heading.text() == "Added 5 people. 3 of them possible duplicates."


def test_merge_and_leave_out_chosen_in_the_rows(qtbot: QtBot, services: Services) -> None:
    maria = services.people.add(
        PersonInput("Maria Garcia", contacts=(ContactView(ContactKind.PHONE, "+34 600 111 222"),))
    )
    dialog = shown_dialog(qtbot, services, DATA / "same_name.vcf")
    model, view = dialog.added_model, dialog.added_view
    assert marks(dialog)[0] == (
        "Possible duplicate of Maria Garcia, already in Kith: same name and phone +34 600 111 222"
    )
    box = view.choice_box(0)
    assert box is not None
    assert [box.itemText(i) for i in range(box.count())] == [
        "Add as new",
        "Merge into Maria Garcia",
        "Leave out",
    ]
    box.setCurrentIndex(1)
    box.activated.emit(1)  # as a pick with the mouse does
    assert model.choice(0) == Choice.MERGE and model.merges() == {1}
    # Unticking a row is leaving it out, and its box says so.
    model.setData(model.index(4, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    last = view.choice_box(4)
    assert last is not None and last.currentText() == "Leave out"
    assert dialog.heading.text() == (
        "3 of the 5 new people will be added from same_name.vcf, "
        "and 1 merged into people already in Kith."
    )
    result = import_now(qtbot, dialog)
    assert services.people.count() == 4
    detail = services.people.detail(maria.id)
    assert sorted(c.value for c in detail.contacts) == [
        "+34 600 111 222",
        "maria.garcia@example.es",
    ]
    assert dialog.heading.text() == (
        "Added 3 people. 3 of them possible duplicates. "
        "1 merged into people already in Kith. 1 possible duplicates left out."
    )
    assert "Maria Garcia merged into Maria Garcia: added maria.garcia@example.es." in (
        dialog.notices.text()
    )
    assert [m.card.position for m in result.merged] == [1]


def test_the_choice_is_reachable_from_the_keyboard(qtbot: QtBot, services: Services) -> None:
    services.people.add(PersonInput("Maria Garcia"))
    dialog = shown_dialog(qtbot, services, DATA / "same_name.vcf")
    model, view = dialog.added_model, dialog.added_view
    view.setFocus()
    view.selectionModel().setCurrentIndex(
        model.index(2, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.keyClick(view, Qt.Key.Key_F2)
    box = view.choice_box(2)
    assert box is not None
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert model.choice(2) == Choice.MERGE
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert model.choice(2) == Choice.LEAVE_OUT and not model.is_ticked(2)
    # Space on the row ticks it again: added as new.
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert model.choice(2) == Choice.ADD and box.currentText() == "Add as new"


def test_the_model_with_choices_keeps_qt_s_contract(
    qtbot: QtBot, qtmodeltester: ModelTester, services: Services
) -> None:
    services.people.add(PersonInput("Maria Garcia"))
    dialog = shown_dialog(qtbot, services, DATA / "same_name.vcf")
    qtmodeltester.check(dialog.added_model)
    model = dialog.added_model
    assert model.setData(model.index(1, CHOICE), Choice.MERGE.value)
    assert not model.setData(model.index(1, CHOICE), "nonsense")
    assert model.index(1, CHOICE).data() == "Merge into Maria Garcia"


def test_the_result_counts_who_was_already_there(qtbot: QtBot, services: Services) -> None:
    services.people.add(
        PersonInput("Anna Weber", contacts=(ContactView(ContactKind.PHONE, "0151 23456789"),))
    )
    dialog = shown_dialog(qtbot, services, DATA / "android_family.vcf")
    import_now(qtbot, dialog)
    assert dialog.heading.text() == (
        "Added 4 people. 2 of them possible duplicates. 1 already there."
    )
    assert services.people.count() == 5


def test_merging_into_an_earlier_card_and_unticking_that_card(
    qtbot: QtBot, services: Services
) -> None:
    dialog = shown_dialog(qtbot, services, DATA / "android_family.vcf")
    model = dialog.added_model
    assert model.setData(model.index(4, CHOICE), Choice.MERGE.value)
    assert model.merges() == {5}
    # Leaving out the card merged into: the other is added as new instead.
    model.set_ticked([3], False)
    assert model.merges() == set() and model.choice(4) == Choice.ADD
    model.set_ticked([3], True)
    model.set_choice(4, Choice.MERGE)
    result = import_now(qtbot, dialog)
    assert services.people.count() == 4
    [merged] = result.merged
    assert merged.person.name == "Jürgen Müller"
    assert "Jürgen Müller merged into Jürgen Müller: added +49 176 5550999." in (
        dialog.notices.text()
    )


def test_a_possible_duplicates_choice_is_not_squeezed_into_a_text_line(
    qtbot: QtBot, services: Services
) -> None:
    dialog = shown_dialog(qtbot, services, DATA / "android_family.vcf")
    view = dialog.added_view
    box = view.choice_box(1)
    assert box is not None
    for row in range(dialog.added_model.rowCount()):
        # Rows with and without a choice are as tall as the box, so the list stays even.
        height = view.visualRect(dialog.added_model.index(row, 0)).height()
        assert height >= box.sizeHint().height()
