"""The import dialog with real widgets: preview, import off the GUI thread, cancel."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from kith.domain.values import Circle
from kith.services.app import Services
from kith.ui.interchange.import_contacts import ImportContactsDialog

DATA = Path(__file__).parent.parent / "data" / "vcf"


def wait_idle(qtbot: QtBot, dialog: ImportContactsDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_working(), timeout=20_000)


def rows(dialog: ImportContactsDialog) -> list[str]:
    model = dialog.added_model
    return [model.text(row) for row in range(model.rowCount())]


def test_preview_then_import(qtbot: QtBot, services: Services) -> None:
    dialog = ImportContactsDialog(services, path=DATA / "malformed.vcf")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    assert rows(dialog) == [
        "Good One (1 e-mail)",
        "Bad Line — line 8 is not a vCard property (“this line has no colon at all”); left out",
        "Good Two — the birthday 1985-02-30 is not a date that exists; left out",
    ]
    assert len(dialog.skipped_model.stringList()) == 1
    assert "Card 3: it has no name" in dialog.skipped_model.stringList()[0]
    assert dialog.tabs.tabText(0).startswith("To add")
    assert dialog.heading.text() == "3 new people will be added from malformed.vcf."
    assert services.people.count() == 0  # a preview writes nothing
    dialog.circle.setCurrentIndex(dialog.circle.findData(Circle.FRIENDS.value))
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as signal:
        dialog.import_button.click()
    assert [p.name for p in signal.args[0].added] == ["Good One", "Bad Line", "Good Two"]
    wait_idle(qtbot, dialog)
    assert {p.circle for p in services.people.list()} == {Circle.FRIENDS}
    assert "Added 3 people" in dialog.heading.text()
    assert not dialog.import_button.isEnabled()
    dialog.cancel_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_people_already_there_are_shown_and_not_added(qtbot: QtBot, services: Services) -> None:
    services.contacts.import_file(DATA / "google.vcf")
    dialog = ImportContactsDialog(services, path=DATA / "google.vcf")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.matched_model.stringList()), timeout=20_000)
    wait_idle(qtbot, dialog)
    assert len(dialog.matched_model.stringList()) == 3
    assert "already there as Grace Nguyen" in dialog.matched_model.stringList()[0]
    assert not dialog.import_button.isEnabled()
    assert "Nobody new" in dialog.heading.text()


def test_asks_for_a_file_natively_when_none_given(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def fake_open(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(str(args[1]))
        return str(DATA / "thunderbird.vcf"), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))
    dialog = ImportContactsDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    assert asked == ["Import Contacts"]
    assert dialog.added_model.rowCount() == 2


def test_choosing_no_file_closes_the_dialog(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    dialog = ImportContactsDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_a_file_that_is_no_vcard_is_explained(qtbot: QtBot, services: Services) -> None:
    dialog = ImportContactsDialog(services, path=DATA / "binary.vcf")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "Could not import" in dialog.heading.text(), timeout=20_000)
    wait_idle(qtbot, dialog)
    assert "not a text file" in dialog.heading.text()
    assert not dialog.import_button.isEnabled() and dialog.choose_button.isEnabled()


def test_cancel_during_import_leaves_nothing(
    qtbot: QtBot, services: Services, db_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "many.vcf"
    path.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {i}\r\nEND:VCARD\r\n" for i in range(3000)
        ),
        encoding="utf-8",
    )
    dialog = ImportContactsDialog(services, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    with sqlite3.connect(db_path) as conn:
        before = list(conn.iterdump())
    dialog.import_button.click()
    assert dialog.progress.isVisible() and dialog.is_working()
    dialog.cancel_button.click()
    wait_idle(qtbot, dialog)
    assert "Cancelled. Nothing was added." in dialog.heading.text()
    assert services.people.count() == 0
    with sqlite3.connect(db_path) as conn:
        assert list(conn.iterdump()) == before
    assert dialog.import_button.isEnabled()  # the user may still import after all


def mixed_file(tmp_path: Path) -> Path:
    path = tmp_path / "mixed.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lima;Ana;;;\r\nFN:Ana Lima\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;;;;\r\nFN:Pizza Roma\r\nORG:Pizza Roma;\r\n"
        "X-ABShowAs:COMPANY\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Okafor;Ben;;;\r\nFN:Ben Okafor\r\n"
        "ORG:Pizza Roma\r\nTITLE:Chef\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Taxi Lisboa\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    return path


def ticked(dialog: ImportContactsDialog) -> list[str]:
    model = dialog.added_model
    return [model.card(row).name for row in range(model.rowCount()) if model.is_ticked(row)]


def shown_dialog(qtbot: QtBot, services: Services, path: Path) -> ImportContactsDialog:
    dialog = ImportContactsDialog(services, path=path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.added_model.rowCount() > 0, timeout=20_000)
    wait_idle(qtbot, dialog)
    return dialog


def test_organisations_are_marked_and_left_out_by_default(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    dialog = shown_dialog(qtbot, services, mixed_file(tmp_path))
    model = dialog.added_model
    marks = [model.index(row, 1).data() for row in range(model.rowCount())]
    assert marks == [None, "Organisation", None, "Organisation"]  # Ben works there: a person
    assert model.text(2) == "Ben Okafor (Pizza Roma)"
    assert dialog.leave_out_organisations.isChecked()
    assert ticked(dialog) == ["Ana Lima", "Ben Okafor"]
    assert dialog.heading.text() == "2 of the 4 new people will be added from mixed.vcf."
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as signal:
        dialog.import_button.click()
    assert [p.name for p in signal.args[0].added] == ["Ana Lima", "Ben Okafor"]
    wait_idle(qtbot, dialog)
    assert dialog.heading.text() == "Added 2 people. 2 organisations left out."
    assert sorted(p.name for p in services.people.list()) == ["Ana Lima", "Ben Okafor"]


def test_the_switch_off_ticks_organisations_again(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    dialog = shown_dialog(qtbot, services, mixed_file(tmp_path))
    dialog.leave_out_organisations.click()
    assert ticked(dialog) == ["Ana Lima", "Pizza Roma", "Ben Okafor", "Taxi Lisboa"]
    assert dialog.heading.text() == "4 new people will be added from mixed.vcf."
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    wait_idle(qtbot, dialog)
    assert services.people.count() == 4


def test_space_unticks_and_ticks_the_selected_rows_and_only_ticked_are_imported(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    dialog = shown_dialog(qtbot, services, mixed_file(tmp_path))
    dialog.leave_out_organisations.click()
    view, model = dialog.added_view, dialog.added_model
    selection = view.selectionModel()
    for row in (0, 2):
        selection.select(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert ticked(dialog) == ["Pizza Roma", "Taxi Lisboa"]
    qtbot.keyClick(view, Qt.Key.Key_Space)  # and back
    assert ticked(dialog) == ["Ana Lima", "Pizza Roma", "Ben Okafor", "Taxi Lisboa"]
    selection.clearSelection()
    selection.select(
        model.index(3, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert ticked(dialog) == ["Ana Lima", "Pizza Roma", "Ben Okafor"]
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as signal:
        dialog.import_button.click()
    assert [p.name for p in signal.args[0].added] == ["Ana Lima", "Pizza Roma", "Ben Okafor"]
    wait_idle(qtbot, dialog)
    assert sorted(p.name for p in services.people.list()) == [
        "Ana Lima",
        "Ben Okafor",
        "Pizza Roma",
    ]


def test_select_none_and_select_all(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    dialog = shown_dialog(qtbot, services, mixed_file(tmp_path))
    dialog.select_none_button.click()
    assert ticked(dialog) == [] and not dialog.import_button.isEnabled()
    assert dialog.heading.text() == "No one is ticked: tick the people to add."
    dialog.select_all_button.click()
    assert len(ticked(dialog)) == 4 and dialog.import_button.isEnabled()


def test_a_whole_phone_without_its_organisations(qtbot: QtBot, services: Services) -> None:
    dialog = shown_dialog(qtbot, services, DATA / "phone-400.vcf")
    assert dialog.added_model.rowCount() == 400
    assert dialog.added_model.chosen_count() == 387
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.import_button.click()
    wait_idle(qtbot, dialog)
    assert dialog.heading.text() == "Added 387 people. 13 organisations left out."
    assert services.people.count() == 387


def test_the_choice_model_keeps_qt_s_contract(
    qtbot: QtBot, qtmodeltester: ModelTester, services: Services, tmp_path: Path
) -> None:
    dialog = shown_dialog(qtbot, services, mixed_file(tmp_path))
    qtmodeltester.check(dialog.added_model)
    index = dialog.added_model.index(1, 0)
    assert dialog.added_model.setData(
        index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert "Pizza Roma" in ticked(dialog)  # a click on the box ticks it again


def test_imported_people_are_not_sorted_yet_and_nobody_is_due(
    qtbot: QtBot, services: Services
) -> None:
    dialog = ImportContactsDialog(services, path=DATA / "malformed.vcf")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20_000)
    assert dialog.circle.currentText() == "Not sorted yet"
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.import_button.click()
    wait_idle(qtbot, dialog)
    assert {p.circle for p in services.people.list()} == {Circle.UNSORTED}
    assert services.today.view().due_total == 0
